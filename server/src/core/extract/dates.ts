// Date mentions in prose: "12 February 2026", "Feb. 12-13, 2026", "2026-02-12", "31/12/2026",
// "2016年12月29日(木)", "in 2014", "the 1990s", "FY2024-25", with any weekday stated beside them.
//
// Linear time, by construction: the text is cut once into tokens (a run of digits, a run of Latin letters,
// a run of white space, or one other character). Each matcher starts at one token and reads at most a
// fixed number of tokens ahead (never a loop over the text), and the scan resumes after what it matched.
// Joining ranges ("A – B") is one more pass over the candidates, looking only at neighbours. No regular
// expression runs over the text. Tokens cost O(1) to inspect however long they are: a number longer than
// 4 digits has no value and a word longer than 20 letters no lower-case form.
//
// Precision first: a bare four-digit number is a year only when nothing says it is a count, a reference
// ("Figure 2014"), part of a longer number, or a time; a numeric date is reported only when its day and
// month cannot be swapped; a date whose year is not written is dropped (Dossier does not guess the year).

export type Granularity = 'year' | 'month' | 'day';
export interface SimpleDate { year: number; month?: number; day?: number }
export interface StatedWeekday { index: number; start: number; end: number; text: string }
export interface DateMention {
  /** UTF-16 offsets of the date expression (a stated weekday is not part of it). */
  start: number;
  end: number;
  text: string;
  /** The (first) date. For an impossible date, the fields as written ("2025-13-01" has month 13). */
  date: SimpleDate;
  /** The end of a range: "February 12-13, 2026", "2014–16", "between 2010 and 2012", "the 1990s". */
  until?: SimpleDate;
  granularity: Granularity;
  /** A weekday stated with the date, 0 = Sunday. With a range it belongs to the last date. */
  weekday?: StatedWeekday;
  /** A range's weekdays as a range too ("Thursday–Friday, February 12–13, 2026"): the first day's. */
  firstWeekday?: StatedWeekday;
  valid: boolean;
  /** Why the date cannot exist: "February 2026 has 28 days", "there is no month 13". */
  problem?: string;
  form: 'prose' | 'iso' | 'numeric' | 'cjk';
}

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const CJK_WEEKDAYS = '日月火水木金土';

const MONTHS = new Map<string, number>([['sept', 9]]);
MONTH_NAMES.forEach((n, i) => MONTHS.set(n.toLowerCase(), i + 1).set(n.slice(0, 3).toLowerCase(), i + 1));
const WEEKDAYS = new Map<string, number>([['tues', 2], ['weds', 3], ['thur', 4], ['thurs', 4]]);
WEEKDAY_NAMES.forEach((n, i) => WEEKDAYS.set(n.toLowerCase(), i).set(n.slice(0, 3).toLowerCase(), i));
/** Whether a word names a month or a weekday, in full or cut short ("Sept.", "Tue"). */
export function isCalendarWord(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS.has(w) || WEEKDAYS.has(w);
}

