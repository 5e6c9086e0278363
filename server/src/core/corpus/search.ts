// Questions the rules and hovers ask of the corpus: the best expansion of an acronym, whether a claim
// has a supporting passage, which source events match a draft event. Weighted by inverse document
// frequency, so words every source uses ("India", "defence") count for little.
import type { CorpusIndex, IndexedDoc, AcronymEntry, EventEntry } from './index';
import { tokenize, keyTerms, normalizeWord, americanize, foldAccents, STOPWORDS } from '../text/words';
import { findFigures, passageFigures, figureKey, type Figure } from '../extract/figures';
import { firstOfMany, isAnaphoric, sameKind, sameOrdinal, sameThingKind, type DatedEvent } from '../extract/events';
import { TextMemo } from '../text/memo';

/** Memo of searches, dropped whenever the index version changes. Bounded. */
export class SearchCache {
  private version = -1;
  private memos = new Map<string, TextMemo<unknown>>();
  /** One memo a kind of search, keyed by the text itself: a draft's sentence strings are kept across
   * versions, so their hashes are computed once, not on every keystroke. */
  get<T>(index: CorpusIndex, kind: string, key: string, make: () => T): T {
    if (index.version !== this.version) {
      this.memos.clear();
      this.version = index.version;
    }
    let memo = this.memos.get(kind);
    if (!memo) this.memos.set(kind, (memo = new TextMemo<unknown>(2000, 1_000_000)));
    return memo.get(key, make) as T;
  }
}

export function idf(index: CorpusIndex, term: string): number {
  const table = index.memo('idf', () => new Map<string, number>());
  let w = table.get(term);
  if (w === undefined) {
    w = Math.log(1 + Math.max(1, index.sourceCount) / (1 + index.docsWithStem(term).length));
    // Drafts bring new words with every keystroke: the table starts over rather than grow all session.
    if (table.size >= 100_000) table.clear();
    table.set(term, w);
  }
  return w;
}

// ---- acronyms ----------------------------------------------------------------------------------------

/** Words an expansion may add or leave out. Not "and": "Pre-Departure Orientation and Training" joins two
 * things where "Pre-Departure Orientation Training" names one ("&" is "and"). */
const FUNCTION_WORDS = new Set(['of', 'for', 'the', 'on', 'in', 'to', 'a', 'an', 'at', 'by', 'with']);

/**
 * Normal form of an expansion: case, hyphens and spaces, British/American spelling, &/and, function words
 * but "and", singular and plural. Not the verb endings the search stems away: an official name's "Costs
 * and Prices" is not "Costs and Pricing".
 */
export function expansionKey(long: string): string {
  // A year that ends a title ("Insolvency and Bankruptcy Code, 2016") is not part of the expansion.
  return tokenize(long.replace(/,?\s+(?:1[89]|20)\d\d$/, '').replace(/&/g, ' and ').replace(/-/g, ' '))
    .map((t) => t.text.toLowerCase())
    .filter((w) => !FUNCTION_WORDS.has(w))
    .map(expansionWord)
    .join(' ');
}

