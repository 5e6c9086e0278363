// Builds the corpus index from folders on disk: discovery, reading, cache, extraction. The extraction
// can run in a worker thread (the language server) or in-process (the CLI, tests).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SourceText } from '../core/types';
import { extractDocument, type DocExtract } from '../core/corpus/document';
import { CorpusIndex } from '../core/corpus/index';
import { discover, readSource, type Skipped } from './files';
import { parserOf } from '../core/text/markdown';
import { SnapshotFile, SnapshotWriter, contentHash, type SnapshotDoc, type SnapshotLoader } from './snapshot';
import { ExtractPool, defaultThreads, withName } from './extract-pool';

export interface CorpusRoot {
  /** Folder the patterns are relative to (a workspace folder, or the folder itself). */
  root: string;
  patterns: string[];
  bundled?: boolean;
}

export interface LoadOptions {
  roots: CorpusRoot[];
  maxFileBytes: number;
  /** Index snapshot file (see snapshot.ts); none means extract everything, keep nothing. */
  cacheFile?: string;
  /** A snapshot built elsewhere (read only): when there is no usable `cacheFile`, extracts of files whose
   * content it holds are copied from it. */
  seedFile?: string;
}

export interface LoadedDoc {
  source: SourceText;
  extract: DocExtract;
  hash: string;
}

export interface LoadReport {
  files: number;
  fromCache: number;
  extracted: number;
  /** Of the extracted, how many in extraction threads. */
  inThreads?: number;
  skipped: Skipped[];
  warnings: string[];
}

/** Files modified this close to a snapshot's writing may have changed unseen (coarse clocks): hash them. */
const RACY_MS = 2000;

/** Every corpus file, once, with its root's `bundled` flag. */
function* corpusFiles(opts: LoadOptions, report: LoadReport): Generator<{ file: string; bundled: boolean }> {
  const seen = new Set<string>();
  for (const r of opts.roots) {
    const found = discover(r.root, r.patterns);
    report.skipped.push(...found.skipped);
    for (const file of found.files) {
      if (seen.has(file)) continue;
      seen.add(file);
      yield { file, bundled: !!r.bundled };
    }
  }
}

/** Reads and extracts one discovered file into the report; undefined when it is skipped. */
function readAndExtract(file: string, bundled: boolean, opts: LoadOptions, report: LoadReport, reuse?: (hash: string, name: string) => DocExtract | undefined): (LoadedDoc & { stat: fs.Stats; readAt: number; warning?: string }) | undefined {
  const read = readSource(file, opts.maxFileBytes, bundled);
  if (!read.ok) {
    report.skipped.push(read.skipped);
    return undefined;
  }
  if (read.warning) report.warnings.push(`${file}: ${read.warning}`);
  const hash = contentHash(read.source.text);
  let extract = reuse?.(hash, read.source.name);
  if (extract) report.fromCache++;
  else {
    try {
      extract = extractDocument(read.source);
    } catch (e) {
      report.skipped.push({ path: file, reason: `could not be analysed: ${(e as Error).message}` });
      return undefined;
    }
    report.extracted++;
  }
  report.files++;
  return { source: read.source, extract: withName(extract, read.source), hash, stat: read.stat, readAt: read.readAt, warning: read.warning };
}

/** Discovers, reads and extracts every corpus file (no snapshot), emitting documents in batches. Never throws per file. */
export function collect(opts: LoadOptions, emit: (batch: LoadedDoc[]) => void, batchSize = 50): LoadReport {
  const report: LoadReport = { files: 0, fromCache: 0, extracted: 0, skipped: [], warnings: [] };
  let batch: LoadedDoc[] = [];
  for (const { file, bundled } of corpusFiles(opts, report)) {
    const doc = readAndExtract(file, bundled, opts, report);
    if (!doc) continue;
    batch.push({ source: doc.source, extract: doc.extract, hash: doc.hash });
    if (batch.length >= batchSize) {
      emit(batch);
      batch = [];
    }
  }
  if (batch.length) emit(batch);
  return report;
}

/**
 * What to load, using the snapshot in `opts.cacheFile`: the snapshot to restore, and the documents to
 * add or replace (`upserts`) and remove on top of it. A file whose size, modification time and inode
 * match the snapshot is not even read. When over a tenth of the files changed (or there is no usable
 * snapshot), a new snapshot is written first (documents of unchanged content are copied from the old
 * one, not re-extracted) and nothing is left to apply.
 */
export interface Prepared {
  snapshot?: string;
  upserts: LoadedDoc[];
  removed: string[];
  report: LoadReport;
  /** No snapshot could be written: the caller loads by extraction (`collect`). */
  failed?: boolean;
  /** Extraction threads used to write the snapshot (absent: extracted in this thread), and how long this
   * thread waited for them (the rest of the time it read, hashed and wrote). */
  threads?: number;
  waitedMs?: number;
}