const DASHES = '-–—~〜～';
const RANGE_WORDS = new Set(['to', 'until', 'till', 'through', 'thru']);
const ORDINALS = new Set(['st', 'nd', 'rd', 'th']);
/** A number after one of these is a reference, not a year: "Figure 2014", "Resolution 2231", "No. 1998". */
const REFERENCE = new Set(['figure', 'fig', 'figs', 'table', 'tab', 'section', 'sections', 'sec', 'schedule', 'page', 'pages', 'p', 'pp', 'no', 'nos', 'number', 'article', 'art', 'chapter', 'ch', 'chap', 'rule', 'clause', 'para', 'paragraph', 'annex', 'annexure', 'appendix', 'item', 'form', 'room', 'flight', 'route', 'highway', 'model', 'version', 'ver', 'v', 'resolution', 'res', 'part', 'volume', 'vol', 'issue', 'line', 'box', 'exhibit', 'chart', 'map', 'note', 'footnote', 'code', 'iso', 'rfc', 'bill', 'serial', 'id', 'ref', 'grade', 'level', 'platform', 'gate', 'block', 'plot', 'sector', 'ward', 'unit', 'batch', 'lot', 'step', 'stage']);
/** A number after one of these is a quantity or a time: "nearly 2000", "more than 1500", "at 1800". */
const QUANTITY = new Set(['about', 'nearly', 'approximately', 'approx', 'almost', 'roughly', 'some', 'than', 'over', 'under', 'least', 'most', 'exactly', 'only', 'at', 'these', 'those', 'another', 'additional', 'extra']);
/** Years before 1700 need one of these before them ("in 1498") or an era after them. */
const YEAR_CUES = new Set(['in', 'since', 'by', 'from', 'until', 'till', 'before', 'after', 'during', 'circa', 'c', 'ca', 'year', 'early', 'late', 'around']);
const ERAS = new Set(['ad', 'ce', 'bc', 'bce']);
/** After a number, these make it a count or a measure ("2000 people", "1500-strong", "2014 km"). */
const COUNT_WORDS = new Set(['people', 'children', 'men', 'women', 'staff', 'personnel', 'police', 'cattle', 'aircraft', 'crore', 'lakh', 'million', 'billion', 'trillion', 'thousand', 'hundred', 'dozen', 'per', 'percent', 'pc', 'km', 'kg', 'mw', 'gw', 'kw', 'mt', 'mm', 'cm', 'ft', 'odd', 'plus', 'strong', 'page', 'word', 'member', 'seat', 'bed', 'acre', 'tonne', 'ton', 'hectare', 'mile', 'metre', 'meter', 'kilometre', 'kilometer', 'feet', 'square', 'hr', 'hrs', 'bn', 'mn']);
/** Words ending in -s that are not plural nouns: a year may come before them ("2023 marks", "2014 was"). */
const NOT_PLURAL = new Set(['always', 'across', 'towards', 'afterwards', 'onwards', 'upwards', 'downwards', 'backwards', 'forwards', 'sometimes', 'perhaps', 'besides', 'unless', 'whereas', 'regardless', 'nevertheless', 'nonetheless', 'hers', 'ours', 'yours', 'theirs', 'does', 'goes', 'says', 'sees', 'marks', 'brings', 'remains', 'represents', 'seems', 'becomes', 'means', 'shows', 'begins', 'ends', 'makes', 'takes', 'gives', 'comes', 'looks', 'offers', 'heralds', 'witnesses', 'signals', 'starts', 'opens', 'closes', 'follows', 'precedes', 'continues', 'hosts', 'saw']);
/** Plural nouns that a year commonly qualifies: "the 2014 elections", "the 2020 agreements". */
const YEAR_NOUNS = new Set(['elections', 'polls', 'games', 'olympics', 'talks', 'riots', 'attacks', 'floods', 'protests', 'reforms', 'sanctions', 'negotiations', 'levels', 'figures', 'estimates', 'results', 'guidelines', 'regulations', 'amendments', 'accords', 'agreements', 'standards', 'targets', 'commitments', 'clashes', 'hostilities', 'tests', 'budgets', 'accounts', 'prices', 'rates', 'statistics', 'rankings', 'ratings', 'findings', 'numbers', 'summits', 'visits', 'celebrations', 'events', 'deadlines', 'goals', 'norms', 'bombings', 'blasts', 'earthquakes', 'killings', 'uprisings']);
const looksPlural = (w: string) => w.length >= 4 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w) && !NOT_PLURAL.has(w);

// ---- Calendar ----

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Days in month `m` (1-12) of year `y`; 0 for a month that does not exist. */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeap(y) ? 29 : 28;
  return [31, 0, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
}

/** Words between a date's comma and "a Monday": "which was", "which falls on", "that is". */
const CLAUSE_TO_WEEKDAY = new Set(['which', 'that', 'was', 'is', 'will', 'be', 'fell', 'falls', 'on']);
/** Lower-case words that may follow "a Monday" without making it "a Monday meeting". */
const CLAUSE_END = new Set(['and', 'but', 'when', 'while', 'so', 'or', 'as', 'after', 'before', 'at', 'in', 'with']);

