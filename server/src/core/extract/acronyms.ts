// Acronym definitions: "Long Form (LF)", "LF (Long Form)", "*[LF]: Long Form", "LF: Long Form", "LF stands for".
//
// Algorithm (after Schwartz & Hearst 2003, with a scored alignment instead of their greedy one):
// 1. One left-to-right pass pairs brackets with a stack; every (...) or [...] of at most MAX_GROUP characters is
//    a candidate. Its content (or its first/last comma segment, or a slash alternative) may be a short form
//    whose long form precedes it, or, when it is longer, the long form of the word before the bracket.
// 2. The long form of "... LF (SF)" lies in a window of at most min(|SF|+5, 2|SF|) words (and MAX_WINDOW
//    characters) before the bracket, never across a sentence end or an unclosed bracket. align() matches the
//    SF's letters and digits, in order, to the window with a small dynamic programme that prefers matches on
//    word initials and penalises words left unexplained; the first SF character must start a word.
// 3. Shared checks (length ratios, lower-case SFs spelt by initials, no SF inside its LF, no lists) drop the
//    rest. Lines are scanned once for the Markdown "*[SF]: LF" and "SF: LF" forms and for "SF stands for LF".
// Linear time: each character is pushed/popped once in step 1; each group costs O(|SF| * MAX_WINDOW) with
// both bounded by constants, and groups are disjoint in their closing bracket, so the total is O(n). No regex
// here has nested quantifiers, and the regexes run on bounded slices or anchored at line starts.

export interface AcronymPair {
  short: string;
  long: string;
  shortStart: number;
  longStart: number;
  start: number;
  end: number;
  form: 'long-short' | 'short-long' | 'abbr-line' | 'colon' | 'stands-for';
}

const MAX_GROUP = 300; // characters between the brackets
const MAX_SF = 12; // characters of a short form
const MAX_WINDOW = 300; // characters looked back for a long form
const NEG = -10000;

// ---------------------------------------------------------------------------------------------- characters

const ALNUM = /[\p{L}\p{N}]/u;
const isAlnum = (s: string, i: number): boolean => {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return ALNUM.test(s[i]);
};
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\u00a0';
const isUpper = (s: string, i: number) => { const c = s[i]; return c !== undefined && c !== c.toLowerCase(); };
const isLower = (s: string, i: number) => { const c = s[i]; return c !== undefined && c !== c.toUpperCase(); };
/** A word start in the strict sense: an alphanumeric character not preceded by one. */
const hardStart = (s: string, i: number) => isAlnum(s, i) && !isAlnum(s, i - 1);
/** An initial for scoring: a hard start or a camel-case hump ("GlcNAc"). */
const initial = (s: string, i: number) => hardStart(s, i) || (isUpper(s, i) && isLower(s, i - 1));
const alnumCount = (s: string) => { let n = 0; for (let i = 0; i < s.length; i++) if (isAlnum(s, i)) n++; return n; };

/** Words a long form does not start with, and whose initials prove nothing ("the type III secretion system"). */
const FUNCTION_WORD = /^(?:the|[a]|an|of|and|or|in|on|at|to|for|from|with|by|as|is|are|was|were|that|which|its|their|this|these|those)$/i;

// ----------------------------------------------------------------------------------------------- alignment

interface Match { start: number; initials: number; positions: number[] }

/**
 * Aligns the letters and digits of sf, in order, to characters of lf. The first must fall on a hard word start
 * that is not a function word, with no unpaired bracket after it. An alignment scores 2 per match on an initial,
 * plus the words holding a match, minus all words from its start to the end of lf; so a start further back wins
 * only when it explains more ("Thyroid transcription factor 1 (TTF-1)", "proton pump inhibitors (PPIs)"). Ties
 * go to the nearest start, as in Schwartz & Hearst. With `firstToken` the start must lie in lf's first token.
 * h[i][p]: best score of sf[i..] with sf[i] matched at p; S[i][p] = max of h[i][q] over q >= p.
 * O(|sf| * |lf|) time and space.
 */
