// Acronym definitions in prose: "Long Form (SF)", "SF (Long Form)", "*[SF]: Long Form", "SF: Long Form",
// "SF stands for Long Form".
//
// Algorithm (Schwartz & Hearst 2003, with a scored alignment instead of their greedy one):
// 1. One left-to-right pass pairs brackets with a stack. The content of each (...) or [...] (or its first
//    comma segment, a slash alternative, or "LF, SF" inside it) is tried as a short form (SF) whose long form
//    (LF) precedes the bracket; failing that, the word before the bracket is tried as the SF of the content.
// 2. The LF of "... LF (SF)" lies in a window of at most min(|SF|+5, 2|SF|) words and MAX_WINDOW characters
//    before the bracket, stopping at sentence ends, unclosed brackets and similar boundaries. align() matches
//    the SF's letters and digits in order with a small dynamic programme that prefers word initials and
//    penalises unexplained words; the first SF character must start a word. Numerals may be written apart
//    ("21st Conference of the Parties (COP21)", "casein kinase II (Ck2)").
// 3. Shared checks (length ratios, clauses, lists, sibling names, lower-case words) reject the rest. Lines are
//    scanned once for the Markdown and glossary forms, and "stands for" is found with a plain regex.
// Linear time: the bracket pass is O(n) with each character pushed and popped at most once. Each bracket group
// then costs O(|SF| * MAX_WINDOW + MAX_GROUP) with |SF| <= MAX_SF, i.e. a constant, and there are at most n
// groups; line scans touch each character a bounded number of times. No regex has nested quantifiers over
// overlapping classes, and all run on bounded slices, single lines, or anchored positions.

export interface AcronymPair {
  short: string;
  long: string;
  shortStart: number;
  longStart: number;
  start: number;
  end: number;
  form: 'long-short' | 'short-long' | 'abbr-line' | 'colon' | 'stands-for';
}

const MAX_GROUP = 300; // characters inside a bracket pair
const MAX_SF = 12; // characters of a short form
const MAX_WINDOW = 300; // characters looked back for a long form
const NEG = -10000;

// ------------------------------------------------------------------------------------------ characters

