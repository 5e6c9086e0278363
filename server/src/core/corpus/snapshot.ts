// A stored index: the merged lookup tables of a CorpusIndex, and what each document keeps resident (its
// metadata). The rest of a document's extract (sentences, events, ...) is read only when a query first
// needs it, through a DocLoader, and so are the lists of the larger tables (documents by stem, ...).
// This is what makes a reload cost the tables' keys, not the corpus. Pure data and functions; the file
// format lives in node/snapshot.ts.
import type { DocExtract } from './document';
import type { DocMetadata } from '../extract/metadata';
import { foldName } from '../extract/names';

/** The fields of a DocExtract that are read on demand (everything but `version` and `meta`). */
export const LAZY_FIELDS = ['sentences', 'acronyms', 'definitions', 'names', 'events', 'stems', 'figures', 'wellKnown', 'lowerWords'] as const;
export type LazyField = (typeof LAZY_FIELDS)[number];

export interface StoredDocInfo {
  uri: string;
  name: string;
  bundled: boolean;
  meta: DocMetadata;
}

/** Reads a stored document's parts. Must not throw: a part it cannot read comes from re-extraction. */
export interface DocLoader {
  field(doc: number, field: LazyField): unknown;
  text(doc: number): string;
}

/** Values by key: key i's is `list(i)` (a restored table reads it from the snapshot when first asked). */
export interface Keyed<K, V> {
  keys: K[];
  list(i: number): V;
}

/** Lists of integers by key, each a run of tuples (of one to three numbers) whose first is a document. */
export type IntLists<K> = Keyed<K, ArrayLike<number>>;

/** A definition's score as stored in the tables: an integer, in hundredths. */
export const scoreCode = (score: number): number => Math.round(score * 100);

/** The merged tables. Document numbers are positions in the stored document list. */
export interface IndexTables {
  /** short -> [doc, long, start, end] (resident: acronym lookups are the most frequent). */
  acronyms: Keyed<string, [number, string, number, number][]>;
  /** key -> (doc, definition number, score code) triples (see `scoreCode`). */
  definitions: IntLists<string>;
  /** term -> (doc, event number, trigger) triples; trigger: 1 + its number in `triggers`, 0 for none
   * (kept in the posting so that event matching can skip other kinds of event without reading them). */
  events: IntLists<string>;
  /** year -> (doc, event number, trigger) triples. */
  years: IntLists<number>;
  triggers: string[];
  /** stem -> docs. */
  stems: IntLists<string>;
  /** figure key -> (doc, sentence) pairs. */
  figures: IntLists<string>;
  /** Names by column (person "" for none); `docs` lists each name's (doc, count) pairs, by name key. */
  names: { keys: string[]; texts: string[]; counts: ArrayLike<number>; persons: string[]; docs: IntLists<string> };
  /** Every person a name stood for (folded), for lookups by surname. */
  persons: string[];
  lowerWords: [string, number][];
  wellKnown: [string, number][];
}

class Lists<K> {
  readonly map = new Map<K, number[]>();
  private list(key: K): number[] {
    let l = this.map.get(key);
    if (!l) this.map.set(key, (l = []));
    return l;
  }
  push1(key: K, a: number): void {
    this.list(key).push(a);
  }
  push2(key: K, a: number, b: number): void {
    const l = this.list(key);
    l.push(a, b);
  }
  push3(key: K, a: number, b: number, c: number): void {
    const l = this.list(key);
    l.push(a, b, c);
  }
  finish(): IntLists<K> {
    const keys = [...this.map.keys()];
    const lists = keys.map((k) => this.map.get(k)!);
    return { keys, list: (i) => lists[i] };
  }
}

/**
 * What one document adds to the tables, in plain arrays of strings and numbers: cheap to pass from an
 * extraction thread, and all the table builder needs (the same rules as CorpusIndex.upsert are applied
 * here: duplicate acronym definitions dropped, persons also under their folded name, years of a range
 * capped at 20).
 */
export interface TableInput {
  acronyms: [string, string, number, number][];
  wellKnown: string[];
  lowerWords: string[];
  /** The glossary contributes acronyms and the allow-list only. */
  glossary: boolean;
  /** Per definition, in order: its key, the person's folded name when it differs, and its score (a
   * hundredth as the unit: ranking a term's definitions then reads no document). */
  definitions: [string, string | undefined, number][];
  /** key, text, count, person ('' for none), person's folded name. */
  names: [string, string, number, string, string][];
  /** Per event, in order: trigger, terms, first and last year. */
  events: [string | undefined, string[], number, number][];
  stems: string[];
  figures: [string, number][];
}