export function align(sf: string, lf: string, firstToken = false): Match | undefined {
  const a: string[] = [];
  for (let i = 0; i < sf.length; i++) if (isAlnum(sf, i)) a.push(sf[i].toLowerCase());
  const m = a.length, L = lf.length, W = L + 1;
  if (m === 0 || L === 0) return undefined;
  const low = lf.toLowerCase();
  const wordEnd = new Int32Array(W); // end of the alphanumeric run at p
  const wordsFrom = new Int32Array(W); // hard word starts in lf[p..]
  const startable = new Uint8Array(W); // lf[p..] has no unpaired bracket
  const ini = new Uint8Array(W); // score of a match at p
  wordEnd[L] = L;
  let closes = 0, unclosed = false;
  for (let p = L - 1; p >= 0; p--) {
    wordEnd[p] = isAlnum(lf, p) ? (isAlnum(lf, p + 1) ? wordEnd[p + 1] : p + 1) : p;
    wordsFrom[p] = wordsFrom[p + 1] + (hardStart(lf, p) ? 1 : 0);
    const c = lf[p];
    if (c === ')' || c === ']') closes++;
    else if (c === '(' || c === '[') { if (closes > 0) closes--; else unclosed = true; }
    startable[p] = closes === 0 && !unclosed ? 1 : 0;
  }
  // Function words may lend their initial to an alignment ("Ministry of Commerce (MoC)") but earn nothing
  // and hold no other match ("components of the yeast (CPF)"), unless the SF spells them ("C-to-U"); they
  // and lone lower-case letters ("cytochrome c oxidase (COX)") do not start a long form.
  const usable = new Uint8Array(W).fill(1);
  const spellsWords = sf.split(/[^\p{L}]+/u).some((w) => w.length > 1 && FUNCTION_WORD.test(w));
  for (let p = 0; p < L; p++) {
    if (!hardStart(lf, p)) continue;
    const word = lf.slice(p, wordEnd[p]);
    const fn = FUNCTION_WORD.test(word) && word !== 'A';
    if (fn || (isLower(lf, p) && word.length === 1 && (p === 0 || isSpace(lf[p - 1])) && isSpace(lf[p + 1]))) startable[p] = 0;
    if (fn && !spellsWords) for (let q = p + 1; q < wordEnd[p]; q++) usable[q] = 0;
    if (!fn) ini[p] = 2;
  }
  for (let p = 0; p < L; p++) if (initial(lf, p) && !hardStart(lf, p)) ini[p] = 2;
  const h = new Int16Array(m * W).fill(NEG);
  const S = new Int16Array((m + 1) * W).fill(NEG);
  for (let i = m - 1; i >= 0; i--) {
    for (let p = L - 1; p >= 0; p--) {
      if (low[p] === a[i] && usable[p]) {
        if (i === m - 1) h[i * W + p] = ini[p];
        else {
          // Next match in the same word, or in a later word (which then counts as explained).
          const best = Math.max(S[(i + 1) * W + p + 1], S[(i + 1) * W + wordEnd[p]] + 1);
          if (best > NEG / 2) h[i * W + p] = best + ini[p];
        }
      }
      S[i * W + p] = Math.max(h[i * W + p], S[i * W + p + 1]);
    }
  }
  let start = -1, score = NEG;
  let last = L - 1;
  if (firstToken) for (last = 0; last < L && !isSpace(lf[last]); ) last++;
  for (let p = Math.min(last, L - 1); p >= 0; p--) {
    if (low[p] !== a[0] || !hardStart(lf, p) || !startable[p] || h[p] <= NEG / 2) continue;
    // Words are counted from the start of the white-space token, which the long form will mostly include.
    let t = p;
    while (t > 0 && !isSpace(lf[t - 1])) t--;
    const s = h[p] + 1 - wordsFrom[t];
    if (s > score) { score = s; start = p; }
  }
  if (start < 0) return undefined;
  // Walk one optimal alignment forward (earliest matches) to report positions and initials.
  const positions = [start];
  let p = start, initials = initial(lf, p) ? 1 : 0;
  for (let i = 1; i < m; i++) {
    const want = h[(i - 1) * W + p] - ini[p];
    let q = p + 1;
    while (q < L && !(h[i * W + q] > NEG / 2 && h[i * W + q] + (q >= wordEnd[p] ? 1 : 0) === want)) q++;
    p = q;
    positions.push(p);
    if (initial(lf, p)) initials++;
  }
  return { start, initials, positions };
}

