// Builds the corpus index from folders on disk: discovery, reading, cache, extraction. The extraction
// can run in a worker thread (the language server) or in-process (the CLI, tests).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SourceText } from '../core/types';
import { extractDocument, type DocExtract } from '../core/corpus/document';
import { CorpusIndex } from '../core/corpus/index';
import { discover, readSource, type Skipped } from './files';
import { ExtractCache, contentHash } from './cache';

export interface CorpusRoot {
  /** Folder the patterns are relative to (a workspace folder, or the folder itself). */
  root: string;
  patterns: string[];
  bundled?: boolean;
}

export interface LoadOptions {
  roots: CorpusRoot[];
  maxFileBytes: number;
  /** Cache file; none means no cache. */
  cacheFile?: string;
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
  skipped: Skipped[];
  warnings: string[];
}

/** Discovers, reads and extracts every corpus file, emitting documents in batches. Never throws per file. */
export function collect(opts: LoadOptions, emit: (batch: LoadedDoc[]) => void, batchSize = 50): LoadReport {
  const cache = new ExtractCache(opts.cacheFile).load();
  const report: LoadReport = { files: 0, fromCache: 0, extracted: 0, skipped: [], warnings: [] };
  if (cache.rejected) report.warnings.push(`cache rebuilt: ${cache.rejected}`);
  const seen = new Set<string>();
  let batch: LoadedDoc[] = [];
  for (const r of opts.roots) {
    const found = discover(r.root, r.patterns);
    report.skipped.push(...found.skipped);
    for (const file of found.files) {
      if (seen.has(file)) continue;
      seen.add(file);
      const read = readSource(file, opts.maxFileBytes, r.bundled);
      if (!read.ok) {
        report.skipped.push(read.skipped);
        continue;
      }
      if (read.warning) report.warnings.push(`${file}: ${read.warning}`);
      report.files++;
      const hash = contentHash(read.source.text);
      let extract = cache.get(hash);
      if (extract) report.fromCache++;
      else {
        try {
          extract = extractDocument(read.source);
        } catch (e) {
          report.skipped.push({ path: file, reason: `could not be analysed: ${(e as Error).message}` });
          continue;
        }
        // The cached meta may carry another file's key when two files share content: key from this name.
        cache.set(hash, extract);
        report.extracted++;
      }
      batch.push({ source: read.source, extract: withName(extract, read.source), hash });
      if (batch.length >= batchSize) {
        emit(batch);
        batch = [];
      }
    }
  }
  if (batch.length) emit(batch);
  const err = cache.save();
  if (err) report.warnings.push(err);
  return report;
}

/** Two files with the same content share an extract; the key from a file name must follow the file. */
function withName(extract: DocExtract, source: SourceText): DocExtract {
  const fromName = source.name.replace(/\.[^.]+$/, '');
  if (extract.meta.key === fromName) return extract;
  // Front-matter ids are content, so they are right already; only name-derived keys need the fix.
  return extract.meta.idFromFrontMatter ? extract : { ...extract, meta: { ...extract.meta, key: fromName } };
}

/** Loads everything in-process into a fresh index. */
export function loadIndex(opts: LoadOptions): { index: CorpusIndex; report: LoadReport } {
  const index = new CorpusIndex();
  const report = collect(opts, (batch) => {
    for (const d of batch) index.upsert(d.source, d.extract);
  });
  return { index, report };
}

/** Reads and extracts one file (for watched changes). */
export function loadOne(file: string, maxFileBytes: number, bundled = false): { doc?: LoadedDoc; skipped?: Skipped; warning?: string } {
  const read = readSource(file, maxFileBytes, bundled);
  if (!read.ok) return { skipped: read.skipped };
  try {
    return { doc: { source: read.source, extract: extractDocument(read.source), hash: contentHash(read.source.text) }, warning: read.warning };
  } catch (e) {
    return { skipped: { path: file, reason: `could not be analysed: ${(e as Error).message}` } };
  }
}

/** The bundled corpus folder, next to the bundle (dist/../corpus) or the sources (server/src/node/../../../corpus). */
export function bundledCorpusDir(fromDir: string): string {
  const candidates = [path.resolve(fromDir, '..', 'corpus'), path.resolve(fromDir, '..', '..', '..', 'corpus')];
  return candidates.find((c) => fs.existsSync(path.join(c, 'glossary.md'))) ?? candidates[0];
}