const ALNUM = /[\p{L}\p{N}]/u;
const isAlnum = (s: string, i: number): boolean => {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  return c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : ALNUM.test(s[i]);
};
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\u00a0';
const isUpper = (s: string, i: number) => i >= 0 && i < s.length && s[i] !== s[i].toLowerCase();
const isLower = (s: string, i: number) => i >= 0 && i < s.length && s[i] !== s[i].toUpperCase();
/** A word start in the strict sense: an alphanumeric character not preceded by one. */
const hardStart = (s: string, i: number) => isAlnum(s, i) && !isAlnum(s, i - 1);
/** An initial: a hard start or a camel-case hump ("GlcNAc"). */
const initial = (s: string, i: number) => hardStart(s, i) || (isUpper(s, i) && isLower(s, i - 1));
const alnumCount = (s: string) => { let n = 0; for (let i = 0; i < s.length; i++) if (isAlnum(s, i)) n++; return n; };
const wordCount = (s: string) => s.split(/[\s-]+/).filter(Boolean).length;
/** Words other than function words, a hyphenated compound one word ("activator of G-protein signaling": 3). */
const contentWords = (s: string) => s.split(/\s+/).filter((w) => w && !FUNCTION_WORD.test(w)).length;
const QUOTE = /["'\u2018\u2019\u201c\u201d]/;

/** Words a long form does not start with, and whose initials prove nothing ("the type III secretion system"). */
const FUNCTION_WORD = /^(?:the|a|an|of|and|or|in|on|at|to|for|from|with|by|as|is|are|was|were|that|which|its|their|this|these|those)$/i;

// ------------------------------------------------------------------------------------------- alignment

interface Match { start: number; initials: number; positions: number[] }

/**
 * Aligns the letters and digits of sf, in order, to characters of lf. The first must be a hard word start,
 * not in a function word or a lone lower-case letter ("cytochrome c oxidase (COX)"), with no unpaired bracket
 * after it. Function words lend at most their initial ("Ministry of Commerce (MoC)", not "components of the
 * yeast (CPF)") unless the SF spells them ("C-to-U"). A match on an initial scores 2, each word holding a match
 * 1, each word from the start's token to the end of lf -1: a start further back wins only when it explains
 * more ("Thyroid transcription factor 1 (TTF-1)", "proton pump inhibitors (PPIs)"); ties go to the nearest, as
 * in Schwartz & Hearst. With `firstToken` the start must lie in lf's first token.
 * h[i][p]: best score of sf[i..] with sf[i] at p; S[i][p]: max of h[i][q], q >= p. O(|sf| * |lf|).
 */
function align(sf: string, lf: string, firstToken = false): Match | undefined {
  const a: string[] = [];
  for (let i = 0; i < sf.length; i++) if (isAlnum(sf, i)) a.push(sf[i].toLowerCase());
  const m = a.length, L = lf.length, W = L + 1;
  if (m === 0 || L === 0) return undefined;
  // Lower-cased unit by unit, so that indices stay those of lf ("İ".toLowerCase() has two units).
  let low = lf.toLowerCase();
  if (low.length !== L) low = Array.from(lf, (c) => (c.length === 1 ? c.toLowerCase()[0] : c)).join('');
  // Cheap exit, the common case: sf is not even a subsequence of lf.
  for (let i = 0, p = 0; i < m; i++, p++) if ((p = low.indexOf(a[i], p)) < 0) return undefined;
  const wordEnd = new Int32Array(W); // end of the alphanumeric run at p
  const wordsFrom = new Int32Array(W); // hard word starts in lf[p..]
  const tokenStart = new Int32Array(W); // start of the white-space token at p
  const startable = new Uint8Array(W); // no unpaired bracket in lf[p..], and see above
  const usable = new Uint8Array(W).fill(1); // may hold a match
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
  const spellsWords = sf.split(/[^\p{L}]+/u).some((w) => w.length > 1 && FUNCTION_WORD.test(w));
  // A syllabic short form, letters only, may spell a function word inside itself ("Ministry of Commerce
  // (MOFCOM)"); one with a digit is a numbered name spelt by initials ("homolog of cdc 15" is no HOF1).
  const sfLetters = /\d/.test(sf) ? '' : a.join('');
  for (let p = 0; p < L; p++) {
    tokenStart[p] = p > 0 && !isSpace(lf[p - 1]) ? tokenStart[p - 1] : p;
    if (!hardStart(lf, p)) { if (initial(lf, p)) ini[p] = 2; continue; }
    const word = lf.slice(p, wordEnd[p]);
    // (Not the first part of a compound: "in-flight and maritime connectivity (IFMC)", "on-board".)
    const fn = FUNCTION_WORD.test(word) && word !== 'A' && !(lf[wordEnd[p]] === '-' && isAlnum(lf, wordEnd[p] + 1) && (p === 0 || lf[p - 1] !== '-'));
    if (fn || (word.length === 1 && isLower(lf, p) && (p === 0 || isSpace(lf[p - 1])) && isSpace(lf[p + 1]))) startable[p] = 0;
    if (fn && !spellsWords && !(sfLetters && word.length > 1 && sfLetters.includes(word.toLowerCase()))) for (let q = p + 1; q < wordEnd[p]; q++) usable[q] = 0;
    if (!fn) ini[p] = 2;
  }
  const h = new Int16Array(m * W).fill(NEG);
  const S = new Int16Array((m + 1) * W).fill(NEG);
  for (let i = m - 1; i >= 0; i--) {
    for (let p = L - 1; p >= 0; p--) {
      if (low[p] === a[i] && usable[p]) {
        // The next match lies in the same word, or in a later one that then counts as explained.
        const next = i === m - 1 ? 0 : Math.max(S[(i + 1) * W + p + 1], S[(i + 1) * W + wordEnd[p]] + 1);
        if (next > NEG / 2) h[i * W + p] = next + ini[p];
      }
      S[i * W + p] = Math.max(h[i * W + p], S[i * W + p + 1]);
    }
  }
  let start = -1, score = NEG, last = L - 1;
  if (firstToken) for (last = 0; last < L - 1 && !isSpace(lf[last + 1]); ) last++;
  for (let p = last; p >= 0; p--) {
    if (low[p] !== a[0] || !hardStart(lf, p) || !startable[p] || h[p] <= NEG / 2) continue;
    const s = h[p] + 1 - wordsFrom[tokenStart[p]];
    if (s > score) { score = s; start = p; }
  }
  if (start < 0) return undefined;
  // Walk one optimal alignment forward (earliest matches) for its positions and initials.
  const positions = [start];
  let p = start, initials = initial(lf, p) ? 1 : 0;
  for (let i = 1; i < m; i++) {
    const want = h[(i - 1) * W + p] - ini[p];
    let q = p + 1;
    while (q < L && !(h[i * W + q] > NEG / 2 && h[i * W + q] + (q >= wordEnd[p] ? 1 : 0) === want)) q++;
    positions.push((p = q));
    if (initial(lf, p)) initials++;
  }
  return { start, initials, positions };
}

// ----------------------------------------------------------------------------------------- short forms

const NOT_EXPANSION = /^(?:[Ee]\.\s?g\.|[Ii]\.\s?e\.|[Ss]ee|cf\.|[Ff]igs?\.?|[Ff]igure|[Tt]able|[Rr]ef\.|pp?\.|[Tt]hat is|[Ff]or example|[Ii]ncluding|[Nn]\s?=|[Aa]rt(?:icle)?\.?|[Ss]ec(?:tion)?\.?|[Cc]hapter|[Aa]nnex|[Aa]ppendix|[Pp]ara(?:graph)?\.?|[Nn]o\.)(?![\p{L}\p{N}])/u;

function validShort(sf: string): boolean {
  if (sf.length < 2 || sf.length > MAX_SF || !isAlnum(sf, 0) || !/\p{L}/u.test(sf) || /[=<>]|[^/]-$/.test(sf)) return false;
  if (/^(?:[ivx]+|[IVX]+|[a-z])$/.test(sf)) return false; // enumerators: (ii), (IV), (a)
  const words = sf.split(/\s+/);
  // Two words only as in "Pol II", "ER alpha": not "2 patients", "group 2", "a MAPK".
  return words.length === 1 || (words.length === 2 && /\p{L}/u.test(words[0]) && /\p{Lu}/u.test(sf) && !FUNCTION_WORD.test(words[0]));
}

const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const NUMBER_WORDS = new Map<string, number>([
  ...'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
    .split(' ').map((w, i) => [w, i] as [string, number]),
  ...'first second third fourth fifth sixth seventh eighth ninth tenth'.split(' ').map((w, i) => [w, i + 1] as [string, number]),
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['hundred', 100],
]);
/** Value of "21", "21st", "II", "second", "Twenty", or of a hyphenated word's first part ("two-dimensional"). */
function numeralValue(token: string): number {
  const w = token.split('-')[0];
  const m = /^(?:(\d{1,4})|([IVX]{1,4}))(?:st|nd|rd|th)?$/.exec(w);
  if (!m) return NUMBER_WORDS.get(w.toLowerCase()) ?? -1;
  return m[1] ? Number(m[1]) : ROMAN.indexOf(m[2]);
}

/** A numeral split off either end of sf: COP21, IGF-I, Top1p (suffix dropped), 2D (leading). */
function splitNumeral(sf: string): { letters: string; value: number; leading: boolean } | undefined {
  const d = /^(.*?\p{L}[^\s\d-]*?)[\s-]?(\d{1,4})\p{Ll}?$/u.exec(sf);
  if (d) return { letters: d[1], value: Number(d[2]), leading: false };
  // A Roman numeral needs a separator or a lower-case letter before it: "IGF-I", "CaII", not "PSI".
  const r = /^(.*?\p{L}[^\s\d-]*?)([\s-]?)([IVX]{1,4})$/u.exec(sf);
  if (r && numeralValue(r[3]) > 0 && (r[2] || /\p{Ll}$/u.test(r[1]))) return { letters: r[1], value: numeralValue(r[3]), leading: false };
  const l = /^(\d{1,2})[\s-]?(\p{L}.*)$/u.exec(sf);
  return l && Number(l[1]) > 0 ? { letters: l[2], value: Number(l[1]), leading: true } : undefined;
}

// ------------------------------------------------------------------------------------------ long forms

const NOT_SENTENCE_END = /^(?:\p{L}|[\p{L}.]*\.\p{L}+|e\.g|i\.e|etc|vs|al|approx|ca|cf|fig|figs|no|nos|dr|mr|mrs|ms|st|sp|spp|var|resp|inc|ltd|co|corp|dept|govt|univ|jr|sr|gen|prof|rep|sen|hon)\.$/iu;

/**
 * Start of the window for a long form ending at `end`: at most maxWords words back, never across a sentence
 * end, a word ending in ';', ':' or a comma before a word, a blank line, a bracket left open before `end`, or
 * a bracketed word followed by a function word ("recombinant La (rLa) and Ro60 (rRo60)", but "Oxytocin (OT)
 * receptors (OTRs)").
 */
function windowStart(text: string, end: number, maxWords: number): number {
  const limit = Math.max(0, end - MAX_WINDOW);
  let i = end, words = 0, depth = 0;
  while (i > limit && isSpace(text[i - 1])) i--;
  while (i > limit && words < maxWords) {
    let j = i;
    for (; j > limit && !isSpace(text[j - 1]); j--) {
      const c = text[j - 1];
      if (c === ')' || c === ']') depth++;
      else if (c === '(' || c === '[') { if (depth === 0) return j; depth--; }
    }
    if (i !== end) {
      const word = text.slice(j, i);
      const next = /^\s*(\p{L}+)/u.exec(text.slice(i, i + 20))?.[1] ?? '';
      if (/[;:]$/.test(word) || (/[.!?]$/.test(word) && !NOT_SENTENCE_END.test(word))) return i;
      if (word.endsWith(',') && !/\d/.test(text[i + 1] ?? '')) return i;
      if (/^[([]\S*\p{L}\S*[)\]]$/u.test(word) && FUNCTION_WORD.test(next)) return i;
    }
    words++;
    let newlines = 0;
    for (i = j; i > limit && isSpace(text[i - 1]); i--) if (text[i - 1] === '\n' && ++newlines === 2) return i; // blank line
  }
  while (i < end && isSpace(text[i])) i++;
  return i;
}

/**
 * Where a long form starts, given its first match at p: at the start of p's white-space token ("smooth-muscle",
 * "alpha-myosin", "pre-T cell", "3-hydroxy", "cofactor-dependent", "IFN-induced protein (IP-10)"), except after
 * a bracket or quote, a negating prefix, a dash, a slash, a joined name or a measure ("non-high-density
 * lipoprotein (HDL)", "Toll/IL-1 receptor (IL-1R)", "Cla4p-green fluorescent protein (GFP)", "60-kilobase").
 */
function longStart(s: string, p: number): number {
  let t = p;
  while (t > 0 && !isSpace(s[t - 1])) t--;
  if (t === p) return p;
  const prefix = s.slice(t, p);
  if (!isAlnum(prefix, 0) || /(?:^(?:non|anti)-|--|[\u2013\u2014])$/i.test(prefix)) return p;
  if (s[t].toLowerCase() === s[p].toLowerCase() && !/\d/.test(prefix)) return t; // "apurinic/apyrimidinic site (AP)"
  const last = /([^-/]*)[-/]$/.exec(prefix)?.[1] ?? '';
  return prefix.endsWith('/') || /^\p{L}.*(?:\d|.\p{Lu})/u.test(last) || /^\d{2,}(?:,\d{3})*$/.test(last) ? p : t;
}

/** Long forms stop before an unexplained trailing qualifier: "phosphoglycerate kinase from yeast (PGK)". */
const QUALIFIER = /^(?:from|with|during|after|before|under|which|that|is|was|are|were)$/i;
function longEnd(s: string, m: Match): number {
  let e = m.positions[m.positions.length - 1];
  while (e < s.length && !isSpace(s[e])) e++;
  const rest = /^\s+(\S+)/.exec(s.slice(e, e + 40));
  return rest && QUALIFIER.test(rest[1]) ? e : s.length;
}

/** Words that make a phrase a clause rather than a name (not inside a hyphenated word: "solids-not-fat"). */
const CLAUSE_WORD = /(?<![\p{L}\p{N}-])(?:is|are|was|were|be|been|has|have|had|which|whereas|that|than|encodes?|contains?|codes|converts|binds|called|termed|named|designated|not|neither|nor)(?![\p{L}\p{N}-])/iu;

const containsToken = (s: string, t: string) => {
  for (let i = s.indexOf(t); i >= 0; i = s.indexOf(t, i + 1)) if (!isAlnum(s, i - 1) && !isAlnum(s, i + t.length)) return true;
  return false;
};

/** Checks for all forms; lf = win.slice(k, k + lf.length) and m aligns sf in win. */
const NAME_TAIL = /^\s+(?:on|for|of|in)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:(?:and|of|for|on|in)\s+(?:the\s+)?)?\p{Lu}[\p{L}-]*){0,6}$/u;
const TAIL_START = /\s+(?:on|for|of|in)\s+/g;