// ------------------------------------------------------------------------------------------- short forms

const NOT_EXPANSION = /^(?:[Ee]\.\s?g\.|[Ii]\.\s?e\.|[Ss]ee|cf\.|[Ff]igs?\.?|[Ff]igure|[Tt]able|[Rr]ef\.|pp?\.|[Tt]hat is|[Ff]or example|[Ii]ncluding|[Nn]\s?=)(?![\p{L}\p{N}])/u;

function validShort(sf: string): boolean {
  if (sf.length < 2 || sf.length > MAX_SF || !isAlnum(sf, 0) || !/\p{L}/u.test(sf) || /[=<>]/.test(sf)) return false;
  if (/^(?:[ivx]+|[IVX]+|[a-z])$/.test(sf) || /-$/.test(sf)) return false; // (ii), (IV), (a), N-
  const words = sf.split(/\s+/);
  // Two words only as in "Pol II", "ER alpha": not "2 patients", "group 2", "that is".
  return words.length === 1 || (words.length === 2 && /\p{L}/u.test(words[0]) && /\p{Lu}/u.test(sf) && !FUNCTION_WORD.test(words[0]));
}

const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const CARDINALS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** Value of "21", "21st", "II", "second", "two"; -1 if none. */
function numeralValue(w: string): number {
  const m = /^(?:(\d{1,4})|([IVX]{1,4}))(?:st|nd|rd|th)?$/.exec(w);
  if (!m) return Math.max(ORDINALS.indexOf(w.toLowerCase()), CARDINALS.indexOf(w.toLowerCase()));
  return m[1] ? Number(m[1]) : ROMAN.indexOf(m[2]);
}
/** Value of a token's first hyphen-part: "two-dimensional", "20-item". */
const leadValue = (w: string): number => numeralValue(w.split('-')[0]);

/**
 * A numeral at either end of sf, split off: "COP21" -> COP + 21, "IGF-I" -> IGF + 1, "Ck2" -> Ck + 2,
 * "2D" -> D + 2 (leading).
 */
function splitNumeral(sf: string): { letters: string; value: number; leading: boolean } | undefined {
  // Digits may carry a one-letter suffix ("Top1p"); a Roman numeral needs a separator or a lower-case letter
  // before it ("IGF-I", "CaII", not "PSI").
  const d = /^(.*?\p{L}[^\s\d-]*?)[\s-]?(\d{1,4})\p{Ll}?$/u.exec(sf);
  if (d) return { letters: d[1], value: Number(d[2]), leading: false };
  const r = /^(.*?\p{L}[^\s\d-]*?)([\s-]?)([IVX]{1,4})$/u.exec(sf);
  if (r && numeralValue(r[3]) > 0 && (r[2] || /\p{Ll}$/u.test(r[1]))) return { letters: r[1], value: numeralValue(r[3]), leading: false };
  const l = /^(\d{1,2})[\s-]?(\p{L}.*)$/u.exec(sf);
  if (l && Number(l[1]) > 0) return { letters: l[2], value: Number(l[1]), leading: true };
  return undefined;
}

// -------------------------------------------------------------------------------------------- long forms

