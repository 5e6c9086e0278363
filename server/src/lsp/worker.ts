// The index build, run in a worker thread so the server keeps answering while it reads and extracts.
import { parentPort, workerData } from 'node:worker_threads';
import { collect, preparePooled, type LoadOptions } from '../node/indexer';

export interface WorkerRequest {
  kind: 'dossier-index';
  options: LoadOptions;
}

export type WorkerMessage =
  | { type: 'batch'; docs: import('../node/indexer').LoadedDoc[] }
  | { type: 'prepared'; prepared: import('../node/indexer').Prepared }
  | { type: 'done'; report: import('../node/indexer').LoadReport }
  | { type: 'error'; message: string };

export async function runIndexWorker(): Promise<void> {
  const req = workerData as WorkerRequest;
  try {
    // With a snapshot file, the worker brings the snapshot up to date; the server restores it.
    let warnings: string[] = [];
    if (req.options.cacheFile) {
      const prepared = await preparePooled(req.options);
      if (!prepared.failed) {
        parentPort!.postMessage({ type: 'prepared', prepared } satisfies WorkerMessage);
        return;
      }
      warnings = prepared.report.warnings;
    }
    const report = collect(req.options, (docs) => parentPort!.postMessage({ type: 'batch', docs } satisfies WorkerMessage));
    report.warnings.unshift(...warnings);
    parentPort!.postMessage({ type: 'done', report } satisfies WorkerMessage);
  } catch (e) {
    parentPort!.postMessage({ type: 'error', message: (e as Error).stack ?? String(e) } satisfies WorkerMessage);
  }
}