/** The weekday of a date, 0 = Sunday (proleptic Gregorian; day overflow rolls into the next month). */
export function weekdayOf(y: number, m: number, d: number): number {
  const t = new Date(Date.UTC(2000, 0, 1));
  t.setUTCFullYear(y, m - 1, d);
  return t.getUTCDay();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "12 February 2026", "February 2026", "2014"; `long` adds the weekday: "Thursday, 12 February 2026". */
export function formatDate(d: SimpleDate, style?: 'long'): string {
  const y = String(d.year);
  if (d.month == null) return y;
  const name = MONTH_NAMES[d.month - 1];
  if (!name) return d.day == null ? `${y}-${pad(d.month)}` : `${y}-${pad(d.month)}-${pad(d.day)}`;
  if (d.day == null) return `${name} ${y}`;
  const s = `${d.day} ${name} ${y}`;
  return style === 'long' && !problemOf(d) ? `${WEEKDAY_NAMES[weekdayOf(d.year, d.month, d.day)]}, ${s}` : s;
}

function problemOf(d: SimpleDate): string | undefined {
  if (d.month == null) return undefined;
  if (!(d.month >= 1 && d.month <= 12)) return `there is no month ${d.month}`;
  if (d.day == null) return undefined;
  const n = daysInMonth(d.year, d.month);
  if (d.day < 1) return `there is no day ${d.day}`;
  return d.day > n ? `${MONTH_NAMES[d.month - 1]} ${d.year} has ${n} days` : undefined;
}

const levelOf = (d: SimpleDate) => (d.day != null ? 2 : d.month != null ? 1 : 0);
/** A sortable number for a date cut to `level` (0 year, 1 month, 2 day); `high` fills missing parts upwards. */
function keyOf(d: SimpleDate, level: number, high: boolean): number {
  const m = level >= 1 ? d.month ?? (high ? 12 : 1) : 0;
  const day = level >= 2 ? d.day ?? (high ? 31 : 1) : 0;
  return d.year * 10000 + m * 100 + day;
}
const sane = (d: SimpleDate) => Number.isInteger(d.year) && (d.month == null || (d.month >= 1 && d.month <= 12)) && (d.day == null || (d.day >= 1 && d.day <= 31));

/**
 * Two dates (or ranges) compared at the coarsest granularity they share: a year agrees with any date in
 * it, overlapping ranges agree. `unknown` when either side is not a usable date.
 */
export function compareAtGranularity(a: SimpleDate & { until?: SimpleDate }, b: SimpleDate & { until?: SimpleDate }): 'agree' | 'conflict' | 'unknown' {
  return compareSpans(dateSpan(a), dateSpan(b));
}

/** A date or range ready for many comparisons: its finest shared level and its bounds at each level. */
export interface DateSpan {
  level: number;
  lo: [number, number, number];
  hi: [number, number, number];
}

/** The span of a date or range; undefined when it is not a sane date (compares as unknown). */
export function dateSpan(x: (SimpleDate & { until?: SimpleDate }) | undefined): DateSpan | undefined {
  if (!x) return undefined;
  const to = x.until ?? x;
  if (!sane(x) || !sane(to)) return undefined;
  return { level: Math.min(levelOf(x), levelOf(to)), lo: [keyOf(x, 0, false), keyOf(x, 1, false), keyOf(x, 2, false)], hi: [keyOf(to, 0, true), keyOf(to, 1, true), keyOf(to, 2, true)] };
}

/** compareAtGranularity on precomputed spans: no allocation. */
export function compareSpans(p: DateSpan | undefined, q: DateSpan | undefined): 'agree' | 'conflict' | 'unknown' {
  if (!p || !q) return 'unknown';
  const level = p.level < q.level ? p.level : q.level;
  return p.lo[level] <= q.hi[level] && q.lo[level] <= p.hi[level] ? 'agree' : 'conflict';
}

// ---- Tokens ----
// Kept in typed arrays, not one object a token: on long input the garbage collector, not the matching,
// would otherwise dominate the time.

type Kind = 'none' | 'num' | 'word' | 'space' | 'punct';
const KINDS: Kind[] = ['none', 'num', 'word', 'space', 'punct'];

function kindOf(c: number): number {
  if ((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19)) return 1;
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) return 2;
  if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f) return 3;
  return 4;
}

class Tokens {
  length = 0;
  private readonly kinds: Uint8Array;
  private readonly starts: Int32Array;
  /** num: the value (-1 beyond 4 digits). word: starts with a capital (1). space: holds a blank line (1). */
  private readonly vals: Int32Array;

  constructor(readonly text: string) {
    this.kinds = new Uint8Array(text.length);
    this.starts = new Int32Array(text.length + 1);
    this.vals = new Int32Array(text.length);
    for (let i = 0; i < text.length; ) {
      const kind = kindOf(text.charCodeAt(i));
      let j = i + 1;
      if (kind !== 4) while (j < text.length && kindOf(text.charCodeAt(j)) === kind) j++;
      let val = 0;
      if (kind === 1) {
        for (let k = i; k < j && j - i <= 4; k++) val = val * 10 + (text.charCodeAt(k) - (text.charCodeAt(k) >= 0xff10 ? 0xff10 : 48));
        if (j - i > 4) val = -1;
      } else if (kind === 2) val = text[i] !== text[i].toLowerCase() ? 1 : 0;
      else if (kind === 3) for (let k = i, lines = 0; k < j; k++) if (text.charCodeAt(k) === 10 && ++lines === 2) val = 1;
      this.kinds[this.length] = kind;
      this.starts[this.length] = i;
      this.vals[this.length++] = val;
      i = j;
    }
    this.starts[this.length] = text.length;
  }
  kind(i: number): Kind {
    return i >= 0 && i < this.length ? KINDS[this.kinds[i]] : 'none';
  }
  start(i: number): number {
    return this.starts[i];
  }
  end(i: number): number {
    return this.starts[i + 1];
  }
  len(i: number): number {
    return this.starts[i + 1] - this.starts[i];
  }
  val(i: number): number {
    return this.vals[i];
  }
  /** A capitalised word, or white space holding a blank line. */
  flag(i: number): boolean {
    return this.vals[i] === 1;
  }
  /** Token i is one of these characters. */
  is(i: number, chars: string): boolean {
    if (this.kind(i) !== 'punct') return false;
    const c = this.text.charCodeAt(this.starts[i]);
    for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === c) return true;
    return false;
  }
  /** word: lower case ('' beyond 20 letters); punct: the character; else ''. */
  low(i: number): string {
    const kind = this.kind(i);
    if (kind === 'punct') return this.text[this.starts[i]];
    return kind === 'word' && this.len(i) <= 20 ? this.text.slice(this.starts[i], this.starts[i + 1]).toLowerCase() : '';
  }
}

// ---- Matching ----

type Loose = { year?: number; month?: number; day?: number };
interface Cand {
  /** Tokens consumed [lo, hi) and tokens of the date itself [a, b). */
  lo: number;
  hi: number;
  a: number;
  b: number;
  date: Loose;
  until?: Loose;
  gran: Granularity;
  form: DateMention['form'];
  weekday?: StatedWeekday;
  firstWeekday?: StatedWeekday;
  /** Consumed but not reported (an ambiguous numeric date). */
  skip?: boolean;
}
type Weekday = StatedWeekday & { next: number; first?: Weekday };