function acceptable(sf: string, lf: string, m: Match, k: number, win: string): boolean {
  const n = alnumCount(sf);
  if (lf.length < sf.length || /[,;:]$/.test(lf)) return false;
  if (wordCount(lf) > Math.min(n + 5, n * 2)) {
    // An official name may end in a qualifier the short form leaves out: "Working Mechanism for
    // Consultation and Coordination on India-China Border Affairs (WMCC)". Only capitalised words, after
    // the head that carries every letter.
    // (Any preposition may open the tail: the head is what comes before it.)
    let fits = false;
    for (const p of lf.matchAll(TAIL_START)) {
      const at = p.index!;
      if (wordCount(lf.slice(0, at)) <= Math.min(n + 5, n * 2) && m.positions[m.positions.length - 1] < k + at && NAME_TAIL.test(lf.slice(at))) {
        fits = true;
        break;
      }
    }
    if (!fits) return false;
  }
  // A name may open with "Not", spelt by its initial ("Not of Standard Quality (NSQ)"); elsewhere
  // "not" makes a clause.
  if (containsToken(lf, sf) || CLAUSE_WORD.test(m.positions[0] === k && /^Not\s/.test(lf) ? lf.slice(4) : lf)) return false;
  // A lower-case word as SF is spelt mostly by initials ("aa", "wt"; not "letter", "range"), or is a short
  // gene-style name of one word ("twt = twister") or that word's beginning ("apo = apolipoprotein").
  if (/^\p{Ll}+$/u.test(sf) && m.initials * 2 < n && !(n <= 3 && !/\s/.test(lf)) &&
    !(lf.toLowerCase().startsWith(sf) && lf.length >= sf.length + 3)) return false;
  let a = m.positions[0], b = m.positions[m.positions.length - 1];
  for (let q = a; q <= b; q++) if (!isAlnum(win, q)) return true;
  // Spelt inside one word: the long form is that word and at most one more ("bispectral index (BIS)"), and
  // not a sibling name sharing its first characters but not its digits ("URE2 ... (URE3)", "Hsp82 (Hsp90)";
  // but "Jagged1 (JAG1)").
  while (a > k && isAlnum(win, a - 1)) a--;
  while (b < win.length && isAlnum(win, b)) b++;
  if (/\s/.test(win.slice(b, k + lf.length).trim())) return false;
  const word = win.slice(a, b), digits = (x: string) => x.replace(/\D+/g, ' ').trim();
  return !(/\d/.test(word) && digits(word) !== digits(sf) && word.slice(0, 3).toLowerCase() === sf.slice(0, 3).toLowerCase());
}

