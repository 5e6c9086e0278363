// Completion: citation keys after `[@` or `@`, acronyms (expanded on their first use in the draft), and
// names and terms from the corpus ranked by how much the draft already talks about them.
import { acronymOf, derive, type Draft } from '../draft/draft';
import type { CorpusIndex, NameInfo } from '../corpus/index';
import { bestExpansion } from '../corpus/search';
import { formatDate } from '../extract/dates';
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
const EMPTY: CompletionResult = { items: [], incomplete: false };

function inNonProse(draft: Draft, offset: number): boolean {
  return draft.model.nonProse.some((n) => offset > n.start && offset < n.end) || (!!draft.model.frontMatter && offset <= draft.model.frontMatter.end);
}

export function complete(draft: Draft, index: CorpusIndex, offset: number): CompletionResult {
  if (inNonProse(draft, offset)) return EMPTY;
  const text = draft.text;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(Math.max(lineStart, offset - 200), offset);

  const cite = /(?:\[[^\]\n]*|^|[\s;(])@([\p{L}\p{N}_:.#$%&+?<>~/-]*)$/u.exec(before);
  if (cite) {
    const prefix = cite[1];
    const start = offset - prefix.length;
    const keys = index.citationKeys().filter((k) => k.toLowerCase().includes(prefix.toLowerCase()));
    const items = keys.slice(0, 200).map((k): CompletionEntry => {
      const doc = index.byKey(k)!;
      const m = doc.extract.meta;
      return { label: k, kind: 'citation', detail: `${m.title}${m.date ? ` · ${formatDate(m.date)}` : ''}`, insertText: k, start, end: offset, filterText: k, sortText: k.toLowerCase().startsWith(prefix.toLowerCase()) ? `0${k}` : `1${k}` };
    });
    return { items, incomplete: keys.length > 200 };
  }

  const word = /[\p{L}\p{N}&][\p{L}\p{N}&'’-]*$/u.exec(before);
  if (!word) return EMPTY;
  const prefix = word[0];
  const start = offset - prefix.length;
  const items: CompletionEntry[] = [];
  // Acronyms: by upper-case prefix, from a sorted table (built once per index version).
  if (/^\p{Lu}/u.test(prefix)) {
    const upper = prefix.toUpperCase();
    const table = index.memo('completion:acronyms', () => index.acronyms().map(([short]) => short).sort((a, b) => (a.toUpperCase() < b.toUpperCase() ? -1 : 1)));
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
  }
  // Names and terms: a word of the name starts with the prefix; ranked by corpus count and draft relevance.
  if (prefix.length >= 2) {
    const p = prefix.toLowerCase();
    const table = index.memo('completion:names', () => nameTable(index));
    const draftWords = derive(draft, 'words', () => new Set(tokenize(text).map((t) => normalizeWord(t.text))));
    const scored: { label: string; score: number; docs: number }[] = [];
    const seen = new Set<NameInfo>();
    for (let i = lowerBound(table, p, (x) => x.word); i < table.length && table[i].word.startsWith(p) && scored.length < 2000; i++) {
      const info = table[i].info;
      // Acronyms are offered above, with their expansion; a name that is an acronym would repeat them.
      if (seen.has(info) || info.text === prefix || acronymOf(info.text)) continue;
      seen.add(info);
      let rel = 0;
      for (const w of info.text.split(/\s+/)) if (draftWords.has(normalizeWord(w))) rel++;
      const first = info.text.toLowerCase().startsWith(p);
      scored.push({ label: info.text, score: Math.log(1 + info.count) * (1 + rel) * (first ? 2 : 1) * (/\s/.test(info.text) ? 1.5 : 1), docs: info.docs.size });
    }
    scored.sort((a, b) => b.score - a.score);
    for (const s of scored.slice(0, MAX_ITEMS - items.length)) {
      items.push({ label: s.label, kind: 'name', detail: `in ${s.docs} source${s.docs === 1 ? '' : 's'}`, insertText: s.label, start, end: offset, filterText: s.label, sortText: `1${String(1000 - Math.min(999, Math.round(s.score * 10))).padStart(4, '0')}` });
    }
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

/** Every word start of every completable name, sorted: "act east policy" is found by "ac", "ea" and "po". */
function nameTable(index: CorpusIndex): { word: string; info: NameInfo }[] {
  const out: { word: string; info: NameInfo }[] = [];
  for (const info of index.names()) {
    const t = info.text;
    if (t.length < 4 || (!/\s/.test(t) && info.count < 2)) continue;
    const lower = t.toLowerCase();
    out.push({ word: lower, info });
    for (let i = lower.indexOf(' '); i >= 0; i = lower.indexOf(' ', i + 1)) out.push({ word: lower.slice(i + 1), info });
  }
  return out.sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
}