const cand = (a: number, b: number, date: Loose, until: Loose | undefined, gran: Granularity, form: Cand['form']): Cand => ({ lo: a, hi: b, a, b, date, until, gran, form });

class Scanner {
  readonly text: string;
  constructor(readonly t: Tokens) {
    this.text = t.text;
  }

  /** Past one white-space token at i (if it holds no blank line). */
  sp(i: number): number {
    return this.t.kind(i) === 'space' && !this.t.flag(i) ? i + 1 : i;
  }
  p(i: number, chars: string): boolean {
    return this.t.is(i, chars);
  }
  w(i: number): string {
    return this.t.kind(i) === 'word' ? this.t.low(i) : '';
  }
  /** The value of a number of `min`..`max` digits at i. */
  n(i: number, min: number, max: number): number | undefined {
    return this.t.kind(i) === 'num' && this.t.len(i) >= min && this.t.len(i) <= max ? this.t.val(i) : undefined;
  }
  year(i: number): number | undefined {
    const y = this.n(i, 4, 4);
    return y !== undefined && y >= 1000 && y <= 2099 ? y : undefined;
  }
  /** A day of the month with its ordinal suffix ("12", "12th"): [day, next token]. */
  day(i: number): [number, number] | undefined {
    const d = this.n(i, 1, 2);
    if (d === undefined || d < 1 || d > 31) return undefined;
    return [d, ORDINALS.has(this.w(i + 1)) ? i + 2 : i + 1];
  }
  /** A capitalised month name, with the dot of an abbreviation: [month, next token]. */
  month(i: number): [number, number] | undefined {
    const m = this.t.kind(i) === 'word' && this.t.flag(i) ? MONTHS.get(this.t.low(i)) : undefined;
    if (!m) return undefined;
    const abbr = this.t.low(i) !== MONTH_NAMES[m - 1].toLowerCase();
    return [m, abbr && this.p(i + 1, '.') ? i + 2 : i + 1];
  }
  weekday(i: number, needCapital: boolean): Weekday | undefined {
    const index = this.t.kind(i) === 'word' && (this.t.flag(i) || !needCapital) ? WEEKDAYS.get(this.t.low(i)) : undefined;
    if (index === undefined) return undefined;
    const next = this.t.low(i) !== WEEKDAY_NAMES[index].toLowerCase() && this.p(i + 1, '.') ? i + 2 : i + 1;
    const [start, end] = [this.t.start(i), this.t.end(next - 1)];
    return { index, start, end, text: this.text.slice(start, end), next };
  }
  /** The word before token i (past one space, or before an abbreviation's dot: "No. 1998"). */
  prevWord(i: number): string {
    let j = i - 1;
    if (this.t.kind(j) === 'space' && !this.t.flag(j)) j--;
    if (this.p(j, '.') && this.w(j - 1).length <= 4) j--;
    return this.w(j);
  }
  /** Token i does not continue a longer number, code or amount ("1,2014", "A2014", "$2014", "5-2014"). */
  startOk(i: number): boolean {
    const kind = this.t.kind(i - 1);
    if (kind === 'none' || kind === 'space') return true;
    if (kind !== 'punct' || this.t.is(i - 1, '$€£¥₹₩#№+±')) return false;
    return !(this.t.is(i - 1, '.,/:-–—') && this.t.kind(i - 2) === 'num');
  }
  /** Nothing at token i continues the number before it ("2014.5", "2014%", "2014abc", "2014:15"). */
  endOk(i: number): boolean {
    const kind = this.t.kind(i);
    if (kind === 'none' || kind === 'space') return true;
    if (kind === 'word') return this.t.low(i) === 't' && this.t.kind(i + 1) === 'num'; // ISO "2026-02-12T10:00"
    if (kind === 'num' || this.t.is(i, '%')) return false;
    return !(this.t.is(i, '.,/:-–—') && this.t.kind(i + 1) === 'num');
  }
  /** "–16", "-2016", "/17" after year `y`: [last year, next token]. */
  yearSuffix(i: number, y: number): [number, number] | undefined {
    if (!this.p(i, '-–—/')) return undefined;
    const y4 = this.year(i + 1);
    if (y4 !== undefined) return y4 > y && y4 - y <= 100 ? [y4, i + 2] : undefined;
    const yy = this.n(i + 1, 2, 2);
    if (yy === undefined) return undefined;
    const last = y - (y % 100) + yy; // "2014–16"; across a century only when close: "1999-00"
    if (last > y) return [last, i + 2];
    return last + 100 - y <= 10 ? [last + 100, i + 2] : undefined;
  }
  /** A count or a measure follows the number ending before token i ("2000 troops", "1500-strong"). */
  countAfter(i: number, second = false): boolean {
    if (this.p(i, '-') && COUNT_WORDS.has(this.w(i + 1))) return true;
    const k = this.sp(i);
    if (k === i) return false;
    const w = this.t.kind(k) === 'word' && !this.t.flag(k) ? this.t.low(k) : '';
    if (COUNT_WORDS.has(w)) return true;
    if (looksPlural(w)) return !YEAR_NOUNS.has(w);
    // "2000 to 3000 troops": the count comes after the second number.
    if (second || !(this.p(k, DASHES) || ['to', 'and', 'or'].includes(this.w(k)))) return false;
    const n = this.sp(k + 1);
    return this.t.kind(n) === 'num' && this.countAfter(n + 1, true);
  }