/**
 * Aligns sf, or its letters without a numeral written elsewhere: in another notation after the match ("casein
 * kinase II (Ck2)", "growth factor-1 (IGF-I)"), leading the first word ("two-dimensional (2D)"), or just before
 * it ("21st Conference of the Parties (COP21)", "first nucleotide binding domain (NBD1)", "type 1 protein
 * phosphatase (PP1)"); a name's number may also go unwritten when its letters are all initials ("peroxisomal
 * targeting signal (PTS1)"). Returns the match and where the long form starts in win.
 */
/** "P2M", "B2B", "G4S": a 2 or 4 between letters reads as "to" or "for" ("person-to-merchant"). */
const SOUNDED = /(?<=\p{L})[24](?=\p{L})/u;

function alignWithNumeral(sf: string, win: string, firstToken = false): { m: Match; k: number } | undefined {
  const m = align(sf, win, firstToken);
  if (m) return { m, k: firstToken ? 0 : longStart(win, m.start) };
  if (SOUNDED.test(sf)) {
    const sounded = align(sf.replace(SOUNDED, (d) => (d === '2' ? 'T' : 'F')), win, firstToken);
    if (sounded) return { m: sounded, k: firstToken ? 0 : longStart(win, sounded.start) };
  }
  const split = splitNumeral(sf);
  const r = split && align(split.letters, win, firstToken);
  if (!split || !r) return undefined;
  const k = firstToken ? 0 : longStart(win, r.start);
  const words = /[\p{L}\p{N}]+/gu;
  words.lastIndex = r.positions[r.positions.length - 1];
  words.exec(win); // the word of the last match
  for (let w = words.exec(win); w && !split.leading; w = words.exec(win)) {
    if (numeralValue(w[0]) === split.value) return { m: { ...r, positions: [...r.positions, w.index] }, k };
  }
  if (/^[^\s-]+-/.test(win.slice(k)) && numeralValue(win.slice(k)) === split.value) return { m: r, k };
  const letters = alnumCount(split.letters);
  const unwritten = !split.leading && letters >= 2 && r.initials >= letters && (firstToken || r.initials >= contentWords(win.slice(k)));
  if (firstToken) return unwritten ? { m: r, k } : undefined;
  const before = /(?:(\p{L}+)\s+)?(\S+)\s+$/u.exec(win.slice(Math.max(0, k - 30), k));
  if (!before || numeralValue(before[2]) !== split.value) return unwritten ? { m: r, k } : undefined;
  // A bare number takes its noun along ("type 1"); "21st" and "first" stand alone.
  const bare = /^[\dIVX]+$/.test(before[2]) && before[1] && !FUNCTION_WORD.test(before[1]);
  return { m: r, k: k - (bare ? before[0].length : before[0].length - before[0].lastIndexOf(before[2])) };
}

interface Found { lf: string; lfStart: number }

/** "Long Form (SF)": the long form of sf ending at lfEnd, not before `floor`. */
function longBefore(text: string, sf: string, lfEnd: number, attached: boolean, floor = 0): Found | undefined {
  const n = alnumCount(sf);
  const ws = Math.max(floor, windowStart(text, lfEnd, Math.min(n + 5, n * 2)));
  const win = text.slice(ws, lfEnd);
  const r = alignWithNumeral(sf, win);
  // "ligand(CD40L)": a bracket glued to a word closes a long form that ends in that word.
  if (r && attached && /\s/.test(win.slice(r.m.positions[r.m.positions.length - 1]))) return undefined;
  if (r) {
    const lf = win.slice(r.k, longEnd(win, r.m));
    if (acceptable(sf, lf, r.m, r.k, win)) return { lf, lfStart: ws + r.k };
  }
  if (!attached) {
    const list = listBefore(text, sf, lfEnd, floor);
    if (list) return list;
    const named = titleAcrossComma(text, sf, ws, lfEnd, floor);
    if (named) return named;
    const skipping = titleSkipping(text, sf, lfEnd, floor);
    if (skipping) return skipping;
  }
  // An official name's qualifier the short form leaves out ("... Coordination on India-China Border
  // Affairs (WMCC)"): the letters are spelt by the words before it, and the name runs on through it.
  // (Any preposition may open the qualifier: "for the Safe and ... Recycling of Ships (HKC)" after "Hong
  // Kong International Convention".)
  if (attached) return undefined;
  const from = Math.max(floor, lfEnd - 120);
  const before = text.slice(from, lfEnd);
  for (const p of before.matchAll(TAIL_START)) {
    if (!NAME_TAIL.test(before.slice(p.index!))) continue;
    const headEnd = from + p.index!;
    const hs = Math.max(floor, windowStart(text, headEnd, Math.min(n + 5, n * 2)));
    const head = text.slice(hs, headEnd);
    const h = alignWithNumeral(sf, head);
    if (!h || longEnd(head, h.m) !== head.length) continue;
    const whole = text.slice(hs, lfEnd);
    const named = whole.slice(h.k);
    // (A name: capitalised from its first word.)
    if (/^\p{Lu}/u.test(named) && acceptable(sf, named, h.m, h.k, whole)) return { lf: named, lfStart: hs + h.k };
  }
  return undefined;
}

