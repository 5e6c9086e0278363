// The CLI: the same engine as the language server, for scripts and CI.
//   dossier check [--corpus DIR]... [--no-bundled] [--snapshot FILE] [--format text|json] [--fix] FILE...
//   dossier index [--corpus DIR]... [--no-bundled] [--snapshot FILE] [--json]
//   dossier acronyms --jsonl            (stdin {"id","text"} lines -> {"id","pairs"} lines)
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as readline from 'node:readline';
import { isMainThread } from 'node:worker_threads';
import { analyze } from '../core/analyze';
import { resolveSettings, type Settings } from '../core/settings';
import { LineIndex } from '../core/text/lines';
import { findAcronymDefinitions } from '../core/extract/acronyms';
import { corpusSummary, summaryMarkdown } from '../core/features/summary';
import type { Finding, TextEdit } from '../core/types';
import { loadIndexPooled, bundledCorpusDir, type CorpusRoot } from '../node/indexer';
import { findConfig } from '../node/config';
import { decode } from '../node/files';

const USAGE = `usage:
  dossier check [--corpus DIR]... [--no-bundled] [--snapshot FILE] [--format text|json] [--fix] FILE...
  dossier index [--corpus DIR]... [--no-bundled] [--snapshot FILE] [--json]
    --snapshot FILE  keep the corpus index in FILE: later runs read only the files that changed
  dossier acronyms --jsonl`;

class UsageError extends Error {}

interface Args {
  command: string;
  corpus: string[];
  bundled: boolean;
  snapshot?: string;
  format: 'text' | 'json';
  fix: boolean;
  json: boolean;
  jsonl: boolean;
  files: string[];
}

