// Extraction in worker threads, for building an index snapshot from many files at once.
//
// A worker takes a document's text and returns what the snapshot writer needs, already in the form it
// writes: each lazily read part as JSON text, and the document's contribution to the tables as plain
// arrays (TableInput). Strings cross threads as a copy, not a graph of objects, so the thread that writes
// the snapshot spends little on each document and the extraction itself runs on every core.
//
// The worker is this module loaded in a worker thread: in a bundle (dist/server.js, dist/cli.js) that is
// the bundle itself, started with `workerData.kind === 'dossier-extract'` (the bundle's entry point starts
// the worker loop and nothing else); under tsx it is this file.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import * as os from 'node:os';
import type { SourceText } from '../core/types';
import { extractDocument, type DocExtract } from '../core/corpus/document';
import { LAZY_FIELDS, tableInput, type TableInput } from '../core/corpus/snapshot';
import { keyFromName, titleFromName, type DocMetadata } from '../core/extract/metadata';

/** A document ready for the snapshot writer. */
export interface ExtractedParts {
  meta: DocMetadata;
  /** JSON of each of LAZY_FIELDS, in that order. */
  parts: string[];
  input: TableInput;
}

interface Job {
  id: number;
  source: SourceText;
}
type Reply = { id: number; meta: DocMetadata; parts: string[]; input: string } | { id: number; error: string };

const KIND = 'dossier-extract';
/** tsx's register API, named at run time: bundles never take this path, and must not bundle tsx. */
const TSX_API = ['tsx', 'cjs', 'api'].join('/');
const YOUNG_MB = Number(process.env.DOSSIER_EXTRACT_YOUNG_MB) || 8;

/** Two files with the same content share an extract; the key from a file name must follow the file. */
export function withName(extract: DocExtract, source: SourceText): DocExtract {
  const fromName = keyFromName(source.name);
  // Front-matter ids are content, so they are right already; only name-derived keys (and a title made
  // from the key) need the fix.
  if (extract.meta.key === fromName || extract.meta.idFromFrontMatter) return extract;
  const meta = { ...extract.meta, key: fromName };
  if (meta.titleFromName) meta.title = titleFromName(fromName, source.text);
  return { ...extract, meta };
}

/** What the snapshot writer needs from an extract. */
export function partsOf(extract: DocExtract): ExtractedParts {
  return { meta: extract.meta, parts: LAZY_FIELDS.map((f) => JSON.stringify(extract[f])), input: tableInput(extract) };
}

/** The worker's loop: extract each document it is sent. */
function serve(): void {
  parentPort!.on('message', (job: Job) => {
    let reply: Reply;
    try {
      const x = partsOf(withName(extractDocument(job.source), job.source));
      // One string crosses threads faster than a graph of small arrays.
      reply = { id: job.id, meta: x.meta, parts: x.parts, input: JSON.stringify(x.input) };
    } catch (e) {
      reply = { id: job.id, error: (e as Error).message };
    }
    parentPort!.postMessage(reply);
  });
}

if (!isMainThread && (workerData as { kind?: string } | undefined)?.kind === KIND) serve();

/**
 * How many extraction threads to use: one a core less one, for the thread that serves requests (the
 * server's) or reads and writes (DOSSIER_EXTRACT_THREADS sets it). One means none: the building thread
 * extracts. On two cores that is as fast as two extraction threads (measured: 4.8-5.7 s against 4.6-5.0 s
 * for 1,000 documents, inside this machine's noise), takes about 65 MB less, and leaves a core to the
 * server's requests while it builds.
 */
export function defaultThreads(): number {
  const set = Number(process.env.DOSSIER_EXTRACT_THREADS);
  if (Number.isInteger(set) && set >= 1) return set;
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(8, cores - 1));
}

/**
 * A pool of extraction threads. `extract` resolves with the document's parts, or rejects with the
 * extraction's error; if a thread dies, its jobs and later ones reject, and the caller extracts in-process.
 */
export class ExtractPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, { resolve: (p: ExtractedParts) => void; reject: (e: Error) => void; worker: Worker }>();
  private readonly load = new Map<Worker, number>();
  private next = 0;
  private broken?: Error;

  constructor(threads: number, entry: string = __filename) {
    for (let i = 0; i < threads; i++) {
      // Under tsx (tests, benchmarks) a thread must register tsx itself before it can load TypeScript.
      // A thread holds one document at a time: a small young generation keeps its memory small.
      const options = { workerData: { kind: KIND }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } };
      const w = entry.endsWith('.ts') ? new Worker(`require(${JSON.stringify(require.resolve(TSX_API))}).register(); require(${JSON.stringify(entry)});`, { ...options, eval: true }) : new Worker(entry, options);
      this.load.set(w, 0);
      w.on('message', (r: Reply) => {
        const p = this.pending.get(r.id);
        if (!p) return;
        this.pending.delete(r.id);
        this.load.set(w, this.load.get(w)! - 1);
        if ('error' in r) p.reject(new Error(r.error));
        else p.resolve({ meta: r.meta, parts: r.parts, input: JSON.parse(r.input) as TableInput });
      });
      const fail = (e: Error) => {
        this.broken ??= e;
        for (const [id, p] of this.pending) if (p.worker === w) {
          this.pending.delete(id);
          p.reject(e);
        }
      };
      w.on('error', fail);
      w.on('exit', (code) => {
        if (code !== 0) fail(new Error(`extraction thread exited with code ${code}`));
      });
      this.workers.push(w);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  extract(source: SourceText): Promise<ExtractedParts> {
    if (this.broken) return Promise.reject(this.broken);
    // The least loaded thread: documents differ in size.
    let w = this.workers[0];
    for (const x of this.workers) if (this.load.get(x)! < this.load.get(w)!) w = x;
    const id = this.next++;
    this.load.set(w, this.load.get(w)! + 1);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, worker: w });
      w.postMessage({ id, source } satisfies Job);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