  /** "February 12, 2026", "Feb. 12-13, 2026", "February 2026", "February–March 2026", yearless "February 12". */
  monthFirst(i: number): Cand | undefined {
    const mo = this.month(i);
    if (!mo) return undefined;
    const [m, j] = mo;
    const first = this.day(this.sp(j));
    if (first) {
      let [d, e] = first;
      const range = this.dayRange(this.sp(j), e, d);
      if (range) e = range[1];
      let k = this.p(e, ',') ? e + 1 : e;
      k = this.sp(k);
      const y = this.year(k);
      const until = range && { month: m, day: range[0] };
      if (y !== undefined && this.endOk(k + 1)) return cand(i, k + 1, { year: y, month: m, day: d }, until && { year: y, ...until }, 'day', 'prose');
      return this.endOk(e) ? cand(i, e, { month: m, day: d }, until, 'day', 'prose') : undefined;
    }
    let e = j;
    let m2: number | undefined;
    const k = this.sp(j);
    if (this.p(k, DASHES) || this.w(k) === 'to') {
      const mo2 = this.month(this.sp(k + 1));
      if (mo2 && mo2[0] > m) [m2, e] = mo2;
    }
    let y = this.p(e, ',') ? e + 1 : e;
    y = this.sp(y);
    const year = this.year(y);
    if (year === undefined || y === e || !this.endOk(y + 1)) return undefined;
    return cand(i, y + 1, { year, month: m }, m2 ? { year, month: m2 } : undefined, 'month', 'prose');
  }

  /** "-13", "to 13" after day `d` (at token `first`), "and 13" after "between", or "and" with the next
   * day ("held on 17 and 18 August 2023": one event over two days): [last day, next token]. */
  dayRange(first: number, e: number, d: number): [number, number] | undefined {
    const k = this.sp(e);
    const word = this.w(k);
    const and = word === 'and';
    if (!(this.p(k, DASHES) || RANGE_WORDS.has(word) || and)) return undefined;
    const r = this.day(this.sp(k + 1));
    if (and && this.prevWord(first) !== 'between') return r && r[0] === d + 1 ? r : undefined;
    return r && r[0] > d ? r : undefined;
  }

  /** "12 February 2026", "12th of February, 2026", "12–13 February 2026", yearless "12 February". */
  dayFirst(i: number): Cand | undefined {
    const first = this.startOk(i) ? this.day(i) : undefined;
    if (!first) return undefined;
    let [d, e] = first;
    const range = this.dayRange(i, e, d);
    if (range) e = range[1];
    let k = this.sp(e);
    if (this.w(k) === 'of') k = this.sp(k + 1);
    const mo = this.month(k);
    if (!mo) return undefined;
    const [m, j] = mo;
    let y = this.p(j, ',') ? j + 1 : j;
    y = this.sp(y);
    const year = this.year(y);
    const until = range && { month: m, day: range[0] };
    if (year !== undefined && y !== j && this.endOk(y + 1)) return cand(i, y + 1, { year, month: m, day: d }, until && { year, ...until }, 'day', 'prose');
    return cand(i, j, { month: m, day: d }, until, 'day', 'prose');
  }

  /** "2026-02-12", "2026/2/12", "2026.02.12". Month 13+ is reported (invalid) only in the dashed form. */
  iso(i: number): Cand | undefined {
    const y = this.year(i);
    if (y === undefined || !this.startOk(i) || !this.p(i + 1, '-/.')) return undefined;
    const sep = this.t.low(i + 1);
    const m = this.n(i + 2, 1, 2);
    const d = this.n(i + 4, 1, 2);
    if (m === undefined || d === undefined || !this.p(i + 3, sep) || !this.endOk(i + 5)) return undefined;
    if (!(m >= 1 && m <= 12) && (sep !== '-' || this.t.len(i + 2) !== 2 || this.t.len(i + 4) !== 2)) return undefined;
    return cand(i, i + 5, { year: y, month: m, day: d }, undefined, 'day', 'iso');
  }

  /** "31/12/2026", "12.31.2026": reported only when the order of day and month is not in doubt. */
  numeric(i: number): Cand | undefined {
    const a = this.startOk(i) ? this.n(i, 1, 2) : undefined;
    if (a === undefined || !this.p(i + 1, '/.-')) return undefined;
    const b = this.n(i + 2, 1, 2);
    const year = this.year(i + 4);
    if (b === undefined || year === undefined || !this.p(i + 3, this.t.low(i + 1)) || !this.endOk(i + 5) || a < 1 || b < 1) return undefined;
    const dmy = { year, month: b, day: a };
    const mdy = { year, month: a, day: b };
    const okDmy = !problemOf(dmy);
    const okMdy = !problemOf(mdy);
    const c = cand(i, i + 5, okDmy ? dmy : okMdy ? mdy : b <= 12 || a > 12 ? dmy : mdy, undefined, 'day', 'numeric');
    if (okDmy && okMdy && a !== b) c.skip = true; // "12/02/2026": 12 February or December 2?
    return c;
  }

