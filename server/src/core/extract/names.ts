// Names and multi-word terms: runs of capitalised words ("Act East Policy", "Larsen & Toubro",
// "Ministry of Commerce and Industry", "General Manoj Pande"), found in one sentence at a time.
// Inner connectors (of, and, &, for, the, on, de) join capitalised words; a possessive ends a name
// ("India's Act East Policy" gives "India" and "Act East Policy"); sentence-initial function words drop.
import { tokenize, STOPWORDS, americanize, type Token } from '../text/words';
import { detach } from '../text/memo';
import { isCalendarWord } from './dates';

export interface NameMention {
  start: number;
  end: number;
  text: string;
  /** Folded key for lookup: lower case, "and" for "&", American spelling, no possessive. */
  key: string;
  /** A person's name without an honorific ("Manoj Pande" for "General Manoj Pande"), when there is one. */
  person?: string;
  /** The name starts the sentence, so its capital says little. */
  initial: boolean;
  /** The post named before a person's name, in the same run ("External Affairs Minister") or just
   * before it in lower case ("ISRO chairman"). */
  title?: string;
}

export const HONORIFICS = new Set([
  'general', 'gen', 'lt', 'lieutenant', 'colonel', 'col', 'major', 'maj', 'captain', 'capt', 'admiral', 'adm',
  'air', 'marshal', 'brigadier', 'dr', 'doctor', 'professor', 'prof', 'mr', 'mrs', 'ms', 'miss', 'sir', 'dame',
  'president', 'minister', 'ambassador', 'senator', 'governor', 'secretary', 'shri', 'smt', 'justice', 'judge',
  'chairman', 'chairperson', 'premier', 'king', 'queen', 'prince', 'princess', 'commander',
]);
/** Words that name a post: before a name, they say who the person is ("ISRO chairman S. Somanath",
 * "External Affairs Minister S. Jaishankar"). */
export const TITLE_WORDS = new Set([
  ...HONORIFICS,
  'chief', 'head', 'director', 'director-general', 'chair', 'spokesperson', 'spokesman', 'spokeswoman', 'envoy',
  'commissioner', 'adviser', 'advisor', 'ceo', 'cfo', 'founder', 'co-founder', 'editor', 'mayor', 'chancellor',
  'vice-chancellor', 'vice-president', 'deputy', 'officer', 'economist', 'analyst', 'scientist', 'leader', 'negotiator',
  'representative', 'attorney', 'registrar', 'comptroller', 'auditor', 'administrator', 'coordinator', 'executive',
]);
export const POST_MODIFIERS = new Set(['deputy', 'vice', 'chief', 'prime', 'foreign', 'finance', 'defence', 'defense', 'home', 'external', 'union', 'state', 'senior', 'joint', 'principal', 'executive', 'managing', 'former', 'then', 'acting', 'interim', 'national', 'security']);
const CONNECTORS = new Set(['of', 'and', '&', 'for', 'the', 'on', 'de', 'da', 'du', 'von', 'van', 'bin', 'al']);
const NAME_STARTS = new Set(['new', 'first', 'second', 'one', 'two', 'three']);
const LEADING_DROP = new Set([...[...STOPWORDS].filter((w) => !NAME_STARTS.has(w)), 'however', 'moreover', 'furthermore', 'additionally', 'meanwhile', 'similarly', 'lastly', 'further', 'despite', 'given', 'prior', 'although', 'yet', 'while']);

/** Lower-case head nouns that end a name: "Act East policy", "Make in India initiative". */
export const HEAD_NOUNS = new Set(['policy', 'initiative', 'agreement', 'pact', 'treaty', 'dialogue', 'dialog', 'programme', 'program', 'framework', 'doctrine', 'strategy', 'mission', 'scheme', 'corridor', 'summit', 'accord', 'partnership', 'forum', 'alliance', 'exercise', 'exercises']);

const isCap = (t: string) => {
  const c = t[0];
  return (c !== c.toLowerCase() && c === c.toUpperCase()) || (c >= '0' && c <= '9' && /^\d+\p{Lu}/u.test(t));
};

