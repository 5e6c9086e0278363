// The index build, run in a worker thread so the server keeps answering while it reads and extracts.
import { parentPort, workerData } from 'node:worker_threads';
import { collect, type LoadOptions } from '../node/indexer';

export interface WorkerRequest {
  kind: 'dossier-index';
  options: LoadOptions;
}

export type WorkerMessage =
  | { type: 'batch'; docs: import('../node/indexer').LoadedDoc[] }
  | { type: 'done'; report: import('../node/indexer').LoadReport }
  | { type: 'error'; message: string };

export function runIndexWorker(): void {
  const req = workerData as WorkerRequest;
  try {
    const report = collect(req.options, (docs) => parentPort!.postMessage({ type: 'batch', docs } satisfies WorkerMessage));
    parentPort!.postMessage({ type: 'done', report } satisfies WorkerMessage);
  } catch (e) {
    parentPort!.postMessage({ type: 'error', message: (e as Error).stack ?? String(e) } satisfies WorkerMessage);
  }
}