  /** "2016年12月29日", "2016年12月", "2016年", yearless "12月29日". */
  cjk(i: number): Cand | undefined {
    if (!this.startOk(i)) return undefined;
    let year: number | undefined;
    let k = i;
    if (this.n(i, 4, 4) !== undefined && this.p(this.sp(i + 1), '年')) {
      year = this.t.val(i);
      k = this.sp(i + 1) + 1;
    }
    const mAt = year === undefined ? i : this.sp(k);
    const month = this.n(mAt, 1, 2);
    if (month === undefined || !this.p(this.sp(mAt + 1), '月')) return year === undefined ? undefined : cand(i, k, { year }, undefined, 'year', 'cjk');
    k = this.sp(mAt + 1) + 1;
    const dAt = this.sp(k);
    const day = this.n(dAt, 1, 2);
    if (day === undefined || !this.p(this.sp(dAt + 1), '日')) return year === undefined ? undefined : cand(i, k, { year, month }, undefined, 'month', 'cjk');
    return cand(i, this.sp(dAt + 1) + 1, { year, month, day }, undefined, 'day', 'cjk');
  }

  /** "FY2024", "FY 2024-25", "FY24": a fiscal year, as the range of the two years it spans. */
  fiscal(i: number): Cand | undefined {
    if (this.text.slice(this.t.start(i), this.t.end(i)) !== 'FY') return undefined;
    const j = this.sp(i + 1);
    const yy = this.n(j, 2, 2);
    const y = this.year(j) ?? (yy !== undefined ? 2000 + yy : undefined);
    if (y === undefined) return undefined;
    const r = this.yearSuffix(j + 1, y);
    const e = r ? r[1] : j + 1;
    return this.endOk(e) ? cand(i, e, { year: y }, { year: r ? r[0] : y + 1 }, 'year', 'prose') : undefined;
  }

  /** "2014", "2014's", "2014–16", "2014-2016", "1990s", "the 1990's", "mid-2020". */
  yearForms(i: number): Cand | undefined {
    const y = this.year(i);
    if (y === undefined || !this.startOk(i)) return undefined;
    const decade = y % 10 === 0 ? { year: y + 9 } : undefined;
    if (decade && this.w(i + 1) === 's' && this.endOk(i + 2)) return cand(i, i + 2, { year: y }, decade, 'year', 'prose');
    if (this.p(i + 1, "'’") && this.w(i + 2) === 's' && this.endOk(i + 3)) {
      if (decade && this.prevWord(i) === 'the') return cand(i, i + 3, { year: y }, decade, 'year', 'prose');
      return { ...cand(i, i + 1, { year: y }, undefined, 'year', 'prose'), hi: i + 3 };
    }
    const before = this.prevWord(i);
    if (REFERENCE.has(before) || QUANTITY.has(before)) return undefined;
    if (y < 1700 && !YEAR_CUES.has(before) && !ERAS.has(this.w(this.sp(i + 1)))) return undefined;
    // A number just before or after ("020 1946 0958", "1800 123 4567") makes it a phone number or a list.
    if (this.t.kind(i - 1) === 'space' && this.t.kind(i - 2) === 'num') return undefined;
    if (this.t.kind(this.sp(i + 1)) === 'num') return undefined;
    const r = this.yearSuffix(i + 1, y);
    const e = r ? r[1] : i + 1;
    if (!this.endOk(e) || this.countAfter(e)) return undefined;
    return cand(i, e, { year: y }, r && { year: r[0] }, 'year', 'prose');
  }

  /** "(Thursday)", "(Fri)", "(木)", "（月曜日）" after a date, ending before token e. */
  trailingWeekday(e: number): Weekday | undefined {
    let k = this.sp(e);
    if (this.p(k, ',')) {
      // "3 January 2021, a Sunday", "5 March 2024, which was a Tuesday", "..., which falls on a Friday".
      k = this.sp(k + 1);
      for (let n = 0; n < 3 && CLAUSE_TO_WEEKDAY.has(this.w(k)); n++) k = this.sp(k + 1);
      if (this.w(k) !== 'a') return undefined;
      const wd = this.weekday(this.sp(k + 1), true);
      if (!wd) return undefined;
      // "a Monday meeting" names a meeting, not the date's weekday.
      const after = this.sp(wd.next);
      const nounAfter = after !== wd.next && this.t.kind(after) === 'word' && !this.t.flag(after) && !CLAUSE_END.has(this.w(after));
      return nounAfter ? undefined : wd;
    }
    if (!this.p(k, '(（')) return undefined;
    k = this.sp(k + 1);
    let wd = this.weekday(k, false);
    // "(Thursday–Friday)" after a range: the first day's weekday, then the last's.
    if (wd && this.p(this.sp(wd.next), DASHES)) {
      const last = this.weekday(this.sp(this.sp(wd.next) + 1), false);
      const close = last && this.sp(last.next);
      if (last && this.p(close!, ')）')) return { ...last, next: close! + 1, first: wd };
    }
    if (!wd && this.t.is(k, CJK_WEEKDAYS)) {
      let next = k + 1;
      if (this.p(next, '曜')) next += this.p(next + 1, '日') ? 2 : 1;
      const [start, end] = [this.t.start(k), this.t.end(next - 1)];
      wd = { index: CJK_WEEKDAYS.indexOf(this.t.low(k)), start, end, text: this.text.slice(start, end), next };
    }
    if (!wd) return undefined;
    const close = this.sp(wd.next);
    return this.p(close, ')）') ? { ...wd, next: close + 1 } : undefined;
  }

