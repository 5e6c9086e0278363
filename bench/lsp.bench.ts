// Keystroke -> publishDiagnostics over stdio, as an editor sees it: open a brief, then change one sentence
// at a time and time until the diagnostics for that version arrive. Same for the floor server.
//   node --import tsx bench/lsp.bench.ts SERVER_JS CORPUS_DIR WORDS EDITS [SAVE_DIAGNOSTICS_TO]
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { makeBrief } from './synth';

const [serverJs, corpusDir, wordsArg, editsArg, saveTo] = process.argv.slice(2);
const words = Number(wordsArg);
const edits = Number(editsArg);
const root = path.resolve(__dirname, '..');

async function main() {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-lsp-bench-'));
  const nodeArgs = (process.env.DOSSIER_BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  let ready = false;
  let waiting: { version: number; resolve: () => void } | undefined;
  conn.onNotification('dossier/status', (s: { state: string }) => {
    ready = s.state === 'ready';
  });
  let published = 0;
  conn.onNotification('textDocument/publishDiagnostics', (p: { version?: number; diagnostics: unknown[] }) => {
    if (saveTo && p.version === 1) fs.writeFileSync(saveTo, JSON.stringify(p.diagnostics));
    if (p.version === 1) published = p.diagnostics.length;
    if (waiting && p.version === waiting.version) waiting.resolve();
  });
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onRequest('client/registerCapability', () => null);
  conn.listen();
  const settings = { settings: { dossier: { corpus: { paths: [corpusDir] } } }, storagePath: path.join(os.tmpdir(), 'dossier-bench-cache', 'lsp-' + path.basename(corpusDir)) };
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(ws).href, workspaceFolders: [{ uri: pathToFileURL(ws).href, name: 'ws' }], initializationOptions: settings, capabilities: { workspace: { configuration: true } } });
  await conn.sendNotification('initialized', {});
  const isFloor = serverJs.includes('floor');
  const until = Date.now() + 600_000;
  while (!isFloor && !ready && Date.now() < until) await new Promise((r) => setTimeout(r, 50));

  const copies = Math.max(1, Math.round(words / 2000));
  const brief = Array.from({ length: copies }, (_, i) => makeBrief(root, 2000, 7 + i)).join('\n');
  const uri = pathToFileURL(path.join(ws, 'brief.md')).href;
  const publish = (version: number) => new Promise<void>((resolve) => (waiting = { version, resolve }));
  let version = 1;
  let p = publish(version);
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text: brief } });
  await p;
  const lines = brief.split('\n');
  const times: number[] = [];
  const prose = lines.map((l, k) => k).filter((k) => lines[k].trim() && !lines[k].startsWith('#'));
  for (let i = 0; i < edits; i++) {
    // Change one sentence, as typing does: insert a word inside a paragraph line (before a sentence's end).
    const li = prose[(i * 7919) % prose.length];
    const before = lines[li];
    const insert = ` word${i}`;
    const dot = before.indexOf('. ', (i * 131) % Math.max(1, before.length));
    const at = dot > 0 ? dot : Math.max(0, before.length - 1);
    version++;
    p = publish(version);
    const t0 = performance.now();
    await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: { line: li, character: at }, end: { line: li, character: at } }, text: insert }] });
    await p;
    times.push(performance.now() - t0);
    lines[li] = before.slice(0, at) + insert + before.slice(at);
  }
  times.sort((a, b) => a - b);
  const q = (f: number) => times[Math.min(times.length - 1, Math.floor(f * times.length))];
  console.log(JSON.stringify({ server: isFloor ? 'floor' : 'dossier', words: brief.split(/\s+/).length, diagnostics: published, p50: q(0.5), p95: q(0.95) }));
  await conn.sendRequest('shutdown').catch(() => undefined);
  await conn.sendNotification('exit').catch(() => undefined);
  await new Promise((r) => {
    child.on('exit', r);
    setTimeout(r, 3000);
  });
  child.kill();
  fs.rmSync(ws, { recursive: true, force: true });
  process.exit(0);
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