/** A word of an expansion without its plural, possessive or British spelling. */
function expansionWord(word: string): string {
  const w = americanize(foldAccents(word.replace(/['’]s$/, '').replace(/['’]/g, '')));
  if (w.length <= 3 || /(?:ss|us|is)$/.test(w)) return w;
  if (/ies$/.test(w) && w.length > 4) return w.slice(0, -3) + 'y';
  if (/(?:ch|sh|x|ss)es$/.test(w)) return w.slice(0, -2);
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

/**
 * Whether two expansions are the same: equal normal forms, or equal but for where words split
 * ("Co-operation" and "Cooperation", "Non-Aligned" and "Nonaligned": the hyphen becomes a space in one).
 */
export function sameExpansion(a: string, b: string): boolean {
  return compactKey(expansionKey(a)) === compactKey(expansionKey(b));
}
const compactKey = (key: string): string => key.replace(/ /g, '');

/** The most used expansion of an acronym in the sources (ties: sources before the glossary). */
export function bestExpansion(index: CorpusIndex, short: string): AcronymEntry | undefined {
  return index.memo(`best\u0000${short}`, () => computeBestExpansion(index, short));
}

/** A long form that ends in a plural ("Societies", "Banks"; not "Gas" or "Status"). */
const PLURAL_END = /(?:ies|[^su'’]s)$/;

/** Of two entries of one expansion, whether the later one is the better to show: a source's own words
 * over the glossary's; a singular long form for a singular acronym ("Dairy Cooperative Society (DCS)"
 * over "Dairy Cooperative Societies (DCS)"). */
function betterEntry(short: string, had: AcronymEntry, e: AcronymEntry): boolean {
  if (e.doc.extract.meta.role === 'glossary') return false;
  return had.doc.extract.meta.role === 'glossary' || (!/s$/.test(short) && PLURAL_END.test(had.long) && !PLURAL_END.test(e.long));
}

function computeBestExpansion(index: CorpusIndex, short: string): AcronymEntry | undefined {
  const entries = index.acronym(short);
  if (!entries.length) return undefined;
  const votes = new Map<string, { n: number; first: AcronymEntry }>();
  for (const e of entries) {
    const k = compactKey(expansionKey(e.long));
    const v = votes.get(k);
    const weight = e.doc.extract.meta.role === 'glossary' ? 0.5 : 1;
    if (v) {
      v.n += weight;
      if (betterEntry(short, v.first, e)) v.first = e;
    } else votes.set(k, { n: weight, first: e });
  }
  return [...votes.values()].sort((a, b) => b.n - a.n)[0].first;
}

/** Distinct expansions of an acronym, one entry each (the first source that gives it). */
export function distinctExpansions(index: CorpusIndex, short: string): AcronymEntry[] {
  return index.memo(`distinct\u0000${short}`, () => {
    const seen = new Map<string, AcronymEntry>();
    for (const e of index.acronym(short)) {
      const k = compactKey(expansionKey(e.long));
      const had = seen.get(k);
      if (!had || betterEntry(short, had, e)) seen.set(k, e);
    }
    return [...seen.values()];
  });
}

const CAPS_WORDS = new Set(['NOTE', 'NOTES', 'WARNING', 'IMPORTANT', 'CAUTION', 'TIP', 'TODO', 'FIXME', 'HELLO', 'YES', 'NO', 'NOT', 'NEW', 'FREE', 'END', 'STOP', 'ALL', 'NEVER', 'ALWAYS', 'MUST', 'ONLY', 'VERY', 'AND', 'OR', 'THE', 'BUT', 'WHY', 'HOW', 'WHAT', 'READ', 'MORE', 'UPDATE', 'UPDATED', 'BREAKING', 'EXCLUSIVE', 'DRAFT', 'FINAL', 'SUMMARY', 'ANSWER', 'QUESTION', 'INTRODUCTION', 'CONCLUSION', 'KEY', 'DONE', 'NOW', 'HERE', 'THIS', 'THAT', 'AN', 'AT', 'BE', 'BY', 'DO', 'GO', 'HE', 'IF', 'IN', 'IS', 'IT', 'ME', 'MY', 'OF', 'OH', 'ON', 'SO', 'TO', 'UP', 'WE', 'AM', 'AS']);

/** "NOTE", "WARNING": an ordinary word in capitals, known to the corpus or the draft in lower case. */
export function isOrdinaryCapsWord(short: string, index: CorpusIndex, draftHasLowerWord: (word: string) => boolean): boolean {
  if (!/^[A-Z]+$/.test(short)) return false;
  if (CAPS_WORDS.has(short)) return true;
  const lower = short.toLowerCase();
  return index.hasLowerWord(lower) || draftHasLowerWord(lower);
}

// ---- claims ------------------------------------------------------------------------------------------

export interface Passage {
  doc: IndexedDoc;
  start: number;
  end: number;
  /** Share of the claim's term weight that the passage contains (0..1). */
  score: number;
  sharedFigures: string[];
  /** Figures of the passage that the claim does not share (for "the source says 18%"). */
  otherFigures: string[];
}

export interface SupportResult {
  /** A passage that supports the claim (shared figures and key terms), if any. */
  support?: Passage;
  /** The passage closest to the claim when none supports it (shares key terms only). */
  closest?: Passage;
}

const sentenceTermsCache = new WeakMap<IndexedDoc, Set<string>[]>();

function sentenceTerms(index: CorpusIndex, doc: IndexedDoc, i: number): Set<string> {
  let all = sentenceTermsCache.get(doc);
  if (!all) sentenceTermsCache.set(doc, (all = []));
  let set = all[i];
  if (!set) {
    const { start, end } = index.sentenceSpan(doc, i);
    set = all[i] = new Set(keyTerms(doc.text.slice(start, end)));
  }
  return set;
}

function sentenceText(index: CorpusIndex, doc: IndexedDoc, i: number): string {
  const { start, end } = index.sentenceSpan(doc, i);
  return doc.text.slice(start, end);
}

/** The sentences of the paragraphs right before and right after a table row's table that name the
 * row's label (its first cell), and those that go on about it with a pronoun, when the passage is such a
 * row; else ''. The prose says what the row's figures are ("Gujarat ranks first in coverage", "Aluminium
 * has the steepest target"), and so does the table's header row, added when some prose names the row. */
export function besideTable(doc: IndexedDoc, start: number, end: number): string {
  const text = doc.text;
  const lineAt = (at: number) => text.lastIndexOf('\n', at - 1) + 1;
  const row = lineAt(start);
  const label = /^[ \t]*\|\s*([^|\n]*\p{L}[^|\n]*?)\s*\|/u.exec(text.slice(row, end + 1))?.[1];
  const isRow = (at: number) => /^[ \t]*\|/.test(text.slice(at, at + 40));
  let top = row;
  while (top > 0 && isRow(lineAt(top - 1))) top = lineAt(top - 1);
  // (A row labelled by a number, "| 2023 | 6.35 | 51.0% |", is said of its columns: the header row.)
  if (!label) {
    const headerEnd = text.indexOf('\n', top);
    return top < row && /^[ \t]*\|\s*\d[\d\s,.-]*\|/.test(text.slice(row, end + 1)) && headerEnd > top ? text.slice(top, headerEnd).replace(/[|\s]+/g, ' ').trim() : '';
  }
  let bottom = row;
  while (bottom < text.length && isRow(bottom)) { const nl = text.indexOf('\n', bottom); bottom = nl < 0 ? text.length : nl + 1; }
  // The paragraph before (back to a blank line) and the one after (up to a blank line).
  const blankBefore = text.lastIndexOf('\n\n', Math.max(0, top - 2));
  const before = [blankBefore < 0 ? 0 : blankBefore + 2, top];
  const from = bottom + /^\s*/.exec(text.slice(bottom))![0].length;
  const blankAfter = text.indexOf('\n\n', from);
  const after = [from, blankAfter < 0 ? text.length : blankAfter];
  const out: string[] = [];
  const needle = label.toLowerCase();
  const spans = doc.extract.sentences;
  for (const [a, b] of [before, after]) {
    // (The first sentence that starts at or after a, by bisection.)
    let lo = 0, hi = spans.length / 2;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (spans[2 * mid] < a) lo = mid + 1; else hi = mid; }
    // (And the sentences that go on about it: "Odisha is the clear exception. It was the first state to
    // ... Its deaths fell by more than a third ...".)
    let naming = false;
    for (let k = lo; k < spans.length / 2 && spans[2 * k] < b; k++) {
      const said = text.slice(spans[2 * k], Math.min(spans[2 * k + 1], b));
      naming = !isRow(lineAt(spans[2 * k])) && (said.toLowerCase().includes(needle) || (naming && isAnaphoric(said)));
      if (naming) out.push(said.replace(/\s+/g, ' ').trim());
    }
  }
  // The header row says what the row's numbers are ("| State | Deaths, 2018 | Deaths, 2023 |").
  if (out.length) {
    const headerEnd = text.indexOf('\n', top);
    if (headerEnd > top && headerEnd < row) out.push(text.slice(top, headerEnd).replace(/[|\s]+/g, ' ').trim());
  }
  return out.join(' ');
}

const besideCache = new WeakMap<IndexedDoc, (Set<string> | null)[]>();
/** The key terms of a table row's prose beside its table (besideTable), for sentence `i`; undefined when
 * it is no row or no such prose names it. */
function besideTerms(index: CorpusIndex, doc: IndexedDoc, i: number): Set<string> | undefined {
  let all = besideCache.get(doc);
  if (!all) besideCache.set(doc, (all = []));
  let set = all[i];
  if (set === undefined) {
    const { start, end } = index.sentenceSpan(doc, i);
    const line = doc.text.lastIndexOf('\n', start - 1) + 1;
    const beside = /^[ \t]*\|/.test(doc.text.slice(line, line + 8)) ? besideTable(doc, start, end) : '';
    set = all[i] = beside ? new Set(keyTerms(beside)) : null;
  }
  return set ?? undefined;
}

/** `only`: a test a supporting passage must also pass (a ranking's: that the passage ranks alike), with a
 * key that names it for the cache. */
export function findSupport(index: CorpusIndex, claim: string, cache?: SearchCache, only?: { key: string; test: (p: Passage) => boolean }): SupportResult {
  const run = () => searchSupport(index, claim, only?.test);
  return cache ? cache.get(index, 'support', only ? `${only.key}\u0000${claim}` : claim, run) : run();
}

/** The k keys with the highest scores, best first (ties: first seen), without sorting them all. */
function topByScore<K>(scores: Map<K, number>, k: number): K[] {
  const top: [K, number][] = [];
  for (const e of scores) {
    if (top.length === k && e[1] <= top[k - 1][1]) continue;
    let i = top.length < k ? top.length : k - 1;
    while (i > 0 && top[i - 1][1] < e[1]) {
      if (i < k) top[i] = top[i - 1];
      i--;
    }
    top[i] = e;
    if (top.length > k) top.length = k;
  }
  return top.map((e) => e[0]);
}

const HEDGE = /\b(?:about|around|nearly|almost|roughly|some|over|approximately|close\s+to|more\s+than|less\s+than|under|just\s+(?:over|under)|upwards\s+of)\s+(?:Rs\.?\s?|US\$|\$|₹)?$/i;

/** Hedges that put the figure above, or below, the number written. */
const HEDGE_ABOVE = /\b(?:over|more\s+than|upwards\s+of|just\s+over)\s/i;
const HEDGE_BELOW = /\b(?:nearly|almost|less\s+than|under|just\s+under)\s/i;

function significantDigits(v: number): number {
  return String(Math.abs(v)).replace(/^0\.0*|\./g, '').replace(/0+$/, '').length;
}

function sameKindOfFigure(a: Figure, b: Figure): boolean {
  const k = (f: Figure) => (f.kind === 'count' || f.kind === 'quantity' ? 'n' : f.kind);
  return k(a) === k(b);
}

function searchSupport(index: CorpusIndex, claim: string, accept?: (p: Passage) => boolean): SupportResult {
  // (A draft's table row, "Gujarat | 11 | 27%", has the bare numbers of its cells as figures too, as a
  // source's row has.)
  const claimFigures = claim.includes('|') ? passageFigures(claim) : findFigures(claim);
  const whole = searchSupportBy(index, claim, claimFigures, claim, accept);
  // The figures' statement may be the part after a colon or a semicolon that holds them all ("..., the
  // first payment often arrives late: the national median delay was 47 days in 2024"): a passage on what
  // that part says backs it too (the names the whole sentence places the figure by still count).
  const part = whole.support ? claim : figureStatement(claim, claimFigures);
  if (part === claim) return whole;
  const byPart = searchSupportBy(index, claim, claimFigures, part, accept);
  return byPart.support ? byPart : whole;
}

function searchSupportBy(index: CorpusIndex, claim: string, claimFigures: Figure[], words: string, accept?: (p: Passage) => boolean): SupportResult {
  const terms = [...new Set(keyTerms(words))];
  if (!terms.length) return {};
  const weight = new Map(terms.map((t) => [t, idf(index, t)]));
  const total = [...weight.values()].reduce((a, b) => a + b, 0);
  const figures = new Set(claimFigures.map(figureKey));
  // A hedged figure ("about 20 crore", "about three-quarters") matches a source's figure of the same kind
  // within 5 per cent; a plain one, a source's figure rounded to its digits ("18 per cent" for 17.8), also
  // within 5 per cent ("40 percent" is no rounding of 35).
  // (A hedge that bounds it bounds the source's figure too: "over 70 per cent" is not backed by 66.7, nor
  // "nearly 40" by 41.)
  const approximate = claimFigures.filter((f) => f.value).map((f) => {
    const before = claim.slice(Math.max(0, f.start - 24), f.start);
    const hedge = HEDGE.exec(before)?.[0] ?? '';
    // (Negated, "no more than 70", "not under 70", it bounds the other way: left unbounded.)
    const negated = hedge !== '' && /\b(?:no|not)\s+$/i.test(before.slice(0, before.length - hedge.length));
    return { f, hedged: hedge !== '', bound: negated ? 0 : HEDGE_ABOVE.test(hedge) ? 1 : HEDGE_BELOW.test(hedge) ? -1 : 0, digits: significantDigits(f.value) };
  });
  const n = Math.max(1, index.sourceCount);
  const counted = claimFigures.length === 1 && claimFigures[0].kind === 'count' && /\p{L}{3,}/u.test(claimFigures[0].text);
  // The claim's one figure of four significant digits or more with the word after it ("7,516.6 km
  // coastline"), as written, when it is its only figure.
  const longFigures = claimFigures.length === 1 && (claimFigures[0].text.match(/\d/g) ?? []).length >= 4 ? verbatimOf(claim, claimFigures[0]) : [];
  // The places and bodies a figure is said of ("Nearly 40 percent of rural households in Bihar"): a name
  // past the sentence's first word that few sources name, which a passage that gives the figure only
  // roughly must name too (or the two sentences before it): the national "about 39 percent" is not
  // Bihar's. (A passage with the very figure needs no more.)
  const placed = claimFigures.length ? namesOf(claim).filter((t) => { const k = index.docsWithStem(t).length; return k > 0 && k <= Math.max(2, n * 0.3); }) : [];

  // A source that writes "MSP" carries the claim's "Minimum Support Price", and the other way round.
  const { wordTo, acronymTo } = aliasesOf(index, terms);
  // A compound's content parts stand for it ("two freight-only corridors" and "the Freight Corridors").
  const parts = new Map<string, string[]>();
  for (const t of terms) if (t.includes('-')) {
    const p = keyTerms(t.replace(/-/g, ' '));
    if (p.length) parts.set(t, p);
  }
  const has = (st: Set<string>, t: string) =>
    st.has(t) || (wordTo.get(t)?.some((a) => st.has(a)) ?? false) || (acronymTo.get(t)?.every((w) => st.has(w)) ?? false) || (parts.get(t)?.every((w) => st.has(w)) ?? false);
  // Candidate documents: by the weight of the claim's distinctive terms they contain.
  const docScore = new Map<IndexedDoc, number>();
  for (const t of terms) {
    const docs = index.docsWithStem(t);
    if (!docs.length || (docs.length > 64 && docs.length > n * 0.3)) continue;
    const w = weight.get(t)!;
    for (const d of docs) docScore.set(d, (docScore.get(d) ?? 0) + w);
  }
  const candidates = new Map<IndexedDoc, Set<number>>();
  const byTerms = new Set(topByScore(docScore, 12));
  for (const d of byTerms) candidates.set(d, new Set());
  for (const f of figures) for (const { doc, sentence } of index.figureSentences(f).slice(0, 200)) {
    if (!candidates.has(doc)) candidates.set(doc, new Set());
    candidates.get(doc)!.add(sentence);
  }

  let support: Passage | undefined;
  let closest: Passage | undefined;
  for (const [doc, only] of candidates) {
    // Documents found by their terms are read whole; those found only by a shared figure, only at the
    // sentences that carry it.
    const count = doc.extract.sentences.length / 2;
    const which = only.size && !byTerms.has(doc) ? [...only] : undefined;
    for (let k = 0, n = which ? which.length : count; k < n; k++) {
      const i = which ? which[k] : k;
      const st = sentenceTerms(index, doc, i);
      let shared = 0;
      let sharedCount = 0;
      // A figure's sentence often names its subject only in the sentences before it ("The CGWB ...
      // assesses groundwater. ... Of the 6,746 units, 751 were over-exploited."): their terms count for
      // half, and only for a passage that carries the claim's figure.
      let context = 0;
      let contextCount = 0;
      const before = figures.size ? [i > 0 ? sentenceTerms(index, doc, i - 1) : undefined, i > 1 ? sentenceTerms(index, doc, i - 2) : undefined] : [];
      // A table row's figure is said of what the prose beside its table says of the row's label
      // ("Aluminium has the steepest target"): those words count in full.
      const beside = figures.size ? besideTerms(index, doc, i) : undefined;
      if (beside) before.push(beside);
      // A passage that opens with a pronoun ("They are currently taxed at 18 per cent") is about the
      // sentence before it: that one's words count in full.
      let share = 0;
      const contextShare = () => (share ||= isAnaphoric(sentenceText(index, doc, i)) ? 1 : 0.5);
      for (const t of terms) {
        if (has(st, t)) {
          shared += weight.get(t)!;
          sharedCount++;
        } else if (beside && has(beside, t)) {
          context += weight.get(t)!;
          contextCount++;
        } else if (before.some((b) => b && has(b, t))) {
          context += weight.get(t)! * contextShare();
          contextCount++;
        }
      }
      // (A claim of one word and its figures, a table row's "Gujarat | 11 | 27%", may share that one word:
      // then only a passage with every one of two figures or more, or with its one figure of three
      // significant digits or more ("Odisha | 20.5%"), backs it, below.)
      // (Or a count of things its one word names, the very count in a passage that names them too:
      // "there are 34 such monuments" and "The 34 National Geological Monuments".)
      const thin = terms.length < 2;
      if (sharedCount + contextCount < (thin ? 1 : 2)) continue;
      const score = shared / total;
      const withContext = (shared + context) / total;
      // (A passage with a figure is kept down to the threshold of a specific figure, below.)
      // (But a passage that writes the claim's very figure of four significant digits or more before the
      // same word, "India's 7,516.6 km coastline", backs it whatever else the claim says around it.)
      let verbatim = false;
      const { start, end } = index.sentenceSpan(doc, i);
      if (withContext < (figures.size ? 0.25 : 0.3)) {
        verbatim = longFigures.some((w) => doc.text.slice(start, end).includes(w));
        if (!verbatim) continue;
      }
      let sharedFigures: string[] = [];
      let exact = false;
      let otherFigures: string[] = [];
      if (figures.size) {
        const fs = passageFigures(doc.text.slice(start, end));
        const near = (f: Figure) => approximate.some(({ f: a, hedged, bound, digits }) => sameKindOfFigure(a, f) && Math.abs(a.value - f.value) <= 0.05 * Math.max(Math.abs(a.value), Math.abs(f.value)) && (bound === 0 || Math.sign(f.value - a.value) !== -bound) && (hedged || (digits < significantDigits(f.value) && Number(f.value.toPrecision(digits)) === a.value)));
        sharedFigures = fs.filter((f) => figures.has(figureKey(f)) || near(f)).map(figureKey);
        exact = sharedFigures.some((k) => figures.has(k));
        otherFigures = fs.filter((f) => !figures.has(figureKey(f)) && !near(f)).map((f) => f.text);
      }
      if (!sharedFigures.length && (sharedCount < 2 || score < 0.3)) continue;
      const p: Passage = { doc, start, end, score: sharedFigures.length ? withContext : score, sharedFigures, otherFigures };
      // An exact figure of three significant digits or more ("1,337 stations") is rarely shared by chance:
      // with it, a passage on the same subject needs fewer of the claim's other words (which may describe
      // the thing in a sentence of their own).
      // (Only when it gives every figure of the claim: "a total outlay of ₹20,050 crore and 4,500 vessels"
      // is not backed by a passage with the outlay alone.)
      // (The very figure: a source's "about a third" is near a claim's "close to 35 per cent", but its 33.3
      // has no digits of its own.)
      // (So is a count of the very things the claim counts, in the same words: "37 recommendations".)
      const specific = new Set(sharedFigures).size >= figures.size && (sharedFigures.some((k) => figures.has(k) && significantDigits(Number(k.slice(k.indexOf(':') + 1))) >= 3) || (counted && exact && sameCount(claimFigures[0], doc.text.slice(start, end))));
      const supports = verbatim ? exact : figures.size ? sharedFigures.length > 0 && withContext >= (specific ? 0.25 : 0.35) && (exact || placed.every((t) => has(st, t) || before.some((b) => b && has(b, t)))) && (!thin || (figures.size >= 2 && [...figures].every((k) => sharedFigures.includes(k))) || (specific && exact) || (exact && counted && has(st, terms[0]))) : score >= 0.5;
      const better = (a: Passage | undefined) => !a || p.score > a.score || (p.score === a.score && !p.doc.bundled && a.doc.bundled);
      if (supports && better(support) && (!accept || accept(p))) support = p;
      if (better(closest)) closest = p;
    }
  }
  return { support, closest: support ? undefined : closest };
}

/** A figure as written with the word after it ("7,516.6 km coastline"), for a search of the very text. */
function verbatimOf(claim: string, f: Figure): string[] {
  // (A noun, not a function word: "7,516 farmers received" says nothing of which farmers.)
  const next = /^\s+(\p{L}{3,})/u.exec(claim.slice(f.end, f.end + 30));
  return next && !STOPWORDS.has(next[1].toLowerCase()) && !/(?:ed|ing)$/.test(next[1]) && /^\p{Ll}/u.test(next[1]) ? [`${f.text} ${next[1]}`] : [];
}

/** Whether a passage writes a count of the claim's things as the claim does ("37 recommendations"). */
function sameCount(f: Figure, passage: string): boolean {
  // (Ten or more: small counts of common things, "three states", meet by chance.)
  const noun = /(\p{L}{3,})$/u.exec(f.text)?.[1];
  return !!noun && f.value >= 10 && new RegExp(String.raw`(?<![\d.,])${f.value}\s+(?:[\p{L}-]+\s+){0,2}?${noun}\b`, 'iu').test(passage.replace(/(\d),(?=\d)/g, '$1'));
}

/** The part of a claim between the colons or semicolons around its figures, when it has words of its
 * own; else the whole claim. A clause of "which" or "who" after the figures (", which matters for
 * citizens who ...") comments on them, examples after them (", from the Siwalik fossil park to St.
 * Mary's Islands", ", including ...", ", such as ...") illustrate them, and a clause of time that opens the sentence ("When the CAMC met on
 * 17 June 2025, it cleared 4,200 new cages in eleven States") says when: both are left out, as neither
 * says what the figures count. */
function figureStatement(claim: string, figures: Figure[]): string {
  if (!figures.length) return claim;
  const last = figures[figures.length - 1].end;
  // (An adverb of the present that opens it says when, as a clause of time does: "Today there are 34".)
  let from = afterLeadingTimeClause(claim, figures[0].start) || (NOW_OPENING.exec(claim)?.[0].length ?? 0);
  for (const m of claim.matchAll(/[:;]\s/g)) if (m.index! < figures[0].start && m.index! >= from) from = m.index! + 1;
  const next = claim.slice(last).search(/[:;]\s|,\s+(?:which|who|whose)\s/);
  // (Examples name no more than what was counted: the count and its noun are the statement.)
  const examples = claim.slice(last).search(/,\s+(?:including|such\s+as)\s|,\s+from\s[^,;:]{3,80}?\sto\s/);
  let cut = next < 0 ? examples : examples < 0 ? next : Math.min(next, examples);
  // (A leading phrase of "with" that holds every figure is their statement: "With the LADCS now in 610
  // districts, the next step is to make legal aid as good as it is wide".)
  const lead = LEADING_WITH.exec(claim);
  if (lead && last <= lead[0].length && lead[0].length - last - 2 >= 0) cut = cut < 0 ? lead[0].length - last - 2 : Math.min(cut, lead[0].length - last - 2);
  const to = cut < 0 ? claim.length : last + cut;
  if (from === 0 && to === claim.length) return claim;
  const part = claim.slice(from, to);
  return keyTerms(part).length >= (cut >= 0 && cut === examples ? 1 : 2) ? part : claim;
}

/** Where the main clause starts when a clause of time opens the sentence and ends before `before` ("When
 * the CAMC met on 17 June 2025, it cleared ..."); else 0. */
export function afterLeadingTimeClause(text: string, before: number): number {
  const lead = LEADING_TIME_CLAUSE.exec(text);
  return lead && lead[0].length <= before ? lead[0].length : 0;
}
const LEADING_WITH = /^[\s*_]*(?:With|Given)\s[^,;:]{3,120},\s/;
const NOW_OPENING = /^[\s*_]*(?:Today|Now|Currently|At\s+present),?\s+/;
const LEADING_TIME_CLAUSE = /^[\s*_]*(?:When|Once|After|Before|Since|As\s+soon\s+as|Until|While)\s[^,;:]{3,150},\s/;

/** The normal forms of a sentence's capitalised words after its first (names: "Bihar", "Kerala"). */
function namesOf(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) if (/^\p{Lu}\p{Ll}{2,}$/u.test(t.text) && /\p{L}/u.test(text.slice(0, t.start)) && !STOPWORDS.has(t.text.toLowerCase())) out.push(normalizeWord(t.text));
  return out;
}

/**
 * A claim's acronyms and long forms as aliases of each other: each word of a long form with the acronyms
 * it stands in (`wordTo`), each acronym with its long form's words (`acronymTo`). A long form is known
 * from the corpus's definitions, whether the claim writes the acronym or spells the long form out.
 */
function aliasesOf(index: CorpusIndex, terms: string[]): { wordTo: Map<string, string[]>; acronymTo: Map<string, string[]> } {
  const wordTo = new Map<string, string[]>();
  const acronymTo = new Map<string, string[]>();
  const link = (acronym: string, words: string[]) => {
    if (words.length < 2 || words.includes(acronym)) return;
    acronymTo.set(acronym, words);
    for (const w of words) {
      const list = wordTo.get(w);
      if (!list) wordTo.set(w, [acronym]);
      else if (!list.includes(acronym)) list.push(acronym);
    }
  };
  acronymsIn(index, terms, link);
  return { wordTo, acronymTo };
}

/** The acronym a lower-case term writes, as the corpus defines it ("mopr" is MoPR, "soi" SoI). */
export function definedShort(index: CorpusIndex, term: string): string {
  const upper = term.toUpperCase();
  if (index.acronym(upper).length) return upper;
  // (An acronym that ends in S loses it as a plural would: "NESTS" is the term "nest".)
  if (index.acronym(`${upper}S`).length) return `${upper}S`;
  const folded = index.memo('acronyms-folded', () => {
    const m = new Map<string, string>();
    for (const k of index.acronymKeys()) {
      const f = k.toUpperCase();
      if (f !== k && !m.has(f)) m.set(f, k);
    }
    return m;
  });
  return folded.get(upper) ?? upper;
}

/** The key terms of the long form the corpus gives an acronym term ("mopr": ministry, panchayati, raj). */
export function longFormWords(index: CorpusIndex, term: string): string[] | undefined {
  const e = bestExpansion(index, definedShort(index, term));
  return e ? keyTerms(e.long) : undefined;
}

/**
 * The acronyms among a text's terms and the long forms written out in them, by the corpus's definitions:
 * each with its long form's terms, and which of the two the text wrote.
 */
function acronymsIn(index: CorpusIndex, terms: string[], each: (acronym: string, long: string[], written: 'short' | 'long') => void): void {
  // (Up to twelve letters: Indian scheme names run long, "PM-JANMAN", "SVAMITVA".)
  for (const t of terms) {
    if (t.length > 12) continue;
    const long = longFormWords(index, t);
    if (long) each(t, long, 'short');
  }
  const initials = terms.map((t) => t.split('-').map((p) => p.charAt(0)).join(''));
  for (let i = 0; i + 1 < terms.length; i++) {
    let short = initials[i];
    for (let j = i + 1; j < terms.length && j < i + 10; j++) {
      short += initials[j];
      const upper = short.toUpperCase();
      if (!index.acronym(upper).length) continue;
      const e = bestExpansion(index, upper);
      const long = e ? keyTerms(e.long) : [];
      if (long.length === j - i + 1 && long.every((w, k) => w === terms[i + k])) each(normalizeWord(upper), long, 'long');
    }
  }
}

// ---- events ------------------------------------------------------------------------------------------

/** Terms of an event, with acronyms also standing for the words of their expansion. */
export function expandTerms(index: CorpusIndex, terms: string[]): Set<string> {
  return index.memo(`expand\u0000${terms.join(' ')}`, () => computeExpandTerms(index, terms));
}

function computeExpandTerms(index: CorpusIndex, terms: string[]): Set<string> {
  const out = new Set(terms);
  // An acronym stands for its long form's words, and a long form written out for its acronym ("Ken-Betwa
  // Link Project" for KBLP), so that an event named by the acronym in a source is found from the name.
  acronymsIn(index, terms, (acronym, long, written) => {
    if (written === 'short') for (const w of long) out.add(w);
    else out.add(acronym);
  });
  return out;
}

/** The words of long forms written out in full among the terms, when their acronym is there too (a
 * long form whose initials are not the acronym's too: "Hong Kong International Convention for ... (HKC)"). */
function spelledLongForms(index: CorpusIndex, terms: string[]): Set<string> {
  const out = new Set<string>();
  const has = new Set(terms);
  acronymsIn(index, terms, (acronym, long, written) => {
    if (has.has(acronym) && (written === 'long' || long.every((w) => has.has(w)))) for (const w of long) out.add(w);
  });
  return out;
}

export interface EventMatch {
  entry: EventEntry;
  score: number;
}

/** Kinds of instrument: an event of "the Data Protection Rules" is not one of "the Data Protection Act". */
const INSTRUMENTS = ['act', 'rules', 'bill', 'ordinance', 'regulation', 'code', 'policy', 'scheme', 'mission', 'programme', 'amendment'].map(normalizeWord);

/** Whether two events name different kinds of instrument (each names one, and none is shared). */
function instrumentsDiffer(a: Set<string>, b: Set<string>): boolean {
  let inA = false;
  let inB = false;
  for (const w of INSTRUMENTS) {
    const x = a.has(w);
    const y = b.has(w);
    if (x && y) return false;
    inA ||= x;
    inB ||= y;
  }
  return inA && inB;
}

/** Whether two events agree on what a start began, on the year they are for, and on what a launch
 * launched: an event that began an activity ("began uploading") is another only if that one names the
 * activity too; events for different years are different; two launches that each name their thing by a
 * common noun are of one thing only if either names the other's. */
export function sameActivity(a: DatedEvent, aTerms: Set<string>, b: DatedEvent, bTerms: Set<string>): boolean {
  // (Or that launched the thing the activity's object names: "started sending Hindi voice alerts" and
  // "started the Hindi voice alerts".)
  if ((a.activity && !bTerms.has(a.activity) && !(a.thing && a.thing === b.thing)) || (b.activity && !aTerms.has(b.activity) && !(b.thing && b.thing === a.thing))) return false;
  // The same act for another year or season ("the FRP for 2024-25" is not the FRP for 2025-26).
  if (a.period !== undefined && b.period !== undefined && a.period !== b.period) return false;
  // Two launches of different things by the same body ("launched its audit drive" is not "the portal
  // was launched"): neither names the other's thing.
  return !(a.thing && b.thing && !sameThingKind(a.thing, b.thing) && !bTerms.has(a.thing) && !aTerms.has(b.thing));
}

/** Weighted overlap of two events' terms (Dice over idf weights), or 0 when their triggers differ. */
export function eventSimilarity(index: CorpusIndex, a: Set<string>, aTrigger: string | undefined, b: Set<string>, bTrigger: string | undefined): number {
  if (!sameKind(aTrigger, bTrigger) || instrumentsDiffer(a, b)) return 0;
  return weightedDice(index, a, termWeight(index, a), b, termWeight(index, b));
}

function termWeight(index: CorpusIndex, terms: Set<string>): number {
  let w = 0;
  for (const t of terms) w += idf(index, t);
  return w;
}

/** Dice over idf weights of two term sets whose total weights are known; 0 under `least` shared terms. */
function weightedDice(index: CorpusIndex, a: Set<string>, aWeight: number, b: Set<string>, bWeight: number, least = 2, skip?: Set<string>): number {
  let shared = 0;
  let sharedCount = 0;
  // (The words an acronym that both write stands for come out of both weights, and the acronym counts
  // as two shared terms: a name and what it says.)
  if (skip) for (const t of skip) {
    if (a.has(t)) aWeight -= idf(index, t);
    if (b.has(t)) bWeight -= idf(index, t);
  }
  if (skip?.size) sharedCount++;
  for (const t of a) {
    if (skip?.has(t)) continue;
    if (b.has(t)) {
      shared += idf(index, t);
      sharedCount++;
    } else if (t.charCodeAt(0) === 35) aWeight -= idf(index, t);
  }
  // A number only one of the two gives ("#6207", see events.ts) is no evidence either way: a sentence
  // may leave out how many a source counted.
  for (const t of b) if (t.charCodeAt(0) === 35 && !a.has(t)) bWeight -= idf(index, t);
  if (sharedCount < least || aWeight <= 0 || bWeight <= 0) return 0;
  return (2 * shared) / (aWeight + bWeight);
}

export const EVENT_MATCH = 0.3;

/** Whether two events of the same kind carry the same number past the first ("the 56th meeting"). */
export function sameNumber(a: DatedEvent, b: DatedEvent): boolean {
  return a.ordinal !== undefined && a.ordinal >= 2 && a.ordinal === b.ordinal && !a.later && !b.later;
}
/** A subject term that at most this many source events name is a name that identifies an event. */
const RARE_SUBJECT = 3;

/** The key terms of a row's first cell, when the row's date is in a later cell (else none). */
function rowKey(entry: EventEntry): string[] {
  const ev = entry.event;
  const text = entry.doc.text.slice(ev.sentenceStart, ev.sentenceEnd);
  const bar = text.indexOf('|');
  if (bar < 0 || ev.start - ev.sentenceStart < bar) return [];
  return tokenize(text.slice(0, bar)).map((t) => t.text).filter((w) => !STOPWORDS.has(w.toLowerCase()) && !/^\d/.test(w)).map(normalizeWord);
}

/** Whether a draft event's terms name what a source row is about (its first cell), or the row has no key. */
function rowKeyNamed(index: CorpusIndex, entry: EventEntry, mine: Set<string>): boolean {
  const keys = index.memo('row-keys', () => new WeakMap<EventEntry, string[]>());
  let key = keys.get(entry);
  if (!key) keys.set(entry, (key = rowKey(entry)));
  return !key.length || key.some((t) => mine.has(t));
}

/** Whether a sentence's subject names what its event is of: some word of it few source events have; or
 * one name alone, a name the corpus knows, when the event names nothing else and at most two source
 * events name it ("Odisha had signed its agreement on ..."; not "India signed the Kelp Treaty"). */
function namesTheEvent(index: CorpusIndex, event: DatedEvent, subject: readonly string[]): boolean {
  const rare = (t: string, most: number) => {
    const n = index.eventsWithTerm(t).length;
    return n > 0 && n <= most;
  };
  if (subject.length >= 2) return subject.some((t) => rare(t, RARE_SUBJECT));
  return subject.length === 1 && event.terms.length === 1 && subject[0].length >= 5 && index.name(subject[0]) !== undefined && rare(subject[0], 2);
}

/** Source events that are the same event as a draft event (same trigger class, shared key terms). */
export function matchEvents(index: CorpusIndex, event: DatedEvent, cache?: SearchCache, subject?: readonly string[]): EventMatch[] {
  const run = () => {
    if (!event.trigger) return [];
    const mine = expandTerms(index, event.terms);
    // The sentence's subject, when it names something few source events name ("PM Vishwakarma, launched
    // on ..."): a source event of the same kind that names all of it is the same event, however many
    // other words either sentence has (a list of trades after the date dilutes the overlap of terms).
    const named = subject && namesTheEvent(index, event, subject) ? expandTerms(index, [...subject]) : undefined;
    // Candidates come through the draft event's rarer terms.
    // A long form written out with its acronym ("Mahatma Gandhi National Rural Employment Guarantee Act
    // (MGNREGA)") is one name: the acronym stands for its words here, which would otherwise crowd out the
    // event's other rare terms.
    const spelled = spelledLongForms(index, event.terms);
    const byRarity = [...mine].filter((t) => !spelled.has(t)).map((t) => [t, index.eventsWithTerm(t)] as const).filter(([, l]) => l.length).sort((x, y) => x[1].length - y[1].length);
    const seen = new Set<EventEntry>();
    const out: EventMatch[] = [];
    const info = index.memo('event-terms', () => new WeakMap<EventEntry, { terms: Set<string>; weight: number }>());
    const mineWeight = termWeight(index, mine);
    const edTerm = event.terms.find((t) => /^ed\d{4}$/.test(t));
    const edition = edTerm && Number(edTerm.slice(2)) === event.date.year ? event.date.year : undefined;
    // Acronyms the draft event writes, with the words their expansion adds: where a source event writes
    // the same acronym, those words say nothing more than it does ("FLDI" and "the FLDI's" share one
    // name, not five words).
    const written = new Map<string, string[]>();
    acronymsIn(index, event.terms, (acronym, long, how) => {
      if (how === 'short') written.set(acronym, long);
    });
    const redundant = (theirs: string[]): Set<string> | undefined => {
      let out: Set<string> | undefined;
      for (const [acronym, long] of written) {
        if (!theirs.includes(acronym)) continue;
        for (const w of long) if (!event.terms.includes(w) && !theirs.includes(w)) (out ??= new Set()).add(w);
      }
      return out;
    };
    // (The event's own words first, then the words its acronyms stand for: "The first DNK was launched
    // at Varanasi" is found through "dnk" and "varanasi", not only through the four words of "Dak Ghar
    // Niryat Kendra" that one title line has.)
    const own = new Set(event.terms);
    const through = [...byRarity.filter(([t]) => own.has(t)).slice(0, 4), ...byRarity.filter(([t]) => !own.has(t)).slice(0, 2)];
    for (const [, list] of through) {
      const n = Math.min(list.length, 2000);
      for (let k = 0; k < n; k++) {
        const entry = list[k];
        // The trigger first: most entries that share a term are other kinds of event.
        if (!sameKind(entry.trigger, event.trigger) || seen.has(entry)) continue;
        seen.add(entry);
        // (A draft's unnumbered event that shares a name few events have with a numbered one is that
        // one: "its Guwahati meeting" is "the Council's 23rd meeting in Guwahati"; not with "the next
        // Conclave", which is not the one the text is about. An acronym does not pick the one: it names
        // the body that holds them all, so "the NVCSC approved ... at its meeting" is not "It held its
        // first meeting".)
        if (firstOfMany(entry.event, event)) continue;
        if (!sameOrdinal(entry.event, event) && !(event.ordinal === undefined && entry.event.ordinal !== undefined && !entry.event.later && event.terms.some((t) => t.length >= 5 && entry.event.terms.includes(t) && index.eventsWithTerm(t).length <= RARE_SUBJECT && !longFormWords(index, t)))) continue;
        if (entry.doc.extract.meta.role === 'glossary') continue;
        // An edition the draft names by its year and dates in that year ("Karmayogi Saptah 2025 ...
        // inaugurated on 13 October 2025") is not an event of another year that names no edition.
        if (edition !== undefined && !entry.event.terms.includes(`ed${edition}`) && entry.event.date.year !== edition) continue;
        let theirs = info.get(entry);
        if (!theirs) {
          const terms = expandTerms(index, entry.event.terms);
          info.set(entry, (theirs = { terms, weight: termWeight(index, terms) }));
        }
        if (instrumentsDiffer(mine, theirs.terms) || !sameActivity(event, mine, entry.event, theirs.terms)) continue;
        // A table's rows are parallel things, each named by its first cell: a row's event is the draft's
        // only if the draft names that thing ("Chhattisgarh | 8 August 2022" is not Odisha's notification).
        if (entry.event.row && !rowKeyNamed(index, entry, mine)) continue;
        // The same number names the same event ("the 56th meeting"): one shared word and half the
        // overlap will do.
        const alike = sameNumber(event, entry.event);
        const score = weightedDice(index, mine, mineWeight, theirs.terms, theirs.weight, alike ? 1 : 2, written.size ? redundant(entry.event.terms) : undefined);
        if (score >= (alike ? EVENT_MATCH / 2 : EVENT_MATCH)) out.push({ entry, score });
        else if (named && [...named].every((t) => theirs.terms.has(t))) out.push({ entry, score: EVENT_MATCH });
      }
    }
    return out.sort((x, y) => y.score - x.score);
  };
  return cache ? cache.get(index, 'events', `${event.trigger}\u0000${event.ordinal ?? ''}${event.gathering ? 'g' : ''}${event.later ?? ''}\u0000${event.date.year}\u0000${event.activity ?? ''}\u0000${event.thing ?? ''}\u0000${event.period ?? ''}\u0000${event.terms.join(' ')}\u0000${subject?.join(' ') ?? ''}`, run) : run();
}

// ---- citation keys -----------------------------------------------------------------------------------

export function editDistance(a: string, b: string, limit = 64): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/** Citation keys closest to a mistyped one: by edit distance, and by shared prefix for long hashes. */
export function closestKeys(index: CorpusIndex, key: string, n = 3): string[] {
  return index.memo(`closest\u0000${n}\u0000${key}`, () => computeClosestKeys(index, key, n));
}

function computeClosestKeys(index: CorpusIndex, key: string, n: number): string[] {
  const k = key.toLowerCase();
  return index
    .citationKeys()
    .map((c) => {
      const cl = c.toLowerCase();
      const d = editDistance(k.slice(0, 40), cl.slice(0, 40));
      const prefix = cl.startsWith(k) || k.startsWith(cl) ? -0.5 : 0;
      return { c, d: d + prefix };
    })
    .sort((a, b) => a.d - b.d)
    .slice(0, n)
    .filter((x) => x.d <= Math.max(3, k.length * 0.4))
    .map((x) => x.c);
}

