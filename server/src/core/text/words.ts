// Words: tokens with offsets, and the normal form used to compare key terms across texts.
//
// normalizeWord folds case, possessives, British/American spelling (defence/defense, -ise/-ize, -our/-or,
// programme/program) and light inflection (plural, -ing, -ed), so "Defence", "defense" and "defences" meet.
import { detach } from './memo';

export interface Token {
  start: number;
  end: number;
  text: string;
}

// A word: one letter or digit, then letters, digits, marks, apostrophes, ampersands and hyphens, less the
// trailing apostrophes, ampersands and hyphens (/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’&-]*/u, then trimmed). Read
// by hand, a code point at a time with an ASCII fast path: 2.6× faster than the regex over the synthetic
// corpus (tokenize runs on every sentence of the corpus and of each draft); the regex stays as the
// reference the word tests compare against.
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const MARK = /^\p{M}$/u;

/** 0: not in a word; 1: letter or digit; 2: joiner (' ’ & -), trimmed at a word's end; 3: a mark. */
function charClass(c: number): number {
  if (c < 128) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return 1;
    return c === 39 || c === 38 || c === 45 ? 2 : 0;
  }
  if (c === 0x2019) return 2;
  const ch = String.fromCodePoint(c);
  return LETTER_OR_DIGIT.test(ch) ? 1 : MARK.test(ch) ? 3 : 0;
}

/** Superlatives that judge rather than rank: "the clearest picture comes from ...", "the quickest relief
 * lies in ...". The writer's own assessment, which no source can back; not a claim, unless it ranks
 * over time ("the clearest test yet"). */
export const EVALUATIVE_EST = 'clearest|simplest|easiest|surest|quickest|likeliest|wisest|truest|plainest|starkest|neatest|fairest';
/** Words in -est that are no superlative ("harvest", "interest", "imprest"), as a regex alternation. */
export const NOT_SUPERLATIVE_EST = 'interest|latest|west|rest|honest|modest|forest|harvest|request|contest|protest|test|guest|priest|manifest|arrest|quest|conquest|digest|earnest|inquest|midwest|northwest|southwest|unrest|behest|crest|chest|nest|vest|pest|zest|bequest|tempest|everest|budapest|bucharest|trieste|alkahest|imprest';

export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  // An en dash between letters joins names as a hyphen does ("Akhaura–Agartala" is "Akhaura-Agartala");
  // one character for one, so offsets stay.
  if (text.includes('\u2013')) text = text.replace(/(?<=\p{L})\u2013(?=\p{L})/gu, '-');
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.codePointAt(i)!;
    if (charClass(c) !== 1) {
      i += c > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    i += c > 0xffff ? 2 : 1;
    // The end after the last character that is not a joiner.
    let end = i;
    while (i < n) {
      c = text.codePointAt(i)!;
      const k = charClass(c);
      if (k === 0) break;
      i += c > 0xffff ? 2 : 1;
      if (k !== 2) end = i;
    }
    out.push({ start: base + start, end: base + end, text: text.slice(start, end) });
  }
  return out;
}

export const STOPWORDS = new Set(
  ('a an the and or but nor of for to in on at by with from into onto over under as is are was were be been being ' +
    'has have had do does did this that these those it its it\'s their theirs them they he she his her him we our ' +
    'us you your i me my not no so than then there here which who whom whose what when where why how also very ' +
    'can could may might must shall should will would about after before during since until while between among ' +
    'both each either neither all any some such more most other another same own only just even still yet up down ' +
    'out off again further once per via upon within without across along around through toward towards against ' +
    'said says say new one two three first second its if because though although whether').split(/\s+/),
);

