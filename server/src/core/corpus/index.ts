// The corpus index: every document's extract, merged into lookup tables. Documents are added, replaced
// and removed one at a time (a one-file update touches only the keys that file contributed).
import type { Evidence, SourceText } from '../types';
import { LineIndex } from '../text/lines';
import type { DocExtract } from './document';
import type { TermDefinition } from '../extract/terms';
import type { DatedEvent } from '../extract/events';
import { foldName } from '../extract/names';
import { EXTRACT_VERSION } from './document';
import { LAZY_FIELDS, scoreCode, type DocLoader, type IndexTables, type IntLists, type LazyField, type StoredDocInfo } from './snapshot';
import type { DocMetadata } from '../extract/metadata';

export interface IndexedDoc {
  /** Set when the document leaves the index; its entries in postings lists are dropped lazily. */
  removed?: boolean;
  uri: string;
  name: string;
  text: string;
  bundled: boolean;
  extract: DocExtract;
  lines?: LineIndex;
}

export interface AcronymEntry {
  short: string;
  long: string;
  doc: IndexedDoc;
  start: number;
  end: number;
}
export interface DefinitionEntry {
  def: TermDefinition;
  doc: IndexedDoc;
  /** The definition's score, readable without reading the definition (a restored entry reads it late). */
  score: number;
}
export interface NameInfo {
  key: string;
  text: string;
  count: number;
  docs: Map<IndexedDoc, number>;
  /** How many documents name it (without building `docs` for a restored name). */
  readonly docCount: number;
  person?: string;
}
export interface EventEntry {
  event: DatedEvent;
  doc: IndexedDoc;
  /** The event's trigger class, readable without reading the event (a restored entry reads it late). */
  trigger: string | undefined;
}

/**
 * Lists by key (term -> entries). Removing a document only marks the keys it touched; their lists are
 * compacted the next time they are read. A one-file update so costs O(keys of that file), not
 * O(length of every list it appears in).
 */
class Postings<K, V> {
  /**
   * Each key's values, with the first key object seen (`add` hands it back, so documents share one
   * copy). `cold` is the number of a restored list not built yet; it goes before `list` when built.
   */
  private readonly map = new Map<K, { key: K; list: V[]; cold?: number }>();
  private readonly dirty = new Set<K>();
  /** Keys restored from a snapshot and not used since (key -> its number for `thaw`). */
  private cold?: Map<K, number>;
  private thaw?: (i: number) => V[];
  constructor(private readonly docOf: (v: V) => IndexedDoc) {}

  /** Restored keys: each key's list is made by `thaw` the first time the key is read. */
  freeze(keys: K[], thaw: (i: number) => V[]): void {
    this.cold = new Map();
    for (let i = 0; i < keys.length; i++) this.cold.set(keys[i], i);
    this.thaw = thaw;
  }

  /** The entry of a key, moving a restored key into the map (still unbuilt). */
  private entry(key: K): { key: K; list: V[]; cold?: number } | undefined {
    const hit = this.map.get(key);
    if (hit || !this.cold?.size) return hit;
    const i = this.cold.get(key);
    if (i === undefined) return undefined;
    this.cold.delete(key);
    const e = { key, list: [] as V[], cold: i };
    this.map.set(key, e);
    return e;
  }

  /** Adds a value and returns the stored copy of the key (the same string for every document). A
   * restored list is not built for this: adding to it costs the same as to any other. */
  add(key: K, value: V): K {
    const hit = this.entry(key);
    if (hit) {
      hit.list.push(value);
      return hit.key;
    }
    this.map.set(key, { key, list: [value] });
    return key;
  }

  /** The document behind some entries of this key was removed (its `removed` flag is set). A restored
   * list needs nothing: it skips removed documents when it is built. */
  touch(key: K): void {
    if (this.map.has(key)) this.dirty.add(key);
  }

