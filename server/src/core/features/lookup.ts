// What is under the cursor in a draft: a citation key, an acronym, a date or a name. Shared by hover,
// completion and go to definition.
import type { Draft, CitationRef, DraftDate } from '../draft/draft';
import { acronymOf, looseAcronymOf } from '../draft/draft';
import type { CorpusIndex, DefinitionEntry, NameInfo } from '../corpus/index';
import { foldName, HONORIFICS, HEAD_NOUNS } from '../extract/names';

export type Target =
  | { kind: 'citation'; ref: CitationRef; start: number; end: number }
  | { kind: 'acronym'; short: string; start: number; end: number }
  | { kind: 'date'; date: DraftDate; start: number; end: number }
  | { kind: 'name'; key: string; text: string; definitions: DefinitionEntry[]; info?: NameInfo; start: number; end: number };

const inside = (offset: number, s: { start: number; end: number }) => offset >= s.start && offset <= s.end;

function wordAt(text: string, offset: number, re: RegExp): { start: number; end: number; text: string } | undefined {
  let s = offset;
  let e = offset;
  while (s > 0 && re.test(text[s - 1])) s--;
  while (e < text.length && re.test(text[e])) e++;
  return e > s ? { start: s, end: e, text: text.slice(s, e) } : undefined;
}

function inProse(draft: Draft, offset: number): boolean {
  return draft.model.blocks.some((b) => offset >= b.start && offset <= b.end) && !draft.model.nonProse.some((n) => offset > n.start && offset < n.end);
}

/** The words (`re`, global) of the line that holds `offset`, with their offsets in `text`. */
function lineWords(text: string, offset: number, re: RegExp): { start: number; end: number; text: string }[] {
  const lineStart = offset > 0 ? text.lastIndexOf('\n', offset - 1) + 1 : 0;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  return [...text.slice(lineStart, lineEnd).matchAll(re)].map((m) => ({ start: lineStart + m.index!, end: lineStart + m.index! + m[0].length, text: m[0] }));
}

