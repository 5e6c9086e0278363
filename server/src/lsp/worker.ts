// The index build, run in a worker thread so the server keeps answering while it reads and extracts.
// Once the build is over the thread stays, to extract changed corpus files: its extractor is warm from
// the build (the server's own thread has not run it), and the server's thread only merges the result.
import { parentPort, workerData } from 'node:worker_threads';
import type { SourceText } from '../core/types';
import { collect, extractOne, loadOne, preparePooled, type LoadOptions, type LoadedOne } from '../node/indexer';

export interface WorkerRequest {
  kind: 'dossier-index';
  options: LoadOptions;
}

/** A changed corpus file to extract, named by path (read in the thread) or given as text. */
export type ExtractRequest = { type: 'extract'; id: number } & ({ file: string; maxFileBytes: number } | { source: SourceText });

export type WorkerMessage =
  | { type: 'batch'; docs: import('../node/indexer').LoadedDoc[] }
  | { type: 'prepared'; prepared: import('../node/indexer').Prepared }
  | { type: 'done'; report: import('../node/indexer').LoadReport }
  | { type: 'error'; message: string }
  | { type: 'extracted'; id: number; result: LoadedOne };

function serveExtracts(): void {
  parentPort!.on('message', (req: ExtractRequest) => {
    if (req?.type !== 'extract') return;
    const result = 'source' in req ? extractOne(req.source) : loadOne(req.file, req.maxFileBytes);
    parentPort!.postMessage({ type: 'extracted', id: req.id, result } satisfies WorkerMessage);
  });
}

export async function runIndexWorker(): Promise<void> {
  const req = workerData as WorkerRequest;
  try {
    // With a snapshot file, the worker brings the snapshot up to date; the server restores it.
    let warnings: string[] = [];
    if (req.options.cacheFile) {
      const prepared = await preparePooled(req.options);
      if (!prepared.failed) {
        serveExtracts();
        parentPort!.postMessage({ type: 'prepared', prepared } satisfies WorkerMessage);
        return;
      }
      warnings = prepared.report.warnings;
    }
    const report = collect(req.options, (docs) => parentPort!.postMessage({ type: 'batch', docs } satisfies WorkerMessage));
    report.warnings.unshift(...warnings);
    serveExtracts();
    parentPort!.postMessage({ type: 'done', report } satisfies WorkerMessage);
  } catch (e) {
    parentPort!.postMessage({ type: 'error', message: (e as Error).stack ?? String(e) } satisfies WorkerMessage);
  }
}