function parseArgs(argv: string[]): Args {
  const a: Args = { command: argv[0] ?? '', corpus: [], bundled: true, format: 'text', fix: false, json: false, jsonl: false, files: [] };
  for (let i = 1; i < argv.length; i++) {
    const x = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${x} needs a value`);
      return v;
    };
    if (x === '--corpus') a.corpus.push(value());
    else if (x === '--no-bundled') a.bundled = false;
    else if (x === '--snapshot') a.snapshot = path.resolve(value());
    else if (x === '--format') {
      const f = value();
      if (f !== 'text' && f !== 'json') throw new UsageError(`--format must be text or json`);
      a.format = f;
    } else if (x === '--fix') a.fix = true;
    else if (x === '--json') a.json = true;
    else if (x === '--jsonl') a.jsonl = true;
    else if (x === '-h' || x === '--help') throw new UsageError('');
    else if (x.startsWith('-')) throw new UsageError(`unknown option ${x}`);
    else a.files.push(x);
  }
  return a;
}

function loadCorpus(a: Args, settings: Settings, base: string) {
  const roots: CorpusRoot[] = [];
  if (a.bundled && settings.corpus.includeBundled) roots.push({ root: bundledCorpusDir(__dirname), patterns: ['.'], bundled: true });
  if (a.corpus.length) for (const c of a.corpus) roots.push({ root: process.cwd(), patterns: [c] });
  else roots.push({ root: base, patterns: settings.corpus.paths });
  return loadIndexPooled({ roots, maxFileBytes: settings.corpus.maxFileSizeKB * 1024, cacheFile: a.snapshot });
}

/** Applies the preferred fix of each finding, skipping fixes that overlap an earlier one. */
export function applyFixes(text: string, findings: Finding[]): { text: string; applied: number } {
  const edits: TextEdit[] = [];
  for (const f of findings) {
    const fix = f.fixes.find((x) => x.preferred) ?? f.fixes[0];
    if (!fix) continue;
    if (fix.edits.some((e) => edits.some((o) => e.start < o.end && o.start < e.end || (e.start === o.start && e.end === o.end)))) continue;
    edits.push(...fix.edits);
  }
  edits.sort((x, y) => y.start - x.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return { text: out, applied: edits.length };
}

function readText(file: string): string {
  const d = decode(fs.readFileSync(file));
  if ('binary' in d) throw new Error(`${file} is a binary file`);
  return d.text;
}

async function check(a: Args): Promise<number> {
  if (!a.files.length) throw new UsageError('check needs at least one FILE');
  const cwdConfig = findConfig(process.cwd());
  const settings0 = resolveSettings(cwdConfig?.values);
  const { index, report } = await loadCorpus(a, settings0, cwdConfig ? path.dirname(cwdConfig.path) : process.cwd());
  for (const s of report.skipped) process.stderr.write(`dossier: skipped ${s.path}: ${s.reason}\n`);
  const all: (Finding & { file: string; line: number; column: number })[] = [];
  let errors = 0;
  for (const file of a.files) {
    let text: string;
    try {
      text = readText(file);
    } catch (e) {
      process.stderr.write(`dossier: cannot read ${file}: ${(e as Error).message}\n`);
      errors++;
      continue;
    }
    const settings = resolveSettings(findConfig(path.dirname(path.resolve(file)))?.values);
    let findings = analyze(text, index, settings, { onError: (rule, e) => process.stderr.write(`dossier: rule ${rule} failed on ${file}: ${e}\n`) });
    if (a.fix) {
      const fixed = applyFixes(text, findings);
      if (fixed.applied) {
        fs.writeFileSync(file, fixed.text);
        text = fixed.text;
        findings = analyze(text, index, settings);
      }
    }
    const lines = new LineIndex(text);
    for (const f of findings) {
      const p = lines.position(f.start);
      all.push({ ...f, file, line: p.line + 1, column: p.character + 1 });
    }
  }
  if (a.format === 'json') process.stdout.write(JSON.stringify(all, null, 2) + '\n');
  else for (const f of all) process.stdout.write(`${f.file}:${f.line}:${f.column} ${f.severity} ${f.code} ${f.message}\n`);
  return all.some((f) => f.severity === 'error') || errors ? 1 : 0;
}

async function indexCommand(a: Args): Promise<number> {
  const cwdConfig = findConfig(process.cwd());
  const settings = resolveSettings(cwdConfig?.values);
  const { index, report } = await loadCorpus(a, settings, process.cwd());
  if (a.json) {
    const docs = [...index.documents()].map((d) => ({ uri: d.uri, ...d.extract }));
    process.stdout.write(JSON.stringify({ documents: docs, skipped: report.skipped, warnings: report.warnings }, null, 1) + '\n');
    return 0;
  }
  process.stdout.write(summaryMarkdown(corpusSummary(index, report)));
  return 0;
}

async function acronyms(a: Args): Promise<number> {
  if (!a.jsonl) throw new UsageError('acronyms needs --jsonl');
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    let rec: { id?: unknown; text?: unknown };
    try {
      rec = JSON.parse(line);
    } catch {
      process.stderr.write('dossier: skipped a line that is not JSON\n');
      continue;
    }
    const seen = new Set<string>();
    const pairs: { short: string; long: string }[] = [];
    for (const p of findAcronymDefinitions(String(rec.text ?? ''))) {
      const k = `${p.short}\u0000${p.long}`;
      if (seen.has(k)) continue;
      seen.add(k);
      pairs.push({ short: p.short, long: p.long });
    }
    process.stdout.write(JSON.stringify({ id: rec.id, pairs }) + '\n');
  }
  return 0;
}

async function main(argv: string[]): Promise<number> {
  try {
    const a = parseArgs(argv);
    switch (a.command) {
      case 'check':
        return await check(a);
      case 'index':
        return await indexCommand(a);
      case 'acronyms':
        return await acronyms(a);
      default:
        throw new UsageError(a.command ? `unknown command ${a.command}` : '');
    }
  } catch (e) {
    if (e instanceof UsageError) {
      if (e.message) process.stderr.write(`dossier: ${e.message}\n`);
      process.stderr.write(USAGE + '\n');
      return 2;
    }
    process.stderr.write(`dossier: ${(e as Error).stack ?? e}\n`);
    return 2;
  }
}

// In an extraction thread (this bundle is its code: see node/extract-pool.ts) there is no command to run.
if (isMainThread) {
  // A reader that stops early ("dossier check ... | head") closes the pipe: stop quietly, as Unix tools do.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