const SPELLING: Record<string, string> = {
  defence: 'defense', defences: 'defenses', offence: 'offense', licence: 'license', programme: 'program',
  programmes: 'programs', centre: 'center', centres: 'centers', theatre: 'theater', metre: 'meter',
  kilometre: 'kilometer', kilometres: 'kilometers', metres: 'meters', theatres: 'theaters', fibre: 'fiber',
  fibres: 'fibers', litre: 'liter', litres: 'liters', calibre: 'caliber', grey: 'gray', cheque: 'check', catalogue: 'catalog',
  dialogue: 'dialog', analyse: 'analyze', analysed: 'analyzed', analysing: 'analyzing', enrol: 'enroll',
  fulfil: 'fulfill', judgement: 'judgment', ageing: 'aging', manoeuvre: 'maneuver', aluminium: 'aluminum',
  enrolment: 'enrollment', enrolments: 'enrollments', enrols: 'enrolls', fulfilment: 'fulfillment', fulfils: 'fulfills',
  instalment: 'installment', instalments: 'installments', skilful: 'skillful', wilful: 'willful',
  travelled: 'traveled', travelling: 'traveling', traveller: 'traveler', travellers: 'travelers',
  modelling: 'modeling', modelled: 'modeled', labelled: 'labeled', labelling: 'labeling', cancelled: 'canceled',
  cancelling: 'canceling', counselling: 'counseling', counsellor: 'counselor', counsellors: 'counselors',
  signalling: 'signaling', fuelled: 'fueled', fuelling: 'fueling', channelled: 'channeled', levelled: 'leveled',
  totalled: 'totaled', mould: 'mold', plough: 'plow', pyjamas: 'pajamas',
  paediatric: 'pediatric', anaemia: 'anemia', haemoglobin: 'hemoglobin', oestrogen: 'estrogen', foetal: 'fetal',
  diarrhoea: 'diarrhea', orthopaedic: 'orthopedic', encyclopaedia: 'encyclopedia',
};

/** Folds British to American spelling for common patterns. */
export function americanize(w: string): string {
  const direct = Object.hasOwn(SPELLING, w) ? SPELLING[w] : undefined;
  if (direct) return direct;
  if (w.length > 5) {
    // "favour", "favoured", "favourite", "labourers", "honourable": -our- before an ending.
    const our = /our(s|ed|ing|able|ably|ite|ites|er|ers|ful|less)?$/.exec(w);
    if (our && !/(four|hour|your|pour|tour|flour|sour|dour|contour|troubadour|devour|scour|detour|amour)$/.test(w.slice(0, our.index + 3))) return w.slice(0, our.index) + 'or' + (our[1] ?? '');
  }
  // (By the stem, not the word's length, so that every form of a verb agrees: "raise" and "raised" are
  // "raize", "raized"; "rise" and "wise", with one letter before, stay.)
  if (w.length > 4) {
    w = w.replace(/(?<=^\p{L}{2,})is(e|es|ed|ing|er|ers|ation|ations)$/u, 'iz$1');
    w = w.replace(/(?<=^\p{L}{2,})ys(e|es|ed|ing|er|ers)$/u, 'yz$1');
  }
  return w;
}

/** Light stemmer: plural and common verb endings. Enough to match "launched"/"launch", "policies"/"policy". */
export function stem(w: string): string {
  if (w.length <= 3) return w;
  if (/ies$/.test(w) && w.length > 4) return w.slice(0, -3) + 'y';
  if (/(ss|us|is)$/.test(w)) return w;
  if (/(ches|shes|xes|sses)$/.test(w)) return w.slice(0, -2);
  if (/s$/.test(w)) w = w.slice(0, -1);
  // ("notified", "ratified", "applied" are "notify", "ratify", "apply", as their plain forms are.)
  if (w.length > 5 && /ied$/.test(w)) return w.slice(0, -3) + 'y';
  if (w.length > 5 && /ing$/.test(w)) w = w.slice(0, -3);
  else if (w.length > 4 && /ed$/.test(w)) w = w.slice(0, -2);
  if (w.length > 3 && /e$/.test(w)) w = w.slice(0, -1);
  return w;
}

// Words repeat: a bounded memo makes normalisation a map lookup, and hands out one string per normal form.
const normalMemo = new Map<string, string>();

