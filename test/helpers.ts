// Shared test helpers: build an index from in-memory documents or from the bundled corpus.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CorpusIndex } from '../server/src/core/corpus/index';
import { extractDocument } from '../server/src/core/corpus/document';
import type { SourceText } from '../server/src/core/types';

export const ROOT = path.resolve(__dirname, '..');
export const CORPUS_DIR = path.join(ROOT, 'corpus');

export function indexOf(docs: { name: string; text: string; bundled?: boolean }[]): CorpusIndex {
  const index = new CorpusIndex();
  for (const d of docs) {
    const source: SourceText = { uri: `/mem/${d.name}`, name: d.name, text: d.text, bundled: d.bundled };
    index.upsert(source, extractDocument(source));
  }
  return index;
}

let bundled: CorpusIndex | undefined;
/** The bundled corpus (seed articles and glossary), built once per test run. */
export function bundledIndex(): CorpusIndex {
  if (bundled) return bundled;
  const docs = fs.readdirSync(CORPUS_DIR).filter((f) => /\.(md|txt)$/.test(f)).sort().map((f) => ({ name: f, text: fs.readFileSync(path.join(CORPUS_DIR, f), 'utf8'), bundled: true }));
  return (bundled = indexOf(docs));
}

export const SEED = {
  answer: '000_75e45855e6348a01',
  hindu: '001_6c54e90040af64f0',
  fpsd: '002_c4de11b75ff533a8',
  agreements: '003_83794800720d0d86',
  ties: '004_60242e7a83e49185',
};