  get(key: K): V[] {
    const hit = this.entry(key);
    if (!hit) return EMPTY as V[];
    if (hit.cold !== undefined) {
      const stored = this.thaw!(hit.cold).filter((v) => !this.docOf(v).removed);
      hit.cold = undefined;
      hit.list = hit.list.length ? stored.concat(hit.list) : stored;
      if (!this.dirty.has(key) && !hit.list.length) this.map.delete(key);
    }
    if (!this.dirty.has(key)) return hit.list;
    this.dirty.delete(key);
    hit.list = hit.list.filter((v) => !this.docOf(v).removed);
    if (!hit.list.length) this.map.delete(key);
    return hit.list;
  }

  keys(): K[] {
    if (this.cold?.size) for (const k of [...this.cold.keys()]) this.entry(k);
    return [...this.map.keys()].filter((k) => this.get(k).length);
  }

  /** Keys without compacting: a key whose documents were all removed may still be listed. */
  rawKeys(): K[] {
    return this.cold?.size ? [...this.map.keys(), ...this.cold.keys()] : [...this.map.keys()];
  }

  entries(): [K, V[]][] {
    return this.keys().map((k) => [k, this.get(k)]);
  }
}
const EMPTY: never[] = [];

/** An extract whose parts are read from the loader the first time each is used. */
function lazyExtract(meta: DocMetadata, load: (f: LazyField) => unknown): DocExtract {
  const x = { version: EXTRACT_VERSION, meta } as DocExtract;
  for (const f of LAZY_FIELDS) {
    Object.defineProperty(x, f, {
      configurable: true,
      enumerable: true,
      get() {
        const value = load(f);
        Object.defineProperty(x, f, { value, writable: true, enumerable: true, configurable: true });
        return value;
      },
    });
  }
  return x;
}

/** A document restored from a snapshot: metadata resident, text and extract read on first use. */
class StoredDoc implements IndexedDoc {
  removed?: boolean;
  lines?: LineIndex;
  readonly uri: string;
  readonly name: string;
  readonly bundled: boolean;
  private textValue?: string;
  private extractValue?: DocExtract;
  constructor(
    info: StoredDocInfo,
    private readonly n: number,
    private readonly loader: DocLoader,
  ) {
    this.uri = info.uri;
    this.name = info.name;
    this.bundled = info.bundled;
    this.meta = info.meta;
  }
  private readonly meta: DocMetadata;
  get text(): string {
    return (this.textValue ??= this.loader.text(this.n));
  }
  get extract(): DocExtract {
    return (this.extractValue ??= lazyExtract(this.meta, (f) => this.loader.field(this.n, f)));
  }
}

/** A name's entry as upsert makes it. */
class LiveName implements NameInfo {
  readonly docs = new Map<IndexedDoc, number>();
  count = 0;
  person?: string;
  constructor(
    readonly key: string,
    public text: string,
  ) {}
  get docCount(): number {
    return this.docs.size;
  }
  add(doc: IndexedDoc, count: number): void {
    this.count += count;
    this.docs.set(doc, count);
  }
  /** Takes a document's count out; true when no document names it any more. */
  drop(doc: IndexedDoc, count: number): boolean {
    this.count -= count;
    this.docs.delete(doc);
    return !this.docs.size;
  }
}

/**
 * A name restored from a snapshot: its per-document counts become a Map when first asked for. Until
 * then, documents added and removed are kept aside, so that a one-file update does not build the Map of
 * a name thousands of documents share (at 10,000 documents that was most of an update's time).
 */
class StoredName implements NameInfo {
  person?: string;
  private docsValue?: Map<IndexedDoc, number>;
  /** Documents upserted since the restore, until the Map is built (which skips removed documents), and
   * how many stored documents were removed since. */
  private added?: Map<IndexedDoc, number>;
  private dropped = 0;
  constructor(
    readonly key: string,
    public text: string,
    public count: number,
    person: string,
    private readonly at: number,
    private readonly pairs: IntLists<string>,
    private readonly list: IndexedDoc[],
  ) {
    if (person) this.person = person;
  }
  get docs(): Map<IndexedDoc, number> {
    if (!this.docsValue) {
      this.docsValue = new Map();
      const l = this.pairs.list(this.at);
      for (let j = 0; j < l.length; j += 2) {
        const d = this.list[l[j]];
        if (!d.removed) this.docsValue.set(d, l[j + 1]);
      }
      if (this.added) for (const [d, n] of this.added) this.docsValue.set(d, n);
      this.added = undefined;
    }
    return this.docsValue;
  }
  /** How many documents the snapshot stored for it (removed ones included), read once. */
  private stored?: number;
  get docCount(): number {
    return this.docsValue ? this.docsValue.size : (this.stored ??= this.pairs.list(this.at).length / 2) - this.dropped + (this.added?.size ?? 0);
  }
  add(doc: IndexedDoc, count: number): void {
    this.count += count;
    if (this.docsValue) this.docsValue.set(doc, count);
    else (this.added ??= new Map()).set(doc, count);
  }
  /** As LiveName's; every document names it at least once, so no count left means no document. */
  drop(doc: IndexedDoc, count: number): boolean {
    this.count -= count;
    if (this.docsValue) this.docsValue.delete(doc);
    else if (!this.added?.delete(doc)) this.dropped++;
    return this.count <= 0;
  }
}

