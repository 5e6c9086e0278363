// Go to definition: an acronym's defining passage, a name's best definition, a citation's document.
import type { Draft } from '../draft/draft';
import type { CorpusIndex, IndexedDoc } from '../corpus/index';
import { bestExpansion } from '../corpus/search';
import { targetAt } from './lookup';

export interface DefinitionTarget {
  doc: IndexedDoc;
  start: number;
  end: number;
}

export function definition(draft: Draft, index: CorpusIndex, offset: number): DefinitionTarget | undefined {
  const t = targetAt(draft, index, offset);
  if (!t) return undefined;
  switch (t.kind) {
    case 'citation': {
      const doc = index.byKey(t.ref.key);
      return doc ? { doc, start: 0, end: 0 } : undefined;
    }
    case 'acronym': {
      const e = bestExpansion(index, t.short);
      return e ? { doc: e.doc, start: e.start, end: e.end } : undefined;
    }
    case 'name': {
      const d = t.definitions[0];
      if (d) return { doc: d.doc, start: d.def.start, end: d.def.end };
      const doc = t.info && [...t.info.docs.keys()][0];
      const first = doc?.extract.names.find((n) => n.key === t.key)?.first;
      return doc && first !== undefined ? { doc, start: first, end: first + t.text.length } : undefined;
    }
    default:
      return undefined;
  }
}