const SENTENCE_END = /[.!?]$/;
const NOT_SENTENCE_END = /^(?:\p{L}|[\p{L}.]*\.\p{L}+|e\.g|i\.e|etc|vs|al|approx|ca|cf|fig|figs|no|nos|dr|mr|mrs|ms|st|sp|spp|var|resp)[.]$/iu;

/**
 * Start of the window that may hold a long form ending at `end`: at most maxWords words back, never across a
 * sentence end, a word ending in ';' or ':' or in a comma before a word, a blank line, an opening bracket left
 * unclosed before `end`, or a bracketed word followed by a function word ("recombinant La (rLa) and Ro60
 * (rRo60)", but "Oxytocin (OT) receptors (OTRs)").
 */
function windowStart(text: string, end: number, maxWords: number): number {
  const limit = Math.max(0, end - MAX_WINDOW);
  let i = end, words = 0, depth = 0;
  while (i > limit && isSpace(text[i - 1])) i--;
  while (i > limit && words < maxWords) {
    let j = i;
    while (j > limit && !isSpace(text[j - 1])) {
      const c = text[j - 1];
      if (c === ')' || c === ']') depth++;
      else if (c === '(' || c === '[') { if (depth === 0) return j; depth--; }
      j--;
    }
    if (i !== end) {
      const word = text.slice(j, i);
      const after = /^\s*([\p{L}]+)/u.exec(text.slice(i, i + 20))?.[1] ?? '';
      if (/[;:]$/.test(word) || (SENTENCE_END.test(word) && !NOT_SENTENCE_END.test(word))) return i;
      if (word.endsWith(',') && !/\d/.test(text[i + 1] ?? '')) return i;
      if (/^[([][^\s]*\p{L}[^\s]*[)\]]$/u.test(word) && FUNCTION_WORD.test(after)) return i;
    }
    words++;
    i = j;
    while (i > limit && isSpace(text[i - 1])) {
      if (text[i - 1] === '\n' && text[i - 2] === '\n') return i;
      i--;
    }
  }
  while (i < end && isSpace(text[i])) i++;
  return i;
}

/**
 * Where a long form starts given its first matched character: the whole white-space token ("smooth-muscle",
 * "alpha-myosin", "pre-T cell receptor", "3-hydroxy-3-methylglutaryl"), but not a leading bracket or quote,
 * a negating prefix, a dash, or a name joined by a hyphen or slash ("non-high-density lipoprotein (HDL)",
 * "Cla4p-green fluorescent protein (GFP)", "Toll/IL-1 receptor (IL-1R)").
 */
function longStart(s: string, p: number): number {
  let t = p;
  while (t > 0 && !isSpace(s[t - 1])) t--;
  if (t === p) return p;
  const prefix = s.slice(t, p);
  if (!/^[\p{L}\p{N}]/u.test(prefix) || /(?:^(?:non|anti)-|--|[\u2013\u2014])$/i.test(prefix)) return p;
  // A token starting with the SF's letter is whole: "apurinic/apyrimidinic site (AP)", "IFN-induced protein".
  if (s[t].toLowerCase() === s[p].toLowerCase()) return t;
  if (prefix.endsWith('/')) return p;
  // Left out: a joined name ("Cla4p-", "HKIII-", "alpha2,3-") or a measure ("60-kilobase"); kept: words and
  // locants ("cofactor-dependent", "3-hydroxy", "c-Jun", "alpha-myosin").
  const last = /([^-/]*)[-/]$/.exec(prefix)?.[1] ?? '';
  if (/^\p{L}.*(?:\d|.\p{Lu})/u.test(last) || /^\d{2,}(?:,\d{3})*$/.test(last)) return p;
  return t;
}


/** Long forms stop before an unexplained trailing qualifier: "phosphoglycerate kinase from yeast (PGK)". */
const QUALIFIER = /^(?:from|with|during|after|before|under|which|that|is|was|are|were)$/i;
function longEnd(s: string, m: Match): number {
  let e = m.positions[m.positions.length - 1];
  while (e < s.length && !isSpace(s[e])) e++;
  const rest = /^\s+(\S+)/.exec(s.slice(e, e + 40));
  return rest && QUALIFIER.test(rest[1]) ? e : s.length;
}