  dateAt(i: number): Cand | undefined {
    const kind = this.t.kind(i);
    if (kind === 'word') return this.fiscal(i) ?? this.monthFirst(i);
    if (kind === 'num') return this.cjk(i) ?? this.iso(i) ?? this.numeric(i) ?? this.dayFirst(i) ?? this.yearForms(i);
    return undefined;
  }

  /** "Monday, February 12, 2026", "Mon. 12 Feb. 2026": the weekday before a single day. */
  weekdayFirst(i: number): Cand | undefined {
    let wd = this.weekday(i, true);
    if (!wd) return undefined;
    // "Thursday–Friday, February 12–13, 2026": a range of weekdays before a range of days.
    let first: Weekday | undefined;
    const dash = this.sp(wd.next);
    const second = this.p(dash, DASHES) || this.w(dash) === 'to' ? this.weekday(this.sp(dash + 1), true) : undefined;
    if (second) [first, wd] = [wd, second];
    let j = this.p(wd.next, ',') ? wd.next + 1 : wd.next;
    j = this.sp(j);
    // "Monday the 5th of March 2024", "Friday, the 8th of March".
    if (this.w(j) === 'the' && this.t.kind(this.sp(j + 1)) === 'num') j = this.sp(j + 1);
    const c = j < this.t.length ? this.dateAt(j) : undefined;
    if (!c || c.skip || c.gran !== 'day') return undefined;
    const stated = (w: Weekday): StatedWeekday => ({ index: w.index, start: w.start, end: w.end, text: w.text });
    if (first) return c.until ? { ...c, lo: i, weekday: stated(wd), firstWeekday: stated(first) } : undefined;
    // Before a range the weekday names the first day, but a mention's weekday belongs to its last: leave it.
    return c.until ? c : { ...c, lo: i, weekday: stated(wd) };
  }

  scan(): Cand[] {
    const out: Cand[] = [];
    for (let i = 0; i < this.t.length; ) {
      const c = this.weekdayFirst(i) ?? this.dateAt(i);
      if (!c) {
        i++;
        continue;
      }
      if (!c.skip && c.gran === 'day' && !c.weekday) {
        const w = this.trailingWeekday(c.hi);
        if (w && (!w.first || c.until)) {
          [c.weekday, c.hi] = [{ index: w.index, start: w.start, end: w.end, text: w.text }, w.next];
          if (w.first) c.firstWeekday = { index: w.first.index, start: w.first.start, end: w.first.end, text: w.first.text };
        }
      }
      if (!c.skip) out.push(c);
      i = c.hi;
    }
    return out;
  }

  /** A range connector alone between two candidates: "–", "to", "until", "and" after "between". */
  linked(a: Cand, b: Cand): boolean {
    const k = this.sp(a.hi);
    const word = this.w(k);
    if (!(this.p(k, DASHES) || RANGE_WORDS.has(word) || (word === 'and' && this.prevWord(a.lo) === 'between'))) return false;
    return this.sp(k + 1) === b.lo;
  }

  /**
   * Joins "A – B" into one range (the weekday, if any, is B's), lending the stated year to a side without
   * one ("12 February – 3 March 2026"). A side with its own weekday stays a mention of its own.
   */
  join(cs: Cand[]): Cand[] {
    const out: Cand[] = [];
    for (let i = 0; i < cs.length; i++) {
      const a = cs[i];
      const b = cs[i + 1];
      // (Two ranges of years join too: "2019-20 to 2023-24" runs from 2019 to 2024.)
      if (!b || a.gran !== b.gran || ((a.until || b.until) && a.gran !== 'year') || (a.date.year === undefined && b.date.year === undefined) || !this.linked(a, b)) {
        out.push(a);
        continue;
      }
      const key = (d: Loose) => keyOf(d as SimpleDate, 2, false);
      if (a.date.year === undefined) a.date = { ...a.date, year: b.date.year! - (key({ ...a.date, year: b.date.year }) > key(b.date) ? 1 : 0) };
      if (b.date.year === undefined) b.date = { ...b.date, year: a.date.year! + (key({ ...b.date, year: a.date.year }) < key(a.date) ? 1 : 0) };
      if (a.weekday || key(a.date) > key(b.date)) {
        out.push(a);
        continue;
      }
      out.push({ ...a, hi: b.hi, b: b.b, until: b.until ?? b.date, weekday: b.weekday });
      i++;
    }
    return out;
  }
}

