// Sentence boundaries inside one prose block.
//
// Intl.Segmenter splits after "Gen." in "Gen. Pande" and after "Dr." in "Dr. Harding" (tested), and over a
// whole large string it is slow; this splitter is a single left-to-right scan, linear in the block length.
// A boundary is a run of . ! ? … (plus closing quotes/brackets) followed by white space and then a
// character that can start a sentence, unless the word before the period is a known abbreviation, an
// initial ("U.S.", "J."), or the next word starts in lower case.
import type { Span } from './markdown';

const ABBREVIATIONS = new Set([
  'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'brig', 'sgt', 'gov', 'govt', 'sen', 'rep', 'pres', 'hon',
  'dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'sr', 'jr', 'rev', 'fr', 'no', 'nos', 'vs', 'v', 'e.g', 'i.e', 'cf', 'al',
  'approx', 'fig', 'figs', 'vol', 'p', 'pp', 'ed', 'eds', 'inc', 'ltd', 'co', 'corp', 'dept', 'est', 'min',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'sq', 'art',
  'sec', 'para', 'ch', 'ibid', 'op', 'cit', 'viz', 'resp', 'hr', 'mln', 'bn', 'rs', 'ref',
]);

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»', '*', '_']);

function wordBefore(text: string, dot: number): string {
  let i = dot - 1;
  while (i >= 0 && /[\p{L}.]/u.test(text[i])) i--;
  return text.slice(i + 1, dot).toLowerCase();
}

/** A line that opens with a label and its colon ("**Date of issue:** 7 March 2025", "To: All registered
 * jewellers"): a field of a header block, which starts a sentence of its own. */
const LABEL_LINE = /\n[ \t*_]*\p{Lu}[\p{L}-]*(?:[ \t]+[\p{L}-]+){0,3}:[ \t*_]+\S/gu;

/** Splits a block's (masked) text into trimmed sentence spans, offset by `base`. */
export function splitSentences(text: string, base = 0): Span[] {
  if (!text.includes(':') || !text.includes('\n')) return splitLines(text, base);
  const out: Span[] = [];
  let from = 0;
  LABEL_LINE.lastIndex = 0;
  for (let m = LABEL_LINE.exec(text); m; m = LABEL_LINE.exec(text)) {
    out.push(...splitLines(text.slice(from, m.index + 1), base + from));
    from = m.index + 1;
  }
  if (!from) return splitLines(text, base);
  out.push(...splitLines(text.slice(from), base + from));
  return out;
}

function splitLines(text: string, base: number): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e > s) out.push({ start: base + s, end: base + e });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    let j = i + 1;
    while (j < text.length && (text[j] === '.' || text[j] === '!' || text[j] === '?' || text[j] === '…')) j++;
    while (j < text.length && CLOSERS.has(text[j])) j++;
    if (j < text.length && !isSpace(text[j])) continue;
    let k = j;
    while (k < text.length && isSpace(text[k])) k++;
    if (k >= text.length) break;
    const next = text[k];
    // (A name that opens in lower case starts one: "e-GramSwaraj", "eSanjeevani", "iRAD".)
    if (/\p{Ll}/u.test(next) && !/^\p{Ll}{1,2}-?\p{Lu}/u.test(text.slice(k, k + 4))) continue;
    if (c === '.' && j === i + 1) {
      const w = wordBefore(text, i);
      if (ABBREVIATIONS.has(w)) continue;
      // Initials and dotted abbreviations: "U.S.", "J.", "e.g."
      // (Not the "s" of a possessive: "... than any other economy's. All-India demand ...", nor a unit's
      // letter: "110 km/h. It weakened ...", "5 m/s. The", "a wellhead temperature of 138°C. Puga".)
      if ((/^\p{L}$/u.test(w) && !/['’/\d°]/.test(text[i - 2] ?? '')) || /^(\p{L}\.)+\p{L}$/u.test(w)) continue;
    }
    push(j);
    start = j;
    i = j - 1;
  }
  push(text.length);
  return out;
}

/**
 * A question or a research task asserts nothing: "Did the 208 projects all start?", "Ask the NPG
 * secretariat for the list of the 208 projects", "- [ ] Check whether the 2023 figure was revised".
 */
const TASK = /^[^\p{L}]*(?:\[[ xX]\]\s*)?(?:ask|check|verify|confirm|find\s+out|look\s+up|follow\s+up|request|obtain|chase|cross-check|double-check|email|call|contact|query|fetch|pull|dig\s+out|get\s+hold\s+of)\s+(?:(?:with|on|for|up)\s+)?(?:the|a|an|whether|if|how|why|what|when|which|who|where|that|this|these|those|our|their|its|each|every|all|\p{Lu})/u;
/** The draft's own byline ("Prepared for the meeting of state health secretaries, June 2025."): it dates
 * the draft, not an event the sources tell of. */
const BYLINE = /^[^\p{L}]*(?:Prepared|Written|Drafted|Compiled|(?:Last\s+)?[Uu]pdated|Revised)\s+(?:by|for|on|in|at|as)\b[^.;]*,\s*[^,;]*\b(?:19|20)\d\d[.\s*_]*$/u;
export const assertsNothing = (text: string): boolean =>
  (QUESTION.test(text) && !statedBefore(text)) || BYLINE.test(text) || TASK.test(text.replace(/^([^\p{L}]*(?:\[[ xX]\]\s*)?)(\p{Lu})/u, (_, a: string, b: string) => a + b.toLowerCase()));
/** A question someone may or should ask, asked indirectly: "Members may ask how many of the 38 defaulting
 * mills also hold state guarantees", "The committee should check whether the 2023 figure was revised".
 * It claims nothing; a date in it may still be asserted ("whether the guidelines, which were notified on
 * 16 January 2024, required ..."), so the date rules read it. */
export const QUESTION_TO_ASK = /^[^\p{L}]*(?:[\p{L}'’-]+\s+){1,3}(?:may|might|should|must|could|can|will|would|need\s+to|needs\s+to|want\s+to|wants\s+to|ought\s+to)\s+(?:also\s+|first\s+)?(?:ask|check|verify|confirm|find\s+out|examine|probe|establish|query)\s+(?:(?:the\s+\p{L}+|them|it|us)\s+)?(?:whether|if|how|why|what|when|which|who|where)\b/iu;
const QUESTION = /\?[\s"'\u2019\u201d)*_]*$/u;
/** A statement before a semicolon and the question after it ("The meeting held on 21 May 2025 asked
 * districts to report every death; do the minutes say so?"): the statement is still made. */
function statedBefore(text: string): boolean {
  const semi = text.lastIndexOf(';');
  return semi > 0 && !INTERROGATIVE.test(text) && !assertsNothing(text.slice(0, semi));
}
const INTERROGATIVE = /^[^\p{L}]*(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|shall|may|might|when|why|how|what|which|who|whom|whose|where|whether)\b/iu;
