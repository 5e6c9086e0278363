// The corpus summary: documents, acronyms, terms, events, and which files were skipped and why.
import type { CorpusIndex } from '../corpus/index';
import { formatDate } from '../extract/dates';

export interface LoadProblems {
  skipped: { path: string; reason: string }[];
  warnings: string[];
  /** Documents taken from the index snapshot, and documents extracted, by the last load. */
  fromCache?: number;
  extracted?: number;
  /** Of those extracted, how many in extraction threads. */
  inThreads?: number;
}

export interface CorpusSummary {
  documents: { key: string; title: string; date?: string; uri: string; bundled: boolean; acronyms: number; definitions: number; events: number; sentences: number }[];
  totals: { documents: number; acronyms: number; definitions: number; events: number; names: number };
  skipped: { path: string; reason: string }[];
  warnings: string[];
  load?: { fromSnapshot: number; extracted: number; inThreads: number };
}

export function corpusSummary(index: CorpusIndex, problems?: LoadProblems): CorpusSummary {
  const documents = [...index.documents()].map((d) => ({
    key: d.extract.meta.key,
    title: d.extract.meta.title,
    date: d.extract.meta.date && formatDate(d.extract.meta.date),
    uri: d.uri,
    bundled: d.bundled,
    acronyms: d.extract.acronyms.length,
    definitions: d.extract.definitions.length,
    events: d.extract.events.length,
    sentences: d.extract.sentences.length / 2,
  }));
  let names = 0;
  for (const _ of index.names()) names++;
  let acronyms = 0;
  for (const _ of index.acronyms()) acronyms++;
  const warnings = [...(problems?.warnings ?? [])];
  for (const d of index.documents()) for (const w of d.extract.meta.warnings) warnings.push(`${d.uri}: ${w}`);
  return {
    documents,
    totals: { documents: documents.length, acronyms, definitions: documents.reduce((a, d) => a + d.definitions, 0), events: documents.reduce((a, d) => a + d.events, 0), names },
    skipped: problems?.skipped ?? [],
    warnings,
    ...(problems?.fromCache !== undefined ? { load: { fromSnapshot: problems.fromCache, extracted: problems.extracted ?? 0, inThreads: problems.inThreads ?? 0 } } : {}),
  };
}

/** The summary as Markdown, for the CLI and the editor's summary view. */
export function summaryMarkdown(s: CorpusSummary): string {
  const lines = [`# Dossier corpus`, '', `${s.totals.documents} documents · ${s.totals.acronyms} acronyms · ${s.totals.definitions} definitions · ${s.totals.names} names · ${s.totals.events} dated events`, ''];
  if (s.load) lines.push(`Last load: ${s.load.fromSnapshot} documents from the index snapshot, ${s.load.extracted} extracted${s.load.inThreads ? ` (${s.load.inThreads} in extraction threads)` : ''}.`, '');
  lines.push('| key | title | date | acronyms | definitions | events |', '|---|---|---|---|---|---|');
  for (const d of s.documents) lines.push(`| ${d.key}${d.bundled ? ' (bundled)' : ''} | ${d.title.replace(/\|/g, '\\|')} | ${d.date ?? ''} | ${d.acronyms} | ${d.definitions} | ${d.events} |`);
  if (s.skipped.length) {
    lines.push('', '## Skipped', '');
    for (const k of s.skipped) lines.push(`- ${k.path}: ${k.reason}`);
  }
  if (s.warnings.length) {
    lines.push('', '## Warnings', '');
    for (const w of s.warnings) lines.push(`- ${w}`);
  }
  return lines.join('\n') + '\n';
}
