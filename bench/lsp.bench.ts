// Keystroke -> publishDiagnostics over stdio, as an editor sees it: open a brief, then change one sentence
// at a time and time until the diagnostics for that version arrive.
//
// Three servers are measured in the same run, edit by edit in turn, so that a noisy moment on a shared
// machine falls on all of them alike:
//   - dossier: dist/server.js with the corpus loaded;
//   - floor: a server on the same library that publishes an empty list on every change;
//   - floor + payload: the same, publishing the very diagnostics Dossier published for the brief (the cost
//     of delivering them, without computing them).
//   node --import tsx bench/lsp.bench.ts CORPUS_DIR WORDS EDITS
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { makeBrief, ROOT } from './synth';

const [corpusDir, wordsArg, editsArg] = process.argv.slice(2);
const words = Number(wordsArg);
const edits = Number(editsArg);
const root = ROOT;

interface Server {
  name: string;
  child: ChildProcess;
  conn: MessageConnection;
  ready: boolean;
  published: { version: number; diagnostics: unknown[] }[];
  waiting?: { version: number; resolve: () => void };
  times: number[];
}

async function start(name: string, serverJs: string, ws: string, env: Record<string, string> = {}): Promise<Server> {
  const nodeArgs = (process.env.DOSSIER_BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...(name === 'dossier' ? nodeArgs : []), serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...env } });
  const conn = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const s: Server = { name, child, conn, ready: name !== 'dossier', published: [], times: [] };
  conn.onNotification('dossier/status', (st: { state: string }) => {
    s.ready = st.state === 'ready';
  });
  conn.onNotification('textDocument/publishDiagnostics', (p: { version?: number; diagnostics: unknown[] }) => {
    if (p.version === 1) s.published.push({ version: 1, diagnostics: p.diagnostics });
    if (s.waiting && p.version === s.waiting.version) s.waiting.resolve();
  });
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onRequest('client/registerCapability', () => null);
  conn.listen();
  const settings = { settings: { dossier: { corpus: { paths: [corpusDir] } } }, storagePath: path.join(os.tmpdir(), 'dossier-bench-cache', 'lsp-' + path.basename(corpusDir)) };
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(ws).href, workspaceFolders: [{ uri: pathToFileURL(ws).href, name: 'ws' }], initializationOptions: settings, capabilities: { workspace: { configuration: true } } });
  await conn.sendNotification('initialized', {});
  const until = Date.now() + 600_000;
  while (!s.ready && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
  return s;
}

const publish = (s: Server, version: number) => new Promise<void>((resolve) => (s.waiting = { version, resolve }));

async function stop(s: Server): Promise<void> {
  await s.conn.sendRequest('shutdown').catch(() => undefined);
  await s.conn.sendNotification('exit').catch(() => undefined);
  await new Promise((r) => {
    s.child.on('exit', r);
    setTimeout(r, 3000);
  });
  s.child.kill();
}

async function main() {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-lsp-bench-'));
  const copies = Math.max(1, Math.round(words / 2000));
  const brief = Array.from({ length: copies }, (_, i) => makeBrief(root, 2000, 7 + i)).join('\n');
  const uri = pathToFileURL(path.join(ws, 'brief.md')).href;
  const open = async (s: Server) => {
    const p = publish(s, 1);
    await s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: brief } });
    await p;
  };

  const dossier = await start('dossier', path.join(root, 'dist', 'server.js'), ws);
  await open(dossier);
  const payload = path.join(ws, 'payload.json');
  fs.writeFileSync(payload, JSON.stringify(dossier.published[0]?.diagnostics ?? []));
  const floor = await start('floor', path.join(root, 'bench', 'floor-server.cjs'), ws);
  const loaded = await start('floor + payload', path.join(root, 'bench', 'floor-server.cjs'), ws, { DOSSIER_FLOOR_PAYLOAD: payload });
  await open(floor);
  await open(loaded);
  const servers = [floor, loaded, dossier];

  const lines = brief.split('\n');
  const prose = lines.map((l, k) => k).filter((k) => lines[k].trim() && !lines[k].startsWith('#'));
  let version = 1;
  for (let i = 0; i < edits; i++) {
    // Change one sentence, as typing does: insert a word inside a paragraph line (before a sentence's end).
    const li = prose[(i * 7919) % prose.length];
    const before = lines[li];
    const insert = ` word${i}`;
    const dot = before.indexOf('. ', (i * 131) % Math.max(1, before.length));
    const at = dot > 0 ? dot : Math.max(0, before.length - 1);
    version++;
    // Each server takes the same edit in turn; the order rotates so none always goes first.
    for (let k = 0; k < servers.length; k++) {
      const s = servers[(i + k) % servers.length];
      const p = publish(s, version);
      const t0 = performance.now();
      await s.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: { line: li, character: at }, end: { line: li, character: at } }, text: insert }] });
      await p;
      s.times.push(performance.now() - t0);
    }
    lines[li] = before.slice(0, at) + insert + before.slice(at);
  }
  const stats = (t: number[]) => {
    const x = [...t].sort((a, b) => a - b);
    const q = (f: number) => x[Math.min(x.length - 1, Math.floor(f * x.length))];
    return { p50: q(0.5), p95: q(0.95) };
  };
  console.log(JSON.stringify({ words: brief.split(/\s+/).length, diagnostics: dossier.published[0]?.diagnostics.length ?? 0, floor: stats(floor.times), payload: stats(loaded.times), dossier: stats(dossier.times) }));
  for (const s of servers) await stop(s);
  if (!process.env.DOSSIER_BENCH_KEEP) fs.rmSync(ws, { recursive: true, force: true });
  process.exit(0);
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