/**
 * A name in title case with a comma in it: "Occupational Safety, Health and Working Conditions (OSH)",
 * "Department of Science, Technology and Environment (DSTE)". The window stops at the comma; read on
 * past it when every word of the whole is capitalised (but function words), the short form is in
 * capitals, and each of its letters is a word's initial.
 */
const TITLE_WORD = /^(?:\p{Lu}[\p{L}'’-]*,?|of|and|or|for|on|in|the|to|&)$/u;
function titleAcrossComma(text: string, sf: string, ws: number, lfEnd: number, floor: number): Found | undefined {
  const before = /,\s*$/.exec(text.slice(Math.max(0, ws - 3), ws));
  // (A ministry's "o" of "of" may be written small: "Ministry of Environment, Forest and Climate Change
  // (MoEFCC)".)
  if (!/^\p{Lu}(?:\p{Lu}|o(?=\p{Lu})){1,7}$/u.test(sf) || !before) return undefined;
  const n = alnumCount(sf);
  const from = Math.max(floor, windowStart(text, ws - before[0].length, Math.min(n + 5, n * 2)));
  const win = text.slice(from, lfEnd);
  const m = align(sf, win);
  if (!m || m.initials < n) return undefined;
  const k = longStart(win, m.start);
  const lf = win.slice(k);
  if (!lf.includes(',') || !/^\p{Lu}/u.test(lf) || !lf.split(/\s+/).every((w) => TITLE_WORD.test(w)) || (lf.match(/,/g)?.length ?? 0) > 1) return undefined;
  return acceptable(sf, lf, m, k, win) ? { lf, lfStart: from + k } : undefined;
}

/**
 * An official name in title case whose short form leaves out a word or two of it: "Office of the Registrar
 * General and Census Commissioner, India (ORGI)", "Scheme for Implementation of the Rights of Persons with
 * Disabilities Act (SIPDA)". Read only when no other reading holds: the short form is in capitals (three to
 * eight), every word of the name is capitalised (but function words; one comma at most), each letter is the
 * initial of a word, in order, from the name's first word to its last, and at most two words between go
 * unspelt (no more than half as many as are spelt).
 */
const TITLE_SKIP_WORDS = 16;
function titleSkipping(text: string, sf: string, lfEnd: number, floor: number): Found | undefined {
  if (!/^\p{Lu}{3,8}$/u.test(sf)) return undefined;
  const before = text.slice(Math.max(floor, lfEnd - 200), lfEnd);
  const words = [...before.matchAll(/\S+/g)];
  // The title-case run that ends at the bracket.
  let from = words.length, commas = 0;
  while (from > 0 && words.length - from < TITLE_SKIP_WORDS) {
    const w = words[from - 1][0];
    if (!TITLE_WORD.test(w) && w !== 'with') break;
    if (w.endsWith(',') && (++commas > 1 || from === words.length)) break;
    from--;
  }
  // Letters from the last, each on the initial of the nearest content word before it.
  let letter = sf.length - 1, skipped = 0, matched = 0, first = -1;
  for (let i = words.length - 1; i >= from && letter >= 0; i--) {
    const w = words[i][0].replace(/,$/, '');
    if (FUNCTION_WORD.test(w) || w === '&') continue;
    if (w[0] === sf[letter]) {
      if (letter === sf.length - 1 && i !== words.length - 1) return undefined;
      letter--;
      matched++;
      first = i;
    } else if (matched === 0 || ++skipped > 2) return undefined;
  }
  if (letter >= 0 || skipped === 0 || skipped * 2 > matched) return undefined;
  const lfStart = lfEnd - before.length + words[first].index!;
  const lf = text.slice(lfStart, lfEnd).trimEnd();
  return lf.includes('\n\n') || CLAUSE_WORD.test(lf) ? undefined : { lf, lfStart };
}

/** An item of a list that spells a short form: one to three words in lower case (names in capitals make a
 * member list: "AUKUS (Australia, the United Kingdom and the United States)"). */
const LIST_ITEM = /^\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2}$/u;

/** The initials of a list item's words other than function words ("testing" t, "disaster relief" dr). */
const initials = (item: string) => item.split(/\s+/).filter((w) => w && !FUNCTION_WORD.test(w)).map((w) => w[0].toLowerCase()).join('');

/**
 * A coordinated list spelt item by item: "assembly, testing, marking and packaging (ATMP)", "research,
 * development and innovation (RDI)". The window of longBefore stops at the commas, so the list is read
 * on its own: three or more items of at most three words, the last after "and", "or" or "&", whose
 * content words' initials spell an upper-case short form exactly (the first item may be the tail of a
 * longer phrase: "Micron's assembly, ...").
 */
function listBefore(text: string, sf: string, lfEnd: number, floor: number): Found | undefined {
  // (A plural short form spells its list without its "s": "producers, importers and brand owners (PIBOs)".)
  if (!/^\p{Lu}{3,8}s?$/u.test(sf)) return undefined;
  const from = Math.max(floor, lfEnd - 160);
  let s = text.slice(from, lfEnd);
  const stop = Math.max(...['.', ';', ':', '!', '?', '(', ')', '[', ']', '\n'].map((c) => s.lastIndexOf(c)));
  const base = from + stop + 1;
  s = s.slice(stop + 1);
  let conj: RegExpExecArray | null = null;
  for (const m of s.matchAll(/,?\s+(?:and|or|&)\s+/g)) conj = m as RegExpExecArray;
  if (!conj) return undefined;
  const last = s.slice(conj.index + conj[0].length);
  if (!LIST_ITEM.test(last)) return undefined;
  // The items before the conjunction, with where each ends in s.
  const before: { text: string; end: number }[] = [];
  let at = 0;
  for (const m of s.slice(0, conj.index).matchAll(/,\s+/g)) {
    before.push({ text: s.slice(at, m.index), end: m.index! });
    at = m.index! + m[0].length;
  }
  before.push({ text: s.slice(at, conj.index), end: conj.index });
  const want = sf.replace(/s$/, '').toLowerCase();
  let tail = initials(last);
  for (let k = before.length - 1; k >= 0; k--) {
    const item = before[k].text.trim();
    const words = item.split(/\s+/);
    // As the list's first item: its last one to three words (it may end a longer phrase).
    for (let w = 1; before.length - k >= 2 && w <= Math.min(3, words.length); w++) {
      const part = words.slice(-w).join(' ');
      // (Its first word capitalised only as the sentence's first: "Producers, importers and ...".)
      const opens = k === 0 && w === words.length && /^\p{Lu}\p{Ll}/u.test(part) && !/\p{L}/u.test(s.slice(0, before[k].end - part.length));
      if (!LIST_ITEM.test(opens ? part[0].toLowerCase() + part.slice(1) : part)) break;
      if (initials(part) + tail !== want) continue;
      const lf = s.slice(before[k].end - part.length).trimEnd();
      return CLAUSE_WORD.test(lf) ? undefined : { lf, lfStart: base + before[k].end - part.length };
    }
    if (!LIST_ITEM.test(item)) return undefined;
    tail = initials(item) + tail;
  }
  return undefined;
}

/** "SF (Long Form)": the whole content, spelling sf from its first word. */
function longAfter(sf: string, content: string): string | undefined {
  const r = alignWithNumeral(sf, content, true);
  const lf = content.replace(/[.,;:]+$/, '');
  return r && acceptable(sf, lf, r.m, 0, content) ? lf : undefined;
}

/** The long form at the start of rest whose word initials spell sf ("NATO: North Atlantic Treaty Organization"). */
function initialsAfter(sf: string, rest: string): string | undefined {
  if (!validShort(sf) || (sf.match(/\p{Lu}/gu)?.length ?? 0) < 2) return undefined;
  const m = align(sf, rest, true);
  if (!m || m.initials < alnumCount(sf.replace(/\d+$/, ''))) return undefined;
  let e = m.positions[m.positions.length - 1];
  while (e < rest.length && isAlnum(rest, e)) e++;
  const lf = rest.slice(0, e);
  return acceptable(sf, lf, m, 0, rest) ? lf : undefined;
}

// -------------------------------------------------------------------------------------------- scanning

export function findAcronymDefinitions(text: string): AcronymPair[] {
  const out: AcronymPair[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  try {
    scanBrackets(text, out);
    scanLines(text, out);
    scanStandsFor(text, out);
    if (text.includes(', or ')) scanOrForms(text, out);
    if (text.includes(', ')) scanAppositives(text, out);
  } catch {
    // Defensive only: a bug here must not take the language server down with it.
  }
  return out.sort((a, b) => a.start - b.start || a.shortStart - b.shortStart);
}

function scanBrackets(text: string, out: AcronymPair[]): void {
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') stack.push(i);
    else if ((ch === ')' || ch === ']') && stack.length && text[stack[stack.length - 1]] === (ch === ')' ? '(' : '[')) {
      const open = stack.pop()!;
      if (i - open <= MAX_GROUP) bracket(text, open, i, out);
    }
  }
}

function bracket(text: string, open: number, close: number, out: AcronymPair[]): void {
  let cs = open + 1, ce = close, lfEnd = open;
  while (cs < ce && (isSpace(text[cs]) || QUOTE.test(text[cs]))) cs++;
  while (ce > cs && (isSpace(text[ce - 1]) || QUOTE.test(text[ce - 1]))) ce--;
  while (lfEnd > 0 && (isSpace(text[lfEnd - 1]) || QUOTE.test(text[lfEnd - 1]))) lfEnd--;
  let content = text.slice(cs, ce);
  if (!content || NOT_EXPANSION.test(content)) return;
  // Legal and report drafting: "(hereafter DPDP Act)", "(hereinafter referred to as 'the NPCI')".
  const marker = DEFINING_MARKER.exec(content);
  if (marker) {
    cs += marker[0].length;
    content = text.slice(cs, ce);
    // The short form may repeat the long form's last word: "Data Protection Act (hereafter DPDP Act)".
    const shared = /^(\S+)\s+(\p{Lu}\p{Ll}+)$/u.exec(content);
    if (shared && validShort(shared[1]) && text.slice(Math.max(0, lfEnd - shared[2].length - 1), lfEnd) === ` ${shared[2]}`) {
      const f = longBefore(text, shared[1], lfEnd - shared[2].length - 1, false);
      if (f) out.push({ short: shared[1], long: f.lf, shortStart: cs, longStart: f.lfStart, start: f.lfStart, end: close + 1, form: 'long-short' });
      return;
    }
  }
  // A list of three or more names defines none of them: "(msh2, msh3, or msh6)", "(C, D, E)".
  const items = content.split(/\s*[,;]\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+/);
  // So does one joined by "and"/"or" whose last item runs on into a phrase: "(pT, +1, and +2 residues)"
  // (not "(MMC; IC50, 2.4 microg/ml)").
  const token = (x: string) => /^\S*[\p{Lu}\d]\S*$/u.test(x);
  if (items.length > 2 && /\s(?:and|or)\s/.test(content) && items.slice(0, -1).every(token) && token(items[items.length - 1].split(/\s+/)[0])) return;
  // Brackets glued to a word are notation ("tRNA(Asp)complex", "p21(Cip1)"), but see "ligand(CD40L)".
  const attached = lfEnd === open && isAlnum(text, open - 1);
  if (attached && (isAlnum(text, close + 1) || /\S*(?:\d|\p{L}\p{Lu})\S*$/u.test(text.slice(Math.max(0, open - 30), open).split(/\s/).pop()!))) return;
  if (/^[^,]+,\s\p{Lu}\.|\bet al\b/u.test(content)) return; // a citation: "(Mehrel, T., Hohl, D.)"
  const push = (short: string, shortStart: number, f: Found) =>
    out.push({ short, long: f.lf, shortStart, longStart: f.lfStart, start: f.lfStart, end: close + 1, form: 'long-short' });

  // "Long Form (SF)", "LF (SF, p < 0.05)", "LF (SF or SF2)", "LF (SF/SF2)".
  const head = content.split(/[,;]\s|\s+or\s/)[0];
  if (/^\p{Lu}$/u.test(head)) {
    // A single capital stands for the one word before it: "testosterone (T)".
    const w = /(?:^|\s)(\p{L}[\p{Ll}-]{2,})$/u.exec(text.slice(Math.max(0, lfEnd - 40), lfEnd));
    if (!attached && w && w[1][0].toUpperCase() === head && !FUNCTION_WORD.test(w[1])) push(head, cs, { lf: w[1], lfStart: lfEnd - w[1].length });
    return;
  }
  for (const sf of head.includes('/') ? [head, head.slice(0, head.indexOf('/'))] : [head]) {
    if (!validShort(sf)) continue;
    const f = longBefore(text, sf, lfEnd, attached);
    if (f) return void push(sf, cs, f);
    // A digit that counts a letter: "Indian Cybercrime Coordination Centre (I4C)", "World Wide Web
    // Consortium (W3C)".
    for (const spelled of multiplied(sf)) {
      const g = longBefore(text, spelled, lfEnd, attached);
      if (g) return void push(sf, cs, g);
    }
  }
  // "(blood-brain barrier, BBB)": both inside.
  const tail = /[,;]\s+(\S+)$/.exec(content);
  if (tail && validShort(tail[1]) && /\p{Lu}/u.test(tail[1])) {
    const f = longBefore(text, tail[1], cs + tail.index, false, cs);
    if (f) return void push(tail[1], ce - tail[1].length, f);
  }
  // "SF (for Long Form)": the expansion announced by "for" ("HERF1 (for hematopoietic RING finger 1)").
  const forLong = /^for\s+(?!example\b|instance\b)/i.exec(content);
  if (forLong && !attached && shortLong(text, close, lfEnd, cs + forLong[0].length, content.slice(forLong[0].length), out)) return;
  // "SF (Long Form)", else "SF (Long, Form)", but not a list: "AUKUS (Australia, the UK and the US)".
  const first = content.split(/[,;]\s/)[0];
  if (shortLong(text, close, lfEnd, cs, first, out) || first === content) return;
  // "(SF, Long Form)": both inside, the short form first ("(BART, Binder of Arl Two)").
  const inner = /^([^\s,;()[\]]{2,12})[,;]\s+(?!(?:and|or|the|a|an)\s)(\S.*)$/u.exec(content);
  // The rest is one phrase: not a list ("(RAD51L1, RAD51L2, RAD51L3)"), a gloss ("(Non-A, non-B hepatitis:
  // hepatitis C)") or other names ("(Dad1p, Duo1 and Dam1 interacting)").
  if (inner && validShort(inner[1]) && /\p{Lu}/u.test(inner[1]) && !/[,;:]|\p{L}\d|\d\p{L}/u.test(inner[2]) &&
    !inner[2].toLowerCase().includes(inner[1].toLowerCase())) {
    const lf = longAfter(inner[1], inner[2]);
    if (lf) return void out.push({ short: inner[1], long: lf, shortStart: cs, longStart: ce - inner[2].length, start: cs, end: close + 1, form: 'short-long' });
  }
  if (items.length < 3) return void shortLong(text, close, lfEnd, cs, content, out);
  // A list whose items' initials spell the word before it exactly is its expansion: "IDDM (indigenously
  // designed, developed and manufactured)" (a member list does not spell its name: "AUKUS (Australia,
  // the UK and the US)").
  // So does a name in title case with one comma, whose items open with no article: "VHSNC (Village Health,
  // Sanitation and Nutrition Committee)" (not "AUKUS (Australia, the United Kingdom and the United States)").
  // A plural short form spells its list without its "s": "PIBOs (producers, importers and brand owners)".
  const before = /(?:^|\s)(\p{Lu}{3,8})s?$/u.exec(text.slice(Math.max(0, lfEnd - 10), lfEnd));
  const titled = () => (content.match(/,/g)?.length ?? 0) === 1 && content.split(/\s+/).every((w) => TITLE_WORD.test(w)) && items.every((x) => !/^(?:the|a|an)\s/i.test(x)) && /\s/.test(items[items.length - 1]);
  if (before && (items.every((x) => LIST_ITEM.test(x)) || titled()) && items.map(initials).join('') === before[1].toLowerCase() && !CLAUSE_WORD.test(content)) {
    const short = text.slice(lfEnd - before[0].trimStart().length, lfEnd);
    out.push({ short, long: content, shortStart: lfEnd - short.length, longStart: cs, start: lfEnd - short.length, end: close + 1, form: 'short-long' });
  }
}

/** "I4C" read as "ICCCC" and as "IIIIC"; "W3C" as "WWWC" and "WCCC": a digit from 2 to 9 between letters
 * may count the letter after it or the one before. */
function multiplied(sf: string): string[] {
  const m = /^(\p{L}*)(\p{Lu})([2-9])(\p{Lu})(\p{L}*)$/u.exec(sf);
  if (!m) return [];
  const [, pre, a, d, b, post] = m;
  const n = Number(d);
  return [pre + a + b.repeat(n) + post, pre + a.repeat(n) + b + post];
}

/** Words in a bracket that announce the short form after them. */
const DEFINING_MARKER = /^(?:hereafter|hereinafter(?:\s+referred\s+to\s+as)?|henceforth|(?:also\s+)?(?:known|referred\s+to)\s+as|also\s+called|abbreviated(?:\s+as)?)\s+(?:the\s+)?["'\u2018\u201c]?/i;

/** "Long Form, or SF,": an appositive short form after a comma ("the National Payments Corporation of
 * India, or NPCI, runs UPI"). */
function scanOrForms(text: string, out: AcronymPair[]): void {
  const re = /,\s+or\s+([\p{Lu}][\p{L}\p{N}&-]{1,11})(?=[,.;:)]|\s|$)/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const sf = m[1];
    if ((sf.match(/\p{Lu}/gu)?.length ?? 0) < 2 || !validShort(sf)) continue;
    const f = longBefore(text, sf, m.index, false);
    if (f) {
      const shortStart = m.index + m[0].length - sf.length;
      out.push({ short: sf, long: f.lf, shortStart, longStart: f.lfStart, start: f.lfStart, end: shortStart + sf.length, form: 'long-short' });
    }
  }
}