/** Every date mention in `text`, in order. Mentions without a written year are left out. */
/** Pandoc citation keys ("@pib-solar-2025", "[@smith2020]"): names, whatever digits they hold. */
const CITATION_KEY = /(?<![\p{L}\p{N}_@])@[\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*/gu;

/** The spans of citation keys in a text (none unless it has an "@"). */
export function citationKeySpans(text: string): [number, number][] {
  if (!text.includes('@')) return [];
  return [...text.matchAll(CITATION_KEY)].map((m) => [m.index!, m.index! + m[0].length]);
}

/** "on Thursday" with no date after it (a news report's way of dating an event in its week). */
const ON_WEEKDAY = /\bon\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b(?![,\s]+(?:\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b))/g;

const FUTURE = /\b(?:will|shall|(?:is|are)\s+(?:to|scheduled|due|expected|set|slated)|next)\b/i;

/**
 * Weekdays a source dates by its own publication date: "the Supreme Court on Thursday struck down ..." in
 * a report of Thursday, February 15, 2024 is 15 February 2024 (the latest such weekday on or before the
 * report's date; for what is still to come, "will meet on Monday", the next one after it). Only with a
 * publication date to the day.
 */
export function relativeWeekdays(text: string, published: SimpleDate | undefined, ownDate = false): DateMention[] {
  if (!published?.day || !published.month || !text.includes('day')) return [];
  const out: DateMention[] = [];
  const pub = Date.UTC(published.year, published.month - 1, published.day);
  const pubDay = new Date(pub).getUTCDay();
  ON_WEEKDAY.lastIndex = 0;
  for (const m of text.matchAll(ON_WEEKDAY)) {
    const wd = WEEKDAY_NAMES.indexOf(m[1]);
    // What is still to come ("the council will meet on Monday") is on the next such weekday after it.
    const ahead = FUTURE.test(text.slice(0, m.index));
    const t = new Date(pub + (ahead ? (wd - pubDay + 7) % 7 || 7 : -((pubDay - wd + 7) % 7)) * 86_400_000);
    const start = m.index! + m[0].length - m[1].length;
    out.push({ start, end: start + m[1].length, text: m[1], date: { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() }, granularity: 'day', valid: true, form: 'prose' });
  }
  // A release's "today" right before its verb ("The Prime Minister today launched ...") is its date.
  if (ownDate && text.includes('today')) for (const m of text.matchAll(TODAY_DID)) out.push({ start: m.index!, end: m.index! + 5, text: 'today', date: { year: published.year, month: published.month, day: published.day }, granularity: 'day', valid: true, form: 'prose' });
  return out;
}
// (After a word or a bracketed acronym: "The Ministry (MoEFCC) today launched", "Narendra Modi today
// inaugurated"; a sentence's first word "Today" is not this.)
const TODAY_DID = /(?<=[\p{L}\p{N})\]]\s)today(?=\s+\p{Ll}{3,}ed\b)/gu;

/**
 * Days and months written without a year that no year has ("31 June every year", "April 31st"): each with
 * its span and the most days its month has in any year. (A leap day, "29 February", may be.)
 */
export function impossibleYearless(text: string): { start: number; end: number; text: string; month: number; most: number }[] {
  if (typeof text !== 'string' || !/\d/.test(text)) return [];
  const s = new Scanner(new Tokens(text));
  const out: { start: number; end: number; text: string; month: number; most: number }[] = [];
  const keys = citationKeySpans(text);
  for (const c of s.join(s.scan())) {
    if (c.date.year !== undefined || c.date.month == null || c.date.day == null || c.until) continue;
    const most = daysInMonth(2000, c.date.month);
    if (c.date.day <= most) continue;
    const start = s.t.start(c.a);
    const end = s.t.end(c.b - 1);
    if (keys.some(([a, b]) => start < b && end > a)) continue;
    out.push({ start, end, text: text.slice(start, end), month: c.date.month, most });
  }
  return out;
}

export function findDates(text: string): DateMention[] {
  if (typeof text !== 'string' || !text) return [];
  const s = new Scanner(new Tokens(text));
  const out: DateMention[] = [];
  const keys = citationKeySpans(text);
  for (const c of s.join(s.scan())) {
    if (c.date.year === undefined || (c.until && c.until.year === undefined)) continue;
    const date = c.date as SimpleDate;
    const until = c.until as SimpleDate | undefined;
    const start = s.t.start(c.a);
    const end = s.t.end(c.b - 1);
    if (keys.some(([a, b]) => start < b && end > a)) continue;
    const problem = problemOf(date) ?? (until && problemOf(until));
    const m: DateMention = { start, end, text: text.slice(start, end), date, granularity: c.gran, valid: !problem, form: c.form };
    if (until) m.until = until;
    if (c.weekday) m.weekday = c.weekday;
    if (c.firstWeekday && until) m.firstWeekday = c.firstWeekday;
    if (problem) m.problem = problem;
    out.push(m);
  }
  return out;
}