/** Names the index knows that cover the cursor: the longest run of capitalised words, then shorter. */
function nameAt(draft: Draft, index: CorpusIndex, offset: number): Target | undefined {
  const text = draft.text;
  const words = lineWords(text, offset, /[\p{L}\p{N}][\p{L}\p{N}'’&.-]*|&/gu).map((w) => ({ ...w, text: w.text.replace(/[.'’]+$/, '').replace(/['’]s$/, '') }));
  const at = words.findIndex((w) => offset >= w.start && offset <= w.end);
  if (at < 0) return undefined;
  const cap = (w: { text: string }) => /^\p{Lu}/u.test(w.text) || ['of', 'and', '&', 'for', 'the', 'on'].includes(w.text);
  // A number ends a name ("Matsya 6000", "Article 370"): the cursor may be on it.
  const numberAfter = (k: number) => k > 0 && /^\d{1,4}$/.test(words[k].text) && /^\p{Lu}/u.test(words[k - 1].text) && text.slice(words[k - 1].end, words[k].start) === ' ';
  if (!/^\p{Lu}/u.test(words[at].text) && !numberAfter(at)) return undefined;
  let a = numberAfter(at) ? at - 1 : at;
  let b = a;
  while (a > 0 && cap(words[a - 1]) && text.slice(words[a - 1].end, words[a].start).trim() === '') a--;
  while (b + 1 < words.length && cap(words[b + 1]) && text.slice(words[b].end, words[b + 1].start).trim() === '') b++;
  if (b + 1 < words.length && numberAfter(b + 1)) b++;
  // A lower-case head noun may end a name: "Act East policy", "Aditya-L1 mission".
  if (b + 1 < words.length && HEAD_NOUNS.has(words[b + 1].text) && text.slice(words[b].end, words[b + 1].start) === ' ') b++;
  // Try every sub-run that contains the cursor word, longest first.
  const runs: [number, number][] = [];
  for (let i = a; i <= at; i++) for (let j = b; j >= at; j--) runs.push([i, j]);
  runs.sort((x, y) => y[1] - y[0] - (x[1] - x[0]));
  const candidates = runs.map(([i, j]) => {
    const surface = text.slice(words[i].start, words[j].start + words[j].text.length);
    const key = foldName(surface);
    const keys = key ? [key] : [];
    const bare = key.split(' ').filter((w, k, all) => !(k < all.length - 1 && HONORIFICS.has(w)));
    if (key && bare.length !== key.split(' ').length) keys.push(bare.join(' '));
    if (key && bare.length === 1) keys.push(...index.personsBySurname(bare[0]));
    return { i, j, surface, keys, end: words[j].start + words[j].text.length };
  });
  // A key with a definition beats one that is only a known name ("Gen. Pande" -> "Manoj Pande"), longest
  // first; an edition without one ("Swachh Vayu Survekshan 2024") gives way to its defined name.
  const known = ({ i, j, keys, end }: (typeof candidates)[number]): Target | undefined => {
    for (const k of keys) {
      const info = index.name(k);
      if (info && (i !== j || info.count >= 2)) return { kind: 'name', key: k, text: info.text, definitions: [], info, start: words[i].start, end };
    }
    return undefined;
  };
  const editions: (typeof candidates)[number][] = [];
  for (const c of candidates) {
    for (const k of c.keys) {
      const definitions = index.definitions(k);
      if (definitions.length) return { kind: 'name', key: k, text: index.name(k)?.text ?? c.surface, definitions, info: index.name(k), start: words[c.i].start, end: c.end };
    }
    // A name the sources define only through its acronym ("The ULC is a single membership card ..." for
    // "Unified Library Card").
    const viaAcronym = c.keys.length ? acronymDefinitions(index, c.keys[0], c.surface) : [];
    if (viaAcronym.length) return { kind: 'name', key: c.keys[0], text: index.name(c.keys[0])?.text ?? c.surface, definitions: viaAcronym, info: index.name(c.keys[0]), start: words[c.i].start, end: c.end };
    if (/\s\d{1,4}$/.test(c.surface)) editions.push(c);
    else {
      const found = known(c);
      if (found) return found;
    }
  }
  for (const c of editions) {
    const found = known(c);
    if (found) return found;
  }
  return undefined;
}

/** The definitions of the acronym that a name's initials spell, when the sources expand it to the name. */
function acronymDefinitions(index: CorpusIndex, key: string, surface: string): DefinitionEntry[] {
  const words = surface.split(/\s+/).filter((w) => !/^(?:of|and|for|the|on|in|&)$/i.test(w));
  if (words.length < 2 || words.length > 8) return [];
  const short = words.map((w) => w[0].toUpperCase()).join('');
  if (!index.acronym(short).some((e) => foldName(e.long) === key)) return [];
  return index.definitions(foldName(short));
}

export function targetAt(draft: Draft, index: CorpusIndex, offset: number): Target | undefined {
  const ref = draft.citations.find((c) => inside(offset, { start: c.start - 1, end: c.end }));
  if (ref) return { kind: 'citation', ref, start: ref.start - 1, end: ref.end };
  if (!inProse(draft, offset)) return undefined;
  const date = draft.dates.find((d) => inside(offset, d));
  if (date) return { kind: 'date', date, start: date.start, end: date.end };
  const known = (short: string) => index.acronym(short).length > 0 || draft.acronymDefs.some((d) => d.short === short);
  // A hyphenated acronym ("IN-SPACe", "COVID-19") when the corpus or the draft knows it whole.
  const h = wordAt(draft.text, offset, /[\p{L}\p{N}&'’-]/u);
  if (h && /\p{L}-[\p{L}\p{N}]/u.test(h.text)) {
    const trimmed = h.text.replace(/^-+/, '').replace(/[-'’]+$/, '');
    const start = h.start + h.text.indexOf(trimmed);
    const base = trimmed.replace(/['’]s$/, '');
    for (const short of [base, base.replace(/s$/, '')]) if (short.includes('-') && known(short)) return { kind: 'acronym', short, start, end: start + short.length };
  }
  const w = wordAt(draft.text, offset, /[\p{L}\p{N}&'’]/u);
  if (w) {
    const a = acronymOf(w.text) ?? looseAcronymOf(w.text);
    if (a && known(a.short)) {
      return { kind: 'acronym', short: a.short, start: w.start, end: w.start + a.short.length };
    }
  }
  return nameAt(draft, index, offset) ?? termAt(draft, index, offset);
}

/** A term in lower case the sources define ("monocable detachable gondola", "EPR certificate"): two to
 * four words of the cursor's line that hold the cursor, longest first. */
function termAt(draft: Draft, index: CorpusIndex, offset: number): Target | undefined {
  const text = draft.text;
  const words = lineWords(text, offset, /[\p{L}\p{N}][\p{L}\p{N}-]*/gu);
  const at = words.findIndex((w) => offset >= w.start && offset <= w.end);
  if (at < 0) return undefined;
  for (let n = 4; n >= 1; n--) {
    for (let i = Math.max(0, at - n + 1); i <= at && i + n <= words.length; i++) {
      const a = words[i], b = words[i + n - 1];
      const surface = text.slice(a.start, b.end);
      if (!(n === 1 ? /^\p{Ll}[\p{Ll}-]+$/u : /^[\p{L}\p{N}-]+(?: [\p{L}\p{N}-]+)+$/u).test(surface)) continue;
      // (A plural written for the defined singular: "gondolas".)
      for (const key of [foldName(surface), foldName(surface.replace(/s$/, ''))]) {
        // (One word alone only as a source defines it in lower case: "An abadi is the inhabited core".)
        const definitions = n === 1 ? index.definitions(key).filter((d) => /^\p{Ll}/u.test(d.def.term)) : index.definitions(key);
        if (definitions.length) return { kind: 'name', key, text: definitions[0].def.term, definitions, start: a.start, end: b.end };
      }
    }
  }
  return undefined;
}
