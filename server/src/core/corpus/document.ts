// One corpus document -> everything the index needs from it (a DocExtract: plain, serialisable data).
// Extraction is per document and pure, so it can run in a worker and be cached by content hash.
import type { SourceText } from '../types';
import { parseByName, type MarkdownModel, type ProseBlock } from '../text/markdown';
import { splitSentences } from '../text/sentences';
import { tokenize, wordInfo } from '../text/words';
import { findAcronymDefinitions, type AcronymPair } from '../extract/acronyms';
import { findDates, relativeWeekdays } from '../extract/dates';
import { findNames, type NameMention } from '../extract/names';
import { findTermDefinitions, type TermDefinition } from '../extract/terms';
import { findEvents, headReferent, isAnaphoric, nounReferent, repeatedHead, subjectOf, withColumnHeader, withTopic, type DatedEvent } from '../extract/events';
import { columnHeader } from '../text/tables';
import { passageFigures, figureKey, NUMBER_WORDS } from '../extract/figures';
import { readMetadata, type DocMetadata } from '../extract/metadata';

/** Bump when the shape or meaning of a DocExtract changes: cached extracts of other versions are rebuilt. */
export const EXTRACT_VERSION = 211;

export interface AcronymDef {
  short: string;
  long: string;
  /** Span of the definition in the document. */
  start: number;
  end: number;
}

export interface NameEntry {
  key: string;
  /** Most frequent surface form. */
  text: string;
  count: number;
  /** Offset of the first mention. */
  first: number;
  person?: string;
}

export interface DocExtract {
  version: number;
  meta: DocMetadata;
  /** Sentence spans, flat: [start0, end0, start1, end1, ...]. */
  sentences: number[];
  acronyms: AcronymDef[];
  definitions: TermDefinition[];
  names: NameEntry[];
  events: DatedEvent[];
  /** Distinct normalised content words of the document. */
  stems: string[];
  /** Figure keys ("percent:18") with the index of the sentence they are in. */
  figures: [string, number][];
  /** For the glossary: acronyms writers need not expand. */
  wellKnown: string[];
  /** Distinct words the document writes in lower case (tells "NOTE" the word from an acronym). */
  lowerWords: string[];
}

const ACRONYM_TOKEN = /^(?=[^a-z]*[A-Z][^a-z]*[A-Z])[A-Z][A-Za-z0-9&]*[A-Z0-9]s?$/;

function wellKnownList(model: MarkdownModel): string[] {
  const out: string[] = [];
  let inList = false;
  for (const b of model.blocks) {
    if (b.kind === 'heading') {
      inList = /well[- ]known|allow/i.test(b.text);
      continue;
    }
    if (!inList) continue;
    // Two capitals at least: "UN", "NGOs", "PhD", "GWh".
    for (const m of b.text.matchAll(/[A-Za-z0-9&]+/g)) if (ACRONYM_TOKEN.test(m[0]) || /^(?:[^A-Z]*[A-Z]){2}/.test(m[0])) out.push(m[0]);
  }
  return out;
}

/**
 * The blocks with each table row's cells made one block (the bars between them kept): a row is read as
 * one passage, so that a figure in one cell is found with the words of its label in another ("| Schools
 * with a single teacher | 1,04,125 |"), and a date with the event beside it.
 */
function tableRows(text: string, blocks: ProseBlock[]): ProseBlock[] {
  if (!blocks.some((b) => b.kind === 'cell')) return blocks;
  const out: ProseBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    let j = i;
    while (b.kind === 'cell' && j + 1 < blocks.length && blocks[j + 1].kind === 'cell' && !text.slice(blocks[j].end, blocks[j + 1].start).includes('\n')) j++;
    if (j === i) {
      out.push(b);
      continue;
    }
    let row = '';
    for (let k = i; k <= j; k++) row += (k > i ? text.slice(blocks[k - 1].end, blocks[k].start) : '') + blocks[k].text;
    out.push({ kind: 'cell', start: b.start, end: blocks[j].end, text: row, links: blocks.slice(i, j + 1).flatMap((c) => c.links) });
    i = j;
  }
  return out;
}

/** A table row's event with no verb: its column's header may name the action ("PESA rules notified").
 * Marked as a row's either way (see DatedEvent.row). */
function rowEvent(text: string, e: DatedEvent): DatedEvent {
  const header = columnHeader(text, e.start);
  const headed = header ? withColumnHeader(e, header) : e;
  return { ...headed, row: true };
}

