// Completion: citation keys after `[@` or `@`, acronyms (expanded on their first use in the draft), and
// names and terms from the corpus ranked by how much the draft already talks about them.
import { acronymOf, derive, type Draft } from '../draft/draft';
import type { CorpusIndex, NameInfo } from '../corpus/index';
import { bestExpansion } from '../corpus/search';
import { formatDate } from '../extract/dates';
import { SNIPPETS } from './snippets';
import { tokenize, normalizeWord } from '../text/words';

export type CompletionKind = 'citation' | 'acronym' | 'name' | 'snippet';

export interface CompletionEntry {
  label: string;
  kind: CompletionKind;
  detail?: string;
  documentation?: string;
  insertText: string;
  /** Span the insert text replaces. */
  start: number;
  end: number;
  filterText?: string;
  sortText?: string;
}

export interface CompletionResult {
  items: CompletionEntry[];
  /** More items exist: ask again as the prefix grows. */
  incomplete: boolean;
}

const MAX_ITEMS = 60;
/** How many names matching a prefix are ranked; the completion tables count that many of each prefix
 * ahead of the first request. */
const MAX_CANDIDATES = 120;
const EMPTY: CompletionResult = { items: [], incomplete: false };

function inNonProse(draft: Draft, offset: number): boolean {
  return draft.model.nonProse.some((n) => offset > n.start && offset < n.end) || (!!draft.model.frontMatter && offset <= draft.model.frontMatter.end);
}

