// Document links: each citation key of a known source opens that source (Ctrl+click in the editor).
// Headings and other Markdown links are VS Code's own; Dossier adds only what it knows.
import type { Draft } from '../draft/draft';
import type { CorpusIndex } from '../corpus/index';

export interface DocLink {
  start: number;
  end: number;
  uri: string;
  tooltip: string;
}

export function documentLinks(draft: Draft, index: CorpusIndex): DocLink[] {
  const out: DocLink[] = [];
  for (const c of draft.citations) {
    const doc = index.byKey(c.key);
    if (doc) out.push({ start: c.start, end: c.end, uri: doc.uri, tooltip: `Open “${doc.extract.meta.title}”` });
  }
  return out;
}