/** Irregular past forms, to their verb ("sought" and "seeking" meet at "seek"). Forms that are also
 * common other words ("found", "left", "saw", "lay") are left alone. */
const IRREGULAR = new Map<string, string>(Object.entries({
  sought: 'seek', held: 'hold', met: 'meet', began: 'begin', begun: 'begin', took: 'take', taken: 'take',
  brought: 'bring', made: 'make', went: 'go', gone: 'go', gave: 'give', given: 'give', won: 'win',
  struck: 'strike', laid: 'lay', led: 'lead', built: 'build', spent: 'spend', sent: 'send', told: 'tell',
  paid: 'pay', rose: 'rise', risen: 'rise', fell: 'fall', fallen: 'fall', grew: 'grow', grown: 'grow',
  wrote: 'write', written: 'write', chose: 'choose', chosen: 'choose', drew: 'draw', drawn: 'draw',
  bought: 'buy', sold: 'sell', kept: 'keep', withdrew: 'withdraw', withdrawn: 'withdraw', swore: 'swear',
  sworn: 'swear', undertook: 'undertake', undertaken: 'undertake', overtook: 'overtake', overtaken: 'overtake',
  forgone: 'forgo', spoke: 'speak', spoken: 'speak', broke: 'break', broken: 'break', froze: 'freeze',
  frozen: 'freeze', shook: 'shake', shaken: 'shake',
}));

/** Whether a lower-case word may be a verb in the past ("grew", "approved"): an irregular past form or a
 * word in -ed. */
export function looksPast(word: string): boolean {
  const w = word.toLowerCase();
  return IRREGULAR.has(w) || (/ed$/.test(w) && w.length > 4);
}

/** The normal form of a word for matching: lower case, no possessive, American spelling, stemmed. */
/** Accents fold away: "Malé" is "Male", "Türkiye" "Turkiye". */
export function foldAccents(w: string): string {
  return /[\u00c0-\u024f]/.test(w) ? w.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : w;
}

export function normalizeWord(word: string): string {
  const hit = normalMemo.get(word);
  if (hit !== undefined) return hit;
  let w = word.toLowerCase().replace(/['’]s$/, '').replace(/['’]/g, '');
  w = foldAccents(w);
  w = stem(americanize(IRREGULAR.get(w) ?? w));
  if (normalMemo.size >= 200_000) normalMemo.clear();
  // Detached: a long word is a view of the whole document it was cut from (see detach()).
  w = detach(w);
  normalMemo.set(detach(word), w);
  return w;
}

/** What a corpus word contributes: whether it is a lower-case word (for telling ordinary words written in
 * capitals from acronyms), and its normal form as a key term (undefined for stop words and numbers). */
export interface WordInfo {
  lower: boolean;
  stem: string | undefined;
}
const infoMemo = new Map<string, WordInfo>();

export function wordInfo(w: string): WordInfo {
  let info = infoMemo.get(w);
  if (info) return info;
  const lower = w.toLowerCase();
  const code = lower.charCodeAt(0);
  info = {
    lower: w === lower && w.length >= 2 && !/[\d'’&-]/.test(w),
    stem: STOPWORDS.has(lower) || lower.length < 2 || (code >= 48 && code <= 57) ? undefined : normalizeWord(w),
  };
  if (infoMemo.size >= 200_000) infoMemo.clear();
  infoMemo.set(detach(w), info);
  return info;
}

/** Content words of a text, normalised, without stop words or bare numbers. */
export function keyTerms(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) {
    const lower = t.text.toLowerCase();
    if (STOPWORDS.has(lower) || /^\d/.test(lower) || lower.length < 2) continue;
    out.push(normalizeWord(t.text));
  }
  return out;
}

/** Folds a phrase for comparison: normalised words joined by one space. */
export function foldPhrase(text: string): string {
  return tokenize(text).map((t) => normalizeWord(t.text)).join(' ');
}
