// The draft as the rules see it: prose sentences, acronym uses and definitions, citations, dates,
// suppression comments, all with document offsets. Built once per document version and shared by every
// rule and by hover/completion.
import { parseMarkdown, diffEnds, FOOTNOTE_LABEL, KEY_WORD, type MarkdownModel, type ParseState, type TextChange, type ProseBlock } from '../text/markdown';
import { splitSentences } from '../text/sentences';
import { LineIndex } from '../text/lines';
import { blockAcronymDefinitions } from '../corpus/document';
import type { AcronymPair } from '../extract/acronyms';
import { findDates, type DateMention } from '../extract/dates';
import { readSuppressions, type Suppressions } from './suppress';
import { TextMemo, detach } from '../text/memo';

export interface DraftSentence {
  index: number;
  start: number;
  end: number;
  /** Masked prose text of the sentence. */
  text: string;
  block: ProseBlock;
}

export interface AcronymUse {
  /** The acronym's base form ("NGO" for "NGOs", "DAPA" for "DAPA's"). */
  short: string;
  /** Span of the whole token as written. */
  start: number;
  end: number;
  surface: string;
  suffix: '' | 's' | "'s";
  /** For a hyphenated run of capitalised parts ("PM-KISAN", "US-UK"), or two acronyms one space apart
   * ("PM JANMAN", "AB PM-JAY"), the parts read as acronyms of their own: the run is one acronym when a
   * definition or the corpus knows it, else these are (a spaced run's second part may be a hyphenated
   * run with parts of its own). */
  parts?: Omit<AcronymUse, 'sentence' | 'inHeading'>[];
  /** An acronym only when a definition in the draft or the corpus knows it ("iDEX": looseAcronymOf). */
  ifKnown?: true;
  sentence: DraftSentence;
  inHeading: boolean;
}

/** An acronym definition in the draft (document offsets). `loose`: capitalised words before "(ACR)" that
 * start with its first letter but do not spell it ("Agency of Defence Research (ADD)"): the writer meant an
 * expansion, perhaps a wrong one. */
export type DraftAcronymDef = Omit<AcronymPair, 'form'> & { loose?: true };

const LOOSE_CONNECTORS = new Set(['of', 'for', 'and', '&', 'on', 'the', 'in', 'to', 'de']);

/**
 * "Long Form (ACR)" where the long form's words do not spell the acronym (so the aligner found no pair):
 * the run of capitalised words (and connectors) just before the bracket, from its last word that starts
 * with the acronym's first letter, two to (letters + 2) words. Offsets relative to the text.
 */