/** Joins "India and South Korea" only when neither side stands alone in the document. */
function splitConjoined(names: NameMention[]): NameMention[] {
  const alone = new Set(names.filter((n) => !/\s(and|&)\s/.test(n.text)).map((n) => n.key));
  const out: NameMention[] = [];
  for (const n of names) {
    const parts = n.text.split(/(\s(?:and|&)\s)/);
    if (parts.length < 3) {
      out.push(n);
      continue;
    }
    // Split only where both neighbours of a conjunction are names of their own elsewhere.
    const pieces = parts.filter((_, i) => i % 2 === 0);
    const keys = pieces.map((p) => p.toLowerCase().replace(/['’]s$/, ''));
    if (keys.every((k) => alone.has(k))) {
      let at = n.start;
      for (let i = 0; i < parts.length; i++) {
        if (i % 2 === 0) out.push({ ...n, start: at, end: at + parts[i].length, text: parts[i], key: keys[i], person: undefined });
        at += parts[i].length;
      }
    } else out.push(n);
  }
  return out;
}

export function extractDocument(source: SourceText): DocExtract {
  const model = parseByName(source.name, source.text);
  const meta = readMetadata(source.name, source.text, model);
  const sentences: number[] = [];
  const acronyms: AcronymDef[] = [];
  const definitions: TermDefinition[] = [];
  const events: DatedEvent[] = [];
  const figures: [string, number][] = [];
  const stems = new Set<string>();
  const mentions: NameMention[] = [];
  const lowerWords = new Set<string>();

  // A long form wrapped across lines is stored as written on one line (hovers, completions and fixes show it).
  for (const block of model.blocks) for (const a of blockAcronymDefinitions(source.text, block)) acronyms.push({ short: a.short, long: a.long.replace(/\s+/g, ' '), start: a.start, end: a.end });
  let lastTopic: string[] = [];
  let lastSentence = '';
  for (const block of tableRows(source.text, model.blocks)) {
    const spans = splitSentences(block.text, block.start);
    // The previous sentence's subject, handed to a sentence that opens with "It" or "The agreement"; a
    // paragraph that opens so goes on about the topic of the block before it (a FAQ's answer in two
    // paragraphs: "The Ayushman Bharat Digital Mission (ABDM) builds ..." / "It was launched nationwide
    // on ...").
    const first = spans[0];
    const firstText = first ? block.text.slice(first.start - block.start, first.end - block.start) : '';
    let context: string[] | undefined = first && lastTopic.length && isAnaphoric(firstText) ? lastTopic : undefined;
    // (Or "The line, inaugurated on ..." after a paragraph that ends on "the 3.75 km line from ...".)
    // (A name the document gave before comes first: "The federation" is the federation it named.)
    let byHead = false;
    const carried = first && !context && lastSentence ? repeatedHead(lastSentence, firstText) : undefined;
    if (carried) [context, byHead] = [[...new Set([...subjectOf(lastSentence), ...carried])], true];
    let topic: string[] = [];
    spans.forEach((s, i) => {
      const text = block.text.slice(s.start - block.start, s.end - block.start);
      const index = sentences.length / 2;
      sentences.push(s.start, s.end);
      // One tokenisation serves names, key terms and lower-case words; dates and figures need a digit
      // (or a number word), so most sentences skip those scanners entirely.
      const tokens = tokenize(text);
      const names = findNames(text, s.start, tokens);
      for (const n of names) mentions.push(n);
      // "The federation ..." after sentences about other things: the federation the document named.
      const named = !context || byHead ? headReferent(text, mentions, s.start, source.text) : undefined;
      if (named) context = named;
      for (const d of findTermDefinitions(text, s.start, names, i === 0)) definitions.push(d);
      const digits = /\d/.test(text);
      const weekdays = relativeWeekdays(text, meta.date, meta.datedLine);
      if (digits || weekdays.length) {
        const found = digits ? findDates(text) : [];
        const dates = weekdays.length ? [...found, ...weekdays.filter((w) => !found.some((d) => d.start < w.end + 3 && w.start < d.end + 3))].sort((a, b) => a.start - b.start) : found;
        if (dates.length) for (const e of findEvents(text, s.start, dates, tokens, context)) events.push(block.kind === 'cell' && !e.trigger ? rowEvent(source.text, e) : e);
      }
      // A chain of "It ..." sentences keeps the first one's subject; the paragraph's first sentence names
      // its topic, which "It" may stand for after a sentence about something else ("Parliament passed it
      // in December 1992 ... It came into force on 1 June 1993").
      if (i === 0) topic = subjectOf(text, tokens, context);
      const next = spans[i + 1];
      const nextText = next ? block.text.slice(next.start - block.start, next.end - block.start) : '';
      if (next && isAnaphoric(nextText)) {
        // "The Bill" is the Bill this sentence names; an instrument this sentence does not name is further
        // back: the paragraph's topic, not this sentence's subject.
        const referent = nounReferent(text, nextText);
        context = referent ?? withTopic(referent === null ? [] : subjectOf(text, tokens, context), topic, nextText);
        byHead = false;
      } else {
        // "The sirens" after a sentence that names "village sirens": those, and that sentence's subject.
        const head = next ? repeatedHead(text, nextText, tokens) : undefined;
        context = head ? [...new Set([...subjectOf(text, tokens, context), ...head])] : undefined;
        byHead = !!head;
      }
      if (digits || NUMBER_WORDS.test(text)) for (const f of passageFigures(text)) figures.push([figureKey(f), index]);
      for (const t of tokens) {
        const info = wordInfo(t.text);
        if (info.lower) lowerWords.add(t.text);
        if (info.stem !== undefined) stems.add(info.stem);
        // An acronym inside a hyphenated word ("full-KYC", "UPI-linked") is written there too.
        if (t.text.includes('-') && /\p{Lu}{2}/u.test(t.text)) for (const part of t.text.split('-')) if (/^\p{Lu}{2}/u.test(part)) { const st = wordInfo(part).stem; if (st !== undefined) stems.add(st); }
      }
    });
    if (topic.length) lastTopic = topic;
    const last = spans[spans.length - 1];
    lastSentence = last ? block.text.slice(last.start - block.start, last.end - block.start) : '';
  }

  const byKey = new Map<string, { forms: Map<string, number>; count: number; first: number; person?: string }>();
  for (const n of splitConjoined(mentions)) {
    if (!n.key || n.key.length < 2) continue;
    let e = byKey.get(n.key);
    if (!e) byKey.set(n.key, (e = { forms: new Map(), count: 0, first: n.start }));
    e.count++;
    // A name wrapped across lines (hard-wrapped plain text) is written on one line.
    const form = /\s\s|[^\S ]/.test(n.text) ? n.text.replace(/\s+/g, ' ') : n.text;
    e.forms.set(form, (e.forms.get(form) ?? 0) + (n.initial ? 0.5 : 1));
    if (n.person) e.person = n.person;
  }
  const names: NameEntry[] = [];
  for (const [key, e] of byKey) {
    const text = [...e.forms].sort((a, b) => b[1] - a[1])[0][0];
    names.push({ key, text, count: e.count, first: e.first, person: e.person });
  }

  return {
    version: EXTRACT_VERSION,
    meta,
    sentences,
    acronyms,
    definitions,
    names,
    events,
    stems: [...stems],
    figures,
    wellKnown: meta.role === 'glossary' ? wellKnownList(model) : [],
    lowerWords: [...lowerWords],
  };
}

/**
 * A plural definition defines the singular: "state electricity regulatory commissions (SERCs)" is SERC,
 * "State Electricity Regulatory Commission", so that "an SERC" and "the SERCs" both find it (a use's
 * plural "s" is read off the same way).
 */
function singular(a: AcronymPair): AcronymPair {
  if (!/\p{Lu}{2,}s$/u.test(a.short) || !/[^s]s$/i.test(a.long)) return a;
  const long = /ies$/i.test(a.long) ? a.long.slice(0, -3) + (/IES$/.test(a.long) ? 'Y' : 'y') : a.long.slice(0, -1);
  return { ...a, short: a.short.slice(0, -1), long };
}

/**
 * Acronym definitions in a block, in document offsets. The masked prose gives the ordinary forms;
 * `*[ACR]: Long Form` lines are read from the source, since masking removed their brackets.
 */
export function blockAcronymDefinitions(text: string, block: ProseBlock): AcronymPair[] {
  const shift = (a: AcronymPair): AcronymPair => ({ ...singular(a), start: block.start + a.start, end: block.start + a.end, shortStart: block.start + a.shortStart, longStart: block.start + a.longStart });
  const out = findAcronymDefinitions(block.text).map(shift);
  const raw = text.slice(block.start, block.end);
  if (block.kind !== 'line' && raw.includes('*[')) for (const a of findAcronymDefinitions(raw)) if (a.form === 'abbr-line') out.push(shift(a));
  return out;
}