export function complete(draft: Draft, index: CorpusIndex, offset: number): CompletionResult {
  if (inNonProse(draft, offset)) return EMPTY;
  const text = draft.text;
  const lineStart = offset > 0 ? text.lastIndexOf('\n', offset - 1) + 1 : 0;
  const before = text.slice(Math.max(lineStart, offset - 200), offset);

  const cite = /(?:\[[^\]\n]*|^|[\s;(])@([\p{L}\p{N}_:.#$%&+?<>~/-]*)$/u.exec(before);
  if (cite) {
    const prefix = cite[1];
    const start = offset - prefix.length;
    const p = prefix.toLowerCase();
    const matching: CitationRow[] = [];
    for (const row of citationTable(index)) if (row.lower.includes(p) && matching.push(row) >= 200) break;
    const items = matching.map((r): CompletionEntry => ({ label: r.key, kind: 'citation', detail: r.detail, insertText: r.key, start, end: offset, filterText: r.key, sortText: r.lower.startsWith(p) ? `0${r.key}` : `1${r.key}` }));
    return { items, incomplete: matching.length >= 200 };
  }

  // An empty line with nothing but white space or front matter above it: offer the structures.
  if (/^\s*$/.test(before) && /^\s*$/.test(text.slice(draft.model.frontMatter?.end ?? 0, lineStart))) {
    let lineEnd = text.indexOf('\n', offset);
    if (lineEnd < 0) lineEnd = text.length;
    if (/^\s*$/.test(text.slice(offset, lineEnd))) {
      const items = SNIPPETS.map((sn): CompletionEntry => ({ label: sn.prefix, kind: 'snippet', detail: sn.name, documentation: sn.description, insertText: sn.body, start: lineStart, end: offset, filterText: sn.prefix, sortText: `2${sn.prefix}` }));
      return { items, incomplete: false };
    }
  }

  const word = /[\p{L}\p{N}&][\p{L}\p{N}&'’-]*$/u.exec(before);
  if (!word) return EMPTY;
  const prefix = word[0];
  const start = offset - prefix.length;
  const items: CompletionEntry[] = [];
  // Acronyms: by upper-case prefix, from a sorted table (built once per index version).
  if (/^\p{Lu}/u.test(prefix)) {
    const upper = prefix.toUpperCase();
    const table = index.memo('completion:acronyms', () => acronymTable(index));
    for (let i = lowerBound(table, upper, (x) => x.toUpperCase()); i < table.length && table[i].toUpperCase().startsWith(upper); i++) {
      const short = table[i];
      const best = bestExpansion(index, short);
      if (!best) continue;
      const usedBefore = draft.acronymDefs.some((d) => d.short === short && d.start < start) || draft.acronymUses.some((u) => u.short === short && u.start < start);
      items.push({
        label: short,
        kind: 'acronym',
        detail: best.long,
        documentation: `${best.doc.extract.meta.title}`,
        insertText: usedBefore ? short : `${best.long} (${short})`,
        start,
        end: offset,
        filterText: short,
        sortText: `0${short}`,
      });
      if (items.length >= MAX_ITEMS / 2) break;
    }
    // The draft's own acronyms (defined before the cursor), when the corpus does not have them.
    const offered = new Set(items.map((i) => i.label));
    for (const d of draft.acronymDefs) {
      if (d.start >= start || offered.has(d.short) || !d.short.toUpperCase().startsWith(upper) || d.short === prefix) continue;
      offered.add(d.short);
      items.push({ label: d.short, kind: 'acronym', detail: d.long, documentation: 'defined in this draft', insertText: d.short, start, end: offset, filterText: d.short, sortText: `0${d.short}` });
    }
  }
  // Names and terms: a word of the name starts with the prefix; ranked by corpus count and draft relevance.
  if (prefix.length >= 2) {
    const p = prefix.toLowerCase();
    // Candidates: the names with a word starting with the first two letters, most frequent first
    // (built once per index version and two-letter prefix), filtered by the whole prefix.
    const bucket = nameBuckets(index).get(p.slice(0, 2)) ?? [];
    const draftWords = derive(draft, 'words', () => new Set(tokenize(text).map((t) => normalizeWord(t.text))));
    const scored: { label: string; score: number; docs: number; lead: number }[] = [];
    const seen = new Set<NameInfo>();
    for (let i = 0; i < bucket.length && scored.length < MAX_CANDIDATES; i++) {
      if (!bucket[i].word.startsWith(p)) continue;
      const { info, norm } = bucket[i];
      // Acronyms are offered above, with their expansion; a name that is an acronym would repeat them.
      if (seen.has(info) || info.text === prefix || norm.length === 0) continue;
      seen.add(info);
      let rel = 0;
      for (const w of norm) if (draftWords.has(w)) rel++;
      // A person named with a post ("External Affairs Minister S. Jaishankar") is completed by name when
      // the prefix is in the name ("Jai"), whole when it is in the post ("Exter").
      const label = info.person && bucket[i].word.length <= info.person.length ? info.person : info.text;
      const first = label.toLowerCase().startsWith(p);
      const lead = headTyped(label, bucket[i].word, text, start);
      scored.push({ label, score: Math.log(1 + info.count) * (1 + rel) * (first ? 2 : 1) * (/\s/.test(label) ? 1.5 : 1), docs: info.docCount, lead });
    }
    scored.sort((a, b) => b.score - a.score);
    // One item a label (a person may stand in several names).
    const labels = new Set<string>();
    for (let i = 0; i < scored.length; i++) if (labels.has(scored[i].label) || !labels.add(scored[i].label)) scored.splice(i--, 1);
    for (const s of scored.slice(0, MAX_ITEMS - items.length)) {
      items.push(nameItem(s.label, s.docs, start - s.lead, offset, `1${String(1000 - Math.min(999, Math.round(s.score * 10))).padStart(4, '0')}`));
    }
  }
  // A name typed past its first words, its next word begun with one letter ("Panna Tiger R"): the words
  // before the letter say which name (the last three, two or one of them, the longest that names one),
  // and the item replaces them too.
  if (prefix.length < 2 && items.length < MAX_ITEMS) {
    const m = /(?:^|[^\p{L}\p{N}&'’-])((?:[\p{L}\p{N}&][\p{L}\p{N}&'’-]*[ \t]+){1,3}[\p{L}\p{N}&])$/u.exec(before);
    const found: { label: string; info: NameInfo; lead: number }[] = [];
    // The words with the spaces after them, and the letter last: "Panna ", "Tiger ", "R".
    const parts = m ? m[1].split(/(?<=[ \t])(?=[^ \t])/) : [];
    for (let k = 0; k < parts.length - 1 && !found.length; k++) {
      const typed = parts.slice(k).join('');
      const phrase = typed.replace(/[ \t]+/g, ' ').toLowerCase();
      if (phrase.length < 4) continue;
      const bucket = nameBuckets(index).get(phrase.slice(0, 2)) ?? [];
      for (let i = 0, n = Math.min(bucket.length, 20000); i < n && found.length < MAX_ITEMS; i++) {
        const { word, info } = bucket[i];
        if (!word.startsWith(phrase) || found.some((f) => f.info === info)) continue;
        const back = typed.length - prefix.length;
        found.push({ label: info.text, info, lead: back + headTyped(info.text, word, text, start - back) });
      }
    }
    for (const f of found.slice(0, MAX_ITEMS - items.length)) items.push(nameItem(f.label, f.info.docCount, start - f.lead, offset, `0${f.label.toLowerCase()}`));
  }
  return { items, incomplete: items.length >= MAX_ITEMS / 2 };
}

/** First index whose key is >= `key` in a table sorted by `keyOf`. */
function lowerBound<T>(table: T[], key: string, keyOf: (x: T) => string): number {
  let lo = 0;
  let hi = table.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keyOf(table[mid]) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Name table entries by the first two letters of the word, most frequent name first. */
interface NameRow {
  /** The name from one of its word starts on, lower case. */
  word: string;
  info: NameInfo;
  /** Normal forms of the name's words (empty for a name that is an acronym: acronyms are offered apart). */
  norm: string[];
}

/**
 * The words of a name before the part being typed (`word`, the name's tail from the word the prefix
 * starts), when the draft already has them just before `at` ("S. " of "S. Jai"): the item replaces them
 * too, instead of writing them twice. Their length, or 0.
 */
function headTyped(label: string, word: string, text: string, at: number): number {
  const head = label.slice(0, label.length - word.length);
  return head && text.slice(at - head.length, at).toLowerCase() === head.toLowerCase() ? head.length : 0;
}

function nameItem(label: string, docs: number, start: number, end: number, sortText: string): CompletionEntry {
  return { label, kind: 'name', detail: `in ${docs} source${docs === 1 ? '' : 's'}`, insertText: label, start, end, filterText: label, sortText };
}

function nameBuckets(index: CorpusIndex): Map<string, NameRow[]> {
  return index.memo('completion:name-buckets', () => {
    const rows: NameRow[] = [];
    for (const info of index.names()) addNameRows(info, rows);
    const buckets = groupRows(rows);
    for (const list of buckets.values()) list.sort(byCount);
    return buckets;
  });
}

/** The rows of one name, one per word start: "act east policy" is found by "ac", "ea" and "po". */
function addNameRows(info: NameInfo, out: NameRow[]): void {
  const t = info.text;
  if (t.length < 4 || (!/\s/.test(t) && info.count < 2)) return;
  const norm = acronymOf(t) ? [] : t.split(/\s+/).map(normalizeWord);
  const lower = t.toLowerCase();
  out.push({ word: lower, info, norm });
  for (let i = lower.indexOf(' '); i >= 0; i = lower.indexOf(' ', i + 1)) out.push({ word: lower.slice(i + 1), info, norm });
}

interface CitationRow {
  key: string;
  lower: string;
  detail: string;
}

/** Citation keys with their details, sorted, built once per index version. */
function citationTable(index: CorpusIndex): CitationRow[] {
  return index.memo('completion:citations', () =>
    index
      .citationKeys()
      .sort()
      .map((key) => {
        const m = index.byKey(key)!.extract.meta;
        return { key, lower: key.toLowerCase(), detail: `${m.title}${m.date ? ` · ${formatDate(m.date)}` : ''}` };
      }),
  );
}


/** Builds the completion tables ahead of the first request. */
export function warmCompletion(index: CorpusIndex): void {
  for (const _ of warmCompletionSteps(index)) {
    /* all at once */
  }
}

/**
 * The same, in small steps: the server runs one step at a time between requests, so that building the
 * tables of a large corpus never holds the event loop for long.
 */
export function* warmCompletionSteps(index: CorpusIndex): Generator<void> {
  citationTable(index);
  yield;
  const acronyms = index.memo('completion:acronyms', () => acronymTable(index));
  for (let i = 0; i < acronyms.length; i++) {
    bestExpansion(index, acronyms[i]);
    if (i % 50 === 49) yield;
  }
  const rows: NameRow[] = [];
  let n = 0;
  for (const info of index.names()) {
    addNameRows(info, rows);
    if (++n % 2000 === 0) yield;
  }
  const buckets = new Map<string, NameRow[]>();
  for (let i = 0; i < rows.length; i += 20_000) {
    groupRows(rows.slice(i, i + 20_000), buckets);
    yield;
  }
  for (const list of buckets.values()) {
    list.sort(byCount);
    if (list.length > 500) yield;
  }
  index.memo('completion:name-buckets', () => buckets);
  // The names a prefix offers first, counted now: a restored name reads its list of documents from the
  // snapshot to count them, which made the first completion of a prefix the slowest (20-28 ms at 10,000
  // documents).
  let counted = 0;
  for (const list of buckets.values()) {
    for (let i = 0; i < list.length && i < MAX_CANDIDATES; i++) void list[i].info.docCount;
    if ((counted += Math.min(list.length, MAX_CANDIDATES)) >= 2000) {
      counted = 0;
      yield;
    }
  }
}

const byCount = (a: NameRow, b: NameRow) => b.info.count - a.info.count;

function groupRows(rows: NameRow[], buckets = new Map<string, NameRow[]>()): Map<string, NameRow[]> {
  for (const e of rows) {
    const k = e.word.slice(0, 2);
    const list = buckets.get(k);
    if (list) list.push(e);
    else buckets.set(k, [e]);
  }
  return buckets;
}

function acronymTable(index: CorpusIndex): string[] {
  return index
    .acronymKeys()
    .map((short) => [short.toUpperCase(), short] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([, short]) => short);
}