/** Key i's list of a stored table, read `step` numbers at a time. */
function unpack<V>(p: IntLists<unknown>, i: number, step: 1 | 2 | 3, make: (a: number, b: number, c: number) => V): V[] {
  const l = p.list(i);
  const out: V[] = [];
  for (let j = 0; j < l.length; j += step) out.push(make(l[j], step >= 2 ? l[j + 1] : 0, step === 3 ? l[j + 2] : 0));
  return out;
}

/** A restored event entry: the event is read from its document when first used. */
class StoredEventEntry implements EventEntry {
  constructor(
    readonly doc: IndexedDoc,
    private readonly i: number,
    readonly trigger: string | undefined,
  ) {}
  get event(): DatedEvent {
    return this.doc.extract.events[this.i];
  }
}

/** A restored definition entry: ranked by the score the tables keep; the definition is read from its
 * document when first used (a common name has thousands, of which a hover shows one). */
class StoredDefinitionEntry implements DefinitionEntry {
  constructor(
    readonly doc: IndexedDoc,
    private readonly i: number,
    readonly score: number,
  ) {}
  get def(): TermDefinition {
    return this.doc.extract.definitions[this.i];
  }
}

/** Index versions come from one counter, so no two indexes share one. */
let lastVersion = 0;
const nextVersion = (): number => ++lastVersion;

export class CorpusIndex {
  private readonly docs = new Map<string, IndexedDoc>();
  private readonly keys = new Map<string, IndexedDoc[]>();
  private readonly acronymMap = new Postings<string, AcronymEntry>((e) => e.doc);
  private readonly wellKnownMap = new Map<string, number>();
  private readonly definitionMap = new Postings<string, DefinitionEntry>((e) => e.doc);
  private readonly nameMap = new Map<string, LiveName | StoredName>();
  private readonly surnameMap = new Map<string, Set<string>>();
  private readonly eventMap = new Postings<string, EventEntry>((e) => e.doc);
  private readonly stemDocs = new Postings<string, IndexedDoc>((d) => d);
  private readonly yearMap = new Postings<number, EventEntry>((e) => e.doc);
  /** How many documents write each word in lower case, with the stored copy of the word. */
  private readonly lowerWordMap = new Map<string, { word: string; n: number }>();
  private readonly figureMap = new Postings<string, { doc: IndexedDoc; sentence: number }>((e) => e.doc);
  /** Changes on every change, and is never the same in two indexes (a rebuilt corpus, another
   * workspace): caches keyed on it alone stay valid until the corpus changes. */
  version = nextVersion();
  private memoVersion = -1;
  private readonly memoMap = new Map<string, unknown>();

  /** A value computed once per index version (expansions, weights): cleared whenever the corpus changes. */
  memo<T>(key: string, make: () => T): T {
    if (this.memoVersion !== this.version) {
      this.memoMap.clear();
      this.memoVersion = this.version;
    }
    if (this.memoMap.has(key)) return this.memoMap.get(key) as T;
    const v = make();
    if (this.memoMap.size >= 20_000) this.memoMap.clear();
    this.memoMap.set(key, v);
    return v;
  }

  get size(): number {
    return this.docs.size;
  }