/** What prepare decided before writing: the files, each kept from the old snapshot or to be read. */
interface Plan {
  file: string;
  report: LoadReport;
  files: { file: string; bundled: boolean; kept?: number }[];
  old?: { docs: SnapshotDoc[]; loader: SnapshotLoader };
  keep(n: number): void;
  reuse(hash: string, name: string): DocExtract | undefined;
}

/** Opens the snapshot and stats the files; either done (few changes: restore and patch) or a plan to write. */
function plan(opts: LoadOptions): { done: Prepared } | { plan: Plan } {
  const report: LoadReport = { files: 0, fromCache: 0, extracted: 0, skipped: [], warnings: [] };
  const file = opts.cacheFile!;
  let opened = SnapshotFile.open(file);
  if (opened.rejected) report.warnings.push(`index snapshot rebuilt: ${opened.rejected}`);
  // Without a usable snapshot of its own, a shared one seeds the build: its files are trusted by content only.
  let seeded = false;
  if (!opened.snapshot && opts.seedFile) {
    opened = SnapshotFile.open(opts.seedFile);
    if (opened.rejected) report.warnings.push(`shared snapshot ${opts.seedFile} not used: ${opened.rejected}`);
    seeded = !!opened.snapshot;
  }
  let old: Plan['old'];
  if (opened.snapshot) {
    try {
      const docs = opened.snapshot.docs();
      old = { docs, loader: opened.snapshot.loader(docs) };
      // Marks it in use (stale snapshots of other configurations are cleared by age).
      try {
        if (!seeded) fs.utimesSync(file, new Date(), new Date());
      } catch {
        /* read-only storage: the snapshot is still usable */
      }
    } catch {
      report.warnings.push('index snapshot rebuilt: index snapshot is corrupt');
    }
    opened.snapshot.close();
  }
  const byUri = new Map<string, number>();
  const byHash = new Map<string, number>();
  // Parts are shared by content and by parser: the same text in a .md and a .txt file reads differently.
  const contentKey = (hash: string, name: string): string => `${hash}:${parserOf(name)}`;
  old?.docs.forEach((d, n) => {
    byUri.set(d.uri, n);
    byHash.set(contentKey(d.hash, d.name), n);
  });
  // First pass, stat only: each file is kept (the snapshot's document n, unchanged) or must be read.
  const files: Plan['files'] = [];
  for (const { file: f, bundled } of corpusFiles(opts, report)) {
    const n = byUri.get(f);
    let kept: number | undefined;
    if (n !== undefined && old && !seeded) {
      const d = old.docs[n];
      const st = fs.statSync(f, { throwIfNoEntry: false });
      if (st && st.isFile() && st.size === d.size && st.mtimeMs === d.mtimeMs && st.ino === d.ino && st.size <= opts.maxFileBytes && d.bundled === bundled) kept = n;
    }
    files.push({ file: f, bundled, kept });
  }
  const keep = (n: number): void => {
    report.files++;
    report.fromCache++;
    const w = old!.docs[n].warning;
    if (w) report.warnings.push(`${old!.docs[n].uri}: ${w}`);
  };
  // A file read afresh whose content the snapshot has (touched, renamed, copied): its parts are copied.
  const reuse = (hash: string, name: string): DocExtract | undefined => {
    const m = byHash.get(contentKey(hash, name));
    return m === undefined || !old ? undefined : old.loader.extract(m);
  };
  const listed = new Set(files.map((f) => f.file));
  const removed = old ? old.docs.filter((d) => !listed.has(d.uri)).map((d) => d.uri) : [];
  const toRead = files.filter((f) => f.kept === undefined).length;
  if (old && !seeded && toRead + removed.length <= Math.max(1, files.length / 10)) {
    // Few changes: restore the snapshot as it is, and apply them on top.
    const upserts: LoadedDoc[] = [];
    for (const f of files) {
      if (f.kept !== undefined) keep(f.kept);
      else {
        const r = readAndExtract(f.file, f.bundled, opts, report, reuse);
        if (r) upserts.push({ source: r.source, extract: r.extract, hash: r.hash });
        // Skipped now (too large, unreadable) but in the snapshot: it must go.
        else if (byUri.has(f.file)) removed.push(f.file);
      }
    }
    return { done: { snapshot: file, upserts, removed, report } };
  }
  return { plan: { file, report, files, old, keep, reuse } };
}

/**
 * What the snapshot records of a file read at `readAt`. A file modified shortly before it was read may be
 * modified again within the same clock tick, unseen by its stat: its time is recorded as -1, so the next
 * load reads it (and copies its parts if the content is the same).
 */
