// One corpus size, in its own process: the floor (read every file, count lower-cased words in a Map),
// the index build, reload from the on-disk cache, a one-file update, peak RSS.
//   node --import tsx bench/index.bench.ts DIR MODE    (MODE: build | reload)
import * as fs from 'node:fs';
import { isMainThread, workerData } from 'node:worker_threads';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadIndex } from '../server/src/node/indexer';
import { ServerCorpus } from '../server/src/lsp/corpus';
import { runIndexWorker } from '../server/src/lsp/worker';
import { analyze } from '../server/src/core/analyze';
import { defaultSettings } from '../server/src/core/settings';
import { warmCompletion } from '../server/src/core/features/completion';
import { makeBrief, ROOT } from './synth';

const [dir = '', mode] = process.argv.slice(2);
const cacheDir = path.join(os.tmpdir(), 'dossier-bench-cache', path.basename(dir));
const cacheFile = path.join(cacheDir, 'index.snapshot');
const opts = { roots: [{ root: dir, patterns: ['.'] }], maxFileBytes: 8 << 20, cacheFile };

function floor(): number {
  const t0 = performance.now();
  const counts = new Map<string, number>();
  for (const f of fs.readdirSync(dir)) {
    if (!f.endsWith('.md')) continue;
    const text = fs.readFileSync(path.join(dir, f), 'utf8').toLowerCase();
    for (const w of text.split(/[^\p{L}\p{N}]+/u)) if (w) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return performance.now() - t0;
}


async function main(): Promise<void> {
if (mode === 'build') {
  fs.rmSync(cacheDir, { recursive: true, force: true });
  const floors = [floor(), floor(), floor()].sort((a, b) => a - b);
  // As the server builds (lsp/corpus.ts), with an empty cache: a worker thread reads and extracts
  // (DOSSIER_EXTRACT_THREADS more threads, default one a core less one) and writes the snapshot; this
  // thread restores it, a slice at a time, and builds the completion tables. The build is over when the
  // index is in place.
  const corpus = new ServerCorpus(__filename, () => undefined, () => undefined, (m) => console.error(m));
  const t0 = performance.now();
  await corpus.rebuild(opts, false);
  const build = performance.now() - t0;
  const report = corpus.report!;
  // One-file update, as the server applies a changed file: the thread that built extracts it, this one
  // replaces it in the index. Timed from the change to the index holding it.
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.md'));
  const updates: number[] = [];
  for (let i = 0; i < 21; i++) {
    const file = path.join(dir, files[(i * 37) % files.length]);
    const text = fs.readFileSync(file, 'utf8') + `\n\nAn added line ${i} mentions the Blue Water Initiative (BWI), launched in 2019.\n`;
    const u0 = performance.now();
    await corpus.update({ uri: file, name: path.basename(file), text });
    updates.push(performance.now() - u0);
  }
  if (corpus.index.document(path.join(dir, files[(20 * 37) % files.length]))?.text.includes('An added line 20') !== true) throw new Error('the update did not reach the index');
  updates.sort((a, b) => a - b);
  const { threads: used, waitedMs } = corpus.buildInfo ?? {};
  corpus.dispose();
  console.log(JSON.stringify({ docs: report.files, threads: used ?? 1, waitedMs: waitedMs ?? 0, floorMs: floors[1], buildMs: build, updateP50Ms: updates[10], updateMaxMs: updates[20], peakRssMB: process.resourceUsage().maxRSS / 1024 }));
} else {
  const t0 = performance.now();
  const { index, report } = loadIndex(opts);
  const reload = performance.now() - t0;
  // A restored index reads documents' parts when queries first need them: the first check of a
  // 2,000-word brief and the completion tables (built once, as the server does when an index is ready)
  // pay for that, so they are timed too.
  const brief = makeBrief(ROOT, 2000);
  const c0 = performance.now();
  analyze(brief, index, defaultSettings());
  const firstCheck = performance.now() - c0;
  const w0 = performance.now();
  warmCompletion(index);
  const warm = performance.now() - w0;
  console.log(JSON.stringify({ docs: report.files, fromCache: report.fromCache, reloadMs: reload, firstCheckMs: firstCheck, warmCompletionMs: warm, peakRssMB: process.resourceUsage().maxRSS / 1024 }));
}
}

// Bundled, this file is also the code of the index thread and of the extraction threads (see
// node/extract-pool.ts), as dist/server.js is.
if (!isMainThread && (workerData as { kind?: string } | undefined)?.kind === 'dossier-index') void runIndexWorker();
if (isMainThread)
  main().then(
    () => process.exit(0),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