  /**
   * An index from stored tables (see snapshot.ts), in steps (the server yields between them). Lists are
   * read and built per key on first use, documents' parts read on first use; the result answers every
   * query as the index upserting the same extracts in the same order would.
   */
  static *restore(docs: StoredDocInfo[], t: IndexTables, loader: DocLoader): Generator<void, CorpusIndex> {
    const index = new CorpusIndex();
    const list: IndexedDoc[] = [];
    for (let n = 0; n < docs.length; n++) {
      const doc = new StoredDoc(docs[n], n, loader);
      list.push(doc);
      index.docs.set(doc.uri, doc);
      const key = docs[n].meta.key;
      const same = index.keys.get(key);
      if (same) same.push(doc);
      else index.keys.set(key, [doc]);
      if (n % 1000 === 999) yield;
    }
    // One entry object per event, shared by its terms and years (as upsert shares it).
    const eventEntries: EventEntry[][] = [];
    const eventEntry = (d: number, i: number, trigger: number): EventEntry => ((eventEntries[d] ??= [])[i] ??= new StoredEventEntry(list[d], i, trigger ? t.triggers[trigger - 1] : undefined));
    index.acronymMap.freeze(t.acronyms.keys, (i) => t.acronyms.list(i).map(([d, long, start, end]) => ({ short: t.acronyms.keys[i], long, start, end, doc: list[d] })));
    index.definitionMap.freeze(t.definitions.keys, (i) => unpack(t.definitions, i, 3, (d, j, score) => new StoredDefinitionEntry(list[d], j, score / 100)));
    index.eventMap.freeze(t.events.keys, (i) => unpack(t.events, i, 3, eventEntry));
    index.yearMap.freeze(t.years.keys, (i) => unpack(t.years, i, 3, eventEntry));
    index.stemDocs.freeze(t.stems.keys, (i) => unpack(t.stems, i, 1, (d) => list[d]));
    index.figureMap.freeze(t.figures.keys, (i) => unpack(t.figures, i, 2, (d, sentence) => ({ doc: list[d], sentence })));
    yield;
    const names = t.names;
    for (let i = 0; i < names.keys.length; i++) {
      index.nameMap.set(names.keys[i], new StoredName(names.keys[i], names.texts[i], names.counts[i], names.persons[i], i, names.docs, list));
      if (i % 5000 === 4999) yield;
    }
    for (const pk of t.persons) {
      const last = pk.split(' ').pop()!;
      let set = index.surnameMap.get(last);
      if (!set) index.surnameMap.set(last, (set = new Set()));
      set.add(pk);
    }
    for (const [word, n] of t.lowerWords) index.lowerWordMap.set(word, { word, n });
    for (const [w, n] of t.wellKnown) index.wellKnownMap.set(w, n);
    index.version = nextVersion();
    return index;
  }

