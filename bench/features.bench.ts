// Server-side latency of completion, hover and a full analysis, in-process on a loaded index, and the
// same brief checked by textlint with the two peer rules, in the same run.
//   node --import tsx bench/features.bench.ts CORPUS_DIR
import * as os from 'node:os';
import * as path from 'node:path';
import { loadIndex } from '../server/src/node/indexer';
import { readDraft } from '../server/src/core/draft/draft';
import { complete, warmCompletion } from '../server/src/core/features/completion';
import { hover } from '../server/src/core/features/hover';
import { analyze } from '../server/src/core/analyze';
import { resolveSettings } from '../server/src/core/settings';
import { makeBrief, ROOT } from './synth';

const [corpusDir] = process.argv.slice(2);
const root = ROOT;

function stats(times: number[]) {
  times.sort((a, b) => a - b);
  const q = (f: number) => times[Math.min(times.length - 1, Math.floor(f * times.length))];
  return { p50: q(0.5), p99: q(0.99) };
}

async function textlintTimes(text: string, runs: number): Promise<number[]> {
  const { TextlintKernel } = await import('@textlint/kernel');
  const markdown = (await import('@textlint/textlint-plugin-markdown')).default;
  const acronym = (await import('textlint-rule-unexpanded-acronym')).default;
  const weekday = (await import('textlint-rule-date-weekday-mismatch')).default;
  const kernel = new TextlintKernel();
  const opts = {
    filePath: '/tmp/brief.md',
    ext: '.md',
    plugins: [{ pluginId: 'markdown', plugin: (markdown as { default?: unknown }).default ?? markdown }],
    rules: [
      { ruleId: 'unexpanded-acronym', rule: (acronym as { default?: unknown }).default ?? acronym },
      { ruleId: 'date-weekday-mismatch', rule: (weekday as { default?: unknown }).default ?? weekday },
    ],
  } as never;
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await kernel.lintText(text + `\n\nEdit ${i}.\n`, opts);
    out.push(performance.now() - t0);
  }
  return out;
}

async function main() {
  const cacheFile = path.join(os.tmpdir(), 'dossier-bench-cache', path.basename(corpusDir), 'index.snapshot');
  const { index } = loadIndex({ roots: [{ root: corpusDir, patterns: ['.'] }, { root: path.join(root, 'corpus'), patterns: ['.'], bundled: true }], maxFileBytes: 8 << 20, cacheFile });
  const brief = makeBrief(root, 2000);
  const draft = readDraft(brief);
  warmCompletion(index); // as the server does when an index is ready
  // Completion at the end of word prefixes and after "[@"; hover over acronyms, names, dates, citations.
  const targets: number[] = [];
  for (const m of brief.matchAll(/\b(DA|AD|FP|Ac|So|Ko|In)\w*/g)) targets.push(m.index! + 2);
  const cite = brief.indexOf('[@') + 2;
  const comp: number[] = [];
  for (let i = 0; i < 400; i++) {
    const at = i % 5 === 0 ? cite : targets[i % targets.length];
    const t0 = performance.now();
    complete(draft, index, at);
    comp.push(performance.now() - t0);
  }
  const hov: number[] = [];
  const hoverAt: number[] = [];
  for (const re of [/DAPA/g, /Act East Policy/g, /February 12, 2026/g, /South Korea/g, /nope2026/g, /Seoul/g]) for (const m of brief.matchAll(re)) hoverAt.push(m.index! + 1);
  for (let i = 0; i < 400; i++) {
    const t0 = performance.now();
    hover(draft, index, hoverAt[i % hoverAt.length]);
    hov.push(performance.now() - t0);
  }
  const settings = resolveSettings();
  // A full analysis from scratch (no previous version), and the analysis of one edit as the server runs
  // it on a keystroke (a word typed inside a sentence; the previous version's parse is reused).
  const full: number[] = [];
  for (let i = 0; i < 15; i++) {
    const text = brief + `\n\nEdit ${i}.\n`;
    const t0 = performance.now();
    analyze(text, index, settings);
    full.push(performance.now() - t0);
  }
  const edit: number[] = [];
  let text = brief;
  let prev = readDraft(text);
  analyze(text, index, settings, { draft: prev });
  for (let i = 0; i < 60; i++) {
    const at = text.indexOf('. ', (i * 7919) % text.length);
    text = text.slice(0, at) + ` word${i}` + text.slice(at);
    const t0 = performance.now();
    prev = readDraft(text, prev);
    analyze(text, index, settings, { draft: prev });
    edit.push(performance.now() - t0);
  }
  const tl = await textlintTimes(brief, 15);
  console.log(JSON.stringify({ docs: index.size, completion: stats(comp), hover: stats(hov), analyze: stats(full), edit: stats(edit), textlint: stats(tl) }));
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