export function looseDefinitions(text: string, strict: { shortStart: number }[]): DraftAcronymDef[] {
  const out: DraftAcronymDef[] = [];
  const taken = new Set(strict.map((d) => d.shortStart));
  for (const m of text.matchAll(/\(([\p{Lu}][\p{L}\p{N}&-]{1,13})\)/gu)) {
    const shortStart = m.index! + 1;
    if (taken.has(shortStart)) continue;
    const a = acronymOf(m[1]);
    // A plural ("Urban Local Governments (ULBs)") defines the singular, as a strict definition does.
    if (!a || a.suffix === "'s") continue;
    const letters = a.short.replace(/[^\p{L}\p{N}]/gu, '').length;
    // Words before the bracket, back to the first that is neither capitalised nor a connector.
    const words: { start: number; end: number; text: string }[] = [];
    let i = m.index!;
    while (i > 0 && text[i - 1] === ' ') i--;
    while (words.length < letters + 6) {
      let j = i;
      while (j > 0 && /[\p{L}\p{N}&'’-]/u.test(text[j - 1])) j--;
      if (j === i) break;
      const w = text.slice(j, i);
      if (!/^\p{Lu}/u.test(w) && !LOOSE_CONNECTORS.has(w)) break;
      if (/['’]s$/.test(w)) break;
      words.unshift({ start: j, end: i, text: w });
      if (j === 0 || text[j - 1] !== ' ') break;
      i = j - 1;
    }
    // From a capitalised word that starts with the acronym's first letter, leaving at least two words:
    // the one whose run has about as many words as the acronym has letters ("International Centre for
    // Integrated Mountain Research (ICIMOD)" from "International", not "Integrated"), else the nearest.
    const first = a.short[0].toLowerCase();
    let from = -1;
    let gap = Infinity;
    for (let k = words.length - 2; k >= 0; k--) if (/^\p{Lu}/u.test(words[k].text) && words[k].text[0].toLowerCase() === first) {
      const g = Math.abs(words.slice(k).filter((w) => !LOOSE_CONNECTORS.has(w.text)).length - letters);
      if (g < gap) [from, gap] = [k, g];
    }
    // Or the words in another order: "External Affairs Ministry (MEA)".
    if (from < 0) {
      const want = [...a.short.replace(/[^\p{L}]/gu, '').toLowerCase()].sort().join('');
      let n = 0;
      for (let k = words.length - 1; k >= 0 && from < 0; k--) {
        if (LOOSE_CONNECTORS.has(words[k].text)) continue;
        if (++n === want.length) {
          const initials = words.slice(k).filter((w) => !LOOSE_CONNECTORS.has(w.text)).map((w) => w.text[0].toLowerCase()).sort().join('');
          if (initials === want && /^\p{Lu}/u.test(words[k].text)) from = k;
          break;
        }
      }
    }
    if (from < 0) continue;
    const run = words.slice(from);
    const content = run.filter((w) => !LOOSE_CONNECTORS.has(w.text)).length;
    if (content < 2 || content > letters + 2) continue;
    const longStart = run[0].start;
    const long = text.slice(longStart, run[run.length - 1].end);
    out.push({ short: a.short, long, shortStart, longStart, start: longStart, end: m.index! + m[0].length, loose: true });
  }
  return out;
}

export interface CitationRef {
  key: string;
  /** Span of the key (without @). */
  start: number;
  end: number;
  /** `[@key]` inside brackets, or a bare `@key`. */
  bracketed: boolean;
}

export interface DraftDate extends DateMention {
  sentence: DraftSentence;
}

export interface Draft {
  text: string;
  lines: LineIndex;
  model: MarkdownModel & { state: ParseState; change?: TextChange };
  sentences: DraftSentence[];
  acronymUses: AcronymUse[];
  acronymDefs: DraftAcronymDef[];
  citations: CitationRef[];
  /** Spans of footnote references `[^id]`. */
  footnoteRefs: { start: number; end: number }[];
  dates: DraftDate[];
  suppressions: Suppressions;
  /** The prose blocks with their block-relative facts, in document order. */
  units: DraftUnit[];
  /** The same object for every version read from this one (readDraft's `previous`): whole-draft
   * tables kept up to date block by block hang on it (see lineageTable). */
  lineage: object;
  /** Values derived from this draft on demand (shared by the rules and features that need them). */
  derived: Map<string, unknown>;
}

/**
 * A whole-draft table kept up to date block by block: on each version only the blocks that left since the
 * last version this table saw are removed from it and the ones that came are added (found by comparing
 * the two block lists from both ends), so a keystroke costs the changed block, not the draft.
 * `add`/`remove` must be exact inverses.
 */
export function lineageTable<T>(draft: Draft, key: string, init: () => T, add: (t: T, f: BlockFacts) => void, remove: (t: T, f: BlockFacts) => void): T {
  let per = lineageTables.get(draft.lineage);
  if (!per) lineageTables.set(draft.lineage, (per = new Map()));
  const cur = draft.units;
  const hit = per.get(key) as { units: DraftUnit[]; table: T } | undefined;
  if (!hit) {
    const table = init();
    for (const u of cur) add(table, u.facts);
    per.set(key, { units: cur, table });
    return table;
  }
  if (hit.units !== cur) {
    const prev = hit.units;
    const { a, b } = changedUnits(prev, cur);
    // Add before removing: a table that counts parts shared by the old and new block (its unchanged
    // sentences) then never drops them to zero and back.
    for (let i = a; i < cur.length - b; i++) add(hit.table, cur[i].facts);
    for (let i = a; i < prev.length - b; i++) remove(hit.table, prev[i].facts);
    hit.units = cur;
  }
  return hit.table;
}
const lineageTables = new WeakMap<object, Map<string, unknown>>();

/**
 * Where two versions' block lists differ: the first `a` units are the same blocks at the same places, the
 * last `b` have the same facts (moved by the edit), and the units between are what the edit changed.
 * Whatever a draft-wide pass keeps per lineage is carried over for the `a` and `b` units by position.
 */
export function changedUnits(prev: readonly DraftUnit[], cur: readonly DraftUnit[]): { a: number; b: number } {
  let a = 0;
  while (a < prev.length && a < cur.length && (prev[a] === cur[a] || (prev[a].facts === cur[a].facts && prev[a].block.start === cur[a].block.start))) a++;
  let b = 0;
  while (b < prev.length - a && b < cur.length - a && prev[prev.length - 1 - b].facts === cur[cur.length - 1 - b].facts) b++;
  return { a, b };
}

/** A value computed once per draft. */
/** A GFM table of the draft: its rows of cells, and the blocks just before and after it (a caption or a
 * source line), when only blank lines separate them. */
export interface DraftTable {
  rows: DraftUnit[][];
  before?: DraftUnit;
  after?: DraftUnit;
}

/** The draft's tables (cells on one line make a row; rows on consecutive lines make a table). */
export function tablesOf(draft: Draft): DraftTable[] {
  return derive(draft, 'tables', () => {
    const out: DraftTable[] = [];
    const units = draft.units;
    const text = draft.text;
    const between = (a: DraftUnit, b: DraftUnit) => text.slice(a.block.end, b.block.start);
    for (let i = 0; i < units.length; i++) {
      if (units[i].block.kind !== 'cell') continue;
      const first = i;
      const rows: DraftUnit[][] = [];
      let row: DraftUnit[] = [units[i]];
      let j = i + 1;
      for (; j < units.length && units[j].block.kind === 'cell'; j++) {
        const gap = between(units[j - 1], units[j]);
        if (!gap.includes('\n')) row.push(units[j]);
        else if ((gap.match(/\n/g) ?? []).length <= 2 && !/\n\s*\n/.test(gap.replace(/\n[ \t]*\|?[ \t:|-]*\n/, '\n'))) {
          // The next row (the delimiter row between header and body has no cells).
          rows.push(row);
          row = [units[j]];
        } else break;
      }
      rows.push(row);
      const blank = (gap: string) => /^[\s|]*$/.test(gap) && (gap.match(/\n/g) ?? []).length <= 2;
      const before = first > 0 && units[first - 1].block.kind === 'paragraph' && blank(between(units[first - 1], units[first])) ? units[first - 1] : undefined;
      const after = j < units.length && units[j].block.kind === 'paragraph' && blank(between(units[j - 1], units[j])) ? units[j] : undefined;
      out.push({ rows, before, after });
      i = j - 1;
    }
    return out;
  });
}

export function derive<T>(draft: Draft, key: string, make: () => T): T {
  if (draft.derived.has(key)) return draft.derived.get(key) as T;
  const v = make();
  draft.derived.set(key, v);
  return v;
}

// An acronym token: at least two capitals, letters/digits/ampersands, optional plural or possessive.
// Letters of scripts without case (Hangul, Han, Kana, Devanagari...) end a token: Korean and Japanese
// attach particles to the word before ("DAPA는"), and the acronym is the Latin part.
// Linear: one character class repeated, then a fixed suffix.
const TOKEN_RE = /[\p{Lu}\p{Ll}\p{Lt}\p{N}&]+(?:['’]s)?/gu;
const ACRONYM_RE = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})\p{Lu}[\p{L}\p{N}&]*$/u;
/** A hyphen between two parts of one word. */
const HYPHEN = /^[-‐‑]$/;
/** What a part of a hyphenated acronym looks like: capitals (perhaps mixed case, "SPACe"), a number, one letter. */
const CHAIN_PART = /^(?:\p{Lu}[\p{L}\p{N}&]*(?:['’]s)?|\p{N}{1,4})$/u;
const ROMAN = /^(?:M{0,3})(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$/;

/** Splits "NGOs" / "DAPA's" into base and suffix; undefined when the token is not an acronym. */
export function acronymOf(token: string): { short: string; suffix: '' | 's' | "'s" } | undefined {
  // Acronyms are at most 12 characters (plus "'s"): longer tokens are not, and testing them with the
  // suffix patterns below would cost time quadratic in their length (found on a run of 8,000 capitals).
  if (token.length > 14) return undefined;
  let t = token;
  let suffix: '' | 's' | "'s" = '';
  if (/['’]s$/.test(t)) {
    t = t.slice(0, -2);
    suffix = "'s";
  } else if (/[A-Z]{2,}s$/.test(t)) {
    t = t.slice(0, -1);
    suffix = 's';
  }
  if (t.length < 2 || t.length > 12 || !ACRONYM_RE.test(t)) return undefined;
  const letters = t.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  // Mostly capitals: "MoCI" yes, "McDonald" no; or a capital after small letters at the end ("MeitY").
  if (upper * 2 < letters.length + 1 && !/^\p{Lu}+\d+$/u.test(t) && !/\p{Ll}\p{Lu}$/u.test(t)) return undefined;
  if (ROMAN.test(t)) return undefined;
  return { short: t, suffix };
}

/**
 * An acronym that opens with one small letter or a digit ("iDEX", "eNAM", "mRNA", "3PL"), or capitals that
 * spell a Roman numeral ("DLI", "CM"): read as an acronym only where a definition in the draft or the
 * corpus knows it (as `ifKnown` uses), since "iOS" or "eVTOL" may be names the writer need not expand and
 * "XIV" is mostly fourteen.
 */
const LOWER_INITIAL = /^[\p{Ll}\p{N}]\p{Lu}{2,}[\p{Lu}\p{N}&]*$/u;
export function looseAcronymOf(token: string): { short: string; suffix: '' | 's' | "'s" } | undefined {
  if (token.length > 14) return undefined;
  const possessive = /['’]s$/.test(token);
  const t = possessive ? token.slice(0, -2) : token;
  // Capitals that also spell a Roman numeral ("DLI", "MCD", "CM", plural "MLIs"): an acronym where one is known.
  const plural = !possessive && /^\p{Lu}{2,}s$/u.test(t) && ROMAN.test(t.slice(0, -1));
  if (plural) return { short: t.slice(0, -1), suffix: 's' };
  return t.length <= 12 && (LOWER_INITIAL.test(t) || (t.length >= 2 && ROMAN.test(t))) ? { short: t, suffix: possessive ? "'s" : '' } : undefined;
}

const CITE_BRACKET_RE = /\[[^\[\]\n]{0,400}\]/g;
const KEY_RE = /(^|[\s\[;,(-])@([\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*)/gu;
/** Punctuation a key may hold only inside it (Pandoc): at its end it is the sentence's ("as @smith2020 shows?"). */
const KEY_END = /[:.#$%&+?<>~/,;-]+$/;
const FOOTNOTE_RE = new RegExp(FOOTNOTE_LABEL, 'g');
const FOOTNOTE_DEF_KEY = new RegExp(String.raw`^${FOOTNOTE_LABEL}:[ \t]+(${KEY_WORD})(?=[ \t]*(?:[,;:]|\.(?:\s|$)|$))`, 'gm');

/** Citation keys and footnote references in one block's source; those inside code (masked) are left out. */
function readCitations(raw: string, masked: string): { citations: CitationRef[]; footnotes: { start: number; end: number }[] } {
  const citations: CitationRef[] = [];
  const footnotes: { start: number; end: number }[] = [];
  const prose = (at: number) => masked[at] === raw[at];
  const bracketed = new Set<number>();
  CITE_BRACKET_RE.lastIndex = 0;
  for (let m = CITE_BRACKET_RE.exec(raw); m; m = CITE_BRACKET_RE.exec(raw)) {
    if (raw[m.index + m[0].length] === '(') continue; // a link's text
    const inner = m[0].slice(1, -1);
    if (!inner.includes('@')) continue;
    KEY_RE.lastIndex = 0;
    for (let k = KEY_RE.exec(inner); k; k = KEY_RE.exec(inner)) {
      const key = k[2].replace(KEY_END, '');
      const at = m.index + 1 + k.index + k[1].length + 1;
      bracketed.add(at);
      if (prose(at)) citations.push({ key, start: at, end: at + key.length, bracketed: true });
    }
  }
  KEY_RE.lastIndex = 0;
  for (let k = KEY_RE.exec(raw); k; k = KEY_RE.exec(raw)) {
    const at = k.index + k[1].length + 1;
    if (bracketed.has(at) || !prose(at)) continue;
    const key = k[2].replace(KEY_END, '');
    citations.push({ key, start: at, end: at + key.length, bracketed: false });
  }
  // A footnote's definition that opens with a word written as keys are, alone or before a comma or a
  // stop ("[^3]: cgpp-brief-25, section 2"): the key of the source it names, checked as a bare key is (in
  // parts joined by hyphens, three or more, or with a digit: not "e-mail", nor "year-on-year growth").
  // (Definitions on consecutive lines are one paragraph.)
  FOOTNOTE_DEF_KEY.lastIndex = 0;
  for (let def = FOOTNOTE_DEF_KEY.exec(raw); def; def = FOOTNOTE_DEF_KEY.exec(raw)) {
    const at = def.index + def[0].length - def[1].length;
    if (prose(at) && !citations.some((c) => c.start === at) && (def[1].split('-').length >= 3 || /\d/.test(def[1]))) citations.push({ key: def[1], start: at, end: at + def[1].length, bracketed: false });
  }
  FOOTNOTE_RE.lastIndex = 0;
  // The reader blanks a footnote reference out of the prose; inside code it is blanked with the code, so
  // a blanked one counts when the character before it is prose.
  const footnote = (at: number, len: number) => prose(at + 2) || ((at === 0 || prose(at - 1)) && masked.slice(at, at + len).trim() === '');
  for (let m = FOOTNOTE_RE.exec(raw); m; m = FOOTNOTE_RE.exec(raw)) if (footnote(m.index, m[0].length)) footnotes.push({ start: m.index, end: m.index + m[0].length });
  // In document order: bracketed keys were collected first, and lookups search these lists by offset.
  citations.sort((a, b) => a.start - b.start);
  return { citations, footnotes };
}

/** Everything the draft model needs from one block, relative to the block's start. The same object for
 * every block of the same kind and source text (while memoised), in any version of any draft: block-local
 * rules cache their findings on it. */
export interface BlockFacts {
  kind: ProseBlock['kind'];
  /** The block's source text. */
  raw: string;
  defs: DraftAcronymDef[];
  sentences: { start: number; end: number; text: string; uses: Omit<AcronymUse, 'sentence' | 'inHeading'>[]; dates: DateMention[] }[];
  citations: CitationRef[];
  footnotes: { start: number; end: number }[];
  links: { start: number; end: number }[];
}

/** A block of a draft version with its facts (relative offsets; add `block.start`). */
export interface DraftUnit {
  block: ProseBlock;
  facts: BlockFacts;
}

/** What one sentence holds (offsets relative to the sentence): memoised by its text, so an edit re-reads
 * only the sentence it touches, not the rest of its block. */
interface SentenceFacts {
  uses: Omit<AcronymUse, 'sentence' | 'inHeading'>[];
  dates: DateMention[];
}
// Small: only the sentences of a block being re-read need it (unchanged blocks keep their facts).
const sentenceMemo = new TextMemo<SentenceFacts>(4000, 1_000_000);

function readSentenceFacts(text: string): SentenceFacts {
  // Runs of three or more all-capital words are shouting, not acronyms ("READ THIS NOW").
  const tokens = [...text.matchAll(TOKEN_RE)];
  // Words, for telling shouting: a hyphenated run is one word ("AB PM-JAY" is two words, not three).
  const wordOf: number[] = [];
  const capsWord: boolean[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const joined = t > 0 && HYPHEN.test(text.slice(tokens[t - 1].index! + tokens[t - 1][0].length, tokens[t].index!));
    const cap = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u.test(tokens[t][0]);
    if (joined) {
      const w = wordOf[t - 1];
      wordOf.push(w);
      capsWord[w] = capsWord[w] && cap;
      continue;
    }
    wordOf.push(capsWord.length);
    capsWord.push(cap && tokens[t][0].length > 1);
  }
  const caps = (w: number) => w >= 0 && w < capsWord.length && capsWord[w];
  const uses: SentenceFacts['uses'] = [];
  const shouted = (i: number) => {
    const w = wordOf[i];
    return (caps(w - 1) && caps(w - 2)) || (caps(w - 1) && caps(w + 1)) || (caps(w + 1) && caps(w + 2));
  };
  for (let i = 0; i < tokens.length; i++) {
    const m = tokens[i];
    // A hyphenated run ("IN-SPACe", "COVID-19", "PM-KISAN") is read whole.
    let j = i;
    while (j + 1 < tokens.length && HYPHEN.test(text.slice(tokens[j].index! + tokens[j][0].length, tokens[j + 1].index!)) && !/['’]s$/.test(tokens[j][0]) && CHAIN_PART.test(tokens[j + 1][0])) j++;
    if (j > i && CHAIN_PART.test(m[0])) {
      const parts = tokens.slice(i, j + 1);
      const end = parts[parts.length - 1].index! + parts[parts.length - 1][0].length;
      const surface = text.slice(m.index!, end);
      const whole = parts.every((p) => acronymOf(p[0]) || /^(?:\p{N}+|\p{Lu})$/u.test(p[0])) ? acronymOf(surface.replace(/[-‐‑]/g, '')) : undefined;
      const acronymParts = parts.filter((p) => acronymOf(p[0]) && !shouted(tokens.indexOf(p)));
      if (whole && acronymParts.length) {
        const short = whole.suffix ? surface.slice(0, surface.length - whole.suffix.length) : surface;
        // Plain capitals on both sides ("US-UK", "PM-KISAN") may be two acronyms side by side; a part in
        // mixed case, a digit or a single letter makes one name ("IN-SPACe", "COVID-19", "G-20").
        const plain = parts.every((p) => /^\p{Lu}{2,}(?:['’]s)?$/u.test(p[0]) || /^\p{Lu}{2,}s$/u.test(p[0]));
        const own = plain ? acronymParts.map((p) => { const a = acronymOf(p[0])!; return { short: a.short, suffix: a.suffix, start: p.index!, end: p.index! + p[0].length, surface: p[0] }; }) : undefined;
        uses.push({ short, suffix: whole.suffix, start: m.index!, end, surface, ...(own ? { parts: own } : {}) });
        i = j;
        continue;
      }
    }
    const a = acronymOf(m[0]);
    if (!a) {
      const l = looseAcronymOf(m[0]);
      if (l) uses.push({ short: l.short, suffix: l.suffix, start: m.index!, end: m.index! + m[0].length, surface: m[0], ifKnown: true });
      continue;
    }
    if (shouted(i)) continue;
    uses.push({ short: a.short, suffix: a.suffix, start: m.index!, end: m.index! + m[0].length, surface: m[0] });
  }
  return { uses: spacedRuns(text, uses), dates: /\d|[０-９]/.test(text) ? findDates(text) : [] };
}

/**
 * Two acronyms one space apart ("PM JANMAN", "AB PM-JAY", "PM E-DRIVE") may be one name: they become
 * one use whose parts are the two, and the rule takes the pair whole where a definition or the corpus
 * knows it so. The first must be a plain token (no suffix, not itself a run, not read only if known).
 */
function spacedRuns(text: string, uses: SentenceFacts['uses']): SentenceFacts['uses'] {
  if (uses.length < 2) return uses;
  const out: SentenceFacts['uses'] = [];
  for (const c of uses) {
    // (A run made just before has parts, so a third acronym does not join it.)
    const p = out[out.length - 1];
    if (p && c.start === p.end + 1 && text[p.end] === ' ' && !p.suffix && !p.parts && !p.ifKnown && !c.ifKnown) {
      out[out.length - 1] = { short: `${p.short} ${c.short}`, suffix: c.suffix, start: p.start, end: c.end, surface: text.slice(p.start, c.end), parts: [p, c] };
    } else out.push(c);
  }
  return out;
}

/** A use and the parts it holds, depth first. */
export function* flatUses<T extends { parts?: T[] }>(u: T): Generator<T> {
  yield u;
  if (u.parts) for (const p of u.parts) yield* flatUses(p);
}

function readBlockFacts(raw: string, block: ProseBlock): BlockFacts {
  const local: ProseBlock = { ...block, start: 0, end: block.end - block.start };
  const strict: DraftAcronymDef[] = blockAcronymDefinitions(raw, local).map((d) => ({ short: d.short, long: d.long, shortStart: d.shortStart, longStart: d.longStart, start: d.start, end: d.end }));
  const defs = block.text.includes('(') ? [...strict, ...looseDefinitions(block.text, strict)].sort((x, y) => x.start - y.start) : strict;
  const sentences: BlockFacts['sentences'] = [];
  for (const span of splitSentences(block.text, 0)) {
    const text = block.text.slice(span.start, span.end);
    const f = sentenceMemo.get(text, () => readSentenceFacts(text));
    const at = span.start;
    sentences.push({ start: span.start, end: span.end, text, uses: at ? f.uses.map((u) => ({ ...u, start: u.start + at, end: u.end + at })) : f.uses, dates: f.dates });
  }
  const links = block.links.map((l) => ({ start: l.start - block.start, end: l.end - block.start }));
  return { kind: block.kind, raw, defs, sentences, links, ...readCitations(raw, block.text) };
}

// Facts of unchanged blocks are found by identity (factsById); this memo serves blocks the parser made anew,
// so it stays small: a session of edits cycles through it instead of growing the heap.
const factsMemo = new TextMemo<BlockFacts>(1000, 1_000_000);
/** Facts of blocks the parser marked as the same content (ProseBlock.id): found without hashing text. */
const factsById = new WeakMap<object, BlockFacts>();

function blockFacts(text: string, block: ProseBlock): BlockFacts {
  const hit = block.id && factsById.get(block.id);
  if (hit) return hit;
  // Detached: the facts outlive this version of the draft (memo, factsById).
  const raw = detach(text.slice(block.start, block.end));
  const facts = factsMemo.get(`${block.kind}\u0000${raw}`, () => readBlockFacts(raw, block));
  if (block.id) factsById.set(block.id, facts);
  return facts;
}

/**
 * Reads a draft. Pass the previous version's draft: the Markdown parse is then incremental and every
 * unchanged block is taken from the memo, so a keystroke costs little more than the changed block.
 */
export function readDraft(text: string, previous?: Draft): Draft {
  const model = parseMarkdown(text, previous?.model.state);
  const units: DraftUnit[] = [];
  // Blocks before the edit are unchanged, offsets included: keep their objects from the previous draft.
  let keep = 0;
  if (previous && model.edited !== undefined && previous.units.length === model.blocks.length) {
    // Typing inside one block: the blocks before it are the previous ones, those after it have the
    // previous facts (moved), and only the edited block is read.
    const edited = model.edited;
    for (let b = 0; b < model.blocks.length; b++) {
      const block = model.blocks[b];
      if (b < edited && block === previous.units[b].block) units.push(previous.units[b]);
      else units.push({ block, facts: b === edited ? blockFacts(text, block) : previous.units[b].facts });
    }
    keep = model.blocks.length;
  } else if (previous) {
    const pre = model.change?.prefix ?? diffEnds(previous.text, text).prefix;
    const pb = previous.model.blocks;
    const nb = model.blocks;
    while (keep < pb.length && keep < nb.length && pb[keep].end < pre && pb[keep].start === nb[keep].start && pb[keep].end === nb[keep].end && pb[keep].kind === nb[keep].kind) {
      nb[keep] = pb[keep];
      units.push(previous.units[keep]);
      keep++;
    }
  }
  for (let b = keep; b < model.blocks.length; b++) {
    const block = model.blocks[b];
    units.push({ block, facts: blockFacts(text, block) });
  }
  let lines: LineIndex | undefined;
  let tables: ReturnType<typeof absoluteTables> | undefined;
  // The document-offset tables are built on first use (hover, completion, definitions): the rules work
  // on the block-relative units, so a keystroke does not rebuild them.
  const abs = () => (tables ??= absoluteTables(units));
  return {
    text,
    // Line starts are found on first use: most keystrokes never need them.
    get lines() {
      return (lines ??= new LineIndex(text));
    },
    model,
    get sentences() {
      return abs().sentences;
    },
    get acronymUses() {
      return abs().acronymUses;
    },
    get acronymDefs() {
      return abs().acronymDefs;
    },
    get citations() {
      return abs().citations;
    },
    get footnoteRefs() {
      return abs().footnoteRefs;
    },
    get dates() {
      return abs().dates;
    },
    suppressions: readSuppressions(model.comments, text),
    units,
    lineage: previous?.lineage ?? {},
    derived: new Map(),
  };
}

/** The draft's facts at document offsets. */
function absoluteTables(units: DraftUnit[]) {
  const sentences: DraftSentence[] = [];
  const acronymUses: AcronymUse[] = [];
  const acronymDefs: DraftAcronymDef[] = [];
  const dates: DraftDate[] = [];
  const citations: CitationRef[] = [];
  const footnoteRefs: { start: number; end: number }[] = [];
  for (const { block, facts } of units) {
    const at = block.start;
    for (const d of facts.defs) acronymDefs.push({ ...d, shortStart: d.shortStart + at, longStart: d.longStart + at, start: d.start + at, end: d.end + at });
    for (const f of facts.sentences) {
      const s: DraftSentence = { index: sentences.length, start: f.start + at, end: f.end + at, text: f.text, block };
      sentences.push(s);
      for (const u of f.uses) for (const x of flatUses(u)) acronymUses.push({ ...x, start: x.start + at, end: x.end + at, sentence: s, inHeading: block.kind === 'heading' });
      for (const d of f.dates) dates.push({ ...d, start: d.start + s.start, end: d.end + s.start, weekday: d.weekday && { ...d.weekday, start: d.weekday.start + s.start, end: d.weekday.end + s.start }, sentence: s });
    }
    for (const c of facts.citations) citations.push({ ...c, start: c.start + at, end: c.end + at });
    for (const f of facts.footnotes) footnoteRefs.push({ start: f.start + at, end: f.end + at });
  }
  return { sentences, acronymUses, acronymDefs, dates, citations, footnoteRefs };
}

/** readDraft that never throws: on an internal error the draft reads as empty and the error is reported. */
export function safeReadDraft(text: string, onError?: (e: unknown) => void, previous?: Draft): Draft {
  try {
    return readDraft(text, previous);
  } catch (e) {
    onError?.(e);
    const empty = readDraft('');
    return { ...empty, text, lines: new LineIndex(text), derived: new Map() };
  }
}