/** Words that make a phrase a clause, not a name. */
const CLAUSE_WORD = /(?<![\p{L}\p{N}])(?:is|are|was|were|be|been|has|have|had|which|whereas|that|than|encodes?|contains?|codes|converts|binds|called|termed|named|designated|not|neither|nor)(?![\p{L}\p{N}])/iu;

/**
 * Checks shared by all forms: S&H's length rules, no SF inside its LF, no clause, and the two below.
 */
function acceptable(sf: string, lf: string, m: Match, lfOffset: number, win: string): boolean {
  const n = alnumCount(sf);
  const words = lf.split(/[\s-]+/).filter(Boolean).length;
  if (lf.length < sf.length || words > Math.min(n + 5, n * 2) || /[,;:]$/.test(lf)) return false;
  if (containsToken(lf, sf) || CLAUSE_WORD.test(lf)) return false;
  // A lower-case word as SF must be spelt mostly by initials ("aa", "wt"; not "letter", "range"), be a short
  // gene-style name of a one-word LF ("twt = twister") or begin that word ("apo = apolipoprotein").
  if (/^\p{Ll}+$/u.test(sf) && m.initials * 2 < n && !(n <= 3 && !/\s/.test(lf)) &&
    !(lf.toLowerCase().startsWith(sf) && lf.length >= sf.length + 3)) return false;
  // All matches inside one token that shares the SF's first three characters but not its digits: a sibling
  // or a synonym ("URE2 ... (URE3)", "Hsp82 (Hsp90)"), not an expansion ("Jagged1 (JAG1)").
  let a = m.positions[0], b = m.positions[m.positions.length - 1];
  let sameWord = true;
  for (let q = a; q <= b; q++) if (!isAlnum(win, q)) sameWord = false;
  if (sameWord) {
    while (a > lfOffset && isAlnum(win, a - 1)) a--;
    while (b < win.length && isAlnum(win, b)) b++;
    const token = win.slice(a, b);
    // An SF spelt inside one word explains that word and at most one more ("bispectral index (BIS)").
    if (/\s/.test(win.slice(b, lfOffset + lf.length).trim())) return false;
    const digits = (x: string) => x.replace(/\D+/g, ' ').trim();
    if (/\d/.test(token) && digits(token) !== digits(sf) && token.slice(0, 3).toLowerCase() === sf.slice(0, 3).toLowerCase()) return false;
  }
  return true;
}

const containsToken = (s: string, t: string) => {
  for (let i = s.indexOf(t); i >= 0; i = s.indexOf(t, i + 1)) if (!isAlnum(s, i - 1) && !isAlnum(s, i + t.length)) return true;
  return false;
};

/**
 * Aligns sf, or its letters without a numeral that the text writes elsewhere: in another notation after the
 * match ("casein kinase II (Ck2)", "growth factor-1 (IGF-I)"), leading the first word ("two-dimensional (2D)")
 * or just before it ("21st Conference of the Parties (COP21)", "first nucleotide binding domain (NBD1)",
 * "type 1 protein phosphatase (PP1)"). Returns the match and where the long form starts.
 */
