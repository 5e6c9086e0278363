// What a CorpusIndex answers, as plain data: for comparing a restored index with a built one.
import type { CorpusIndex, IndexedDoc } from '../../server/src/core/corpus/index';

const uris = (docs: IndexedDoc[]) => docs.map((d) => d.uri);

/** Everything the index answers, as plain data. */
export function answers(index: CorpusIndex): unknown {
  const docs = [...index.documents()];
  const terms = new Set<string>();
  const stems = new Set<string>();
  const figures = new Set<string>();
  const defKeys = new Set<string>();
  const lower = new Set<string>();
  for (const d of docs) {
    for (const e of d.extract.events) for (const t of e.terms) terms.add(t);
    for (const s of d.extract.stems) stems.add(s);
    for (const [k] of d.extract.figures) figures.add(k);
    for (const def of d.extract.definitions) defKeys.add(def.key);
    for (const w of d.extract.lowerWords) lower.add(w);
    for (const n of d.extract.names) defKeys.add(n.key);
  }
  const event = (e: { event: unknown; doc: IndexedDoc }) => [e.doc.uri, e.event];
  // As JSON: a field set to undefined and a field left out are the same answer.
  return plain({
    docs: docs.map((d) => ({ uri: d.uri, name: d.name, bundled: d.bundled, text: d.text, extract: JSON.parse(JSON.stringify(d.extract)) })),
    size: index.size,
    sourceCount: index.sourceCount,
    citationKeys: index.citationKeys(),
    byKey: index.citationKeys().map((k) => index.byKey(k)?.uri),
    acronymKeys: index.acronymKeys().sort(),
    // In key order: the order of keys in the table is not part of its answers.
    acronyms: index.acronyms().sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, l]) => [k, l.map((a) => [a.short, a.long, a.start, a.end, a.doc.uri])]),
    wellKnown: index.wellKnown().sort(),
    lowerWords: [...lower].map((w) => index.hasLowerWord(w)),
    definitions: [...defKeys].map((k) => index.definitions(k).map((x) => [x.doc.uri, x.def])),
    names: [...index.names()].map((n) => [n.key, n.text, n.count, n.person, n.docCount, [...n.docs].map(([d, c]) => [d.uri, c])]),
    surnames: [...index.names()].map((n) => index.personsBySurname(n.key.split(' ').pop()!)),
    events: [...terms].map((t) => index.eventsWithTerm(t).map(event)),
    years: Array.from({ length: 200 }, (_, i) => index.eventsInYear(1900 + i).map(event)),
    stems: [...stems].map((s) => uris(index.docsWithStem(s))),
    figures: [...figures].map((k) => index.figureSentences(k).map((f) => [f.doc.uri, f.sentence])),
    evidence: docs.map((d) => index.evidence(d, 0, Math.min(40, d.text.length))),
  });
}

export const plain = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