  /** `restore` run to the end. */
  static restoreAll(docs: StoredDocInfo[], t: IndexTables, loader: DocLoader): CorpusIndex {
    const steps = CorpusIndex.restore(docs, t, loader);
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
    }
  }

  documents(): IterableIterator<IndexedDoc> {
    return this.docs.values();
  }

  document(uri: string): IndexedDoc | undefined {
    return this.docs.get(uri);
  }

  /** Adds or replaces a document. */
  upsert(source: SourceText, extract: DocExtract): IndexedDoc {
    this.remove(source.uri);
    const doc: IndexedDoc = { uri: source.uri, name: source.name, text: source.text, bundled: !!source.bundled, extract };
    this.docs.set(doc.uri, doc);
    this.keys.set(extract.meta.key, [...(this.keys.get(extract.meta.key) ?? []), doc]);
    const seenAcr = new Set<string>();
    for (const a of extract.acronyms) {
      const k = `${a.short}\u0000${a.long.toLowerCase()}\u0000${a.start}`;
      if (seenAcr.has(k)) continue;
      seenAcr.add(k);
      this.acronymMap.add(a.short, { ...a, doc });
    }
    for (const w of extract.wellKnown) this.wellKnownMap.set(w, (this.wellKnownMap.get(w) ?? 0) + 1);
    // Each word list is rewritten with the index's stored copies (found by the lookups the postings make
    // anyway): otherwise every document keeps its own copy of every word (a sixth of the heap, measured).
    const lower = extract.lowerWords;
    for (let i = 0; i < lower.length; i++) {
      const hit = this.lowerWordMap.get(lower[i]);
      if (hit) {
        hit.n++;
        lower[i] = hit.word;
      } else this.lowerWordMap.set(lower[i], { word: lower[i], n: 1 });
    }
    if (extract.meta.role !== 'glossary') {
      for (const d of extract.definitions) {
        const entry: DefinitionEntry = { def: d, doc, score: scoreCode(d.score) / 100 };
        this.definitionMap.add(d.key, entry);
        if (d.person) {
          const pk = foldName(d.person);
          if (pk !== d.key) this.definitionMap.add(pk, entry);
        }
      }
      for (const n of extract.names) {
        let info = this.nameMap.get(n.key);
        if (!info) this.nameMap.set(n.key, (info = new LiveName(n.key, n.text)));
        info.add(doc, n.count);
        if (n.person) {
          info.person = n.person;
          const pk = foldName(n.person);
          const last = pk.split(' ').pop()!;
          let set = this.surnameMap.get(last);
          if (!set) this.surnameMap.set(last, (set = new Set()));
          set.add(pk);
        }
      }
      for (const e of extract.events) {
        const entry: EventEntry = { event: e, doc, trigger: e.trigger };
        for (let i = 0; i < e.terms.length; i++) e.terms[i] = this.eventMap.add(e.terms[i], entry);
        for (let y = e.date.year; y <= Math.min((e.until?.year ?? e.date.year), e.date.year + 20); y++) this.yearMap.add(y, entry);
      }
      const stems = extract.stems;
      for (let i = 0; i < stems.length; i++) stems[i] = this.stemDocs.add(stems[i], doc);
      for (const [k, sentence] of extract.figures) this.figureMap.add(k, { doc, sentence });
    }
    this.version = nextVersion();
    return doc;
  }

  remove(uri: string): boolean {
    const doc = this.docs.get(uri);
    if (!doc) return false;
    const x = doc.extract;
    doc.removed = true;
    this.docs.delete(uri);
    const same = (this.keys.get(x.meta.key) ?? []).filter((d) => d !== doc);
    if (same.length) this.keys.set(x.meta.key, same);
    else this.keys.delete(x.meta.key);
    for (const a of x.acronyms) this.acronymMap.touch(a.short);
    for (const w of x.wellKnown) {
      const n = (this.wellKnownMap.get(w) ?? 1) - 1;
      if (n > 0) this.wellKnownMap.set(w, n);
      else this.wellKnownMap.delete(w);
    }
    for (const w of x.lowerWords) {
      const hit = this.lowerWordMap.get(w);
      if (hit && --hit.n <= 0) this.lowerWordMap.delete(w);
    }
    for (const d of x.definitions) {
      this.definitionMap.touch(d.key);
      if (d.person) this.definitionMap.touch(foldName(d.person));
    }
    for (const n of x.names) {
      const info = this.nameMap.get(n.key);
      if (!info) continue;
      if (info.drop(doc, n.count)) this.nameMap.delete(n.key);
    }
    for (const e of x.events) {
      for (const t of e.terms) this.eventMap.touch(t);
      for (let y = e.date.year; y <= Math.min((e.until?.year ?? e.date.year), e.date.year + 20); y++) this.yearMap.touch(y);
    }
    for (const s of x.stems) this.stemDocs.touch(s);
    for (const [k] of x.figures) this.figureMap.touch(k);
    this.version = nextVersion();
    return true;
  }

  // ---- queries -------------------------------------------------------------------------------------

  /** The citable document with this key (the glossary is never cited). */
  byKey(key: string): IndexedDoc | undefined {
    // Of documents sharing a key, the user's before the bundled, then the first by path: the same
    // whatever order they were indexed in (a patched snapshot and a fresh build agree).
    let best: IndexedDoc | undefined;
    for (const d of this.keys.get(key) ?? []) {
      if (d.extract.meta.role === 'glossary') continue;
      if (!best || (best.bundled && !d.bundled) || (best.bundled === d.bundled && d.uri < best.uri)) best = d;
    }
    return best;
  }

  citationKeys(): string[] {
    return [...this.keys.keys()].filter((k) => this.keys.get(k)!.some((d) => d.extract.meta.role !== 'glossary'));
  }

  acronym(short: string): AcronymEntry[] {
    const list = this.acronymMap.get(short);
    return list.length ? list : this.acronymMap.get(short.replace(/s$/, ''));
  }

  acronyms(): [string, AcronymEntry[]][] {
    return this.acronymMap.entries();
  }

  /** Every acronym some document defines (lists of removed documents are not checked here). */
  acronymKeys(): string[] {
    return this.acronymMap.rawKeys();
  }

  isWellKnown(short: string): boolean {
    return this.wellKnownMap.has(short);
  }

  /** Whether some document writes this word in lower case. */
  hasLowerWord(word: string): boolean {
    return this.lowerWordMap.has(word);
  }

  wellKnown(): string[] {
    return [...this.wellKnownMap.keys()];
  }

  /** Definitions of a term or person, best first. */
  definitions(key: string): DefinitionEntry[] {
    const list = this.definitionMap.get(key);
    return [...list].sort((a, b) => b.score - a.score || (a.doc.bundled === b.doc.bundled ? 0 : a.doc.bundled ? 1 : -1));
  }

  name(key: string): NameInfo | undefined {
    return this.nameMap.get(key);
  }

  names(): IterableIterator<NameInfo> {
    return this.nameMap.values();
  }

  /** Full person keys that end in this surname key ("pande" -> "manoj pande"). */
  personsBySurname(last: string): string[] {
    return [...(this.surnameMap.get(last) ?? [])];
  }

  eventsWithTerm(term: string): EventEntry[] {
    return this.eventMap.get(term);
  }

  /** Events the sources date in a year. */
  eventsInYear(year: number): EventEntry[] {
    return this.yearMap.get(year);
  }

  /** Documents whose text contains this normalised word. */
  docsWithStem(stem: string): IndexedDoc[] {
    return this.stemDocs.get(stem);
  }

  figureSentences(key: string): { doc: IndexedDoc; sentence: number }[] {
    return this.figureMap.get(key);
  }

  /** Number of (non-glossary) source documents. */
  get sourceCount(): number {
    return this.memo('sourceCount', () => {
      let n = 0;
      for (const d of this.docs.values()) if (d.extract.meta.role !== 'glossary') n++;
      return n;
    });
  }

  lines(doc: IndexedDoc): LineIndex {
    return (doc.lines ??= new LineIndex(doc.text));
  }

  sentenceSpan(doc: IndexedDoc, i: number): { start: number; end: number } {
    return { start: doc.extract.sentences[2 * i], end: doc.extract.sentences[2 * i + 1] };
  }

  /** The sentence of a document that contains an offset. */
  sentenceAt(doc: IndexedDoc, offset: number): { start: number; end: number } {
    const s = doc.extract.sentences;
    let lo = 0;
    let hi = s.length / 2 - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[2 * mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    if (hi < 0 || s[2 * lo] > offset || s[2 * lo + 1] < offset) {
      const lines = this.lines(doc);
      const line = lines.lineAt(offset);
      return { start: lines.lineStart(line), end: lines.lineEnd(line) };
    }
    return { start: s[2 * lo], end: s[2 * lo + 1] };
  }

  /** Evidence for a span of a corpus document: the span (or its sentence), with title and line. */
  evidence(doc: IndexedDoc, start: number, end: number, wholeSentence = true): Evidence {
    const span = wholeSentence ? this.sentenceAt(doc, start) : { start, end };
    const s = Math.min(span.start, start);
    const e = Math.max(span.end, end);
    let text = doc.text.slice(s, e).replace(/\s+/g, ' ').trim();
    if (text.length > 300) {
      const rel = start - s;
      const from = Math.max(0, rel - 120);
      text = (from > 0 ? '…' : '') + text.slice(from, from + 280).trim() + '…';
    }
    return { docKey: doc.extract.meta.key, uri: doc.uri, title: doc.extract.meta.title, line: this.lines(doc).lineAt(start), start: s, end: e, text };
  }
}