/** Whether the text before `at` ends a sentence or clause (". ", "! ", ": "), skipping white space. */
function endsClause(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i--;
  return i < 0 || '.!?:'.includes(text[i]);
}
const possessive = (t: string) => /['’]s$/.test(t) || /s['’]$/.test(t);

const foldMemo = new Map<string, string>();

export function foldName(text: string): string {
  const hit = foldMemo.get(text);
  if (hit !== undefined) return hit;
  const key = detach(fold(text));
  if (foldMemo.size >= 100_000) foldMemo.clear();
  // Detached: a name is a view of the whole document it was cut from, which the memo would keep alive
  // (after an index build, most of the documents of the corpus).
  foldMemo.set(detach(text), key);
  return key;
}

function fold(text: string): string {
  return text
    .replace(/['’]s\b/g, '')
    .replace(/\s*&\s*/g, ' and ')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map(americanize)
    .join(' ');
}

function mention(text: string, toks: Token[], sentenceStart: boolean): NameMention | undefined {
  let a = 0;
  let b = toks.length;
  // Drop function words and discourse markers capitalised only because they start the sentence.
  while (a < b && ((sentenceStart && a === 0 && LEADING_DROP.has(toks[a].text.toLowerCase())) || CONNECTORS.has(toks[a].text.toLowerCase()))) a++;
  while (b > a && CONNECTORS.has(toks[b - 1].text.toLowerCase())) b--;
  if (a >= b) return undefined;
  const start = toks[a].start;
  let end = toks[b - 1].end;
  let surface = text.slice(start, end);
  if (possessive(toks[b - 1].text)) {
    surface = surface.replace(/['’]s?$/, '');
    end = start + surface.length;
  }
  const m: NameMention = { start, end, text: surface, key: foldName(surface), initial: sentenceStart && a === 0 };
  let h = a;
  while (h < b - 1 && HONORIFICS.has(toks[h].text.toLowerCase().replace(/\.$/, ''))) h++;
  // A post with a portfolio after it ("Minister of External Affairs S. Jaishankar", "Union Minister of
  // Agriculture and Farmers Welfare Shivraj Singh Chouhan"): the person starts after its last word.
  const p = h > a ? afterPortfolio(toks, h, b) : -1;
  if (p > 0) {
    m.person = text.slice(toks[p].start, end);
    m.title = text.slice(start, toks[p - 1].end);
  } else if (h > a && b - h >= 2 && !CONNECTORS.has(toks[h].text)) m.person = text.slice(toks[h].start, end);
  else {
    // A post named in capitals before the name: "External Affairs Minister S. Jaishankar".
    let t = b - 2;
    while (t > a && !TITLE_WORDS.has(toks[t].text.toLowerCase().replace(/\.$/, ''))) t--;
    const rest = toks.slice(t + 1, b);
    const titled = t > a && TITLE_WORDS.has(toks[t].text.toLowerCase().replace(/\.$/, ''));
    const q = titled ? afterPortfolio(toks, t + 1, b) : -1;
    if (q > 0) {
      m.person = text.slice(toks[q].start, end);
      m.title = text.slice(start, toks[q - 1].end);
    } else if (titled && rest.length >= 2 && rest.every((x) => isCap(x.text) && !TITLE_WORDS.has(x.text.toLowerCase().replace(/\.$/, '')))) {
      m.person = text.slice(toks[t + 1].start, end);
      m.title = text.slice(start, toks[t].end);
    }
  }
  return m;
}

/** Words of a post's portfolio ("of External Affairs", "of Agriculture and Farmers Welfare"). */
const PORTFOLIO = new Set(['affairs', 'development', 'welfare', 'agriculture', 'home', 'external', 'foreign', 'finance', 'defence', 'defense', 'health', 'family', 'education', 'state', 'rural', 'urban', 'commerce', 'industry', 'industries', 'farmers', 'women', 'child', 'children', 'environment', 'forest', 'forests', 'climate', 'change', 'road', 'roads', 'transport', 'highways', 'railways', 'power', 'energy', 'renewable', 'new', 'petroleum', 'natural', 'gas', 'steel', 'mines', 'coal', 'law', 'justice', 'labour', 'labor', 'employment', 'tourism', 'culture', 'information', 'broadcasting', 'communications', 'technology', 'science', 'sciences', 'electronics', 'jal', 'shakti', 'water', 'resources', 'housing', 'tribal', 'minority', 'social', 'empowerment', 'skill', 'entrepreneurship', 'youth', 'sports', 'textiles', 'food', 'processing', 'consumer', 'public', 'distribution', 'civil', 'aviation', 'shipping', 'ports', 'waterways', 'cooperation', 'panchayati', 'raj', 'parliamentary', 'personnel', 'planning', 'statistics', 'programme', 'implementation', 'corporate', 'heavy', 'fisheries', 'animal', 'husbandry', 'dairying', 'chemicals', 'fertilisers', 'fertilizers', 'micro', 'small', 'medium', 'enterprises', 'earth', 'space', 'atomic', 'ayush', 'security', 'economic', 'economy', 'interior', 'trade', 'treasury', 'army', 'navy', 'air', 'staff', 'national', 'minorities', 'grievances', 'pensions', 'tribes']);

/**
 * Where the person starts in a post with a portfolio after its title word (tokens from..b): after its
 * last connector or portfolio word, when there is one and two or more capitalised words follow; else -1.
 */
function afterPortfolio(toks: Token[], from: number, b: number): number {
  let last = -1;
  for (let k = from; k < b; k++) {
    const w = toks[k].text.toLowerCase();
    if (CONNECTORS.has(toks[k].text) || PORTFOLIO.has(w)) last = k;
  }
  if (last < 0 || !CONNECTORS.has(toks[from].text) || b - (last + 1) < 2) return -1;
  for (let k = last + 1; k < b; k++) if (!isCap(toks[k].text) || TITLE_WORDS.has(toks[k].text.toLowerCase().replace(/\.$/, ''))) return -1;
  return last + 1;
}

/** Dotted abbreviations that are places or bodies, not a person's initials ("U.S. President"). */
const DOTTED_PLACES = new Set(['US', 'UK', 'UN', 'EU', 'USA', 'UAE', 'USSR', 'DC', 'NY', 'LA', 'NZ', 'SA', 'PRC', 'ROK', 'DPRK', 'ROC']);

/** The letters of the dotted abbreviation that ends at `end` ("U.S" before ". President" gives "US"). */
function dottedBefore(text: string, end: number): string {
  const m = /(?:\p{Lu}\.)*\p{Lu}$/u.exec(text.slice(Math.max(0, end - 12), end));
  return m ? m[0].replace(/\./g, '') : '';
}

/** Names in a sentence. `text` is the sentence (masked prose); offsets are shifted by `base`. */
/** A bracketed qualifier of a post, read from its first word: "(Independent Charge) for ...". */
const QUALIFIER = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}\) (?:for|of) \p{Lu}/u;
const QUALIFIER_BEFORE = /\(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}$/u;

export function findNames(text: string, base = 0, toks: Token[] = tokenize(text)): NameMention[] {
  const out: NameMention[] = [];
  let run: Token[] = [];
  let runStartsSentence = false;
  let runAt = 0;
  const flush = () => {
    if (run.length) {
      const m = mention(text, run, runStartsSentence);
      if (m) {
        // A post in lower case just before the name: "ISRO chairman S. Somanath", "the chief minister Jane Roe".
        const prev = runAt > 0 ? toks[runAt - 1] : undefined;
        if (!m.person && prev && TITLE_WORDS.has(prev.text) && /^\s+$/.test(text.slice(prev.end, run[0].start)) && run.length >= 2 && !run.some((x) => TITLE_WORDS.has(x.text.toLowerCase().replace(/\.$/, '')))) {
          m.person = m.text;
          let from = runAt - 1;
          // The words before it that belong to the post: capitalised ones ("ISRO", "Foreign") and a few modifiers.
          while (from > 0 && /^\s+$/.test(text.slice(toks[from - 1].end, toks[from].start)) && runAt - from < 6 && (isCap(toks[from - 1].text) || POST_MODIFIERS.has(toks[from - 1].text))) from--;
          m.title = text.slice(toks[from].start, prev.end);
        }
        // A surname after a person's initials is a person's name ("R. Selvakumar", "S. Somanath"): the
        // surname alone later names the same person.
        if (!m.person && run.length >= 2 && run.slice(0, -1).every((x) => /^\p{Lu}$/u.test(x.text) && text[x.end] === '.') && /^\p{Lu}\p{Ll}{2,}$/u.test(run[run.length - 1].text) && m.text === text.slice(run[0].start, run[run.length - 1].end)) m.person = m.text;
        out.push({ ...m, start: m.start + base, end: m.end + base });
      }
    }
    run = [];
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    // Only white space (or a lone ampersand, or the dot of "Gen.") may stand between words of a name.
    // An initial joins the name it starts: "S. Jaishankar", "A. P. J. Abdul Kalam". (One space, the
    // usual gap, is decided without slicing.)
    let joined = false;
    if (i > 0) {
      const from = toks[i - 1].end;
      if (t.start === from + 1 && text.charCodeAt(from) === 32) joined = true;
      else {
        const gap = text.slice(from, t.start);
        // (Not the last letter of a dotted abbreviation: "U.S. President".)
        // Initials written close ("J.P. Nadda") join too, unless they spell a place or a body ("U.S.").
        const single = /^\p{Lu}$/u.test(toks[i - 1].text);
        const initial = single && (text[toks[i - 1].start - 1] !== '.' || !DOTTED_PLACES.has(dottedBefore(text, toks[i - 1].end))) && isCap(t.text) && !LEADING_DROP.has(t.text.toLowerCase());
        joined = (/^(\s+|\s*&\s*|\.\s+)$/.test(gap) && !(gap.startsWith('.') && !HONORIFICS.has(toks[i - 1].text.toLowerCase()) && !initial)) || (gap === '.' && single && /^\p{Lu}$/u.test(t.text) && text[t.end] === '.' && !DOTTED_PLACES.has(dottedBefore(text, t.end)));
        // A bracketed qualifier inside a post: "Minister of State (Independent Charge) for Skill
        // Development".
        if (!joined && run.length && ((gap === ' (' && QUALIFIER.test(text.slice(t.start, t.start + 50))) || (gap === ') ' && /^(?:for|of)$/.test(t.text) && QUALIFIER_BEFORE.test(text.slice(Math.max(0, from - 50), from))))) joined = true;
      }
    }
    const lower = t.text.toLowerCase();
    if (run.length && !joined) flush();
    if (run.length && joined && t.text === lower && HEAD_NOUNS.has(lower) && !possessive(run[run.length - 1].text) && run.some((r, k) => isCap(r.text) && !(k === 0 && runStartsSentence && LEADING_DROP.has(r.text.toLowerCase())))) {
      run.push(t);
      flush();
      continue;
    }
    // A number after a name is part of it ("Matsya 6000", "Chandrayaan 3", "Article 370"), not after a
    // month or a weekday (a date) or before a unit.
    if (run.length && joined && /^\d{1,4}$/.test(t.text) && isCap(run[run.length - 1].text) && !isCalendarWord(run[run.length - 1].text) && !/^[.,]?\d/.test(text.slice(t.end, t.end + 2)) && !/^\s*(?:%|per\b|percent\b|crore\b|lakh\b|million\b|billion\b)/i.test(text.slice(t.end, t.end + 10))) {
      run.push(t);
      flush();
      continue;
    }
    if (isCap(t.text) || (run.length && CONNECTORS.has(lower) && i + 1 < toks.length && isCap(toks[i + 1].text)) || t.text === '&') {
      if (!run.length) {
        runStartsSentence = i === 0 || endsClause(text, t.start);
        runAt = i;
      }
      run.push(t);
      if (possessive(t.text)) flush();
    } else flush();
  }
  flush();
  return out;
}
