// The draft as the rules see it: prose sentences, acronym uses and definitions, citations, dates,
// suppression comments, all with document offsets. Built once per document version and shared by every
// rule and by hover/completion.
import { parseMarkdown, type MarkdownModel, type ProseBlock } from '../text/markdown';
import { splitSentences } from '../text/sentences';
import { LineIndex } from '../text/lines';
import { blockAcronymDefinitions } from '../corpus/document';
import { findDates, type DateMention } from '../extract/dates';
import { readSuppressions, type Suppressions } from './suppress';

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
  sentence: DraftSentence;
  inHeading: boolean;
}

export interface DraftAcronymDef {
  short: string;
  long: string;
  shortStart: number;
  longStart: number;
  start: number;
  end: number;
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
  model: MarkdownModel;
  sentences: DraftSentence[];
  acronymUses: AcronymUse[];
  acronymDefs: DraftAcronymDef[];
  citations: CitationRef[];
  /** Spans of footnote references `[^id]`. */
  footnoteRefs: { start: number; end: number }[];
  dates: DraftDate[];
  suppressions: Suppressions;
}

// An acronym token: at least two capitals, letters/digits/ampersands, optional plural or possessive.
// Linear: one character class repeated, then a fixed suffix.
const TOKEN_RE = /[\p{L}\p{N}&]+(?:['’]s)?/gu;
const ACRONYM_RE = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})\p{Lu}[\p{L}\p{N}&]*$/u;
const ROMAN = /^(?:M{0,3})(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$/;

/** Splits "NGOs" / "DAPA's" into base and suffix; undefined when the token is not an acronym. */
export function acronymOf(token: string): { short: string; suffix: '' | 's' | "'s" } | undefined {
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
  // Mostly capitals: "MoCI" yes, "McDonald" no.
  if (upper * 2 < letters.length + 1 && !/^\p{Lu}+\d+$/u.test(t)) return undefined;
  if (ROMAN.test(t)) return undefined;
  return { short: t, suffix };
}

const CITE_BRACKET_RE = /\[[^\[\]\n]{0,400}\]/g;
const KEY_RE = /(^|[\s\[;,(-])@([\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*)/gu;
const FOOTNOTE_RE = /\[\^[^\]\s]{1,80}\]/g;

function readCitations(text: string, spans: { start: number; end: number }[]): { citations: CitationRef[]; footnotes: { start: number; end: number }[] } {
  const citations: CitationRef[] = [];
  const footnotes: { start: number; end: number }[] = [];
  for (const span of spans) {
    const raw = text.slice(span.start, span.end);
    const bracketed = new Set<number>();
    CITE_BRACKET_RE.lastIndex = 0;
    for (let m = CITE_BRACKET_RE.exec(raw); m; m = CITE_BRACKET_RE.exec(raw)) {
      if (raw[m.index + m[0].length] === '(') continue; // a link's text
      const inner = m[0].slice(1, -1);
      if (!inner.includes('@')) continue;
      KEY_RE.lastIndex = 0;
      for (let k = KEY_RE.exec(inner); k; k = KEY_RE.exec(inner)) {
        const key = k[2].replace(/[.:,;]+$/, '');
        const at = span.start + m.index + 1 + k.index + k[1].length + 1;
        bracketed.add(at);
        citations.push({ key, start: at, end: at + key.length, bracketed: true });
      }
    }
    KEY_RE.lastIndex = 0;
    for (let k = KEY_RE.exec(raw); k; k = KEY_RE.exec(raw)) {
      const at = span.start + k.index + k[1].length + 1;
      if (bracketed.has(at)) continue;
      const key = k[2].replace(/[.:,;]+$/, '');
      citations.push({ key, start: at, end: at + key.length, bracketed: false });
    }
    FOOTNOTE_RE.lastIndex = 0;
    for (let m = FOOTNOTE_RE.exec(raw); m; m = FOOTNOTE_RE.exec(raw)) footnotes.push({ start: span.start + m.index, end: span.start + m.index + m[0].length });
  }
  citations.sort((a, b) => a.start - b.start);
  return { citations, footnotes };
}

export function readDraft(text: string): Draft {
  const model = parseMarkdown(text);
  const sentences: DraftSentence[] = [];
  const acronymUses: AcronymUse[] = [];
  const acronymDefs: DraftAcronymDef[] = [];
  const dates: DraftDate[] = [];
  for (const block of model.blocks) {
    for (const d of blockAcronymDefinitions(text, block)) acronymDefs.push({ short: d.short, long: d.long, shortStart: d.shortStart, longStart: d.longStart, start: d.start, end: d.end });
    for (const span of splitSentences(block.text, block.start)) {
      const s: DraftSentence = { index: sentences.length, start: span.start, end: span.end, text: block.text.slice(span.start - block.start, span.end - block.start), block };
      sentences.push(s);
      TOKEN_RE.lastIndex = 0;
      // Runs of three or more all-capital words are shouting, not acronyms ("READ THIS NOW").
      const tokens = [...s.text.matchAll(TOKEN_RE)];
      tokens.forEach((m, i) => {
        const a = acronymOf(m[0]);
        if (!a) return;
        const caps = (j: number) => j >= 0 && j < tokens.length && /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u.test(tokens[j][0]) && tokens[j][0].length > 1;
        if ((caps(i - 1) && caps(i - 2)) || (caps(i - 1) && caps(i + 1)) || (caps(i + 1) && caps(i + 2))) return;
        const start = s.start + m.index!;
        acronymUses.push({ short: a.short, suffix: a.suffix, start, end: start + m[0].length, surface: m[0], sentence: s, inHeading: block.kind === 'heading' });
      });
      for (const d of findDates(s.text)) dates.push({ ...d, start: d.start + s.start, end: d.end + s.start, weekday: d.weekday && { ...d.weekday, start: d.weekday.start + s.start, end: d.weekday.end + s.start }, sentence: s });
    }
  }
  const code = (c: { start: number; end: number }) => model.nonProse.some((n) => c.start < n.end && c.end > n.start);
  const read = readCitations(text, model.blocks);
  const citations = read.citations.filter((c) => !code(c));
  const footnotes = read.footnotes.filter((c) => !code(c));
  return { text, lines: new LineIndex(text), model, sentences, acronymUses, acronymDefs, citations, footnoteRefs: footnotes, dates, suppressions: readSuppressions(model.comments, text) };
}

/** readDraft that never throws: on an internal error the draft reads as empty and the error is reported. */
export function safeReadDraft(text: string, onError?: (e: unknown) => void): Draft {
  try {
    return readDraft(text);
  } catch (e) {
    onError?.(e);
    const empty = readDraft('');
    return { ...empty, text, lines: new LineIndex(text) };
  }
}