function alignWithNumeral(sf: string, win: string, firstToken = false): { m: Match; k: number } | undefined {
  const m = align(sf, win, firstToken);
  if (m) return { m, k: firstToken ? 0 : longStart(win, m.start) };
  const split = splitNumeral(sf);
  if (!split) return undefined;
  const r = align(split.letters, win, firstToken);
  if (!r) return undefined;
  const k = firstToken ? 0 : longStart(win, r.start);
  const last = r.positions[r.positions.length - 1];
  const after = win.slice(last).match(/[\p{L}\p{N}]+/gu)?.slice(1) ?? [];
  if (!split.leading && after.some((w) => numeralValue(w) === split.value)) return { m: r, k };
  if (/^[^\s-]+-/.test(win.slice(k)) && leadValue(win.slice(k)) === split.value) return { m: r, k };
  // Otherwise a name's number may stay unwritten if its letters are all initials: "peroxisomal targeting
  // signal (PTS1)", "Mti1p (Myosin tail region-interacting protein)".
  const unwritten = !split.leading && alnumCount(split.letters) >= 2 && r.initials >= alnumCount(split.letters) &&
    (firstToken || r.initials >= win.slice(k).split(/[\s-]+/).filter(Boolean).length);
  if (firstToken) return unwritten ? { m: r, k } : undefined;
  const before = /(?:(\p{L}+)\s+)?(\S+)\s+$/u.exec(win.slice(Math.max(0, k - 30), k));
  if (!before || leadValue(before[2]) !== split.value) return unwritten ? { m: r, k } : undefined;
  // A bare number takes its noun along: "type 1 protein phosphatase"; "21st" and "first" stand alone.
  const bare = /^[\dIVX]+$/.test(before[2]) && before[1] && !FUNCTION_WORD.test(before[1]);
  return { m: r, k: k - (bare ? before[0].length : before[0].length - before[0].lastIndexOf(before[2])) };
}

interface Found { lf: string; lfStart: number; }

/** Long form for sf ending at lfEnd, searched backwards ("Long Form (SF)"). */
function longBefore(text: string, sf: string, lfEnd: number, attached: boolean, floor = 0): Found | undefined {
  const n = alnumCount(sf);
  const ws = Math.max(floor, windowStart(text, lfEnd, Math.min(n + 5, n * 2)));
  const win = text.slice(ws, lfEnd);
  const r = alignWithNumeral(sf, win);
  if (!r) return undefined;
  const { m, k } = r;
  // "ligand(CD40L)": a bracket glued to a word must close a long form that ends in that word ("tRNA(Asp)").
  if (attached && /\s/.test(win.slice(m.positions[m.positions.length - 1]))) return undefined;
  const lf = win.slice(k, longEnd(win, m));
  return acceptable(sf, lf, m, k, win) ? { lf, lfStart: ws + k } : undefined;
}

/** Long form for sf at the start of `content` ("SF (Long Form ...)"). */
function longAfter(sf: string, content: string): string | undefined {
  const r = alignWithNumeral(sf, content, true);
  if (!r) return undefined;
  const { m } = r;
  const e = content.length;
  const lf = content.slice(0, e).replace(/[.,;:]+$/, '');
  return acceptable(sf, lf, m, 0, content) ? lf : undefined;
}

// ---------------------------------------------------------------------------------------------- scanning

export function findAcronymDefinitions(text: string): AcronymPair[] {
  const out: AcronymPair[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  try {
    scanGroups(text, out);
    scanLines(text, out);
    scanStandsFor(text, out);
  } catch {
    // Defensive only: a bug here must not take the language server down.
  }
  out.sort((a, b) => a.start - b.start || a.shortStart - b.shortStart);
  return out;
}

/**
 * Line forms: Markdown abbreviations "*[SF]: Long Form" (taken as written) and glossary lines
 * "SF: Long Form ...", "- **SF**: Long Form" (only when the long form spells the SF by its initials).
 */
function scanLines(text: string, out: AcronymPair[]): void {
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    const abbr = /^([ \t]*\*\[)([^\]]+)\]:[ \t]*(.*)$/.exec(line);
    const long = abbr?.[3].trimEnd();
    if (abbr && long && abbr[2].trim()) {
      const short = abbr[2].trim();
      const longStart = start + line.length - abbr[3].length;
      out.push({
        short, long, shortStart: start + abbr[1].length + abbr[2].indexOf(short), longStart,
        start: start + abbr[1].length - 2, end: longStart + long.length, form: 'abbr-line',
      });
    }
    const colon = /^([ \t]*(?:[-*+][ \t]+)?(\*\*|__)?)([\p{L}\p{N}&.-]{2,12})\2?:[ \t]+(\S.*)$/u.exec(line);
    if (colon && !abbr) {
      const short = colon[3], shortStart = start + colon[1].length;
      const longStart = start + line.length - colon[4].length;
      const lf = initialsAfter(short, colon[4]);
      if (lf) out.push({ short, long: lf, shortStart, longStart, start: shortStart, end: longStart + lf.length, form: 'colon' });
    }
    start = end + 1;
  }
}