const infoOf = (r: { source: SourceText; hash: string; stat: fs.Stats; readAt: number; warning?: string }, meta: DocExtract['meta']): SnapshotDoc => ({
  uri: r.source.uri,
  name: r.source.name,
  bundled: !!r.source.bundled,
  meta,
  size: r.stat.size,
  mtimeMs: r.stat.mtimeMs < r.readAt - RACY_MS ? r.stat.mtimeMs : -1,
  ino: r.stat.ino,
  hash: r.hash,
  ...(r.warning ? { warning: r.warning } : {}),
});

function finishWrite(p: Plan, writer: SnapshotWriter): Prepared {
  const err = writer.finish();
  if (!err) return { snapshot: p.file, upserts: [], removed: [], report: p.report };
  // No snapshot could be written (read-only storage, full disk): load without one.
  p.report.warnings.push(err);
  return { upserts: [], removed: [], report: p.report, failed: true };
}

/** Many changes or no snapshot: writes a new one, a document at a time, extracting in this thread. */
function writeSync(p: Plan, opts: LoadOptions): Prepared {
  const writer = new SnapshotWriter(p.file);
  for (const f of p.files) {
    if (f.kept !== undefined) {
      p.keep(f.kept);
      writer.add(p.old!.docs[f.kept], p.old!.loader.extract(f.kept));
      continue;
    }
    const r = readAndExtract(f.file, f.bundled, opts, p.report, p.reuse);
    if (!r) continue;
    writer.add(infoOf(r, r.extract.meta), r.extract);
  }
  return finishWrite(p, writer);
}

/**
 * The same, with extraction in a pool of threads: this thread reads, hashes and writes, in file order
 * (the snapshot is the same as writeSync's); documents are extracted ahead, a few per thread at a time.
 */
async function writeParallel(p: Plan, opts: LoadOptions, pool: ExtractPool): Promise<Prepared> {
  const writer = new SnapshotWriter(p.file);
  type Item = () => Promise<void>;
  const ahead: Promise<Item>[] = [];
  const window = pool.size * 4;
  let i = 0;
  // Starts the next file: kept and reused documents are ready at once; others go to the pool.
  const start = (f: Plan['files'][number]): Promise<Item> => {
    if (f.kept !== undefined) {
      const n = f.kept;
      return Promise.resolve(async () => {
        p.keep(n);
        writer.add(p.old!.docs[n], p.old!.loader.extract(n));
      });
    }
    const read = readSource(f.file, opts.maxFileBytes, f.bundled);
    if (!read.ok) return Promise.resolve(async () => void p.report.skipped.push(read.skipped));
    const hash = contentHash(read.source.text);
    const r = { source: read.source, hash, stat: read.stat, readAt: read.readAt, warning: read.warning };
    const warn = () => {
      if (read.warning) p.report.warnings.push(`${f.file}: ${read.warning}`);
    };
    const counted = () => {
      warn();
      p.report.files++;
    };
    const reused = p.reuse(hash, read.source.name);
    if (reused) {
      return Promise.resolve(async () => {
        counted();
        p.report.fromCache++;
        const extract = withName(reused, read.source);
        writer.add(infoOf(r, extract.meta), extract);
      });
    }
    return pool.extract(read.source).then(
      (x) => async () => {
        counted();
        p.report.extracted++;
        p.report.inThreads = (p.report.inThreads ?? 0) + 1;
        writer.addParts(infoOf(r, x.meta), x.parts, x.input);
      },
      // The thread could not extract it: extract here (an error here skips the file, as in writeSync).
      () => async () => {
        warn();
        try {
          const extract = withName(extractDocument(read.source), read.source);
          p.report.files++;
          p.report.extracted++;
          writer.add(infoOf(r, extract.meta), extract);
        } catch (e) {
          p.report.skipped.push({ path: f.file, reason: `could not be analysed: ${(e as Error).message}` });
        }
      },
    );
  };
  let waitedMs = 0;
  while (i < p.files.length || ahead.length) {
    while (i < p.files.length && ahead.length < window) ahead.push(start(p.files[i++]));
    const t0 = performance.now();
    const item = await ahead.shift()!;
    waitedMs += performance.now() - t0;
    await item();
  }
  return { ...finishWrite(p, writer), threads: pool.size, waitedMs };
}

export function prepare(opts: LoadOptions): Prepared {
  const r = plan(opts);
  return 'done' in r ? r.done : writeSync(r.plan, opts);
}

/**
 * prepare, extracting in `threads` worker threads when a snapshot must be written (a first build, or
 * many changed files). With one thread, or if threads cannot start, it is prepare.
 */