/** "SF, the Long Form,": an appositive long form after the short form ("NCTE, the National Council for
 * Teacher Education, regulates ..."), taken only when its initials spell the short form. */
function scanAppositives(text: string, out: AcronymPair[]): void {
  // From each ", " back over the word before it: a regex over the whole text was 8 % of extraction.
  for (let c = text.indexOf(', '); c >= 0; c = text.indexOf(', ', c + 2)) {
    let a = c;
    while (a > 0 && c - a <= 12 && SF_CHAR.test(text[a - 1])) a--;
    if (c - a < 2 || c - a > 12) continue;
    const sf = text.slice(a, c);
    if (!/^\p{Lu}/u.test(sf) || (sf.match(/\p{Lu}/gu)?.length ?? 0) < 2 || !validShort(sf)) continue;
    const head = /^,\s+(?:the\s+|an?\s+)?(?=\p{Lu})/u.exec(text.slice(c, c + 12));
    if (!head) continue;
    const longStart = c + head[0].length;
    // The appositive ends at the sentence's end, or where a new description or clause begins.
    const rest = text.slice(longStart, longStart + 200).split(/[.;:\n(]|,\s+(?:an?|the|which|who|that|is|was|has|had|and|or)\s/)[0];
    let lf = initialsAfter(sf, rest);
    if (!lf) continue;
    // The appositive's last capitalised words belong to the name even when no letter of the short form
    // stands for them ("... Knowledge for Holistic Development").
    const tail = /^(?:\s+\p{Lu}[\p{L}-]*){1,2}\s*$/u.exec(rest.slice(lf.length));
    if (tail) lf += tail[0].trimEnd();
    out.push({ short: sf, long: lf, shortStart: a, longStart, start: a, end: longStart + lf.length, form: 'short-long' });
  }
}
const SF_CHAR = /[\p{L}\p{N}&-]/u;

/** "SF (Long Form)": the word before the bracket (or its part after a hyphen or slash: "3'-RACE"). */
function shortLong(text: string, close: number, sfEnd: number, cs: number, content: string, out: AcronymPair[]): boolean {
  let depth = 0;
  for (const c of content) if (c === '(' || c === '[') depth++; else if ((c === ')' || c === ']') && --depth < 0) return false;
  if (depth !== 0 || /^[([]/.test(content)) return false;
  let j = sfEnd;
  while (j > 0 && !isSpace(text[j - 1]) && sfEnd - j <= MAX_SF) j--;
  const token = text.slice(j, sfEnd), cut = Math.max(token.lastIndexOf('-'), token.lastIndexOf('/'));
  for (const at of cut > 0 ? [j, j + cut + 1] : [j]) {
    const sf = text.slice(at, sfEnd);
    // "Sir2 (Sir2p)", "L1 (L1CAM)": a variant of the name, not its expansion.
    if (!/\p{Lu}/u.test(sf) || !validShort(sf) || /[()[\]]/.test(sf) || content.toLowerCase().includes(sf.toLowerCase())) continue;
    const lf = longAfter(sf, content);
    if (lf) return out.push({ short: sf, long: lf, shortStart: at, longStart: cs, start: at, end: close + 1, form: 'short-long' }) > 0;
  }
  return false;
}

/**
 * Line forms: Markdown abbreviations "*[SF]: Long Form" (taken as written), and glossary lines "SF: Long Form",
 * "- **SF**: Long Form, ..." (only when the long form's initials spell the SF).
 */
function scanLines(text: string, out: AcronymPair[]): void {
  for (let start = 0, end = 0; start < text.length; start = end + 1) {
    end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    const abbr = /^([ \t]*\*\[)([^\]]+)\]:[ \t]*(.*)$/.exec(line);
    if (abbr) {
      const short = abbr[2].trim(), long = abbr[3].trimEnd(), longStart = end - abbr[3].length;
      if (short && long) {
        const shortStart = start + abbr[1].length + abbr[2].indexOf(short);
        out.push({ short, long, shortStart, longStart, start: start + abbr[1].length - 2, end: longStart + long.length, form: 'abbr-line' });
      }
      continue;
    }
    const colon = /^([ \t]*(?:[-*+][ \t]+)?(\*\*|__)?)([\p{L}\p{N}&.-]{2,12})\2?:[ \t]+(\S.*)$/u.exec(line);
    const lf = colon && initialsAfter(colon[3], colon[4]);
    if (colon && lf) {
      const shortStart = start + colon[1].length, longStart = end - colon[4].length;
      out.push({ short: colon[3], long: lf, shortStart, longStart, start: shortStart, end: longStart + lf.length, form: 'colon' });
    }
  }
}

/** 'VHSIC stands for "Very High Speed Integrated Circuit"': the word before, the words after. */
function scanStandsFor(text: string, out: AcronymPair[]): void {
  const re = /\b(?:stands|stood|stand) for\s+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const sf = /([\p{L}\p{N}&.-]{2,12})["'\u2019\u201d]?\s+$/u.exec(text.slice(Math.max(0, m.index - 16), m.index));
    if (!sf) continue;
    const shortStart = m.index - sf[0].length;
    const longStart = m.index + m[0].length + (QUOTE.test(text[m.index + m[0].length] ?? '') ? 1 : 0);
    const lf = initialsAfter(sf[1], text.slice(longStart, longStart + 200).split(/["\u201d\u2019\n]|[.;,:](?:\s|$)/)[0]);
    if (lf) out.push({ short: sf[1], long: lf, shortStart, longStart, start: shortStart, end: longStart + lf.length, form: 'stands-for' });
  }
}