/** "VHSIC stands for "Very High Speed Integrated Circuit"": the word before, the words after, in quotes or not. */
function scanStandsFor(text: string, out: AcronymPair[]): void {
  const re = /\b(?:stands|stood|stand) for\s+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const sf = /([\p{L}\p{N}&.-]{2,12})["'\u2019\u201d]?\s+$/u.exec(text.slice(Math.max(0, m.index - 16), m.index));
    if (!sf) continue;
    const shortStart = m.index - sf[0].length;
    let at = m.index + m[0].length;
    if (QUOTE.test(text[at] ?? '')) at++;
    const rest = text.slice(at, at + 200).split(/["\u201d\u2019\n]|[.;,:](?:\s|$)/)[0];
    const lf = initialsAfter(sf[1], rest);
    if (lf) out.push({ short: sf[1], long: lf, shortStart, longStart: at, start: shortStart, end: at + lf.length, form: 'stands-for' });
  }
}

/** The long form at the start of `rest` whose word initials spell sf ("NATO: North Atlantic Treaty Organization"). */
function initialsAfter(sf: string, rest: string): string | undefined {
  if (!validShort(sf) || (sf.match(/\p{Lu}/gu)?.length ?? 0) < 2) return undefined;
  const m = align(sf, rest, true);
  if (!m || m.initials < alnumCount(sf.replace(/\d+$/, ''))) return undefined;
  let e = m.positions[m.positions.length - 1];
  while (e < rest.length && isAlnum(rest, e)) e++;
  const lf = rest.slice(0, e);
  return acceptable(sf, lf, m, 0, rest) ? lf : undefined;
}

function scanGroups(text: string, out: AcronymPair[]): void {
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') stack.push(i);
    else if (ch === ')' || ch === ']') {
      const want = ch === ')' ? '(' : '[';
      if (stack.length && text[stack[stack.length - 1]] === want) {
        const open = stack.pop()!;
        if (i - open <= MAX_GROUP) handleGroup(text, open, i, out);
      }
    }
  }
}

function handleGroup(text: string, open: number, close: number, out: AcronymPair[]): void {
  // Content without surrounding spaces and quotes: "('RACE')".
  let cs = open + 1, ce = close;
  while (cs < ce && (isSpace(text[cs]) || QUOTE.test(text[cs]))) cs++;
  while (ce > cs && (isSpace(text[ce - 1]) || QUOTE.test(text[ce - 1]))) ce--;
  const content = text.slice(cs, ce);
  if (!content || NOT_EXPANSION.test(content)) return;
  let lfEnd = open;
  while (lfEnd > 0 && (isSpace(text[lfEnd - 1]) || QUOTE.test(text[lfEnd - 1]))) lfEnd--;
  const push = (short: string, shortStart: number, f: Found) =>
    out.push({ short, long: f.lf, shortStart, longStart: f.lfStart, start: f.lfStart, end: close + 1, form: 'long-short' });

  // A list of three or more names ("(msh2, msh3, or msh6)", "(C, D, E)") defines none of them.
  const items = content.split(/\s*[,;]\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+/);
  if (items.length > 2 && items.every((x) => /^\S*[\p{Lu}\d]\S*$/u.test(x))) return;
  // A bracket glued to words on both sides is notation: "tRNA(Asp)complex", "TAF(II)31".
  const attached = lfEnd === open && isAlnum(text, open - 1);
  if (attached && isAlnum(text, close + 1)) return;
  // ... or a glued name: "tRNAs(Ser)", "p21(Cip1)".
  if (attached && /(?:^|\s)\S*(?:\d|\p{L}\p{Lu})\S*$/u.test(text.slice(Math.max(0, open - 30), open))) return;
  // A citation: "(Mehrel, T., Hohl, D.)", "(Smith et al.)".
  if (/^[^,]+,\s\p{Lu}\.|\bet al\b/u.test(content)) return;

  // "Long Form (SF)", "LF (SF, p < 0.05)", "LF (SF or SF2)", "LF (SF/SF2)".
  const head = content.split(/[,;]\s|\s+or\s/)[0];
  // A single capital stands for the one word before it: "testosterone (T)", "masseter (M)".
  if (/^\p{Lu}$/u.test(head) && !attached) {
    const w = /(?:^|\s)(\p{L}[\p{Ll}-]{2,})$/u.exec(text.slice(Math.max(0, lfEnd - 40), lfEnd));
    if (w && w[1][0].toUpperCase() === head && !FUNCTION_WORD.test(w[1])) return void push(head, cs, { lf: w[1], lfStart: lfEnd - w[1].length });
    return;
  }
  const alternatives = head.includes('/') ? [head, head.slice(0, head.indexOf('/'))] : [head];
  for (const sf of alternatives) {
    const f = validShort(sf) ? longBefore(text, sf, lfEnd, attached) : undefined;
    if (f) return void push(sf, cs, f);
  }
  // "(blood-brain barrier, BBB)": long form and short form both inside.
  const tail = /[,;]\s+(\S+)$/.exec(content);
  if (tail && validShort(tail[1]) && /\p{Lu}/u.test(tail[1])) {
    const f = longBefore(text, tail[1], cs + tail.index, false, cs);
    if (f) return void push(tail[1], ce - tail[1].length, f);
  }
  // "SF (Long Form)", else "SF (Long, Form)"; never a list: "AUKUS (Australia, the United Kingdom and the US)".
  if (!shortLong(text, close, lfEnd, cs, content.split(/[,;]\s/)[0], out) && items.length < 3) shortLong(text, close, lfEnd, cs, content, out);
}
function balanced(s: string): boolean {
  let depth = 0;
  for (const c of s) {
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && --depth < 0) return false;
  }
  return depth === 0;
}
const QUOTE = /["'\u2018\u2019\u201c\u201d]/;

/** "SF (Long Form)": the word before the bracket, spelt out by the bracket from its first word on. */
function shortLong(text: string, close: number, sfEnd: number, cs: number, content: string, out: AcronymPair[]): boolean {
  if (/^[([]/.test(content) || !balanced(content)) return false;
  let j = sfEnd;
  while (j > 0 && !isSpace(text[j - 1]) && sfEnd - j <= MAX_SF) j--;
  const token = text.slice(j, sfEnd);
  // "3'-RACE (rapid amplification of cDNA ends)", "T3/GRIP1 (...)": the whole token, else its last part.
  const tail = Math.max(token.lastIndexOf('-'), token.lastIndexOf('/'));
  for (const at of tail > 0 ? [j, j + tail + 1] : [j]) {
    const sf = text.slice(at, sfEnd);
    if (!/\p{Lu}/u.test(sf) || !validShort(sf) || /[()[\]]/.test(sf)) continue;
    // "Sir2 (Sir2p)", "L1 (L1CAM)": a variant of the name, not its expansion.
    if (content.toLowerCase().includes(sf.toLowerCase())) continue;
    const lf = longAfter(sf, content);
    if (lf) return out.push({ short: sf, long: lf, shortStart: at, longStart: cs, start: at, end: close + 1, form: 'short-long' }) > 0;
  }
  return false;
}