export async function preparePooled(opts: LoadOptions, threads = defaultThreads()): Promise<Prepared> {
  const r = plan(opts);
  if ('done' in r) return r.done;
  const todo = r.plan.files.filter((f) => f.kept === undefined).length;
  if (threads < 2 || todo < 16) return writeSync(r.plan, opts);
  let pool: ExtractPool;
  try {
    pool = new ExtractPool(Math.min(threads, Math.ceil(todo / 8)));
  } catch {
    return writeSync(r.plan, opts);
  }
  try {
    return await writeParallel(r.plan, opts, pool);
  } finally {
    await pool.close();
  }
}

/**
 * Restores the prepared snapshot (if any) and applies the rest; run to the end, or stepped by the server
 * (which calls `return()` on the steps if it gives up, so the file closes). Undefined when the snapshot
 * can no longer be restored (deleted or damaged since it was prepared): the caller loads by extraction.
 * `onStale` hears of documents whose files changed after they were prepared (see SnapshotLoader).
 */
export function* loadPrepared(p: Prepared, onStale?: (uri: string) => void): Generator<void, CorpusIndex | undefined> {
  let index = new CorpusIndex();
  if (p.snapshot) {
    const opened = SnapshotFile.open(p.snapshot);
    if (!opened.snapshot) return undefined;
    try {
      const docs = yield* opened.snapshot.docSteps();
      const loader = opened.snapshot.loader(docs, onStale);
      const tables = yield* opened.snapshot.tables(loader);
      index = yield* CorpusIndex.restore(docs, tables, loader);
    } catch {
      return undefined;
    } finally {
      opened.snapshot.close();
    }
  }
  for (const uri of p.removed) index.remove(uri);
  let n = 0;
  for (const d of p.upserts) {
    index.upsert(d.source, d.extract);
    if (++n % 20 === 0) yield;
  }
  return index;
}

/** The index from what prepare made: restored and patched, or (no snapshot could be written) extracted. */
function fromPrepared(opts: LoadOptions, p: Prepared): { index: CorpusIndex; report: LoadReport; threads?: number; waitedMs?: number } {
  if (p.failed) {
    const r = loadIndex({ ...opts, cacheFile: undefined });
    r.report.warnings.unshift(...p.report.warnings);
    return r;
  }
  const steps = loadPrepared(p);
  for (;;) {
    const r = steps.next();
    if (!r.done) continue;
    if (r.value) return { index: r.value, report: p.report, threads: p.threads, waitedMs: p.waitedMs };
    const again = loadIndex({ ...opts, cacheFile: undefined });
    again.report.warnings.unshift(...p.report.warnings, 'index snapshot changed while it was restored: corpus extracted again');
    return again;
  }
}

/** Loads everything in-process: from the snapshot when there is a cache file, else by extraction. */
export function loadIndex(opts: LoadOptions): { index: CorpusIndex; report: LoadReport } {
  if (opts.cacheFile) return fromPrepared(opts, prepare(opts));
  const index = new CorpusIndex();
  const report = collect(opts, (batch) => {
    for (const d of batch) index.upsert(d.source, d.extract);
  });
  return { index, report };
}

/** loadIndex, extracting in worker threads when a snapshot is written (see preparePooled). */
export async function loadIndexPooled(opts: LoadOptions, threads = defaultThreads()): Promise<{ index: CorpusIndex; report: LoadReport; threads?: number; waitedMs?: number }> {
  return opts.cacheFile ? fromPrepared(opts, await preparePooled(opts, threads)) : loadIndex(opts);
}

/** One changed file: its document, or why it was skipped. */
export interface LoadedOne {
  doc?: LoadedDoc;
  skipped?: Skipped;
  warning?: string;
}

/** Reads and extracts one file (for watched changes). */
export function loadOne(file: string, maxFileBytes: number, bundled = false): LoadedOne {
  const read = readSource(file, maxFileBytes, bundled);
  if (!read.ok) return { skipped: read.skipped };
  return { ...extractOne(read.source), warning: read.warning };
}

/** Extracts one document already read. */
export function extractOne(source: SourceText): LoadedOne {
  try {
    return { doc: { source, extract: extractDocument(source), hash: contentHash(source.text) } };
  } catch (e) {
    return { skipped: { path: source.uri, reason: `could not be analysed: ${(e as Error).message}` } };
  }
}

/** The bundled corpus folder, next to the bundle (dist/../corpus) or the sources (server/src/node/../../../corpus). */
export function bundledCorpusDir(fromDir: string): string {
  const candidates = [path.resolve(fromDir, '..', 'corpus'), path.resolve(fromDir, '..', '..', '..', 'corpus')];
  return candidates.find((c) => fs.existsSync(path.join(c, 'glossary.md'))) ?? candidates[0];
}