export function tableInput(x: DocExtract): TableInput {
  const seen = new Set<string>();
  const acronyms: TableInput['acronyms'] = [];
  for (const a of x.acronyms) {
    const k = `${a.short}\u0000${a.long.toLowerCase()}\u0000${a.start}`;
    if (seen.has(k)) continue;
    seen.add(k);
    acronyms.push([a.short, a.long, a.start, a.end]);
  }
  const glossary = x.meta.role === 'glossary';
  return {
    acronyms,
    wellKnown: x.wellKnown,
    lowerWords: x.lowerWords,
    glossary,
    definitions: glossary ? [] : x.definitions.map((def) => {
      const pk = def.person ? foldName(def.person) : undefined;
      return [def.key, pk !== def.key ? pk : undefined, scoreCode(def.score)];
    }),
    names: glossary ? [] : x.names.map((n) => [n.key, n.text, n.count, n.person ?? '', n.person ? foldName(n.person) : '']),
    events: glossary ? [] : x.events.map((e) => [e.trigger, e.terms, e.date.year, Math.min(e.until?.year ?? e.date.year, e.date.year + 20)]),
    stems: glossary ? [] : x.stems,
    figures: glossary ? [] : x.figures,
  };
}

/**
 * Builds the tables a CorpusIndex would build by upserting the same extracts in the same order (the
 * same rules as CorpusIndex.upsert: duplicate acronym definitions dropped, the glossary contributing
 * acronyms and the allow-list only, persons also under their folded name, years of a range capped at
 * 20). Extracts are added one at a time and not kept, so a build need not hold the whole corpus.
 */
export class TableBuilder {
  private d = 0;
  private readonly acronyms = new Map<string, [number, string, number, number][]>();
  private readonly definitions = new Lists<string>();
  private readonly events = new Lists<string>();
  private readonly years = new Lists<number>();
  private readonly triggers = new Map<string, number>();
  private readonly stems = new Lists<string>();
  private readonly figures = new Lists<string>();
  private readonly names = new Map<string, { row: [string, string, number, string]; docs: Map<number, number> }>();
  private readonly persons = new Set<string>();
  private readonly lowerWords = new Map<string, number>();
  private readonly wellKnown = new Map<string, number>();

  /** Triggers are numbered after these first (a table rebuilt to stand in for a stored one numbers
   * them as it did). */
  constructor(triggers: string[] = []) {
    triggers.forEach((t, i) => this.triggers.set(t, i + 1));
  }

  add(x: DocExtract): void {
    this.addInput(tableInput(x));
  }

  /** Adds a document's contribution (made by `tableInput`, perhaps in another thread). */
  addInput(x: TableInput): void {
    const d = this.d++;
    for (const [short, long, start, end] of x.acronyms) {
      let l = this.acronyms.get(short);
      if (!l) this.acronyms.set(short, (l = []));
      l.push([d, long, start, end]);
    }
    for (const w of x.wellKnown) this.wellKnown.set(w, (this.wellKnown.get(w) ?? 0) + 1);
    for (const w of x.lowerWords) this.lowerWords.set(w, (this.lowerWords.get(w) ?? 0) + 1);
    if (x.glossary) return;
    x.definitions.forEach(([key, personKey, score], i) => {
      this.definitions.push3(key, d, i, score);
      if (personKey) this.definitions.push3(personKey, d, i, score);
    });
    for (const [key, text, count, person, personKey] of x.names) {
      let e = this.names.get(key);
      if (!e) this.names.set(key, (e = { row: [key, text, 0, ''], docs: new Map() }));
      e.row[2] += count;
      e.docs.set(d, count);
      if (person) {
        e.row[3] = person;
        this.persons.add(personKey);
      }
    }
    x.events.forEach(([tr, terms, first, last], i) => {
      let trigger = 0;
      if (tr) {
        trigger = this.triggers.get(tr) ?? this.triggers.size + 1;
        this.triggers.set(tr, trigger);
      }
      for (const t of terms) this.events.push3(t, d, i, trigger);
      for (let y = first; y <= last; y++) this.years.push3(y, d, i, trigger);
    });
    for (const s of x.stems) this.stems.push1(s, d);
    for (const [k, sentence] of x.figures) this.figures.push2(k, d, sentence);
  }

  finish(): IndexTables {
    const rows = [...this.names.values()];
    const nameDocs = rows.map(({ docs }) => {
      const l: number[] = [];
      for (const [d, c] of docs) l.push(d, c);
      return l;
    });
    const keys = rows.map((e) => e.row[0]);
    const acronyms = [...this.acronyms];
    return {
      acronyms: { keys: acronyms.map((a) => a[0]), list: (i) => acronyms[i][1] },
      definitions: this.definitions.finish(),
      events: this.events.finish(),
      years: this.years.finish(),
      triggers: [...this.triggers.keys()],
      stems: this.stems.finish(),
      figures: this.figures.finish(),
      names: { keys, texts: rows.map((e) => e.row[1]), counts: rows.map((e) => e.row[2]), persons: rows.map((e) => e.row[3]), docs: { keys, list: (i) => nameDocs[i] } },
      persons: [...this.persons],
      lowerWords: [...this.lowerWords],
      wellKnown: [...this.wellKnown],
    };
  }
}
