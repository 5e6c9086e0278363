// Dated events: each date mention in a sentence, tied to the trigger nearest to it (launched, signed,
// visited, held, ...) and to the key terms of its part of the sentence, so that a draft's date can be
// checked against the sources' date for the same event.
import { findDates, type DateMention, type SimpleDate, type Granularity } from './dates';
import { tokenize, normalizeWord, STOPWORDS, type Token } from '../text/words';

/** Trigger words by event class. Two events can be the same only if their classes are compatible. */
const TRIGGER_CLASSES: Record<string, string[]> = {
  launch: ['launch', 'unveil', 'introduce', 'announce', 'adopt', 'unveiling', 'announcement', 'roll', 'initiate', 'inaugurate', 'begin', 'began', 'begun', 'start', 'kick', 'propose', 'articulate', 'enunciate', 'rollout', 'debut'],
  establish: ['establish', 'establishment', 'found', 'form', 'formation', 'set', 'create', 'creation', 'institute', 'normalize', 'commence', 'constitute', 'incorporate'],
  sign: ['sign', 'signing', 'ink', 'conclude', 'agreement', 'pact', 'accord', 'treaty', 'memorandum', 'mou'],
  force: ['force', 'effect', 'effective', 'ratify', 'ratification', 'enact', 'enactment', 'pass', 'implement', 'notify', 'notified', 'notification', 'promulgate', 'assent'],
  // A ship or plant launched is not yet commissioned; a law passed is not yet amended: separate classes.
  commission: ['commission', 'commissioning', 'induct', 'induction'],
  approve: ['approve', 'approval', 'sanction', 'endorse'],
  amend: ['amend', 'amendment', 'repeal', 'abolish', 'scrap', 'scrapped', 'revoke', 'abrogate', 'abrogation'],
  withdraw: ['withdraw', 'withdrew', 'withdrawn', 'withdrawal', 'exit', 'quit'],
  join: ['join', 'accede', 'accession'],
  office: ['appoint', 'appointment', 'elect', 'sworn', 'swear', 'swore', 'assume', 'resign', 'resignation', 'retire', 'retirement', 'nominate', 'nomination'],
  visit: ['visit', 'trip', 'tour', 'travel'],
  meet: ['hold', 'held', 'open', 'convene', 'meet', 'met', 'meeting', 'summit', 'dialog', 'conference', 'schedule', 'host', 'take', 'took', 'round', 'session', 'talk'],
  publish: ['release', 'publish', 'issue', 'report', 'survey'],
  occur: ['occur', 'happen', 'strike', 'struck', 'attack', 'disaster', 'war', 'crisis', 'conflict', 'test', 'exercise', 'election', 'die', 'died', 'death', 'born', 'birth', 'land', 'crash', 'erupt', 'flood', 'collapse', 'explode', 'assassinate', 'assassination', 'invade', 'invasion', 'win', 'won', 'defeat'],
};
const TRIGGER_OF = new Map<string, string>();
for (const [cls, words] of Object.entries(TRIGGER_CLASSES)) for (const w of words) if (!TRIGGER_OF.has(normalizeWord(w))) TRIGGER_OF.set(normalizeWord(w), cls);

/** Words that say nothing about which event a date belongs to. */
const GENERIC = new Set(['year', 'month', 'day', 'week', 'recent', 'recently', 'later', 'earlier', 'ago', 'since', 'early', 'late', 'mid', 'last', 'next', 'time', 'period', 'first', 'sixth', 'fifth', 'fourth', 'third', 'second', 'new', 'iteration', 'now'].map(normalizeWord));
const MONTH_OR_DAY = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

export interface DatedEvent {
  date: SimpleDate;
  until?: SimpleDate;
  granularity: Granularity;
  /** The date expression's span (document offsets). */
  start: number;
  end: number;
  /** The sentence's span (document offsets). */
  sentenceStart: number;
  sentenceEnd: number;
  /** Trigger classes (launch, sign, visit, ...) of the trigger words in the date's part of the sentence,
   * nearest first, joined by "+" ("launch+meet" for "launched ... on 30 November 2015 at the summit"). */
  trigger?: string;
  /** The trigger word as written. */
  triggerWord?: string;
  /** Normalised key terms of the event's part of the sentence. */
  terms: string[];
}

export function triggerClass(word: string): string | undefined {
  return TRIGGER_OF.get(normalizeWord(word));
}

const classLists = new Map<string, string[]>();
/** The classes of an event's trigger ("launch+meet" -> launch, meet). */
export function triggerClasses(trigger: string | undefined): string[] {
  if (!trigger) return [];
  let c = classLists.get(trigger);
  if (!c) classLists.set(trigger, (c = trigger.split('+')));
  return c;
}

/** Whether two events can be the same kind of event: their triggers share a class. */
export function sameKind(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const bs = triggerClasses(b);
  return triggerClasses(a).some((x) => bs.includes(x));
}

/**
 * Events in one sentence. `text` is the sentence, `base` its document offset. `dates` may be passed when
 * already found (offsets relative to `text`).
 */
export function findEvents(text: string, base: number, dates: DateMention[] = findDates(text), toks?: Token[]): DatedEvent[] {
  const usable = dates.filter((d) => d.valid && d.date.year);
  if (!usable.length) return [];
  toks ??= tokenize(text);
  const out: DatedEvent[] = [];
  for (let i = 0; i < usable.length; i++) {
    const d = usable[i];
    // This date's part of the sentence: from halfway to the previous date to halfway to the next one.
    const lo = i > 0 ? (usable[i - 1].end + d.start) >> 1 : 0;
    const hi = i + 1 < usable.length ? (d.end + usable[i + 1].start) >> 1 : text.length;
    const terms = new Set<string>();
    let trigger: string | undefined;
    let triggerWord: string | undefined;
    let triggerDist = Infinity;
    const classes: [string, number][] = [];
    for (const t of toks) {
      if (t.end <= lo || t.start >= hi) continue;
      if (t.start >= d.start && t.end <= d.end) continue;
      const lower = t.text.toLowerCase();
      const n = normalizeWord(t.text);
      // A capitalised word is a name ("Institute"), not a trigger, unless it starts the sentence.
      const cls = /^\p{Lu}/u.test(t.text) && t.start > 0 && /\S/.test(text.slice(0, t.start)) ? undefined : TRIGGER_OF.get(n);
      if (cls) {
        const dist = t.end <= d.start ? d.start - t.end : t.start - d.end;
        classes.push([cls, dist]);
        if (dist < triggerDist) {
          trigger = cls;
          triggerWord = t.text;
          triggerDist = dist;
        }
      }
      if (STOPWORDS.has(lower) || /^\d/.test(lower) || lower.length < 2 || GENERIC.has(n) || MONTH_OR_DAY.test(lower)) continue;
      if (cls || (TRIGGER_OF.has(n) && /^\p{Ll}/u.test(t.text))) continue;
      terms.add(n);
    }
    out.push({
      date: d.date,
      until: d.until,
      granularity: d.granularity,
      start: base + d.start,
      end: base + d.end,
      sentenceStart: base,
      sentenceEnd: base + text.length,
      trigger: classes.length > 1 ? [...new Set(classes.sort((x, y) => x[1] - y[1]).map((c) => c[0]))].join('+') : trigger,
      triggerWord,
      terms: [...terms],
    });
  }
  return out;
}
