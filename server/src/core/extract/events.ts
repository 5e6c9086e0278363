// Dated events: each date mention in a sentence, tied to the trigger nearest to it (launched, signed,
// visited, held, ...) and to the key terms of its part of the sentence, so that a draft's date can be
// checked against the sources' date for the same event.
import { findDates, citationKeySpans, type DateMention, type SimpleDate, type Granularity } from './dates';
import { tokenize, normalizeWord, looksPast, STOPWORDS, type Token } from '../text/words';

/** Trigger words by event class. Two events can be the same only if their classes are compatible. */
const TRIGGER_CLASSES: Record<string, string[]> = {
  launch: ['launch', 'unveil', 'introduce', 'announce', 'promise', 'pledge', 'adopt', 'unveiling', 'announcement', 'roll', 'initiate', 'inaugurate', 'begin', 'began', 'begun', 'start', 'kick', 'propose', 'articulate', 'enunciate', 'rollout', 'debut', 'flag', 'flagged', 'used', 'relaunch', 'relaunched'],
  establish: ['establish', 'establishment', 'found', 'foundation', 'form', 'formation', 'set', 'create', 'creation', 'institute', 'normalize', 'commence', 'constitute', 'incorporate'],
  sign: ['sign', 'signing', 'ink', 'conclude', 'agreement', 'pact', 'accord', 'treaty', 'memorandum', 'mou', 'deal', 'contract'],
  // A bill passed by a house, the assent that makes it law (and its notification), and its coming into
  // force are three dates, often far apart: three kinds.
  pass: ['pass'],
  assent: ['assent', 'enact', 'enactment', 'notify', 'notified', 'notification', 'promulgate'],
  force: ['force', 'effect', 'effective', 'ratify', 'ratification', 'implement'],
  // A ship or plant launched is not yet commissioned; a law passed is not yet amended: separate classes.
  commission: ['commission', 'commissioning', 'induct', 'induction'],
  // "The Cabinet cleared the plant": an approval (the bare adjective "clear" is not: see NOT_TRIGGERS).
  approve: ['approve', 'approval', 'sanction', 'endorse', 'clear', 'clearance', 'decide', 'decision'],
  // A change of name or state: "was renamed", "became the National TB Elimination Programme".
  rename: ['rename', 'renamed', 'renaming', 'rechristen', 'rebrand', 'redesignate', 'become', 'became'],
  amend: ['amend', 'amendment', 'repeal', 'abolish', 'scrap', 'scrapped', 'revoke', 'abrogate', 'abrogation'],
  withdraw: ['withdraw', 'withdrew', 'withdrawn', 'withdrawal', 'exit', 'quit'],
  // A restriction put on, and one taken off: "wheat exports were prohibited on 13 May 2022", "the curbs
  // imposed in July 2023 were lifted in September 2024". (The noun "ban" is neither: "the ban was lifted".)
  restrict: ['prohibit', 'impose', 'embargo'],
  lift: ['lift'],
  // A court's decision: "the Supreme Court ruled on 23 August 2024 that ..." (also "ruled", "ruling": see IN_CONTEXT).
  judge: ['verdict', 'judgment', 'judgement', 'uphold', 'upheld'],
  // A status conferred: "was designated as the national nodal agency on 16 January 2014".
  designate: ['designate', 'designation'],
  // Put off: "the first phase was postponed on 25 March 2020" ("delay" is mostly a noun of no event).
  postpone: ['postpone', 'postponement', 'defer', 'deferment'],
  join: ['join', 'accede', 'accession'],
  office: ['appoint', 'appointment', 'elect', 'sworn', 'swear', 'swore', 'assume', 'resign', 'resignation', 'retire', 'retirement', 'nominate', 'nomination'],
  visit: ['visit', 'trip', 'tour', 'travel'],
  meet: ['hold', 'held', 'open', 'convene', 'meet', 'met', 'meeting', 'summit', 'dialog', 'conference', 'schedule', 'host', 'take', 'took', 'round', 'session', 'talk', 'workshop', 'seminar', 'webinar', 'symposium', 'hearing', 'ceremony', 'consultation', 'camp', 'mela', 'conduct'],
  publish: ['release', 'publish', 'issue', 'report', 'survey', 'notice', 'declare', 'declaration', 'circulate', 'circulated'],
  // A document handed to a body: "the updated NDC was submitted to the UNFCCC on 26 August 2022".
  // (Also a report "presented to Lok Sabha": a verb only, see PRESENT.)
  submit: ['submit', 'submitted', 'submission', 'lodge', 'send', 'sent', 'present'],
  // Things that happen, by kind: a crisis and a test in the same sentence as one name are not one event.
  occur: ['occur', 'happen'],
  conflict: ['strike', 'struck', 'attack', 'war', 'crisis', 'conflict', 'explode', 'assassinate', 'assassination', 'invade', 'invasion'],
  test: ['test', 'exercise', 'drill', 'demonstrate', 'demonstrated', 'demonstration'],
  election: ['election', 'poll', 'win', 'won', 'defeat'],
  life: ['die', 'died', 'death', 'born', 'birth'],
  disaster: ['disaster', 'crash', 'erupt', 'flood', 'collapse', 'cyclone', 'earthquake', 'landslide', 'landslip', 'cloudburst', 'tsunami', 'avalanche', 'stampede', 'burst', 'breach', 'outburst'],
  // Debt turned into a stake: "converted ₹36,950 crore of dues into equity on 30 March 2025".
  convert: ['convert', 'conversion'],
  // Animals, people or goods moved: "12 cheetahs were translocated from South Africa", "arrived".
  move: ['translocate', 'translocation', 'relocate', 'relocation', 'reintroduce', 'reintroduction', 'airlift', 'evacuate', 'evacuation', 'arrive', 'arrival'],
  // A spacecraft lands; a cyclone makes landfall or crosses the coast.
  land: ['land', 'landing', 'landfall', 'cross'],
  // A change of hands: "handed over to the Tata group", "the sale of Air India", "the merger took effect".
  listing: ['list', 'listing'],
  // An end: "the hackathon closed on 21 November", "talks ended on 2 March", "the audit was completed on
  // 4 June", "stopped taking new proposals on" (verbs only: "the end of", "close ties", "the year ending
  // 31 March" and "completion" are none).
  end: ['end', 'close', 'complete', 'finish', 'stop', 'stopped', 'halt', 'discontinue', 'cease'],
  transfer: ['hand', 'handover', 'transfer', 'sell', 'sale', 'acquire', 'acquisition', 'takeover', 'merge', 'merger', 'amalgamate', 'amalgamation', 'privatize', 'privatization', 'divest', 'divestment', 'disinvest', 'disinvestment'],
};
const TRIGGER_OF = new Map<string, string>();
for (const [cls, words] of Object.entries(TRIGGER_CLASSES)) for (const w of words) if (!TRIGGER_OF.has(normalizeWord(w))) TRIGGER_OF.set(normalizeWord(w), cls);
// Words of two kinds: a line or a plant "opened" or "inaugurated" is launched, a conference is held; a
// conference "concluded" ends, an agreement is signed.
for (const [w, cls] of [['open', 'meet+launch'], ['inaugurate', 'launch+meet'], ['conclude', 'sign+end'], ['arrive', 'move+visit'], ['arrival', 'move+visit'], ['fly', 'move+visit'], ['flew', 'move+visit'], ['flown', 'move+visit'], ['inauguration', 'launch+meet']]) TRIGGER_OF.set(normalizeWord(w), cls);
const OPEN_CLASS = TRIGGER_OF.get(normalizeWord('open'))!;
/** What opens as a meeting does (see OPEN_CLASS). */
/** Words that name a gathering (as a source string, for the patterns built on it). */
const GATHERING_WORDS = String.raw`(?:summits?|conferences?|sessions?|meetings?|workshops?|talks|dialogues?|dialogs?|rounds?|hearings?|seminars?|webinars?|symposi(?:um|a)|ceremon(?:y|ies)|consultations?|auctions?|exhibitions?|expos?|fairs?|games|congress|assembl(?:y|ies)|forums?|festivals?|parliament|house)`;
const GATHERING = new RegExp(String.raw`\b${GATHERING_WORDS}\b`, 'i');
const END_WORDS = new Set(TRIGGER_CLASSES.end.map(normalizeWord));
const END_VERB = /^(?:end(?:ed|s)|clos(?:ed|es)|complet(?:ed|es)|finish(?:ed|es)|stop(?:ped|s)|halt(?:ed|s)|discontinu(?:ed|es)|ceas(?:ed|es))$/i;

/** A verb's past participle and "for", before a noun: the noun is the purpose ("released for public
 * consultation", "opened for bidding"). */
const FOR_PURPOSE = /\b\p{Ll}{3,}(?:ed|en)\s+for\s+(?:\p{Ll}+\s+){0,2}$/u;
/** "the Budget announcement of ", "its decision of ": a determiner, up to three words, a noun and "of" right
 * before a date (not a gathering where something was done: "approved the plan at its meeting of ..."). */
/** The source of a pattern for a determiner, up to three words (no preposition or determiner among them,
 * nor any of `not`) and a lower-case noun (group 1, none of `not` either) right before `tail` and the
 * date; not inside a phrase of time or place ("at the ...", "since the ..."). */
function definiteNounBefore(tail: string, not = ''): string {
  const also = not ? `|${not}` : '';
  return String.raw`(?<![\p{L}\p{N}])(?<!\b(?:at|during|in|on|since|after|before|until|by)\s+)(?:the|a|an|its|their|this|that)\s+(?:(?!(?:at|in|on|of|for|by|with|to|from|the|a|an|its|their${also})\s)[\p{L}\p{N}'’-]+\s+){0,3}?${not ? String.raw`(?!(?:${not})\s)` : ''}(\p{Ll}+)\s+${tail}\s+$`;
}
const DATED_NOUN = new RegExp(definiteNounBefore(String.raw`of`), 'u');
/** A thing held or done on a day, inside a clause: "the mid-term review held on ", "the questionnaire
 * circulated on " (a participle other than "held" only with the clause's own verb after the date:
 * "Replies to the questionnaire circulated on 17 November 2025 are expected", not "Bids for the resort
 * closed on 21 January 2024"). */
const FINITE_AFTER = /^\s+(?:[\p{Ll}-]+\s+){0,2}?(?:is|are|was|were|has|have|had|will|would|shall|may|must|remains?|remained)\b/u;
const HELD_NOUN = new RegExp(definiteNounBefore(String.raw`(?:held|\p{Ll}{3,}ed)\s+on`, 'is|are|was|were|be|been|being|has|have|had'), 'u');
/** The object of an aim's gerund ("towards holding simultaneous elections"): no event either. */
const AIM_OBJECT = /\btowards?\s+\p{Ll}{3,}ing\s+(?:\p{Ll}+\s+){0,2}$/u;
/** Words whose normal form is a trigger's but which name no event: "according to", vital statistics
 * ("live births", "deaths per lakh"), "found" (of "find": "the survey found that ..."; "founded" is a
 * founding). */
const NOT_TRIGGERS = new Set(['according', 'accordingly', 'births', 'deaths', 'found', 'clear']);
/** A determiner before a participle makes it an adjective ("every notified patient", "the proposed
 * rules"): it describes a thing, it does not date an action. */
const DETERMINER = /(?:^|\s)(?:the|a|an|every|each|all|any|its|their|his|her|our|these|those|this|newly|recently)\s+$/i;

const NUMBERED = /^(\p{Lu}{2,})[-‐‑]?\d+$/u;

const TAKE = normalizeWord('take');
/** "Force" and "effect" date a law only as "into force", "in force", "took effect", "with effect from":
 * a labour force, a task force or the effect of a policy is no event. */
const FORCE = normalizeWord('force');
/** "Used" is a launch only as a first use: "the VVPAT was first used on 4 September 2013". */
const USE = normalizeWord('used');
/** "Hand" is a transfer only as "handed over" ("on the other hand" is none). */
const HAND = normalizeWord('hand');
/** "Flag" is a launch only as "flagged off" ("flagged concerns" is none). */
const FLAG = new Set([normalizeWord('flag'), normalizeWord('flagged')]);
/** "Listed on the BSE on 22 June 2017": a listing ("a list of" is none). */
const LIST = normalizeWord('list');
/** "presented": a verb of a document laid before a body ("at present", "the present scheme" are none). */
const PRESENT = normalizeWord('present');
/** "Opened", "opening" and "will open" are events; the bare word is mostly the adjective ("an open
 * tender", "open access"). */
const OPEN_VERB = /(?:^|\s)(?:to|will|would|shall|may|might|can|could|did|does|do|must|should)\s+$/i;
const EFFECT = normalizeWord('effect');
/** "The January 2023 BrahMos deal" is a signing; the verb ("to deal with", "must deal") and "a great
 * deal" are none. */
const DEAL = normalizeWord('deal');
/** A contract is signed; an economy that "contracted" or is "contracting" signed nothing. */
const CONTRACT = normalizeWord('contract');
/** "Jails held 5,73,220 inmates", "holds a 26 per cent stake": to hold a quantity is to contain it, no
 * meeting. */
const HOLD = new Set([normalizeWord('hold'), normalizeWord('held'), normalizeWord('holds')]);
/** What a post is held as, not a meeting held: "the post was held on an acting basis", "held in abeyance". */
const HELD_AS = /^\s+(?:on\s+an?\s+(?:\p{Ll}+\s+)?basis|in\s+abeyance|in\s+trust|vacant)\b/u;
const QUANTITY_AHEAD = /^\s+(?:about|around|over|nearly|almost|some|only|just|roughly|more\s+than|less\s+than|fewer\s+than|at\s+least|up\s+to)?\s*(?:[\d\u20b9$\u20ac\u00a3]|a\s+(?:\d|stake|share|majority|minority|record)|(?:its|their|the)\s+(?:stake|share|majority))/i;
/**
 * Words that name an event only in context, told apart as written: a court "ruled" (not "the rules", not
 * "ruled out"); a plant was "dedicated to the nation" (not "a dedicated budget line"); a service "went
 * live" or is "live since" a day (not "living donors"); a target "revised" (not "the revised scheme"); a rate "fixed" (not "a fixed deposit"). They are not in TRIGGER_OF, whose words are no
 * key terms and end a subject.
 */
const IN_CONTEXT: { word: RegExp; when: (before: string, after: string) => boolean; cls: string; endsSubject?: 'always' }[] = [
  { word: /^rul(?:ed|ing)$/i, when: (_, after) => !/^\s+out\b/i.test(after), cls: 'judge', endsSubject: 'always' },
  { word: /^dedicated?$/i, when: (_, after) => /^\s+to\b/i.test(after), cls: 'launch', endsSubject: 'always' },
  { word: /^live$/i, when: (before, after) => /\b(?:go|goes|went|gone|going)\s+$/i.test(before) || /^\s+since\b/i.test(after), cls: 'launch', endsSubject: 'always' },
  // A verb, not the adjective of "the revised scheme": "revised the target on ...", "was revised in ...".
  { word: /^revis(?:e|ed|es)$/i, when: (before, after) => VERB_USE.test(after) || AUXILIARY.test(before), cls: 'amend' },
  // A rate or price "fixed" by a body is approved ("fixed the royalty on lithium", "was fixed at"; not "a
  // fixed deposit").
  { word: /^fix(?:ed|es)$/i, when: (before, after) => VERB_USE.test(after) || AUXILIARY.test(before), cls: 'approve' },
];
function inContext(text: string, t: Token, subject = false): string | undefined {
  for (const c of IN_CONTEXT) if (c.word.test(t.text) && ((subject && c.endsSubject) || c.when(text.slice(Math.max(0, t.start - 8), t.start), text.slice(t.end, t.end + 8)))) return c.cls;
  return undefined;
}
/** A date right after a verb of saying (see findEvents). */
const SAID_ON = /\b(?:said|says|told\s+(?:\p{L}+\s+){0,2}?|stated|added|noted|remarked|claimed|confirmed|alleged|acknowledged|admitted)\s+(?:(?:on|in\s+a\s+statement\s+on|late\s+on|early\s+on)\s+)?$|\baccording\s+to\s+(?:the\s+)?(?:data|figures|numbers|estimates|a\s+report|a\s+statement|a\s+survey)\s+(?:released|published|issued|shared)\s+(?:by\s+[^,;.]{2,60}?\s+)?on\s+$/u;
/** A date after "from" and a word that is no verb of an event (see findEvents). */
const FROM_START = /(?<![\p{L}\p{N}])(\p{Ll}+)\s+from\s+$/u;
/** Regular past tenses of saying, thinking and seeming, which date no event of their own (a verb in no
 * class, see findEvents). */
const SAYING = /^(?:stated|added|noted|remarked|claimed|confirmed|alleged|acknowledged|admitted|reported|believed|seemed|appeared|expected|estimated|based|used|called|named|needed|wanted|hoped|planned|aimed|asked|urged|argued|warned|described|listed|showed|mentioned|compared|followed|continued|remained|stayed)$/i;
const BEGINNING = /,\s+(?:beginning|starting|commencing)\s+(?:on\s+|from\s+)?$/i;
/** A deadline ("The first annual review is due by 31 March 2026"): the date of a kind of its own, "due",
 * compared only with another deadline. */
const DUE = /\b(?:is|are|was|were|be|falls?|fell)\s+due\s+(?:by|on|in|before)?\s*$/i;
/** The date a rule applies from ("has applied to all tenders issued since 1 April 2022", "applies to
 * contracts signed on or after ..."): the start of what the clause says, not a bound. */
const APPLIES_SINCE = /\bappl(?:y|ies|ied)\s+to\s+[^.;:]{0,60}?\s(?:since|on\s+or\s+after)\s+$/i;
/** "crossed the Andhra Pradesh coast" is a landfall; "crossed 100 million users" is none. */
const CROSS = normalizeWord('cross');
const COAST_AHEAD = /^\s+(?:\S+\s+){0,4}?coast(?:line)?\b/i;
const INTO_FORCE = /\b(?:into|in)\s+$/i;
const TAKE_EFFECT = /\b(?:into|in|take|takes|took|taken|taking|with|come|came|comes)\s+$/i;

/** Words that say nothing about which event a date belongs to. */
const GENERIC = new Set(['year', 'month', 'day', 'week', 'recent', 'recently', 'later', 'earlier', 'ago', 'since', 'early', 'late', 'mid', 'last', 'next', 'time', 'period', 'first', 'sixth', 'fifth', 'fourth', 'third', 'second', 'new', 'iteration', 'now'].map(normalizeWord));
const MONTH_OR_DAY = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/** Whether a word (normal form n) is a key term of an event: not a stop word, number, date word or trigger. */
function isTerm(word: string, n: string): boolean {
  const lower = word.toLowerCase();
  if (STOPWORDS.has(lower) || /^\d/.test(lower) || lower.length < 2 || GENERIC.has(n) || MONTH_OR_DAY.test(lower)) return false;
  return !(TRIGGER_OF.has(n) && /^\p{Ll}/u.test(word));
}

/** The index of the first token that ends after `at` (binary search: tokens are in text order). */
function firstEndingAfter(toks: Token[], at: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A break between clauses: punctuation, or a conjunction between spaces ("received assent on 11 August
 * after it was passed by the Lok Sabha on 7 August": the passing is the second date's). */
const CLAUSE_BREAK = /[,;:()\u2013\u2014]|\s(?:and|but|while|whereas|after|before|when)\s/g;

/**
 * A date that bounds rather than dates: the end of a state ("runs until 31 December 2025", "in office
 * till 2019", "remained in force until the completion of the process on 6 June 2024": UNTIL_END), a
 * deadline or target ("due by 31 January 2024", "net zero by 2070", "a target for 2070").
 * It dates no action, so it is no event, and the sentence's clauses divide between the other dates. (A
 * date a thing is scheduled or set for is its date, and "live since 12 May 2025" dates the going live.)
 */
const BOUND = /(?:\b(?:until|till|untill|through|thru|up\s+to|by|before|after|(?<!\blive\s+)since)|(?<!\b(?:scheduled|slated|planned|set|fixed|due|earmarked|rescheduled|postponed|moved|called))\s+for)\s+(?:(?:the\s+)?(?:end|close|middle)\s+of\s+|(?:late|early|mid)[\s-]+)?$/i;

/** A period for things listed "to be leased between 2022 and 2025" after the sentence's own event ("The
 * NMP, unveiled on 23 August 2021, listed 25 airports to be leased between 2022 and 2025"): a plan's
 * window, no event's date. */
const TO_BE_WITHIN = /\bto\s+be\s+\p{Ll}+(?:ed|en)\s+(?:between|from|over|during)\s+$/u;

/** A deadline's date bounds what may happen, it dates nothing: "The deadline for SSMIs to comply was 26
 * May 2021, three months after notification", "The Phase I deadline fell on Wednesday, 15 August 2023"; nor
 * does the new one a deadline is moved to ("extended the
 * deadline for completing construction to 31 March 2026 at its meeting on 24 July 2024"). */
const DEADLINE = /\b(?:deadlines?|due\s+date|last\s+date|cut-?off(?:\s+date)?)\b[^.;:]{0,80}?\b(?:(?:was|is|were|are|fell|falls|ended|ends|expired|expires|remains?)(?:\s+on)?|of|set\s+(?:at|for|as)|to)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$/i;

/** A period a thing covers is no date of an event: "its report, covering 2026-31, by 31 October 2025", "an
 * outlay of ₹13,000 crore for five years, from 2023-24 to 2027-28". */
const COVERING = /\b(?:(?:covering|covers|covered|spanning|spans)\s+(?:the\s+)?(?:(?:period|years?)\s+)?(?:(?:from|of)\s+)?|(?:for|over)\s+(?:the\s+)?(?:\w+\s+)?(?:years?|months?)(?:,\s*|\s+)(?:from\s+)?\(?|for\s+the\s+(?:\w+\s+)?period\s+(?:of\s+|from\s+)?)$/i;

/** The end of a state at the end of a process: "remained in force until the completion of the election
 * process on 6 June 2024" (a bound, read further back than BOUND). */
const UNTIL_END = /\b(?:until|till)\s+(?:the\s+)?(?:completion|conclusion|end|close|expiry)\s+of\s+[^,.;()]{1,80}?\s+(?:on|in)\s+$/i;

/** A plan that was overtaken ("had been due to close on 29 February 2024 but ended on 2 March"): the
 * date of no action, like a bound. (A plan still ahead, "is due to be held on 5 May", dates its event.) */
const PAST_PLAN = /\b(?:was|were|had\s+been)\s+(?:originally\s+|initially\s+)?(?:due|scheduled|slated|expected|set|planned|supposed|meant)\s+to\s+(?:be\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,3}?\s+(?:on|in|at|for|from|by)?\s*$/iu;

/**
 * A figure's period, not an event's date: "rose from 64 percent in 2021-22", "₹4.46 lakh crore in
 * 2023-24", "grew 32.5 per cent in 2023", "a peak of 11.2 per cent at end-March 2018". A measure with its unit just before "in" (a bare number may be a
 * name: "Article 370 in 2019"), or a number written with thousands separators after "from", "to" or
 * "about" ("rose from about 10,400 in 2022 to 25,300 in 2024").
 */
const MEASURE = /(?:\d(?:[\d.,]*\d)?\s*(?:%|per\s*cent|percent|(?:lakh|crore|million|billion|trillion|bn|mn)(?:\s+(?:crore|tonnes?))?|tonnes?|km|MW|GW|GWh|kWh)|\b(?:from|to|about|nearly|some|around|over)\s+(?:about\s+)?\d{1,3}(?:,\d{2,3})+(?:\.\d+)?)\s+(?:in|during|at|from|for|as\s+(?:of|on))\s+(?:the\s+)?(?:(?:fiscal|financial)\s+(?:year\s+)?|FY\s*|end[-\s]+(?:of\s+)?)?$/i;

/** The end of a span that runs "from" a dated thing ("sessions from the ONOD launch on Wednesday, 13
 * March 2025, to 31 May 2025"): the span's end, no event of its own. */
const RANGE_END = /\bfrom\s[^.;:]{3,100}?(?:19|20)\d{2},?\s+(?:to|till|until|through)\s+$/i;

/** What makes a date a bound, a window or a measure rather than an event's date, each with how far
 * before the date it is read. */
const BOUNDS: [RegExp, number][] = [[BOUND, 30], [UNTIL_END, 120], [PAST_PLAN, 60], [MEASURE, 40], [DEADLINE, 120], [COVERING, 30], [TO_BE_WITHIN, 40], [RANGE_END, 130]];

// A report's edition too ("the India State of Forest Report (ISFR) 2023", "Census 2011").
const NAMED_YEAR = /\b(?:Act|Bill|Rules|Regulations?|Code|Ordinance|Amendment|Policy|Order|Mission|Vision|Agenda|Report|Survey|Index|Census|Budget|Outlook|Review|Guidelines|Directions|Standards|Yearbook)(?:\s*\([^()]{1,20}\))?\s*(?:,|of)?\s*$/;
/** A year right after an acronym that follows "the" ("The ISFR 2023 was released"), or that opens the
 * sentence (OPENING_ACRONYM, tested on the whole text before the year). */
const THE_ACRONYM = /\b[Tt]he\s+\p{Lu}{2,}\s*$/u;
/** An acronym of three capitals or more right before a year, which names its edition ("after LEADS 2023
 * was released on ...", "LEADS 2024 released by the Minister"). EDITION_YEAR finds them, and those after
 * an acronym in brackets too ("India State of Forest Report (ISFR) 2023"). */
const ACRONYM_EDITION = /(?<![\p{L}\p{N}-])\p{Lu}{3,}\s+$/u;
const EDITION_YEAR = /(?<![\p{L}\p{N}-])\p{Lu}{3,}\)?\s+((?:19|20)\d{2})(?![\d\u2013-])/gu;
/** A month's name or its abbreviation (as a source string). */
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)`;
/** A year after a name of two capitalised words, not a month's ("Karmayogi Saptah 2025", "Aero India
 * 2025"): the edition it names. */
const NAME_EDITION = new RegExp(String.raw`(?<![\p{L}\p{N}-])\p{Lu}[\p{L}-]+\s+(?!${MONTH}\b)\p{Lu}\p{Ll}[\p{L}-]*\s+((?:19|20)\d{2})(?![\d\u2013-])`, 'gu');
const NAME_EDITION_TEST = new RegExp(NAME_EDITION.source, 'u');
/** The years that name editions in a text (an acronym's or a name's). */
const editionsIn = (text: string): string[] => [...text.matchAll(EDITION_YEAR), ...text.matchAll(NAME_EDITION)].map((m) => m[1]);
/** A year or season an act is for: "for 2025-26", "for sugar season 2024-25", "for kharif 2024". */
const PERIOD = /\bfor\s+(?:the\s+)?(?:(?:sugar|marketing|crop|kharif|rabi|financial|fiscal|academic)\s+)?(?:season\s+|year\s+)?((?:19|20)\d{2})(?:\s*[-\u2013]\s*\d{2,4})?(?!\s*(?:crore|lakh|million|billion|tonnes?|km|units?|%|per))\b/gi;
/** A financial year or season before the noun it qualifies: "The 2024-25 MSP", "the 2025-26 rates". */
const PERIOD_BEFORE = /\b[Tt]he\s+((?:19|20)\d{2})\s*[-\u2013]\s*\d{2}(?!\d)\s+(?!(?:crore|lakh|million|billion|tonnes?|km|units?|per)\b)(?=\p{L})/gu;
/** The one period the event's part of the sentence names (none when it names none or several). */
function periodIn(text: string): { period: number } | undefined {
  // (And the edition an acronym's year names: "LEADS 2024 was released on ..." is the 2024 edition's.)
  const forms = [/\bfor\b/i.test(text) && PERIOD, /\b[Tt]he\s+(?:19|20)\d{2}\s*[-\u2013]/.test(text) && PERIOD_BEFORE, /\p{Lu}{3}\)?\s+(?:19|20)\d\d/u.test(text) && EDITION_YEAR];
  let found: number | undefined;
  for (const re of forms) if (re) for (const m of text.matchAll(re)) {
    const y = Number(m[1]);
    if (found !== undefined && found !== y) return undefined;
    found = y;
  }
  return found === undefined ? undefined : { period: found };
}

/** The start of a period an act covers: "for the period after 1 April 2005", "for the period from ...". */
const SPAN_START = /\bfor\s+the\s+(?:\w+\s+)?period\s+(?:from|after|since|beginning|starting)\s+$/i;
/** The prefix of a covered period's kinds ("span:v:allow"): its date is compared only with another such. */
const SPAN = 'span:';
/** A financial year ("2030-31"): after "to" ("extended the scheme to 2030-31"), the end of a period. */
const FISCAL_YEAR = /^(?:FY\s*)?(?:19|20)\d{2}\s*[-\u2013]\s*\d{2}$/;
/** A season's span ("for the Kharif season 2025, from 1 April 2025 to 30 September 2025"): no event's date. */
const SEASON_SPAN = /\b(?:season|period|kharif|rabi)\b[\s\d-]*,?\s+from\s+$/i;
/** A year after a season's name is the season's ("rates for Kharif 2025", "for sugar season 2025-26"). */
const SEASON_YEAR = /\b(?:season|kharif|rabi)\s*$/i;
/** A year after a name's bracketed acronym, with a comma or without: "the Bharatiya Nyaya Sanhita (BNS),
 * 2023", "the Code of Criminal Procedure (CrPC), 1973", "the Action Plan for Vulture Conservation (APVC)
 * 2020-2025". */
const ACRONYM_YEAR = /\p{Lu}\p{L}+\s+\(\p{Lu}[\p{L}&-]{1,11}\),?\s*$/u;
const OPENING_ACRONYM = /^[\s"'\u201c]*\p{Lu}{2,}\s*$/u;
/** A year right after a name of two capitalised words or more: "the National Bamboo Conclave 2025",
 * "Aero India 2025", "the Roadmap for Leprosy 2023–2027" (not a month's: "in early March 2025"). */
const NAME_YEAR = new RegExp(String.raw`\p{Lu}[\p{L}-]*\s+(?:(?:of|for|and|on|the|in|to)\s+)*(?!${MONTH}\b)\p{Lu}[\p{L}-]*\s+$`, 'u');
/** A year after a comma that closes a name of three capitalised words or more: "the Guidelines for
 * Prevention of Misleading Advertisements and Endorsements for Misleading Advertisements, 2022" (not a
 * month's: "1 January, 2024"). */
const TITLE_YEAR = /(?:\p{Lu}[\p{L}-]*\s+(?:(?:of|for|and|on|the|to|in)\s+)*){2,}(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}-]*,\s*$/u;

/** A year before the name of an edition of a recurring event ("the 2020 Tokyo Games, held in 2021",
 * "the 2036 Olympics"), a season's ("for the 2025-26 marketing season", "the 2024 kharif season"), or a
 * year declared one ("declaring 2023 the International Year of Millets"): the year names which one. */
const EDITION_AFTER = /^\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Games|Olympics|Paralympics|Olympiad|World\s+Cup|Cup|Championships?|Expo|Summit)\b|^\s+(?:as\s+)?the\s+(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:Year|Decade)\b|^\s+(?:\p{Ll}+\s+){0,2}(?:season|session)\b/u;

/** An event noun after a year and before "of" ("the 2021 launch of the Vayu portal"): the year dates it. */
function eventOfYear(after: string): boolean {
  const m = /^\s+(\p{Ll}+)\s+of\b/u.exec(after);
  return !!m && TRIGGER_OF.has(normalizeWord(m[1]));
}
/** A determiner right before a year that qualifies the noun after it ("the 2026 release calendar"). */
const ATTRIBUTIVE_YEAR = /\b(?:the|its|their|this|that)\s+$/i;
/** A year that names a series' base ("the new CPI series with base year 2024"). */
const BASE_YEAR = /\b(?:base|reference|benchmark)\s+year\s*(?:of\s+)?$/i;
/** A year chosen as a base ("approved 2022-23 as the new base year"). */
const AS_BASE_YEAR = /^\s+as\s+(?:the\s+|a\s+)?(?:new\s+|revised\s+)?(?:base|reference|benchmark)\s+year\b/i;
/** An instrument named by its year ("since the 2021 Act", "the 2019 Rules"). */
const YEAR_OF_INSTRUMENT = /^\s+(?:Act|Bill|Rules|Regulations|Ordinance|Code|Amendment|Guidelines|Policy|Accord|Agreement|Treaty|Convention)\b/;

/** Whether the year at [at, end) ends or opens a name. */
function namedYear(text: string, at: number, end: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  return NAMED_YEAR.test(before) || THE_ACRONYM.test(before) || (ACRONYM_EDITION.test(before) && /^\s+\p{Ll}/u.test(text.slice(end, end + 3))) || ACRONYM_YEAR.test(before) || TITLE_YEAR.test(text.slice(Math.max(0, at - 80), at)) || NAME_YEAR.test(before) || SEASON_YEAR.test(before) || (at <= 40 && OPENING_ACRONYM.test(before)) || EDITION_AFTER.test(text.slice(end, end + 60)) || BASE_YEAR.test(before) || AS_BASE_YEAR.test(text.slice(end, end + 40)) || YEAR_OF_INSTRUMENT.test(text.slice(end, end + 16));
}

/**
 * A sentence that opens with a pronoun or a bare definite description ("It entered into force on 1 May
 * 2022", "The agreement was signed ...", "That committee submitted ...") goes on about the previous sentence's subject. So does a bare
 * capitalised noun ("The Act came into force ..."), but not one that goes on into a name ("The Act East
 * Policy was launched", "The Ministry of Tribal Affairs ...").
 */
const ANAPHORIC = /^[\s"'\u2018\u201c(]*(?:[Ii]ts?|[Tt]hey|[Tt]heir|[Tt]his|[Tt]hese|[Tt]h(?:e|at|ose)\s+(?:same\s+)?(?:agreement|treaty|pact|deal|accord|act|law|bill|rules|code|scheme|policy|mission|programme|program|plan|project|initiative|corridor|plant|facility|body|board|commission|council|authority|agency|company|committee|panel|court|tribunal|ministry|state|country|nation|city|government|province|territory|summit|dialogue|exercise|fund|partnership|framework|strategy|convention|protocol|regulation|order|ordinance|report|survey|amendment|mechanism|platform|portal|deadline))\b|^[\s"'\u2018\u201c(]*The\s+(?:Act|Bill|Rules|Code|Scheme|Policy|Mission|Agreement|Treaty|Convention|Protocol|Ordinance|Regulations?|Amendment|Programme|Program|Authority|Commission|Board|Council|Fund|Corporation|Committee|Ministry|Court|Tribunal|Report|Survey|Project|Corridor|Initiative|Framework|Strategy|Portal|Platform)\b(?![\s,]*(?:\p{Lu}|\(|of\b|for\b|on\b|to\b|and\b))/u;

/** A first clause whose object is a pronoun ("The Rajya Sabha passed it on 5 December") acts on what the
 * sentence before named. */
const PRONOUN_OBJECT = /^[^,;:.]{0,80}?\b\p{Ll}{3,}ed\s+(?:it|them)\b/u;

/** Whether a sentence's subject is the previous sentence's (see ANAPHORIC, PRONOUN_OBJECT). */
export function isAnaphoric(sentence: string): boolean {
  return ANAPHORIC.test(sentence) || PRONOUN_OBJECT.test(sentence);
}

/**
 * What "The sirens" (opening `text`) refers back to when the sentence before names sirens in lower case
 * ("... inaugurated a network of 500 village sirens linked to the state's app. The sirens, inaugurated on
 * June 20, 2025, are ..."): the noun with the words that qualify it there, as terms (with the sentence
 * before's subject, added by the caller). Undefined when the sentence does not open so or the noun is
 * not there; a noun the anaphora list already reads (ANAPHORIC) is left to it.
 */
const UNIT = /^(?:km|kms|m|cm|mm|kg|g|mw|gw|kw|kwh|mwh|ha|hectares?|acres?|crore|lakh|million|billion|tonnes?|per|percent|cent)$/i;
export function repeatedHead(prev: string, text: string, prevToks?: Token[]): string[] | undefined {
  const m = DEFINITE_HEAD.exec(text);
  if (!m || !prev.toLowerCase().includes(m[1].slice(0, 4).toLowerCase()) || ANAPHORIC.test(text)) return undefined;
  const noun = normalizeWord(m[1]);
  const toks = prevToks ?? tokenize(prev);
  for (let k = toks.length - 1; k >= 0; k--) {
    if (!/^\p{Ll}/u.test(toks[k].text) || normalizeWord(toks[k].text) !== noun) continue;
    const terms = new Set([noun]);
    const add = (t: Token) => {
      const n = normalizeWord(t.text);
      if (isTerm(t.text, n) && !TRIGGER_OF.has(n)) terms.add(n);
    };
    // The words before it in its phrase, back to a determiner, a preposition or a number (and not a
    // number's unit: "the 3.75 km line").
    for (let j = k - 1; j >= 0 && k - j <= 3; j--) {
      const t = toks[j];
      if (!/^\s+$/.test(prev.slice(t.end, toks[j + 1].start)) || FUNCTION_WORD.test(t.text) || /^(?:the|an?|its|their|his|her|our|every|each|all|any|such)$/i.test(t.text) || /\d/.test(t.text) || (j > 0 && /\d/.test(toks[j - 1].text) && UNIT.test(t.text))) break;
      add(t);
    }
    // The words after it, up to a stop ("village sirens linked to the state's Vajra Alert app"), and the
    // names shortly before it, where the one who acted on it stands ("the Bihar State Disaster Management
    // Authority (BSDMA) inaugurated a network of 500 village sirens").
    for (let j = k + 1; j < toks.length && j - k <= 8 && !/[,;:.()]/.test(prev.slice(toks[j - 1].end, toks[j].start)) && !/\d|^(?:on|in|at|after|before|since|during|by|from|until|and|or|but|which|that|who)$/i.test(toks[j].text); j++) add(toks[j]);
    for (let j = k - 1; j >= 0 && toks[k].start - toks[j].start <= 90; j--) if (/^\p{Lu}/u.test(toks[j].text) && j > 0) add(toks[j]);
    return [...terms];
  }
  return undefined;
}

/** Nouns that name an instrument, whose names carry the noun ("the Swadesh Darshan Scheme", "the IT
 * Act"): a sentence without the noun does not name it. A state, a body or a country is often named
 * without its noun ("Tamil Nadu ... The state released ..."). */
const INSTRUMENT_NOUNS = new Set(['agreement', 'treaty', 'pact', 'deal', 'accord', 'act', 'law', 'bill', 'rules', 'code', 'scheme', 'policy', 'mission', 'programme', 'program', 'plan', 'project', 'initiative', 'corridor', 'fund', 'framework', 'strategy', 'convention', 'protocol', 'regulation', 'order', 'ordinance', 'amendment', 'portal', 'platform']);

/**
 * What "The Bill" (opening `text`) refers back to in the sentence before: the name there that ends in the
 * same noun, with the capitalised words before it and a bracketed acronym after it ("the Atomic Energy
 * (Amendment) Bill", "the Forest Rights Act (FRA)"), as terms. Null when the noun names an instrument
 * and the sentence before does not have it at all ("FAITH says the fee is too high. The scheme became
 * ..."): the referent is further back, and that sentence's subject is not it. Undefined otherwise (the
 * sentence before's subject is then the referent).
 */
export function nounReferent(prev: string, text: string): string[] | null | undefined {
  const m = /^[\s"'\u2018\u201c(]*[Tt]h(e|at|is|ose|ese)\s+(?:same\s+)?(\p{L}{3,})\b/u.exec(text);
  if (!m) return undefined;
  const noun = m[2].toLowerCase();
  // "That committee submitted ...", after "... the work of an expert committee chaired by Dr. Meera
  // Raghavan": a demonstrative points at the thing the sentence before described, with its words.
  // (Not a time: "This year the Ministry launched ...".)
  if (m[1] !== 'e') return TIME_NOUN.test(noun) ? undefined : described(prev, noun) ?? undefined;
  if (!new RegExp(`(?<![\\p{L}])${noun}`, 'iu').test(prev)) return INSTRUMENT_NOUNS.has(noun) && ANAPHORIC.test(text) ? null : undefined;
  const toks = tokenize(prev);
  for (let k = toks.length - 1; k >= 1; k--) {
    if (toks[k].text.toLowerCase() !== noun || !/^\p{Lu}/u.test(toks[k].text)) continue;
    let j = k;
    while (j > 0 && k - j < 6 && /^\p{Lu}/u.test(toks[j - 1].text) && /^[\s()]*$/.test(prev.slice(toks[j - 1].end, toks[j].start))) j--;
    const terms = nameTerms(toks.slice(j, k + 1), prev.slice(toks[k].end, toks[k].end + 20));
    if (terms.length >= 2) return terms;
  }
  return undefined;
}

const TIME_NOUN = /^(?:year|years|month|months|week|weeks|day|days|time|times|quarter|season|decade|morning|evening|summer|winter|spring|autumn)$/;
/** The words of the last thing the sentence names with this noun in lower case: a word or two before it
 * and who chaired or led it ("an expert committee chaired by Dr. Meera Raghavan"); none when it names
 * fewer than two words. */
const describing = new Map<string, RegExp>();
function described(prev: string, noun: string): string[] | undefined {
  // (Most sentences before do not name the noun: they cost a search, not a pattern.)
  if (!prev.includes(noun)) return undefined;
  let m = describing.get(noun);
  if (!m) {
    if (describing.size > 500) describing.clear();
    describing.set(noun, (m = new RegExp(String.raw`((?:\p{Ll}[\p{Ll}-]+\s+){0,2})${noun}s?\b((?:,?\s+(?:chaired|headed|led)\s+by\s+(?:\p{Lu}[\p{L}.'-]*\s*){1,5}))?`, 'gu')));
  }
  m.lastIndex = 0;
  let last: RegExpExecArray | undefined;
  for (let x = m.exec(prev); x; x = m.exec(prev)) last = x;
  if (!last) return undefined;
  const terms: string[] = [];
  for (const t of tokenize(`${last[1]}${noun} ${(last[2] ?? '').replace(/^,?\s+\p{Ll}+\s+by\s+/u, '')}`)) {
    const n = normalizeWord(t.text);
    if (isTerm(t.text, n) || t.text.toLowerCase() === noun) terms.push(n);
  }
  return terms.length >= 2 ? terms : undefined;
}

/** A name's key terms, with the acronym bracketed right after it (`after`: "the Forest Rights Act (FRA)"). */
function nameTerms(toks: readonly Token[], after: string): string[] {
  const terms: string[] = [];
  for (const t of toks) {
    const n = normalizeWord(t.text);
    if (isTerm(t.text, n)) terms.push(n);
  }
  const acronym = /^\s*\((\p{Lu}[\p{L}\p{N}&-]{1,14})\)/u.exec(after);
  if (acronym) terms.push(normalizeWord(acronym[1]));
  return terms;
}

/** An appositive stretch of time with its relative clause: ", a period that ended on ...". */
const TIME_APPOSITIVE = /(?:^|,)\s*(?:a|the)\s+(?:\p{L}+\s+)?(?:period|term|window|span|tenure|phase)\s+(?:that|which)\b/iu;
const BY_ASIDE = /,\s+(?:\p{Ll}+ly\s+)?\p{Ll}{3,}(?:ed|en)\s+by\s+[^,;()]{2,60},|(?<=\p{Lu}[\p{L})]*)\s+\p{Ll}{3,}(?:ed|en)\s+by\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,5}(?=\p{Ll}{3,}ed\s)/gu;

/** "The federation", "The board": a sentence that opens with a common noun, and its normal form. */
const DEFINITE_HEAD = /^[\s"'\u2018\u201c(]*The\s+(?:(?:new|revised|amended|updated|draft|final|same)\s+)?(\p{Ll}{4,})\b/u;

/** What a sentence that opens with "The federation" refers back to: the last name before `before` (of
 * the document's names so far, in order) that ends in that noun ("the Sabarmati Cooperative Milk
 * Marketing Federation (SCMMF)"), as terms with its bracketed acronym. Read only for such sentences. */
export function headReferent(text: string, names: readonly { text: string; start: number; end: number }[], before: number, doc: string): string[] | undefined {
  const m = DEFINITE_HEAD.exec(text);
  if (!m) return undefined;
  const suffix = ` ${m[1]}`;
  for (let k = names.length - 1; k >= 0; k--) {
    const n = names[k];
    if (n.start >= before || n.text.length <= suffix.length + 1 || n.text.slice(-suffix.length).toLowerCase() !== suffix || !/^\p{Lu}/u.test(n.text.slice(-suffix.length + 1))) continue;
    const terms = nameTerms(tokenize(n.text), doc.slice(n.end, n.end + 20));
    return terms.length >= 2 ? terms : undefined;
  }
  return undefined;
}

/** Whether a sentence opens with "The <noun>" of a name the context holds. */
function opensWithHead(text: string, context: readonly string[]): boolean {
  const m = DEFINITE_HEAD.exec(text);
  return !!m && context.includes(normalizeWord(m[1]));
}

/**
 * A sentence's subject: its key terms before its first trigger word (as a verb or noun, lower-case) or
 * its first number. `context` (the previous sentence's subject) is its subject too when it opens with a
 * pronoun ("It was negotiated in 88 days").
 */
export function subjectOf(text: string, toks: Token[] = tokenize(text), context?: readonly string[]): string[] {
  const out = new Set<string>(context && isAnaphoric(text) ? context : []);
  // The subject of a reported clause ("The minutes record that the briefing ..."): the briefing.
  const from = REPORTED.exec(text)?.[0].length ?? FRONTED_DATE.exec(text)?.[0].length ?? 0;
  for (const t of toks) {
    if (t.start < from || isEnumerator(text, t)) continue;
    // A subject is a few words: a chain of "It ..." sentences does not grow it without end.
    if (out.size >= 12 || endsSubject(text, t)) break;
    const n = normalizeWord(t.text);
    if (isTerm(t.text, n)) out.add(n);
  }
  return [...out];
}

/** A dated phrase that opens the sentence before its subject ("On 15 November 2023, the PM-JANMAN was
 * launched ...", "In March 2024, the Ministry ..."): the subject starts after its comma. */
const FRONTED_DATE = /^[\s"'\u2018\u201c(]*(?:On|In|By|As\s+of|From|Between|During|Until|Till)\s+(?:(?:early|mid|late|the|end|of|first|second|week|half|\p{Lu}\p{Ll}+|\d{1,4}(?:st|nd|rd|th)?|and|to|-|–)[\s,]*){1,6}?\d{4}\s*,\s+/u;

/** Whether the token is the sentence's first word in its plain form before its object: an imperative's
 * verb ("Publish the first NAPFF review ...", "Revisit the import data ..."), neither a trigger nor a name. */
export function opensImperative(text: string, t: { text: string; start: number; end: number }): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(t.text) && !/(?:ed|[^s]s|ing)$/.test(t.text) && /^\s+(?:the|a|an|all|its|their|every|each|this|these)\s/i.test(text.slice(t.end, t.end + 8)) && !/\p{L}/u.test(text.slice(0, t.start));
}

/** A sentence whose subject is "It" or "They". */
const PRONOUN_SUBJECT = /^[\s"'\u2018\u201c(]*(?:It|They)\b/;

/**
 * A subject with the paragraph's topic added (at most twelve terms). Not for a sentence whose subject is
 * "It" when the subject before names a thing by itself ("The first phase of Census 2021 was to begin on 1
 * April 2020. It was postponed on ..."): that is what "It" stands for, and the topic's words would only
 * dilute it. An "it" that is an object ("The Rajya Sabha passed it") or follows a one-word subject
 * ("Parliament passed it in December 1992. It came into force on ...") may be the topic.
 */
export function withTopic(subject: string[], topic: readonly string[], anaphoric = ''): string[] {
  if (!topic.length || (subject.length >= 2 && PRONOUN_SUBJECT.test(anaphoric))) return subject;
  const out = new Set(subject);
  for (const t of topic) if (out.size < 12) out.add(t);
  return [...out];
}

/** A clause number that opens a sentence ("(1) The Act was introduced ...", "2. The draft was
 * published ..."): no number of the sentence's own, so not the end of its subject. */
function isEnumerator(text: string, t: Token): boolean {
  return t.start < 4 && /^(?:\d{1,3}|[ivx]{1,4}|[a-z])$/i.test(t.text) && /^[\s([]*$/.test(text.slice(0, t.start)) && /^[).]/.test(text.slice(t.end, t.end + 1));
}

/** Where a sentence's subject ends: at its first number, or its first trigger word in lower case (a verb
 * or a noun of the event; also a word that is one only in context, IN_CONTEXT). Shared by subjectOf and
 * subjectSpan. */
function endsSubject(text: string, t: Token): boolean {
  return /^\d/.test(t.text) || (/^\p{Ll}/u.test(t.text) && ((TRIGGER_OF.has(normalizeWord(t.text)) && !NOT_TRIGGERS.has(t.text.toLowerCase())) || inContext(text, t, true) !== undefined));
}

/** The words of a sentence before its first trigger word or number, as written ("The Monetary Policy
 * Committee (MPC)" of "The Monetary Policy Committee (MPC) sets the repo rate ..."). */
export function subjectSpan(text: string, toks: Token[] = tokenize(text)): string {
  for (const t of toks) {
    if (isEnumerator(text, t)) continue;
    if (endsSubject(text, t)) return text.slice(0, t.start).trim();
  }
  return text.length <= 120 ? text : '';
}

/**
 * Gapping: a clause joined by a conjunction (or a comma, before a preposition) that has no verb of its
 * own repeats the one before ("passed by the Lok Sabha on 7 August and by the Rajya Sabha on 9 August",
 * "signed by India in May and Japan in June"). Only names, numbers and function words may stand between the conjunction and the date: a
 * clause with a lower-case content word may have a verb of its own ("and grew to 3 crore users in 2020").
 */
const GAP_WORDS = new Set(['and', 'or', 'by', 'in', 'on', 'at', 'for', 'from', 'with', 'to', 'of', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'then', 'again', 'later', 'finally', 'also', 'once', 'another']);
function gapped(segment: string): 'verb' | 'verb+subject' | undefined {
  // Or a list of places and times after one verb, with commas alone ("met four times: in the Rann of
  // Kutch from 7 to 9 February, in Siliguri from 1 to 3 April, ...").
  const m = /^[\s,;]*(?:and|or|but|then)\s+([^]*)$/i.exec(segment) ?? /^\s*[,;]\s*((?:in|at|on|from|by)\s[^]*)$/i.exec(segment);
  if (!m) return undefined;
  const words = m[1].split(/\s+/).filter(Boolean);
  // After a preposition the clause shares the subject too ("and by the Rajya Sabha"); a noun phrase is a
  // subject of its own ("and Japan in June", "and the other three codes on 28 September", as long as no
  // word in it may be a verb of its own).
  const shares = /^(?:by|in|on|at|for|from|with|to)$/i.test(words[0] ?? '') ? 'verb+subject' : 'verb';
  // So is a preposition's noun phrase ("..., and for the steel pilots on 19 March 2024").
  const det = shares === 'verb+subject' ? 1 : 0;
  if (/^(?:the|a|an|its|their|all|both|each)$/i.test(words[det] ?? '') && words.every((w) => !looksPast(w.replace(/[^\p{L}]/gu, '')))) return shares;
  return words.every((w) => {
    const bare = w.replace(/^[("'\u2018\u201c]+|[)"'\u2019\u201d,.;:]+$/g, '');
    return !bare || /^[\p{Lu}\d]/u.test(bare) || GAP_WORDS.has(bare.toLowerCase()) || ordinalOf(bare) !== undefined;
  })
    ? shares
    : undefined;
}

/** Whether a segment has a verb in the past of its own: a lower-case past form not after a determiner
 * ("followed by", not "a revised one"). */
function ownVerb(segment: string): boolean {
  const words = segment.split(/\s+/).filter(Boolean).map((w) => w.replace(/^[("'\u2018\u201c]+|[)"'\u2019\u201d,.;:]+$/g, ''));
  return words.some((w, k) => /^\p{Ll}+$/u.test(w) && looksPast(w) && !DETERMINER.test(`${words[k - 1] ?? ''} `));
}

/** A clause that describes what comes just before it: "created in 2020", "which opened in 2016". */
const DESCRIBING = /^[\s,;:(\u2013\u2014]*(?:which|who|that|\p{Ll}+ed|\p{Ll}+en)\s/u;

/** A sentence that opens with a subordinate clause ("When Modi and Hollande launched the International
 * Solar Alliance in Paris on 30 November 2015, few observers expected ..."). */
const LEADING_CLAUSE = /^[\s"'\u2018\u201c]*(?:When|Once|After|As|While|Although|Though|Because)\s/;

/**
 * Where a leading subordinate clause that holds the first date ends: at the first comma after the date.
 * What follows is the main clause, with words of its own that do not describe the clause's event (the
 * observers, the coalition). Only when the clause names its own subject (a capitalised word after its
 * first, before the date): "Since its launch in 2014, the policy has ..." names it in the main clause, which it keeps.
 */
function leadingClauseEnd(text: string, date: { start: number; end: number }): number {
  if (!LEADING_CLAUSE.test(text)) return text.length;
  const comma = text.indexOf(',', date.end);
  if (comma < 0 || !/\p{L}/u.test(text.slice(comma))) return text.length;
  // The subject comes before the date (a month's capital is no name: "As of 31 March 2024, ...").
  return /\s\p{Lu}/u.test(text.slice(0, date.start)) ? comma : text.length;
}

/**
 * A non-restrictive relative clause that holds a date ("The winners of the hackathon, which closed on 21
 * November 2024, will present ..."): the date's event is its antecedent's ("the hackathon") and the
 * clause's, not the main clause's. So is an appositive's ("Bharat Broadband Network Limited (BBNL), a
 * special purpose vehicle set up on 25 February 2012, ..."), and a participle's ("The NJDG workshop,
 * held on 19 August 2025, was attended by ..."). Returns where the antecedent starts and
 * where the clause ends (at the next clause break, or the sentence's end).
 */
const RELATIVE = /,\s+(?:which|who|an?|(?:(?:first|last|\p{Ll}+ly)\s+)?(\p{Ll}+)\s+(?:on|in|at|from|by|between|during))\s/gu;
/** A restrictive relative clause: "The auction that opened on 25 June 2024 closed the next day". */
const RESTRICTIVE = /\s(?:that|which|who)\s/g;
/** The same patterns, to test a whole sentence (most have neither). */
const RELATIVE_TEST = new RegExp(RELATIVE.source, 'u');
const RESTRICTIVE_TEST = new RegExp(RESTRICTIVE.source);
const NAME_INSIDE = /^(?:of|and|for|on|&)$/;
/** Where a date starts with the weekday written before it ("Tuesday, 25 June 2024"), whose comma is no
 * clause break. */
const WEEKDAY_BEFORE = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+$/i;
function withWeekday(text: string, ds: number): number {
  const m = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, ds - 12), ds));
  return m ? ds - m[0].length : ds;
}
const OPENING_NP = /^[\s"'\u2018\u201c]*(?:The|A|An|This|That|Its|Their|Our)\s+[^,;:()]{3,100}$/;
const FINITE_BEFORE = /\b(?:is|are|was|were|has|have|had|will|would|can|could|may|must|should|\p{Ll}{2,}ed)\b/u;
const PASSIVE_AGENT = /^,\s+(?:was|were|has\s+been|had\s+been)\s+(?:\p{Ll}+ly\s+)?(?:organi[sz]ed|conducted|hosted|chaired|convened|arranged|led|run)\s+by\s+[^,;:.()]+/u;
function relativeClause(text: string, ds: number, de: number): { lo: number; hi: number } | undefined {
  ds = withWeekday(text, ds);
  let from = -1;
  RELATIVE.lastIndex = Math.max(0, ds - 200);
  let participle = false;
  for (let m = RELATIVE.exec(text); m && m.index < ds; m = RELATIVE.exec(text)) {
    // (A participle: of a verb of a class, or any regular one, ", first deployed on ...".)
    if (m[1] && !TRIGGER_OF.has(normalizeWord(m[1])) && !/^\p{Ll}{3,}ed$/u.test(m[1])) continue;
    // (An appositive has no verb of its own: ", a revised draft was released on ..." is a main clause.)
    if (!m[1] && /^,\s+an?\s/.test(m[0]) && /(?<![\p{L}\p{N}])(?:is|are|was|were|has|have|had|will|would)(?![\p{L}\p{N}])/u.test(text.slice(m.index + m[0].length, ds))) continue;
    from = m.index;
    participle = !!m[1];
  }
  if (from < 0 || /[,;:()\u2013\u2014]/.test(text.slice(from + 1, ds))) return undefined;
  const next = text.slice(de).search(/[,;:()\u2013\u2014]/);
  const hi = next < 0 ? text.length : de + next;
  const lo = antecedentStart(text, from);
  // A participle after a phrase that sets the scene ("At its 56th meeting, held in New Delhi on ..., the
  // Council agreed ...") dates the main clause's action: that is the fronted phrase's reading.
  // A participle that runs to the sentence's end is its main verb ("Its Delhi–Dausa stretch, 246 km,
  // opened on 12 February 2023").
  if (participle && (next < 0 || !/\p{L}/u.test(text.slice(hi)))) return undefined;
  // A participle after the sentence's opening noun phrase, with no verb before it ("The zonal freight
  // review with the general managers, held on 11 June 2025, recorded ..."): the whole phrase is its
  // antecedent, not the last noun in it.
  // (With the agent of a passive main clause, who did it: "The hearing, held on February 26, 2025, was
  // organised by the Ken-Betwa Link Project Authority and the district administration.")
  if (participle && OPENING_NP.test(text.slice(0, from)) && !FINITE_BEFORE.test(text.slice(0, from))) return { lo: 0, hi: hi + (PASSIVE_AGENT.exec(text.slice(hi))?.[0].length ?? 0) };
  // A participle after an aside that ends in its agent ("The CCEA, chaired by the Prime Minister, approved
  // on 30 April 2025 ...") is the main verb: the aside's noun is no antecedent.
  if (participle && /,\s+\p{Ll}{2,}ed\s+by\s+$/u.test(text.slice(Math.max(0, lo - 30), lo))) return undefined;
  // (Only a phrase that opens the sentence: "Follow-up actions from the CRA workshop, held on 21 July
  // 2025, are listed below" dates the workshop.)
  if (participle && /^[\s"'\u2018\u201c]*(?:at|in|on|during|after|before|since|by|from|for|with|under|following)\s+$/i.test(text.slice(0, lo))) return undefined;
  return lo < from ? { lo, hi } : undefined;
}

/**
 * A clause of time inside the sentence that holds the date ("The private window opens when the Act comes
 * into force on 1 July 2026, so ..."): the date is that clause's ("the Act comes into force"), not the main
 * clause's. Only a clause after the sentence's start (one that opens the sentence is the leading clause's
 * reading), with no break between its conjunction and the date.
 */
const TIME_CLAUSE = /\b(?:when|whenever|once|as\s+soon\s+as|before|after|until|till|since)\s/gi;
const TIME_CLAUSE_TEST = new RegExp(TIME_CLAUSE.source, 'i');
/** "before", "after", "until" open a clause of time only with a verb of its own just before the date
 * ("before the grace period ends on 30 June 2029"); otherwise they are prepositions ("launched before
 * the elections on ...", or a bound: see BOUND). */
const PREPOSITION_OR_CLAUSE = /^(?:before|after|until|till|since)\s/i;
/** Or a name and its past verb right after the conjunction ("only after Haryana approved the alignment on"). */
// (The name may be a noun's: "after the Delhi government signed a Memorandum ... on 5 April 2025".)
const NAME_VERB_AFTER = /^\s*(?:(?:the|its|their)\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:\p{Ll}{3,}\s+)?\p{Ll}{2,}ed\s/u;
// (Not a plural after a determiner: "before the end of their terms in 1968".)
const VERB_BEFORE_DATE = /(?<!\b(?:the|a|an|their|its|his|her|our|your|my|these|those|of|all|some|many))\s\p{Ll}{2,}(?:s|ed)\s+(?:on|in|at)?\s*$/u;
const PASSIVE_BEFORE_DATE = /(?<![\p{L}\p{N}])(?:is|are|was|were|be|been)\s+(?:\p{Ll}+ly\s+)?\p{Ll}{3,}\s+(?:on|in|at)\s*$/u;
function timeClause(text: string, ds: number, de: number, lo0: number): { lo: number; hi: number } | undefined {
  let from = -1;
  let conj = '';
  TIME_CLAUSE.lastIndex = Math.max(0, ds - 150);
  for (let m = TIME_CLAUSE.exec(text); m && m.index < ds; m = TIME_CLAUSE.exec(text)) {
    from = m.index;
    conj = m[0];
  }
  // (A bracket inside a name is no break: "since the Oil Palm (Regulation ...) Rules were notified on".)
  if (from <= 0 || /[,;:()\u2013\u2014]/.test(text.slice(from, ds).replace(/\([^()]{1,80}\)/g, '')) || !/\S/.test(text.slice(0, from))) return undefined;
  // (A passive's participle may be irregular: "before the district review is held on 25 June 2025".)
  const verbBefore = text.slice(from + conj.length - 1, withWeekday(text, ds));
  if (PREPOSITION_OR_CLAUSE.test(conj) && !VERB_BEFORE_DATE.test(verbBefore) && !PASSIVE_BEFORE_DATE.test(verbBefore) && !NAME_VERB_AFTER.test(text.slice(from + conj.length, ds))) return undefined;
  const next = text.slice(de).search(/[,;:()\u2013\u2014]/);
  // (What the main clause did "when" it happened was done that day too, when its verb is of no kind of
  // its own: "Minicoy Thundi and Kadmat were added when the 2022 list was announced on 26 October 2022"
  // names the beaches; "The window opens when the Act comes into force on ..." does not.)
  // (Only a main clause that names things: "The original goal ... was replaced when the Ministry revised
  // the target on ..." is the revision's.)
  const main = /^when\s/i.test(conj) && lo0 < from ? tokenize(text.slice(lo0, from)) : [];
  const along = main.slice(1).some((t) => /^\p{Lu}\p{Ll}/u.test(t.text)) && !main.some((t) => /^\p{Ll}/u.test(t.text) && TRIGGER_OF.has(normalizeWord(t.text)));
  return { lo: along ? lo0 : from, hi: next < 0 ? text.length : de + next };
}

/**
 * A restrictive relative clause that ends with the date ("The auction that opened on Tuesday, 25 June
 * 2024 closed the next day"): the date is the antecedent's and the clause's ("the auction opened"), and
 * the main clause after it ("closed") is another event. Only a clause of a few words, with no break in it.
 */
function restrictiveClause(text: string, ds: number, de: number): { lo: number; hi: number } | undefined {
  ds = withWeekday(text, ds);
  let from = -1;
  RESTRICTIVE.lastIndex = Math.max(0, ds - 60);
  for (let m = RESTRICTIVE.exec(text); m && m.index < ds; m = RESTRICTIVE.exec(text)) from = m.index;
  if (from < 0 || /[,;:()\u2013\u2014]/.test(text.slice(from, ds)) || /[,;:]\s*$/.test(text.slice(0, from))) return undefined;
  // The main clause goes on with a verb after the date; a date followed by a break or the end is the
  // sentence's last clause, which the ordinary segment already reads.
  if (!/^\s+\p{Ll}/u.test(text.slice(de)) || /^\s+(?:and|or|but|after|before|under|with|for|at|in|on|by|to|from|as|when|while)\b/i.test(text.slice(de))) return undefined;
  const lo = antecedentStart(text, from);
  return lo < from ? { lo, hi: de } : undefined;
}

/** The antecedent of a relative clause that starts at `from`: back over the words before it, through a
 * name ("the Ministry of Housing and Urban Affairs"), to a determiner or to the word before a name, at
 * most ten words. */
function antecedentStart(text: string, from: number): number {
  const words = [...text.slice(Math.max(0, from - 120), from).matchAll(/\S+/g)];
  const offset = Math.max(0, from - 120);
  let lo = from;
  let named = false;
  for (let k = words.length - 1, n = 0; k >= 0 && n < 10; k--, n++) {
    const w = words[k][0];
    // A bracketed acronym belongs to the name before it: "the Ministry of Statistics ... (MoSPI)".
    if (/^\([\p{L}\p{N}&-]{2,12}\)$/u.test(w) && (k === words.length - 1 || lo === offset + words[k + 1].index!)) { lo = offset + words[k].index!; continue; }
    // A title's year belongs to it: "the Green Credit Rules, 2023, which ...".
    const yearAfter = k < words.length - 1 && /^(?:1[89]|20)\d\d$/.test(words[k + 1][0]) && lo === offset + words[k + 1].index!;
    // A case's "v." joins its parties: "Pankaj Sinha v. Union of India, decided on ...".
    if (named && /^(?:v|vs)\.$/.test(w)) { lo = offset + words[k].index!; continue; }
    if (/[,;:.!?)]$/.test(w) && !(yearAfter && /,$/.test(w))) break;
    const capital = /^\p{Lu}/u.test(w);
    if (!capital && NAME_INSIDE.test(w) && named && k > 0 && /^\p{Lu}/u.test(words[k - 1][0])) { lo = offset + words[k].index!; continue; }
    if (!capital && named) {
      // Adjectives before a name go with it up to its determiner ("the revised ECF", "the new Delhi
      // office"), at most three words back; a verb or anything else ends the antecedent.
      for (let j = k, back = 0; j >= 0 && back < 3; j--, back++) {
        const v = words[j][0];
        if (ANTECEDENT_DETERMINER.test(v)) {
          lo = offset + words[j].index!;
          break;
        }
        if (/[,;:.!?)]$/.test(v) || /^\p{Lu}/u.test(v) || FUNCTION_WORD.test(v)) break;
      }
      break;
    }
    const determiner = ANTECEDENT_DETERMINER.test(w);
    if (!capital && FUNCTION_WORD.test(w) && !determiner) break;
    lo = offset + words[k].index!;
    if (determiner) break;
    if (capital) named = true;
  }
  // A name placed by a phrase ("the Sela Tunnel in Arunachal Pradesh's West Kameng district, which was
  // inaugurated ..."), or joined to another party ("the Comprehensive Economic Partnership Agreement
  // (CEPA) with the United Arab Emirates, which came into force ..."): the name is the antecedent, with
  // its place or party.
  const placed = PLACED_NAME.exec(text.slice(Math.max(0, lo - 90), lo));
  if (placed && lo < from) lo -= placed[0].length;
  // A noun inside an appositive after a name ("Mission Van Swasthya (MVS), the Jharkhand health
  // department's drive against malaria in forest villages, which was launched ..."): the clause is the
  // name's, which the appositive describes.
  else if (lo < from && text[from] === ',') {
    const named = APPOSITIVE_OF_NAME.exec(text.slice(Math.max(0, lo - 160), lo));
    if (named) lo -= named[0].length;
  }
  return lo;
}
const APPOSITIVE_OF_NAME = /(?<![\p{L}\p{N}'’-])(?<!\b(?:[Ii]n|[Aa]t|[Oo]n|[Bb]y|[Ff]or|[Ff]rom|[Dd]uring|[Aa]fter|[Bb]efore|[Ss]ince|[Uu]ntil|[Uu]nder|[Ww]ith)\s+)(?!(?:In|On|At|By|For|From|During|After|Before|Since|Until|Under|With|As|Of|To|And|But|Or|It|This|That|These|Those|January|February|March|April|May|June|July|August|September|October|November|December)[\s,])(?:\p{Lu}[\p{L}'’-]*\s+){0,5}\p{Lu}[\p{L}'’-]*(?:\s+\(\p{Lu}[\p{L}\p{N}&-]{1,11}\))?,\s+(?:(?:the|a|an|its|their)\s+[^,;:()\u2013\u2014]{0,100})?$/u;
const PLACED_NAME = /(?:\b(?:the|a|an|its|their)\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:in|at|near)\s+$|(?:\b(?:the|a|an|its|their)\s+)?(?:[\p{Lu}][\p{L}'’-]*\s+){1,6}(?:\(\p{Lu}[\p{L}&-]{1,11}\)\s+)?with\s+$/u;
const FUNCTION_WORD = /^(?:of|in|on|at|to|for|from|with|by|as|and|or|but|is|are|was|were|has|have|had|will|would|that|this|these|those)$/i;
const ANTECEDENT_DETERMINER = /^(?:the|a|an|its|their)$/i;

/** A participle that puts a date on the noun before it: ", scheduled for", ", held on", ", due in". */
const SCHEDULED_FOR = /^\s*(?:scheduled|slated|planned|set|due|expected|fixed|proposed|held|convened)\s+(?:for|on|in|at|by)\s+$/i;

/** The non-restrictive relative clauses in [lo, hi) that do not hold the date: from ", which" to the next
 * comma (a clause that runs to the sentence's end is left alone: it may hold the event's words), and one
 * right after the date, whose antecedent is the dated act and whose words are its effects ("banned
 * direct imports from 1 January 2024, which cut the supply of small rough stones"). */
function relativeAsides(text: string, lo: number, hi: number, d: { start: number; end: number }): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.slice(lo, hi).matchAll(/,\s+(?:which|who)\s[^,;:()]*,/g)) {
    const a = lo + m.index!, b = a + m[0].length;
    // (A date that a participle right after the clause puts on its last thing is that thing's: "which
    // will report at the next meeting, scheduled for September 2025" dates the next meeting.)
    if (!(d.start >= a && d.end <= b) && !(d.start >= b && SCHEDULED_FOR.test(text.slice(b, d.start)))) out.push([a, b]);
  }
  const after = /^,\s+which\s[^;:()]*$/.exec(text.slice(d.end, hi));
  if (after && !out.some(([a]) => a === d.end)) out.push([d.end, hi]);
  return out;
}

/**
 * Where the main clause starts when a leading subordinate clause without the date comes first ("After
 * years of delay while the States framed their rules, all four Codes came into force on 21 November
 * 2025"): its words are the setting, not the event. Only a clause with a verb of its own, ended by a
 * comma before the date, and a main clause that names its own subject (not "..., it came into force").
 */
function mainClauseStart(text: string, date: { start: number }): number {
  if (!LEADING_CLAUSE.test(text)) return 0;
  const comma = text.indexOf(',');
  if (comma < 0 || comma > date.start) return 0;
  if (!/(?<![\p{L}\p{N}])(?:\p{Ll}{2,}ed|is|are|was|were|has|have|had|began|took|met|came|went|grew|fell|rose)(?![\p{L}\p{N}])/u.test(text.slice(0, comma))) return 0;
  return /^\s*(?:it|they|this|these|he|she|its|their)\b/i.test(text.slice(comma + 1)) ? 0 : comma + 1;
}

/**
 * Where the clause a sentence reports starts ("The minutes record that the briefing, held on 22 May
 * 2025, agreed ..."): the record is not the event. Only a short opening (at most four words before the
 * verb) and a date after "that".
 */
const REPORTED = /^[\s"'\u2018\u201c(]*(?:[\p{L}'’-]+\s+){1,4}?(?:record|records|recorded|show|shows|showed|note|notes|noted|say|says|said|state|states|stated|confirm|confirms|confirmed|report|reports|reported|mention|mentions|mentioned|add|adds|added)\s+that\s+/iu;
function reportedClauseStart(text: string, date: { start: number }): number {
  const m = REPORTED.exec(text);
  return m && m[0].length <= date.start ? m[0].length : 0;
}

/**
 * Where a second main clause with a subject of its own starts, when the date is in it and the first has
 * none ("It is now called the ... Act (THOTA), and the Transplantation of Human Organs and Tissues Rules
 * were notified on 27 March 2014"): the first clause's words are another statement. Only a subject that
 * names something (capitalised, or "the" and a capitalised word), or a determiner and a few lower-case
 * words before a verb (", and an amendment approved by the Authority ...", ", and the number of users
 * stood at ..."), with a verb of its own before the date.
 */
const COORDINATE = /,\s+(?:and|but|while)\s+(?=(?:the\s+)?\p{Lu}|(?:the|a|an|its|their|this|these|every|each|all|most|many|some|(?:several|few|one|two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*)(?!\s+(?:days?|weeks?|months?|years?|hours?|decades?)\b))\s+(?:(?:[\p{Ll}-]+|\p{Lu}{2,}s?)\s+){0,5}?(?:is|are|was|were|has|have|had|will|would|stood|rose|fell|grew|came|began|took|went|made|became|met|\p{Ll}{3,}ed|(?:now|also|still|already|currently|regularly|routinely)\s+\p{Ll}{3,}s)(?![\p{L}\p{N}]))/gu;
/** The next coordinate clause with a subject of its own from `from` (a count may open it: ", and five
 * more have opened since April"). A definite event noun that
 * opens it names the event before (", and the amalgamations took effect on 1 April 2020"): no subject
 * of its own. */
function nextCoordinate(text: string, from: number): RegExpExecArray | null {
  COORDINATE.lastIndex = from;
  for (let m = COORDINATE.exec(text); m; m = COORDINATE.exec(text)) {
    const head = /^(?:the|its|their|this|these)\s+(\p{Ll}+)/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
    if (!head || !eventNoun(head[1])) return m;
  }
  return null;
}
/** Whether a clause has an auxiliary and a participle, regular or not ("was held", "has been set"). */
function passiveIn(clause: string): boolean {
  const participle = (w: string | undefined) => !!w && (/ed$/.test(w) || w === 'set' || looksPast(w));
  for (const m of clause.matchAll(AUX_PARTICIPLE)) if (participle(m[1]) || participle(m[2])) return true;
  return false;
}
/** An auxiliary and the word or two after it, one of which may be its participle ("was held", "was formally set"). */
const AUX_PARTICIPLE = /(?<![\p{L}\p{N}])(?:is|are|was|were|has|have|had)\s+(\p{Ll}{2,})(?:\s+(\p{Ll}{2,}))?(?![\p{L}\p{N}])/gu;
function coordinateClauseStart(text: string, date: { start: number }): number {
  let from = 0;
  for (let m = nextCoordinate(text, 0); m && m.index < date.start; m = nextCoordinate(text, m.index + m[0].length)) from = m.index + m[0].length;
  if (!from) return 0;
  const clause = text.slice(from, date.start);
  // (A lower-case subject came with its verb: "and the number of authorised users stood at 4,350 at the
  // end of November 2024".)
  // (A passive's participle may be irregular: "and the Sehore camp was held on".)
  if (!/^(?:the|a|an|its|their|this|these)\s+\p{Ll}/u.test(clause) && !passiveIn(clause) && !/(?<![\p{L}\p{N}])\p{Ll}{2,}ed\s+(?:on|in)\s*$/u.test(clause)) return 0;
  // (The clause before has a verb of its own; one in the present after an adverb of time too: "DLMCs now
  // hold loan camps every fortnight, and the Sehore camp was held on 4 June 2024".)
  return /(?<![\p{L}\p{N}])(?:is|are|was|were|has|have|had|\p{Ll}{2,}ed|(?:now|also|still|already|currently|regularly|routinely)\s+(?!(?:the|its|their|this|these|those|that|and|but)\b)\p{Ll}{3,})(?![\p{L}\p{N}])/u.test(text.slice(0, from)) ? from : 0;
}

/** Where a coordinate clause with a subject and a verb of its own starts after a date (", and the
 * Directorate General of Trade Remedies (DGTR) initiated it ten days later"): another statement, whose
 * verb does not date this one; else the text's end. */
function ownClauseAfter(text: string, from: number): number {
  // (Or a second predicate of the same subject, with a verb of its own: "It was constituted on 6 June
  // 2007 under section 38Y, and is headquartered in New Delhi, with five regional offices".)
  const predicate = SECOND_PREDICATE.exec(text.slice(from));
  const end = predicate ? from + predicate.index : text.length;
  const m = nextCoordinate(text, from);
  if (!m || m.index > end) return end;
  // (A verb in the present after an adverb of time: ", and every working GN now uploads a return".)
  return /^[^,;.]*?(?<![\p{L}\p{N}])(?:\p{Ll}{3,}ed|is|are|was|were|has|have|had|will|(?:now|also|still|already|currently|regularly|routinely)\s+\p{Ll}{3,}s)(?![\p{L}\p{N}])/u.test(text.slice(m.index + m[0].length)) ? m.index : end;
}
/** A phrase of "after" or "following" set off by a comma (not a relative: ", after which"). */
const AFTER_PHRASE = /,\s+(?:after|following)\s+(?!which\b|that\b|this\b|it\b)/;
/** Where a clause of "since" with a subject and a verb of its own starts after a date ("in 2024-25 the
 * Lokpal received 2,915 complaints, the highest since it began functioning"), or one of "once", "after",
 * "before" or "until" after a comma ("was held on 12 July 2021, once most of the systems were in
 * place", "cancelled the test on 19 June 2024, a day after it was held") or ending the sentence with its verb ("... before the registration window opens."): it tells
 * of another time, whose verb and words do not date this one; else the text's end. (Not "when", whose
 * clause is often of the same day.) */
function laterClauseAfter(text: string, from: number): number {
  const m = LATER_CLAUSE.exec(text.slice(from));
  return m ? from + m.index : text.length;
}
const LATER_CLAUSE = /\s(?:ever\s+)?since\s+(?:it|they|he|she|we|(?:the|its|their)\s+[^,;.]{1,60}?|\p{Lu}[^,;.]{0,60}?)\s(?:began|was|were|has|had|came|took|\p{Ll}{3,}ed)(?![\p{L}\p{N}])|,\s+(?:(?:a|one|two|three|four|five|six|\d{1,2})\s+(?:days?|weeks?|months?|years?)\s+)?(?:once|after|before|until|as\s+soon\s+as)\s+[^,;.]{1,60}?\s(?:began|was|were|is|are|has|had|came|took|\p{Ll}{3,}ed)(?![\p{L}\p{N}])|\s(?:once|after|before|until)\s+(?:the|its|their|a|an)\s+(?:[\p{L}-]+\s+){0,4}?\p{Ll}{2,}(?:s|ed)(?=\s*(?:[.;:]|$))/u;
const SECOND_PREDICATE = /,\s+and\s+(?:is|are|was|were|has|have|had)\s+(?:\p{Ll}+ly\s+)?\p{Ll}{3,}(?:ed|en)\b/u;

/** Where the clause after a colon starts, when a clause with a verb of its own stands before it ("The
 * reversal came eight months later: the Ministry of Finance notified the cut on ..."): the clause before
 * is another statement. Not a label ("Date of issue: 7 March 2025"), which has no verb. */
function clauseAfterColon(text: string, date: { start: number }): number {
  const colon = text.lastIndexOf(':', date.start);
  if (colon < 0 || !/(?<![\p{L}\p{N}])(?:is|are|was|were|has|have|had|came|began|took|\p{Ll}{3,}ed)(?![\p{L}\p{N}])/u.test(text.slice(0, colon))) return 0;
  return /(?<![\p{L}\p{N}])(?:is|are|was|were|has|have|had|\p{Ll}{3,}ed)(?![\p{L}\p{N}])/u.test(text.slice(colon + 1, date.start)) ? colon + 1 : 0;
}

/** Whether a coordinate clause with a subject of its own (", and the Budget ...") starts in text[from, to). */
function ownClauseBetween(text: string, from: number, to: number): boolean {
  const m = nextCoordinate(text, from);
  return m !== null && m.index < to;
}

/**
 * A dated noun phrase that opens the sentence before its main clause ("Since the January 2023 BrahMos
 * deal, Manila has ...", "After the 2019 floods, the State ..."): the event is the phrase's, at most
 * three words after the date that end in an event noun, and the main clause is what followed it.
 */
const FRONTED = /^[\s"'\u2018\u201c]*(?:Since|After|Before|Following|Until|Despite|Under|Through)\s+(?:the|a|an|its|their|this|that)\s+$/;
/** "At the Guwahati consultation of 12 April 2025, three States asked ...": a phrase that opens the
 * sentence names a gathering and dates it to the day; the main clause after its comma is what was done
 * there. (Its noun may take a short phrase before "held on": "At the consultation on foster care held
 * on ...".) */
const FRONTED_OF = /^[\s"'\u2018\u201c]*(?:At|During|After|Before|Following|Since)\s+(?:the|a|an|its|their|this|that)\s+(?:[\p{L}][\p{L}\p{N}'’-]*\s+){0,5}?(\p{Ll}+)(?:\s+(?:on|of|for|with)\s+(?:[\p{L}][\p{L}\p{N}'’-]*\s+){0,2}?[\p{L}][\p{L}\p{N}'’-]*(?=\s+held\s))?\s+(?:of|on|held\s+on)\s+$/u;
const SINCE_CLAUSE = /^[\s"'\u2018\u201c]*(?:Since|After|Once|When|Following)\s+(?:the|a|an|its|their|this|that)\s+[^,;:]{1,80}?\s\p{Ll}{3,}ed\b[^,;:]{0,60}$/u;
/** Whether a lower-case word names an event (a trigger's word that is not one of the words that name none). */
const eventNoun = (word: string): boolean => TRIGGER_OF.has(normalizeWord(word)) && !NOT_TRIGGERS.has(word);
/** An event noun right after a date, and what it is of: " launch of the HPV campaign". */
const NOUN_AFTER_DATE = /^\s+(\p{Ll}{3,})\s+of\s+[^,;:.()]{1,60}/u;
const FRONTED_PARTICIPLE = /^[\s"'\u2018\u201c*_]*(\p{Lu}\p{Ll}{2,}(?:ed|en))\s[^,;:]{0,80}$/u;
/** The subject of the main clause after a fronted phrase: a name, perhaps after a determiner and a
 * word or two ("the first Harbour Fire Plan", "the Wildlife Crime Control Bureau (WCCB)"), or a
 * determiner and one noun ("the panel"). */
const MAIN_SUBJECT = /^\s*(?:(?:the|its|their|this|these|that)\s+)?(?:\p{Ll}+\s+){0,2}?\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:of|for|and|on|in|&)?\s*\p{Lu}[\p{L}\p{N}&'’.-]*)*(?:\s+\(\S{1,15}\))?(?=\s+\p{Ll})|^\s*(?:the|its|their|this|these|that)\s+\p{Ll}{3,}(?=\s+\p{Ll})/u;
/** A fronted phrase of place or time that names nothing but its gathering: "At the meeting on", "During
 * the review meeting on" (not "Since the advisory was issued on", a clause of its own). */
const BARE_SETTING = /^[\s"'\u2018\u201c]*(?:At|During)\s+(?:the|a|an|this|that)\s+(?:\p{Ll}+\s+){0,2}?\p{Ll}+(?<!ed)\s+(?:on|held\s+on)\s+$/u;
/** Whether the clause from `from` to its first stop has a lower-case verb of a class other than `not`. */
function actAhead(text: string, from: number, not: string): boolean {
  // (The main clause's verb: its first verb in the past, not after a determiner or an auxiliary. "the
  // Board reviewed the SSMP launched in 2020", "said the SSMP would be launched", "reviewed the proposed
  // amendment" tell of no act of a class that day.)
  const clause = /^[^;:.]*/.exec(text.slice(from))![0];
  for (const m of clause.matchAll(/(?<![\p{L}\p{N}-])\p{Ll}{3,}(?![\p{L}\p{N}-])/gu)) {
    if (!looksPast(m[0])) continue;
    const cls = TRIGGER_OF.get(normalizeWord(m[0]));
    return !!cls && cls !== not && !/\b(?:the|a|an|its|their|this|these|those|be|been|being|was|were|is|are|will|would|to|has|have|had)\s+$/i.test(clause.slice(Math.max(0, m.index! - 8), m.index!));
  }
  return false;
}
function frontedPhrase(text: string, d: { start: number; end: number; granularity: Granularity }): { lo: number; hi: number } | undefined {
  // To the day only: "the general election of 2019" names which election, as an edition's year does.
  const of = d.granularity === 'day' ? FRONTED_OF.exec(text.slice(0, d.start)) : null;
  if (of && TRIGGER_OF.has(normalizeWord(of[1])) && /^\s*,/.test(text.slice(d.end, d.end + 3))) {
    // (A gathering the phrase does not name, "At the meeting on 8 April 2025, the Minister launched the
    // Portal": the main clause's act of a class of its own is what the date tells of.)
    const comma = text.indexOf(',', d.end);
    if (BARE_SETTING.test(of[0]) && actAhead(text, comma + 1, TRIGGER_OF.get(normalizeWord(of[1]))!)) return { lo: comma + 1, hi: text.length };
    return { lo: 0, hi: d.end };
  }
  // A subordinate clause with its own verb that ends at the date ("Since the Chhatarpur camp opened on 16
  // June 2025, the camp has ..."): its event is the clause's.
  if (SINCE_CLAUSE.test(text.slice(0, d.start)) && /^\s*,/.test(text.slice(d.end, d.end + 3))) return { lo: 0, hi: d.end };
  // A past participle that opens the sentence and dates what the main clause's subject underwent
  // ("Constituted on 6 June 2007 under section 38Y, the Bureau also runs ..."): the phrase and that
  // subject, not the main clause's verb.
  const participle = FRONTED_PARTICIPLE.exec(text.slice(0, d.start));
  if (participle && TRIGGER_OF.has(normalizeWord(participle[1]))) {
    const comma = text.indexOf(',', d.end);
    const subject = comma >= 0 && comma - d.end <= 100 && !/[;:.]/.test(text.slice(d.end, comma)) ? MAIN_SUBJECT.exec(text.slice(comma + 1)) : null;
    if (subject) return { lo: 0, hi: comma + 1 + subject[0].length };
  }
  if (!FRONTED.test(text.slice(0, d.start))) return undefined;
  const m = /^(?:\s+[\p{L}][\p{L}\p{N}-]*){1,3}?(?=\s*,)/u.exec(text.slice(d.end, d.end + 80));
  if (!m) return undefined;
  const last = m[0].trim().split(/\s+/).pop()!;
  return /^\p{Ll}/u.test(last) && TRIGGER_OF.has(normalizeWord(last)) ? { lo: 0, hi: d.end + m[0].length } : undefined;
}

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
  /** The ordinal that names which of its kind the event is ("the sixth dialogue", "a second notice"):
   * events with different ordinals are different events. */
  ordinal?: number;
  /** The ordinal is read from a word that says only "a later one", not a number written: "the next
   * meeting" (next), "the revised scheme" (revised). */
  later?: 'next' | 'revised';
  /** The ordinal numbers a gathering ("its first meeting", "the 8th session"), of which a body holds many. */
  gathering?: true;
  /** What a start began, when the trigger is "began" or "started" with a gerund after it ("States began
   * uploading content on 3 October"): the event is that activity's start, and another event is the same
   * only if it names the activity too (not "the Content Hub was launched"). */
  activity?: string;
  /** What a launch launched, when the sentence names it by a common noun ("launched its recycler audit
   * drive on ...": driv; "The portal was launched on ...": portal): another launch is the same only if it
   * names that thing too, or names no such thing (see sameActivity). */
  thing?: string;
  /** The year or season the event is for, when its sentence names one ("approved the FRP for 2025-26 on
   * 30 April 2025": 2025): the same act for another year is another event (see sameActivity). */
  period?: number;
  /** Read from a table row ("| Indore Municipal Corporation | 10 February 2023 | ₹244 crore |"): a row
   * dates the thing its first cell names, though no verb says what happened (unless its column's header
   * does: withColumnHeader). */
  row?: true;
}

/** Header words that say only that the column holds a date. */
const DATE_COLUMN = new Set(['date', 'year', 'when', 'day', 'month', 'on'].map(normalizeWord));

/**
 * A table row's date in a column whose header names the action ("| State | PESA rules notified |",
 * "| Scheme | Launched |"): the header gives the row's event the trigger a row has no verb for, and its
 * other words join the event's terms. Unchanged when the event has a trigger or the header names none.
 */
export function withColumnHeader(e: DatedEvent, header: string): DatedEvent {
  if (e.trigger) return e;
  let trigger: string | undefined;
  let triggerWord: string | undefined;
  const terms = new Set(e.terms);
  for (const t of tokenize(header)) {
    const n = normalizeWord(t.text);
    const cls = NOT_TRIGGERS.has(t.text.toLowerCase()) ? undefined : TRIGGER_OF.get(n);
    if (cls) {
      trigger ??= cls;
      triggerWord ??= t.text;
    } else if (!DATE_COLUMN.has(n) && isTerm(t.text, n)) terms.add(n);
  }
  if (!trigger) return e;
  return { ...e, trigger, triggerWord, terms: [...terms] };
}

/** The word after a verb, and the auxiliary before one: "revamped the design", "was revised in". */
const VERB_USE = /^\s+(?:the|a|an|its|their|this|these|in|on|by|from|to|with)\b/i;
const AUXILIARY = /\b(?:is|are|was|were|be|been|being|has|have|had)\s+$/i;
/** "A modified UDAN", "the revised scheme": a later version of a thing is not its first (it counts as a
 * second, as ordinals do). In lower case only: "the Modified NAIS" is a name. */
const REVISED = new Set(['modified', 'revised', 'revamped', 'restructured', 'relaunched', 'updated', 'overhauled']);

/** A house of a legislature. */
const LEGISLATURE = /\b(?:Lok\s+Sabha|Rajya\s+Sabha|Parliament|Legislative\s+(?:Assembly|Council)|Vidhan\s+(?:Sabha|Parishad)|House\s+of\s+\p{Lu}\p{L}+|Senate|Congress)\b/u;

/** An ordinal before a part of a period ("in the first quarter of 2026") counts no event. */
const PERIOD_OF_TIME = /^\s+(?:quarter|half|week|fortnight|month|year|day)\b/i;
/** "To meet again in 2026": a later meeting than the one before. */
const MEET_AGAIN = /\b(?:meet|meets|met|convene|convenes|convened|sit|sits|sat)\s+$/i;
/** "next" before a unit of time, or "next to": no later instance of the event's thing. */
const NEXT_TIME = /^\s+(?:day|days|week|weeks|month|months|year|years|morning|evening|afternoon|night|to|few|two|three)\b/i;

const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];

/** A passive's agent named: "by the Rajya Sabha", "by NITI Aayog". */
const AGENT = /\bby\s+(?:the\s+)?\p{Lu}/u;
/** The words of the agents a passage names ("by the Lok Sabha": lok, sabha). */
function agentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\bby\s+(?:the\s+)?((?:\p{Lu}[\p{L}-]*\s*){1,4})/gu)) for (const w of m[1].trim().split(/\s+/)) out.add(normalizeWord(w));
  return out;
}
/** A relative clause between commas, an aside. */
const ASIDE = /,\s+(?:which|who|whose|that)\b[^,;]*,/g;
/** A negated verb, through its auxiliaries: "not been published", "never ratified", "did not sign". */
const NEGATED_VERB = /(?:(?<![\p{L}])(?:not|never)|n['’]t)\s+(?:(?:yet|been|be|ever|formally|officially)\s+){0,2}(?!(?:the|an?|only|just|all|any|so|as|more|less|much|many|until|till|before|after|in|on|at|for|from|by|to|with)\b)\p{Ll}{3,}/u;
/** A capitalised instrument noun right after a word: "amendment Bill", "amendment Rules". */
const INSTRUMENT_AFTER = /^\s+(?:Bill|Act|Rules|Regulations|Ordinance|Order|Code)\b/;
/** Whether a word in lower case qualifies the capitalised instrument noun after it ("the amendment Bill"). */
function qualifiesInstrument(text: string, t: Token): boolean {
  return /^\p{Ll}+$/u.test(t.text) && INSTRUMENT_AFTER.test(text.slice(t.end, t.end + 16));
}
/**
 * Whether a word of a class at `t` names no act dated by the date ending at `dateEnd`: one in the perfect
 * in a report's "that" clause (reportedPerfect); what someone should or must do, which is advice ("The NSC
 * should decide on a poverty line on the basis of the 2023-24 round"); or a noun that qualifies an
 * instrument's name, which is part of it ("The amendment Bill was introduced").
 */
function notAnAct(text: string, t: Token, dateEnd: number): boolean {
  return reportedPerfect(text, t.start, dateEnd) || /\b(?:should|must|ought\s+to)\s+(?:\p{Ll}+ly\s+)?$/u.test(text.slice(Math.max(0, t.start - 20), t.start)) || (!/(?:ed|ing)$/.test(t.text) && (qualifiesInstrument(text, t) || qualifiesNoun(text, t)));
}
/** A determiner, and a word or a year, before a noun that qualifies the noun after it ("the 2026 release calendar"). */
const QUALIFIER_BEFORE = /(?:^|\s)(?:the|a|an|its|their|this|these|those|our)\s+(?:(?:\p{Ll}+|(?:19|20)\d\d(?:-\d\d)?)\s+)?$/u;
/** Words after a noun that leave it the head of its phrase (function words, a verb's auxiliaries, a date's
 * nouns), or that make the phrase the act itself ("laid the foundation stone", "the launch ceremony"). */
const HEAD_AFTER = new Set([...STOPWORDS, ...'near amid beyond despite except including like throughout amongst till whereas now date dates day days year month week stone stones ceremony ceremonies function event events itself themselves today yesterday tomorrow too'.split(' ')]);
/**
 * Whether a class's word in its plain form is a noun that qualifies another, a thing rather than an act:
 * after a determiner, before a noun of its phrase ("approved the 2026 release calendar on ...", "that the
 * survey move to a monthly frequency"), or a plural that ends its clause ("cover rural areas in its
 * quarterly releases").
 */
function qualifiesNoun(text: string, t: Token): boolean {
  // (Not a verb after its subject: "the committee met farmers", "the government set targets", "the
  // ministry issues notices".)
  if (!/^\p{Ll}+$/u.test(t.text) || looksPast(t.text) || !QUALIFIER_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start))) return false;
  const after = /^\s+(\p{Ll}{3,})\b(?![-\u2010\u2011])/u.exec(text.slice(t.end, t.end + 24));
  // (Nor a noun before its own verb or an adverb: "the summit took place", "the survey found", "the visit itself".)
  if (after) return !/s$/.test(t.text) && !HEAD_AFTER.has(after[1]) && !looksPast(after[1]) && !/(?:ed|ing|ly)$/.test(after[1]);
  // (A plural before a comma may be dated by what follows: "after the elections, held on ...".)
  return /s$/.test(t.text) && /^\s*(?:[.;)]|$)/.test(text.slice(t.end, t.end + 3));
}
/** A verb in the perfect in what a report says ("announced on 5 March that the Committee has approved"). */
const REPORTED_PERFECT = /\b(?:announced|said|stated|informed|noted|confirmed|disclosed|revealed|reported)\s+(?:on\s+[^,;.]{1,30}?\s+)?that\s[^.;:]*?\b(?:has|have|had)\s+(?:\p{Ll}+ly\s+)?(?:been\s+)?$/u;
/** Whether the verb at `at` is one in the perfect in a report's "that" clause, and the date (ending at
 * `dateEnd`) dates the report: the report says when it was made, not when what it reports was done. */
function reportedPerfect(text: string, at: number, dateEnd: number): boolean {
  const from = Math.max(0, at - 200);
  const m = REPORTED_PERFECT.exec(text.slice(from, at));
  if (!m) return false;
  const that = from + m.index + m[0].search(/\sthat\s/);
  return dateEnd <= that;
}
/** After an ordinal that numbers a gathering: "first meeting", "8th regular session". */
const GATHERING_AFTER = /^\s+(?:[\p{Ll}-]+\s+)?(?:meeting|session|sitting|round|summit|conference|dialogue|plenary)s?\b/u;
/** Before an ordinal that numbers a setting: "at its 81st meeting", "at the 12th session". */
const AT_SETTING = /\bat\s+(?:its|the|their)\s+$/i;
/** Further than any ordinal of the segment's own. */
const SETTING_PENALTY = 10000;
/** The number an ordinal word stands for ("second" 2, "19th" 19), or undefined. */
export function ordinalOf(word: string): number | undefined {
  const w = word.toLowerCase();
  const i = ORDINAL_WORDS.indexOf(w);
  if (i >= 0) return i + 1;
  const m = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(w);
  return m ? Number(m[1]) : undefined;
}

/** A version after a name is its ordinal: "AMRUT 2.0" is the second AMRUT ("Swachh Bharat Mission 2.0"). */
function versionOf(text: string, t: Token): number | undefined {
  if (!/^[1-9]$/.test(t.text) || !/^\.0(?![\d.])/.test(text.slice(t.end, t.end + 3))) return undefined;
  return /\p{Lu}[\p{L}\p{N}-]*\s$/u.test(text.slice(Math.max(0, t.start - 30), t.start)) ? Number(t.text) : undefined;
}

const isOffice = (trigger: string | undefined) => !!trigger && triggerClasses(trigger).includes('office');
const isMeeting = (trigger: string | undefined) => !!trigger && triggerClasses(trigger).includes('meet');

/**
 * Whether two events' ordinals allow them to be the same event. An event without one may be the first
 * of its kind ("India sent a notice on 25 January" and "its first notice"), not a later one ("a second
 * notice" is not "a notice": which one, the source does not say).
 */
export function sameOrdinal(a: DatedEvent, b: DatedEvent): boolean {
  if (a.ordinal === b.ordinal || (a.ordinal ?? 1) === (b.ordinal ?? 1)) return true;
  // A thing named without "revised" in the year of its revision is the revised one: "the PMKKKY
  // guidelines, notified on 16 January 2024" are "the revised PMKKKY guidelines" of 15 January 2024.
  if ((a.ordinal === undefined && b.later === 'revised') || (b.ordinal === undefined && a.later === 'revised')) return a.date.year === b.date.year;
  // A post's number counts its holders, not the event: "took charge as the 26th Chief Election
  // Commissioner" is the day the person took office, which a draft may write without the number.
  if ((a.ordinal === undefined || b.ordinal === undefined) && isOffice(a.trigger) && isOffice(b.trigger)) return true;
  // A numbered name says which one: "MC12 concluded on 17 June 2022" is the 12th conference's event.
  return (a.ordinal === undefined && numbered(a, b.ordinal!)) || (b.ordinal === undefined && numbered(b, a.ordinal!));
}

/** Whether the event names something numbered n ("MC12", "COP-26"). */
function numbered(e: DatedEvent, n: number): boolean {
  for (const t of e.terms) {
    const m = /^\p{L}{2,}-?(\d{1,3})$/u.exec(t);
    if (m && Number(m[1]) === n) return true;
  }
  return false;
}

/**
 * Whether one event is a body's first meeting and the other an unnumbered one: a body meets again and
 * again, so a source's "It held its first meeting on 12 March 2021" says nothing of "approved the centres
 * at its meeting on 3 March 2025" (the source's eighth meeting may be the one). (Only a first of the
 * meeting itself: "met ... to recommend him as the first Chairperson" numbers no meeting.) Within a draft
 * a later "the Pune meeting" names the first one mentioned before it, so only sources ask this.
 */
export function firstOfMany(a: DatedEvent, b: DatedEvent): boolean {
  return (a.ordinal === undefined) !== (b.ordinal === undefined) && (a.ordinal ?? b.ordinal) === 1 && !!(a.gathering || b.gathering) && isMeeting(a.trigger) && isMeeting(b.trigger);
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

const START_WORDS = String.raw`begin|began|begun|begins|beginning|start|started|starts|starting|commenced?|commences`;
const STARTS = new RegExp(`^(?:${START_WORDS})$`, 'i');
/** A bracketed acronym right after a word, with its last letter (a plural's "s" aside): " (HEC)". */
const ACRONYM_AFTER = /^ \(\p{Lu}[\p{L}&-]*?(\p{Lu})s?\)/u;
/** A number (with its unit) right before "in" and a year: "from 465 in 2018", "11 percent in 2023". */
const FIGURE_YEAR = /(?<![\p{L}\d.,])\d[\d,]*(?:\.\d+)?\s*(?:%|percent|per\s+cent|crore|lakh|million|billion)?\s+in\s+$/u;
/** A start verb right before a word: "started sending", "began uploading". */
const START_BEFORE = new RegExp(String.raw`\b(?:${START_WORDS})\s+$`, 'i');
/** The activity a start began ("began uploading": upload), as DatedEvent.activity. */
function activityOf(text: string, word: string | undefined, at: number): { activity: string; thing?: string } | undefined {
  if (!word || !STARTS.test(word)) return undefined;
  const m = ACTIVITY.exec(text.slice(at + word.length, at + word.length + 80));
  if (!m) return undefined;
  // (The activity's object is what was started as a thing: "started sending Hindi voice alerts" started
  // the alerts; not what it was done to: "began uploading content to the Content Hub".)
  const head = m[2] && !FUNCTION_NOUN.test(m[2]) ? normalizeWord(m[2]) : undefined;
  return { activity: normalizeWord(m[1]), ...(head ? { thing: head } : {}) };
}
/** A gerund after a start, with the head of its object when the object ends at a preposition or a stop. */
const ACTIVITY = /^\s+(\p{Ll}{3,}ing)\b(?:\s+(?:(?:the|its|their|a|an)\s+)?(?:[\p{L}-]+\s+){0,2}?(\p{Ll}{3,})(?=\s+(?:to|in|on|at|for|from|with|by|across|under|through)\b|\s*[,.;]))?/u;

/** The common noun a launch launched (before a place that follows it: "The grievance camp at Chhatarpur
 * collectorate opened" opened a camp): its object after "launched its/the" ("launched its recycler audit
 * drive on"), or its subject when the verb has no object: passive ("The portal was launched") or without
 * one ("The Global Millets (Shree Anna) Conference opened in New Delhi on"); as DatedEvent.thing. A
 * capitalised head counts ("Conference"); a name ending in a proper noun does not ("the PM-KISAN"). */
const THING_AFTER = /^\s+(?:its|their|the|a|an|his|her)\s+(?:[\p{L}()'’-]+\s+){0,3}?(\p{L}\p{Ll}{2,})(?=\s+(?:on|in|at|for|from|with|across|to|under|by|last|this|earlier)\b|\s*[,.;]|$)/u;
const THING_BEFORE = /(?:^|\s)(?:the|its|their)\s+(?:[\p{L}()'’-]+\s+){0,4}?(\p{L}\p{Ll}{2,})(?:\s+(?:at|in|near)\s+(?:the\s+)?\p{Lu}[^,;()]{1,40}?)?\s+(?:(?:was|were|has\s+been|had\s+been|have\s+been|is|are)\s+(?:\p{Ll}+ly\s+)?)?$/iu;
/** Verbs of deciding, whose date also dates what was decided ("decided on ... to raise"). */
const DECIDED = /^(?:decided|agreed|resolved|chose|voted)$/i;
/** A regular past verb, then (past its object) "at its meeting on": what was done at the meeting. */
const DID_AT_MEETING = /\b(\p{Ll}{3,}ed)\s+(?:[^,;.]{0,60}?\s)?at\s+(?:its|the|their|a)\s+(?:\p{L}+\s+){0,2}(?:meeting|session|sitting)\s+(?:held\s+)?(?:on|in)\s+$/u;
/** "at the National Sericulture Conference on": a gathering, named or not, that the date right after dates. */
const AT_GATHERING = new RegExp(String.raw`\bat\s+(?:its|the|their|a|an)\s+(?:[\p{L}'’-]+\s+){0,5}?${GATHERING_WORDS}\b\s+(?:held\s+)?(?:on|in)\s+$`, 'iu');
/** The words before an aside between commas that ends right before the verb (or an auxiliary or a light
 * verb and it: "..., went live", "..., has been opened"). */
const ASIDE_BEFORE = /^([^,]*\S),[^,]{3,120},\s*(?:\p{Ll}+\s+){0,2}$/u;
/** The noun a participle after a comma describes ("the Dam Health and Rehabilitation Monitoring Application
 * (DHARMA), launched on ..."), with its bracketed acronym. */
const PARTICIPLE_OF = /(\p{L}\p{Ll}{2,})(?:\s+\([^()]{1,20}\))?,\s*$/u;
const NO_OBJECT = /^\s*(?:,|(?:on|in|at|from|with|for|across|last|this|earlier)\b)/i;
function thingOf(text: string, word: string | undefined, at: number, trigger: string | undefined): { thing: string } | undefined {
  if (!word || !trigger || !trigger.split('+').some((c) => c === 'launch' || c === 'establish')) return undefined;
  // (Past a verb's particle: "was set up on", "set up the cell on".)
  const after = text.slice(at + word.length, at + word.length + 64).replace(/^\s+up\b/, '');
  // (Before the verb, past an aside between commas: "The CRM portal, through which farmers can book
  // machinery, went live on ...".)
  const before = text.slice(0, at);
  const m = THING_AFTER.exec(after) ?? (NO_OBJECT.test(after) ? THING_BEFORE.exec(before.slice(-60)) ?? THING_BEFORE.exec(`${ASIDE_BEFORE.exec(before)?.[1].slice(-60) ?? ''} `) ?? PARTICIPLE_OF.exec(before.slice(-60)) : null);
  if (!m || FUNCTION_NOUN.test(m[1])) return undefined;
  return { thing: normalizeWord(m[1]) };
}
/** Words in a thing's place that name nothing launched. */
const FUNCTION_NOUN = /^(?:same|first|second|third|new|latest|other|one|two|three|which|that|this|government|ministry|minister|department|centre|state|states|board|authority|commission|council|secretary|chairman|chairperson|president)$/i;
/** Things of one kind, which writers name one for another ("the drive" for "the campaign"; schemes,
 * missions and programmes are told apart as instruments, search.ts). */
const THING_KINDS: string[][] = [
  ['initiative', 'yojana', 'abhiyan', 'campaign', 'drive', 'project', 'pilot'],
  ['portal', 'platform', 'app', 'application', 'website', 'dashboard', 'system', 'database', 'registry', 'service', 'helpline'],
  ['conference', 'summit', 'meeting', 'conclave', 'session', 'dialogue', 'festival', 'mela', 'fair', 'expo', 'exhibition', 'week'],
];
const THING_KIND = new Map<string, number>();
THING_KINDS.forEach((words, k) => { for (const w of words) THING_KIND.set(normalizeWord(w), k); });
/** Whether two things' nouns may name one thing: the same noun, or nouns of one kind. */
export function sameThingKind(a: string, b: string): boolean {
  if (a === b) return true;
  const k = THING_KIND.get(a);
  return k !== undefined && k === THING_KIND.get(b);
}

/** The act a sentence names before `at`, when no date of its own dates it ("The Tribunal allowed the
 * states to recover arrears for the period after ..."): the nearest verb of a class, or a regular past
 * tense in none ("v:allow"), and the words before the date. */
function actBefore(text: string, toks: Token[], at: number): Pick<DatedEvent, 'trigger' | 'triggerWord' | 'terms'> | undefined {
  let verb: Token | undefined;
  let trigger: string | undefined;
  const terms: string[] = [];
  for (const t of toks) {
    if (t.end > at) break;
    const n = normalizeWord(t.text);
    const cls = /^\p{Ll}/u.test(t.text) ? TRIGGER_OF.get(n) ?? (/^\p{Ll}{3,}ed$/u.test(t.text) && !SAYING.test(t.text) ? `v:${n}` : undefined) : undefined;
    if (cls) [verb, trigger] = [t, cls];
    else if (isTerm(t.text, n)) terms.push(n);
  }
  return verb ? { trigger, triggerWord: verb.text, terms } : undefined;
}

/**
 * Events in one sentence. `text` is the sentence, `base` its document offset. `dates` may be passed when
 * already found (offsets relative to `text`).
 */
export function findEvents(text: string, base: number, dates: DateMention[] = findDates(text), toks?: Token[], context?: readonly string[]): DatedEvent[] {
  // A year that ends a title ("the Data Protection Act, 2023", "National Health Policy 2017") is part of
  // the name, not a date of the sentence's event.
  // So is a figure's year ("its deaths fell from 465 in 2018 to 301 in 2023"): a count's, no event's.
  // (A year between a determiner and a word in lower case, when a date to the day dates the sentence, says
  // which one: "approved the 2026 release calendar on 19 November 2025".)
  const dayDated = dates.some((d) => d.valid && d.granularity === 'day');
  const valid = dates.filter((d) => d.valid && d.date.year && !(d.granularity === 'year' && (namedYear(text, d.start, d.end) || FIGURE_YEAR.test(text.slice(Math.max(0, d.start - 24), d.start)) || (dayDated && ATTRIBUTIVE_YEAR.test(text.slice(Math.max(0, d.start - 8), d.start)) && /^\s+\p{Ll}/u.test(text.slice(d.end, d.end + 3)) && !eventOfYear(text.slice(d.end, d.end + 40))))));
  if (!valid.length) return [];
  // (Read before a weekday that the date carries: "By Monday, 31 March 2025, 84 ministries had ...".)
  const bound = valid.filter((d) => (!APPLIES_SINCE.test(text.slice(Math.max(0, d.start - 100), d.start)) && !DUE.test(text.slice(Math.max(0, d.start - 24), d.start)) && BOUNDS.some(([re, back]) => re.test(text.slice(Math.max(0, d.start - back), withWeekday(text, d.start))))) || (d.until !== undefined && SEASON_SPAN.test(text.slice(Math.max(0, d.start - 40), d.start))) || (/\bto\s+$/i.test(text.slice(Math.max(0, d.start - 4), d.start)) && FISCAL_YEAR.test(text.slice(d.start, d.end))));
  const usable = bound.length ? valid.filter((d) => !bound.includes(d)) : valid;
  toks ??= tokenize(text);
  // A quoted title ("Cabinet approves PMAY-Urban 2.0 ...", 10 AUG 2024) names what a source is about:
  // its words are not the verb of a date outside it.
  const quotes: [number, number][] = [];
  if (/["\u201c]/.test(text)) for (const m of text.matchAll(/"[^"\n]{3,300}"|\u201c[^\u201d\n]{3,300}\u201d/g)) quotes.push([m.index!, m.index! + m[0].length]);
  // Citation keys ("[@pib-solar-2025]") name a source, not the event.
  const keys = citationKeySpans(text);
  if (keys.length) toks = toks.filter((t) => !keys.some(([a, b]) => t.start < b && t.end > a));
  const out: DatedEvent[] = [];
  // Where the sentence divides between two dates: at the first clause break (punctuation, or "and",
  // "but", "while", "whereas") after the first date that leaves it words of its own ("In 2016, ..." goes
  // on to its clause), else halfway. "India, a member since its launch in June 2020, hosted the summit
  // in December 2023": the hosting belongs to December, not to June.
  const cuts: number[] = [];
  if (usable.length > 1) {
    // One pass over the breaks and the tokens (a sentence may hold many dates).
    const breaks: number[] = [];
    for (const m of text.matchAll(CLAUSE_BREAK)) {
      // An acronym in brackets ("Canal Project (PKC-ERCP) at Jaipur") is part of the name, not a break.
      const at = m.index!;
      if ((text[at] === '(' && /^\(\S{1,15}\)/.test(text.slice(at, at + 17))) || (text[at] === ')' && /\(\S{1,15}$/.test(text.slice(Math.max(0, at - 16), at)))) continue;
      breaks.push(at);
    }
    // Words that only place the date ("A week earlier, on 17 December, the PM laid ...") are not the
    // clause's own: such a date goes on to the clause after it.
    const isWord = (t: Token) => /^\p{L}/u.test(t.text) && !STOPWORDS.has(t.text.toLowerCase()) && !MONTH_OR_DAY.test(t.text) && !GENERIC.has(normalizeWord(t.text));
    let b = 0;
    for (let i = 0; i + 1 < usable.length; i++) {
      const d = usable[i];
      const to = usable[i + 1].start;
      const start = i > 0 ? cuts[i - 1] : 0;
      let cut = (d.end + to) >> 1;
      // Tokens from the segment's start, checked up to each break in turn.
      let t = firstEndingAfter(toks, start);
      let words = false;
      while (b < breaks.length && breaks[b] < d.end) b++;
      // A semicolon between the dates divides their clauses, whatever commas come before it.
      let semi = -1;
      for (let k = b; k < breaks.length && breaks[k] < to; k++) if (text[breaks[k]] === ';') semi = breaks[k];
      if (semi >= 0) {
        cuts.push(semi);
        continue;
      }
      for (; b < breaks.length && breaks[b] < to; b++) {
        for (; t < toks.length && toks[t].end <= breaks[b]; t++) if (!words && (toks[t].end <= d.start || toks[t].start >= d.end) && isWord(toks[t])) words = true;
        if (words) {
          cut = breaks[b];
          break;
        }
      }
      // A date written right after a verb is its object, not its time ("On 24 February 2024, the MHA
      // notified 1 July 2024 as the date ..."): the verb is the earlier date's.
      if (!words) {
        const object = withWeekday(text, to);
        const verb = /(\p{Ll}+ed)\s+$/u.exec(text.slice(Math.max(d.end, object - 30), object));
        if (verb && TRIGGER_OF.has(normalizeWord(verb[1]))) cut = object;
      }
      cuts.push(cut);
    }
  }
  // The sentence's subject: its terms before the first trigger word or date. A later date's clause
  // that names nothing of its own shares it ("The Act was passed on 1 May and entered into force on
  // 1 July": both dates are the Act's).
  let subject: Set<string> | undefined;
  // A sentence that opens with "It" or "The agreement" is about the previous sentence's subject.
  const inherited = context?.length && (isAnaphoric(text) || opensWithHead(text, context)) ? context : [];
  const subjectTerms = (): Set<string> => {
    if (subject) return subject;
    subject = new Set(inherited);
    for (const t of toks!) {
      if (t.start >= usable[0].start) break;
      const n = normalizeWord(t.text);
      if (/^\p{Ll}/u.test(t.text) && TRIGGER_OF.has(n)) break;
      if (isTerm(t.text, n)) subject.add(n);
    }
    return subject;
  };
  // (Purposes and aims are rare too: "released for consultation", "towards holding".)
  const purposes = /\sfor\s/.test(text);
  const aims = /toward/i.test(text);
  // Editions named by a year (below) are rare too: "LEADS 2024", "Karmayogi Saptah 2025".
  const hasEditions = /\p{Lu}{3}\)?\s+(?:19|20)\d\d/u.test(text) || NAME_EDITION_TEST.test(text);
  let sentenceEditions: Set<string> | undefined;
  // Relative clauses (", which ...") are rare: most sentences skip looking for them.
  const relatives = RELATIVE_TEST.test(text);
  const restrictives = RESTRICTIVE_TEST.test(text);
  const timed = TIME_CLAUSE_TEST.test(text);
  // Participles between commas that describe a name by their agent ("The Group of Ministers, convened by
  // Vikram Deshpande, submitted its report on ..."): neither verb nor words of a date outside them. So
  // without commas, when the sentence's verb follows the agent ("The Technical Expert Committee (TEC)
  // appointed by the Supreme Court recommended a moratorium ... in 2013").
  const byAsides: [number, number][] = text.includes(' by ') ? [...text.matchAll(BY_ASIDE)].map((m) => [m.index!, m.index! + m[0].length]) : [];
  for (let i = 0; i < usable.length; i++) {
    const d = usable[i];
    // This date's part of the sentence: from the cut before it to the cut after it; a clause that
    // describes the name before the cut ("through NIPL, created in 2020") takes that name too.
    let lo = i > 0 ? cuts[i - 1] : 0;
    if (i > 0 && DESCRIBING.test(text.slice(lo, d.start))) {
      const name = /(?:\p{Lu}[\p{L}\p{N}&.'-]*\s+)*\p{Lu}[\p{L}\p{N}&.'-]*\s*$/u.exec(text.slice(Math.max(0, lo - 80), lo));
      if (name) lo -= name[0].length;
    }
    let hi = i + 1 < usable.length ? cuts[i] : text.length;
    hi = Math.min(hi, ownClauseAfter(text, d.end), laterClauseAfter(text, d.end));
    if (i === 0) {
      hi = Math.min(hi, leadingClauseEnd(text, d));
      lo = Math.max(lo, mainClauseStart(text, d), coordinateClauseStart(text, d), clauseAfterColon(text, d));
    }
    const relative = (relatives ? relativeClause(text, d.start, d.end) : undefined) ?? (restrictives ? restrictiveClause(text, d.start, d.end) : undefined) ?? (timed ? timeClause(text, d.start, d.end, lo) : undefined);
    if (relative) ({ lo, hi } = relative);
    if (i === 0) lo = Math.max(lo, reportedClauseStart(text, d));
    const fronted = i === 0 ? frontedPhrase(text, d) : undefined;
    if (fronted) ({ lo, hi } = fronted);
    // A noun of an event dated by "of" ("it followed the Budget announcement of 1 February 2022"): the
    // date is that phrase's, whatever the clause around it says.
    // (To the day only: "the general election of 2019" names which election, as FRONTED_OF reads it.)
    // So is a thing "held on" (or done on) a day inside another clause ("Part of the delay goes back to
    // the mid-term review held on 21 July 2021", "Replies to the questionnaire circulated on 17 November
    // 2025 are expected"): the phrase is its event, whatever the noun.
    else if (!relative && d.granularity === 'day') {
      const from = Math.max(0, d.start - 80);
      const before = text.slice(from, d.start);
      const dated = DATED_NOUN.exec(before);
      const np = dated && eventNoun(dated[1]) ? dated : dated ? null : HELD_NOUN.exec(before);
      if (np && (np === dated || (from + np.index > 0 && (/\sheld\s+on\s+$/.test(np[0]) || FINITE_AFTER.test(text.slice(d.end, d.end + 60)))))) ({ lo, hi } = { lo: from + np.index, hi: d.end });
    }
    // And a date before such a noun ("since the 10 March 2025 launch of the HPV campaign"): the phrase
    // from the date to what the noun is of.
    if (!relative && !fronted && /\b(?:the|its|their)\s+$/i.test(text.slice(Math.max(0, d.start - 6), d.start))) {
      const np = NOUN_AFTER_DATE.exec(text.slice(d.end, d.end + 100));
      if (np && eventNoun(np[1])) ({ lo, hi } = { lo: d.start, hi: d.end + np[0].length });
    }
    // "..., which launched it on 25 June 2015": the clause acts on the sentence's subject too.
    // So does one about a stretch of time set beside the clause (", a period that ended on ...").
    const onSubject = relative !== undefined && (/\s(?:it|them)\b/i.test(text.slice(lo, hi)) || TIME_APPOSITIVE.test(text.slice(lo, d.start)));
    const terms = new Set<string>();
    let trigger: string | undefined;
    let triggerWord: string | undefined;
    let triggerDist = Infinity;
    let triggerAt = -1;
    const classes: [string, number][] = [];
    // Where the segment's first name and first trigger word are: a clause that names nothing before its
    // verb ("... and approved by the Union Cabinet on 29 February") is still about the sentence's subject.
    let firstName = Infinity;
    let firstTrigger = Infinity;
    let ordinal: number | undefined;
    let ordinalDist = Infinity;
    let later: 'next' | 'revised' | undefined;
    let gathering = false;
    // A relative clause that describes something else in the segment ("Tamil Nadu's policy, which keeps
    // the two-language formula, was released on ...") is not this date's event.
    const asides = relative || !relatives ? [] : relativeAsides(text, lo, hi, d);
    for (const [a, b] of byAsides) if (d.end <= a || d.start >= b) asides.push([a, b]);
    const afterPhrase = AFTER_PHRASE.exec(text.slice(d.end, hi));
    const afterAt = afterPhrase ? d.end + afterPhrase.index : -1;
    // (To the phrase's end: "On 5 May 2024, after a long debate, the Cabinet approved ..." keeps its verb.)
    const afterStop = afterAt < 0 ? -1 : text.slice(afterAt + afterPhrase![0].length).search(/[,;:.]/);
    const afterEnd = afterAt < 0 ? -1 : afterStop < 0 ? text.length : afterAt + afterPhrase![0].length + afterStop;
    // The segment's tokens: from the first that ends after lo (tokens are in order) to hi.
    for (let k = firstEndingAfter(toks, lo); k < toks.length && toks[k].start < hi; k++) {
      const t = toks[k];
      if (t.start >= d.start && t.end <= d.end) continue;
      if (asides.length && asides.some(([a, b]) => t.start > a && t.end <= b)) continue;
      const version = versionOf(text, t);
      // The version is part of the name too ("URBIS 2.0": urbis, v2), so that two mentions of it share more
      // than the name's one word.
      if (version !== undefined) terms.add(`v${version}`);
      // A specific number names what it counts ("the first list of 6,207 schools"): a term of its own,
      // not a round one ("1,000") or a year.
      if (/^\d+$/.test(t.text) && !/\d[,.]$/.test(text.slice(Math.max(0, t.start - 2), t.start))) {
        const number = /^\d+(?:,\d{2,3})*(?![\d.])/.exec(text.slice(t.start, t.start + 24))?.[0] ?? '';
        const digits = number.replace(/,/g, '');
        if (digits.replace(/0+$/, '').length >= 3 && !/^(?:1[5-9]|20)\d\d$/.test(digits)) terms.add(`#${digits}`);
      }
      // ("the revised scheme", "India's updated NDC": an adjective; "revamped the survey design" and "was
      // revised in" are verbs and count nothing).
      // "The next meeting" is a later one than the meeting a draft dates (not "the next day"); so is one
      // met "again".
      const o = (PERIOD_OF_TIME.test(text.slice(t.end, t.end + 12)) ? undefined : ordinalOf(t.text)) ?? version ?? (REVISED.has(t.text) && !VERB_USE.test(text.slice(t.end, t.end + 8)) && !AUXILIARY.test(text.slice(Math.max(0, t.start - 12), t.start)) ? 2 : undefined) ?? (t.text === 'next' && !NEXT_TIME.test(text.slice(t.end, t.end + 10)) ? 2 : undefined) ?? (t.text === 'again' && MEET_AGAIN.test(text.slice(Math.max(0, t.start - 12), t.start)) ? 2 : undefined);
      // (Not one past a comma after the date, which describes something else: "launched on July 1, 2020,
      // the day the revised definition took effect".)
      if (o !== undefined && !(t.start >= d.end && /[,;]/.test(text.slice(d.end, t.start)))) {
        // (One that numbers where it was done, "at its 81st meeting", counts only when nothing else
        // has one: "approved the third line at its 81st meeting on ..." is the third line's approval.)
        const setting = AT_SETTING.test(text.slice(Math.max(0, t.start - 12), t.start));
        const dist = (t.end <= d.start ? d.start - t.end : t.start - d.end) + (setting ? SETTING_PENALTY : 0);
        if (dist < ordinalDist) {
          ordinal = o;
          ordinalDist = dist;
          later = ordinalOf(t.text) !== undefined || version !== undefined ? undefined : REVISED.has(t.text) ? 'revised' : 'next';
          gathering = GATHERING_AFTER.test(text.slice(t.end, t.end + 30));
        }
      }
      const n = normalizeWord(t.text);
      // "Take" is an event only as "take place", or a post's "take charge" or "take office" (taking a post:
      // "took charge as the 26th Chief Election Commissioner"); "to take UPI abroad" is none.
      const taken = n === TAKE ? /^\s+(place|charge|office)\b/i.exec(text.slice(t.end, t.end + 8))?.[1].toLowerCase() : undefined;
      // A capitalised word is a name ("Institute"), not a trigger, unless it starts the sentence.
      let cls =
        // (A bullet's marker does not make its first word a name.)
        (/^\p{Lu}/u.test(t.text) && /\p{L}/u.test(text.slice(0, t.start))) ||
        // (A sentence's first word in its plain form before its object is an imperative, which dates
        // nothing done: "Publish the first NAPFF review, due in February 2027, in full.")
        opensImperative(text, t) ||
        // (Nor a participle that opens the sentence before its subject: "Hearing an application by the
        // Ministry, the court modified its order on ...".)
        (/^\p{Lu}\p{Ll}+ing$/u.test(t.text) && !/\p{L}/u.test(text.slice(0, t.start)) && /^\s+(?:an?|the|its|their|this|these|\p{Lu})[^,;:.]*,\s/u.test(text.slice(t.end, t.end + 120))) ||
        (n === TAKE && !taken) ||
        (n === USE && !/\bfirst\s+$/i.test(text.slice(Math.max(0, t.start - 7), t.start))) ||
        // (And "gave the guidelines the force of law": a law's force given.)
        (n === FORCE && !INTO_FORCE.test(text.slice(Math.max(0, t.start - 8), t.start)) && !/^\s+of\s+(?:a\s+)?law\b/i.test(text.slice(t.end, t.end + 12))) ||
        (n === HAND && !/^\s+over\b/i.test(text.slice(t.end, t.end + 6))) ||
        (FLAG.has(n) && !/^\s+off\b/i.test(text.slice(t.end, t.end + 5))) ||
        (n === LIST && !/^list(?:ed|ing)$/i.test(t.text)) ||
        (n === PRESENT && !/^present(?:ed|s|ing)$/i.test(t.text)) ||
        // (A noun that ends a name its acronym spells is the name's: "Human-elephant conflict (HEC) killed".)
        (text.startsWith(' (', t.end) && /^\p{Ll}+$/u.test(t.text) && ACRONYM_AFTER.exec(text.slice(t.end, t.end + 16))?.[1].toLowerCase() === t.text[0]) ||
        (/^open$/i.test(t.text) && !OPEN_VERB.test(text.slice(Math.max(0, t.start - 8), t.start))) ||
        // (The gerund after a start is what was started, not a verb of its own: "started sending alerts".)
        (/^\p{Ll}{3,}ing$/u.test(t.text) && START_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start))) ||
        (quotes.length > 0 && quotes.some(([a, b]) => t.start >= a && t.end <= b && !(d.start >= a && d.end <= b))) ||
        (n === EFFECT && !TAKE_EFFECT.test(text.slice(Math.max(0, t.start - 8), t.start))) ||
        (END_WORDS.has(n) && !END_VERB.test(t.text)) ||
        (n === DEAL && /\b(?:to|will|would|must|can|could|should|may|might|great|good)\s+$/i.test(text.slice(Math.max(0, t.start - 7), t.start))) ||
        (n === CROSS && !COAST_AHEAD.test(text.slice(t.end, t.end + 60))) ||
        (HOLD.has(n) && (QUANTITY_AHEAD.test(text.slice(t.end, t.end + 30)) || HELD_AS.test(text.slice(t.end, t.end + 30)))) ||
        (n === CONTRACT && /(?:ed|ing)$/i.test(t.text)) ||
        // "mineral-bearing land", "tribal lands", "the ₹18,300 crore issue": nouns; "is to land on", "landed",
        // "issued" are verbs.
        (/^(?:lands?|issues?)$/i.test(t.text) && !/\b(?:to|will|would|could|can|may|might|shall|should|must|did|not)\s+$/i.test(text.slice(Math.max(0, t.start - 8), t.start))) ||
        NOT_TRIGGERS.has(t.text.toLowerCase()) ||
        (/ed$/i.test(t.text) && DETERMINER.test(text.slice(Math.max(0, t.start - 12), t.start))) ||
        // (What a document was put out for is no event of its own: "released for stakeholder consultation";
        // nor is an aim: "the first step towards holding elections ...".)
        (purposes && !/(?:ed|en)$/.test(t.text) && FOR_PURPOSE.test(text.slice(Math.max(0, t.start - 50), t.start))) ||
        (aims && /^\p{Ll}{3,}ing$/u.test(t.text) && /\btowards?\s+$/i.test(text.slice(Math.max(0, t.start - 9), t.start))) ||
        (aims && AIM_OBJECT.test(text.slice(Math.max(0, t.start - 60), t.start)))
          ? undefined
          : taken && taken !== 'place'
            ? 'office'
            : inContext(text, t) ?? TRIGGER_OF.get(n);
      // (Read only for a word of a class, as these look around it.)
      if (cls && notAnAct(text, t, d.end)) cls = undefined;
      // (A phrase of "after" set off by a comma after the date tells what came before: its words may say
      // which event this is, but its nouns are no act of the date: "Comments closed on 21 April 2025, after
      // four regional consultations".)
      if (cls && afterAt >= 0 && t.start > afterAt && t.end <= afterEnd) cls = undefined;
      if (cls) {
        if (t.start < firstTrigger) firstTrigger = t.start;
        const dist = t.end <= d.start ? d.start - t.end : t.start - d.end;
        classes.push([cls, dist]);
        if (dist < triggerDist) {
          trigger = cls;
          triggerWord = t.text;
          triggerDist = dist;
          triggerAt = t.start;
        }
      }
      if (cls) continue;
      if (!isTerm(t.text, n) && !(TRIGGER_OF.has(n) && qualifiesInstrument(text, t))) continue;
      if (/^\p{Lu}/u.test(t.text) && t.start < firstName) firstName = t.start;
      terms.add(n);
      // A numbered acronym is also its family ("GCF-2" is a GCF event; the acronym stands for its words).
      const numbered = NUMBERED.exec(t.text);
      if (numbered) terms.add(normalizeWord(numbered[1]));
    }
    // Only a gathering opens as a meeting ("the summit opened on ..."); a portal, a line or a plant that
    // opened was launched.
    // (Not one the sentence launched already at an earlier date: "The wallet, launched on 20 February
    // 2023 for visitors at select airports, was opened to all of them on 1 January 2025" opened it wider,
    // an event of its own kind.)
    if (classes.some(([c]) => c === OPEN_CLASS) && !GATHERING.test(text.slice(lo, hi))) {
      const as = out.some((e) => e.sentenceStart === base && triggerClasses(e.trigger).includes('launch')) ? 'v:open' : 'launch';
      for (const c of classes) if (c[0] === OPEN_CLASS) c[0] = as;
      if (trigger === OPEN_CLASS) trigger = as;
    }
    // A clause with neither words nor a trigger of its own repeats the one before ("sent its first
    // notice on 25 January and a second on 30 August": the second is a notice sent too).
    // So does a clause with no verb of its own after a conjunction ("... and by the Rajya Sabha on 9
    // August"): the same action, by the same subject.
    // (A number is no word of the clause's own: "and for 554 more on 26 February 2024".)
    const worded = [...terms].some((t) => !t.startsWith('#'));
    // (A clause with a verb of its own repeats nothing: ", followed by an open house discussion on ...".)
    const gapKind = i > 0 && !classes.length && out[out.length - 1].trigger !== undefined ? (!worded ? (ownVerb(text.slice(lo, d.start)) ? undefined : 'verb+subject') : gapped(text.slice(lo, d.start))) : undefined;
    const gap = gapKind !== undefined;
    if (gap) {
      const prev = out[out.length - 1];
      for (const c of triggerClasses(prev.trigger)) classes.push([c, 0]);
      trigger = prev.trigger;
      triggerWord = prev.triggerWord;
    }
    // What was not done dates nothing: "the NPP's 2025 targets have still not been published", "The
    // treaty was never ratified in 2019" (its noun names no event either).
    // (In the date's own clause: "Since MVS was launched on 25 May 2024, Kurumgarh has not recorded ..."
    // and "issued directions on 29 January 2020 asking states that had not yet done so ..." were done.)
    const after = text.slice(d.end, hi);
    const clauseEnd = after.search(/[,;:]|\b(?:that|which|who|whom|whose|asking|requiring|directing|urging|to|and|but|so|while|because|as|if|unless|when|where)\b/);
    // (Nor in an aside before it: "The Coral Scheme, which did not need Cabinet approval, was launched on".)
    const negated = NEGATED_VERB.test(text.slice(lo, clauseEnd < 0 ? hi : d.end + clauseEnd).replace(ASIDE, ' '));
    if (negated) {
      classes.length = 0;
      trigger = undefined;
      triggerWord = undefined;
    }
    // A date whose verb is in no class ("Varaha-II collected nodules at 5,270 metres on 14 April 2022")
    // dates what that verb says: another event with the same verb may be the same one (the verb is its
    // own kind, "v:collect").
    // (Only a regular past tense, and a date "on" or "in" a day, not a bound: "extended to March 2027".)
    const onDay = /\b(?:on|in)\s+$/i.test(text.slice(Math.max(0, withWeekday(text, d.start) - 4), withWeekday(text, d.start)));
    // (Also when the only verbs of a class stand far off and the verb is right before the date: "an audit
    // tabled in Parliament on August 8, 2023, found that patients ... had died" dates the tabling; not a
    // verb after it, ", and that date is now observed as ...".)
    const farOnly = classes.length > 0 && triggerDist > 60;
    // (A date that opens the sentence dates the main verb after it: "On 26 April 2023 the Court modified
    // this direction, exempting areas that already had a final notification".)
    const opening = /^[\s"'\u2018\u201c(*_-]*(?:On|In)\s+$/.test(text.slice(0, withWeekday(text, d.start)));
    if ((!classes.length || farOnly) && !gap && !d.until && onDay && !negated) {
      let best: Token | undefined;
      let bestDist = farOnly ? 25 : 61;
      for (const t of toks) {
        // (Before the date's part of the sentence only in one clause with it: "The Cabinet extended the
        // scheme to 31 December 2024 on 27 April 2021" dates the extension.)
        if ((t.end <= lo && /[,;:()]/.test(text.slice(t.end, d.start))) || t.start >= hi || (t.start >= d.start && t.end <= d.end) || (farOnly && t.start >= d.end && !(opening && !/[,;:]/.test(text.slice(d.end, t.start))))) continue;
        if (!/^\p{Ll}{3,}ed$/u.test(t.text) || SAYING.test(t.text) || DETERMINER.test(text.slice(Math.max(0, t.start - 12), t.start))) continue;
        // (A verb whose clause runs on to the date, with no punctuation between, reaches further: "retained
        // a reservation of 100 percent for foodgrains and 20 percent for sugar on 10 December 2024".)
        const dist = t.end <= d.start ? d.start - t.end - (farOnly || /[,;:()]/.test(text.slice(t.end, d.start)) ? 0 : 30) : t.start - d.end;
        if (dist < bestDist) [best, bestDist] = [t, dist];
      }
      if (best) {
        const cls = `v:${normalizeWord(best.text)}`;
        // (A far verb of a class before it stays a kind of the event too: in "MISHTI was first announced
        // ... in the Union Budget 2023-24, presented to Parliament on 1 February 2023", the date is the
        // presentation's and the announcement's; a far verb after it is another clause's.)
        if (!(farOnly && triggerAt < best.start)) classes.length = 0;
        classes.push([cls, bestDist]);
        trigger = cls;
        triggerWord = best.text;
        triggerAt = best.start;
      }
    }
    // A date things apply from ("for all applications from 1 July 2025", "to imports received from ..."):
    // the start of what the clause says, whatever verb stands further off ("will declare institutions
    // accredited for all applications from ..." declares nothing on that day). A verb just before "from"
    // keeps its own kind ("banned from", "effective from").
    const from = !d.until && !gap ? FROM_START.exec(text.slice(Math.max(0, d.start - 40), d.start)) : null;
    // So is the date a clause begins with after a comma ("payable in instalments over twelve years,
    // beginning April 1, 2026").
    if ((from && !TRIGGER_OF.has(normalizeWord(from[1]))) || (!d.until && !gap && (BEGINNING.test(text.slice(Math.max(0, d.start - 30), d.start)) || APPLIES_SINCE.test(text.slice(Math.max(0, d.start - 100), d.start))))) {
      classes.length = 0;
      classes.push(['force', 0]);
      trigger = 'force';
    }
    if (!d.until && !gap && DUE.test(text.slice(Math.max(0, d.start - 24), d.start))) {
      classes.length = 0;
      classes.push(['due', 0]);
      trigger = 'due';
    }
    // The day something was said ("..., officials said on Wednesday", "told reporters on 5 May") dates
    // the saying, not what was said.
    if (!gap && SAID_ON.test(text.slice(Math.max(0, d.start - 100), withWeekday(text, d.start)))) {
      classes.length = 0;
      trigger = undefined;
      triggerWord = undefined;
    }
    // A verb in no class that this date dates too: a kind of the event as well ("v:recommend").
    const alsoVerb = (word: string, dist: number) => {
      const n = normalizeWord(word);
      if (!TRIGGER_OF.has(n) && !classes.some(([c]) => c === `v:${n}`)) classes.push([`v:${n}`, dist]);
    };
    // A date right after a gathering that something was done at ("agreed at the National Sericulture
    // Conference on 16 January 2025") is the gathering's too: a name's capitalised "Conference" is no
    // trigger word of its own.
    if (!gap && !classes.some(([c]) => c === 'meet') && AT_GATHERING.test(text.slice(Math.max(lo, d.start - 120), withWeekday(text, d.start)))) classes.push(['meet', 0]);
    // What a body did at a meeting ("had recommended the norms at its meeting on October 18") is dated
    // by the meeting too.
    if (!gap && classes.some(([c]) => c === 'meet')) {
      const start = Math.max(lo, d.start - 120);
      const at = DID_AT_MEETING.exec(text.slice(start, withWeekday(text, d.start)));
      if (at && !SAYING.test(at[1])) alsoVerb(at[1], d.start - start - at.index);
    }
    // What was decided on a day ("decided on 16 June 2022 to raise the upper age limit") is dated by the
    // decision too.
    if (!gap && triggerWord && DECIDED.test(triggerWord) && triggerAt < d.start) {
      const to = /^,?\s+to\s+(\p{Ll}{3,})\b/u.exec(text.slice(d.end, d.end + 30));
      if (to) alsoVerb(to[1], d.end - triggerAt);
    }
    // A house of a legislature that "approved" a bill passed it ("a day after the Lok Sabha approved it
    // on August 11").
    if (classes.some(([c]) => c === 'approve') && !classes.some(([c]) => c === 'pass') && LEGISLATURE.test(text.slice(lo, hi))) classes.push(['pass', 0]);
    // The pronoun is the first clause's subject: a later clause with a subject of its own ("It runs until
    // 2025, and the definitive period starts on 1 January 2026") does not take it ("..., and it entered
    // into force" does).
    if (onSubject) for (const n of subjectTerms()) terms.add(n);
    if (i === 0 && inherited.length) {
      const own = /(?:;|\s(?:and|but|while|whereas))\s+(?!(?:it|they|this|these)\b)/i.exec(text);
      if (!own || triggerAt < own.index) for (const n of inherited) terms.add(n);
    }
    if (gap && worded) {
      // Its own names stand for the previous clause's ("by the Rajya Sabha" for "by the Lok Sabha"): it
      // shares at most the subject.
      if (gapKind === 'verb+subject') for (const n of subjectTerms()) terms.add(n);
    } else if (i > 0 && (gap || firstName === Infinity || firstName > firstTrigger)) {
      // It shares the subject, and what the clause it goes on from named ("Regulation 2023/956, which
      // was signed on 10 May and entered into force on 17 May": both are the regulation's); after a
      // clause with a subject of its own (", and the Budget of 1 February 2025 raised the limits again
      // from 1 April 2025"), that clause's subject, not the sentence's.
      if (!ownClauseBetween(text, usable[0].end, d.start)) for (const n of subjectTerms()) terms.add(n);
      // (Not the number the clause before counted: "508 stations ..., and for 554 more". Nor anything
      // of a date before a clause with a subject of its own: ", and an amendment approved by the
      // Authority on 28 March 2025 ..." is not of what came into force before it.)
      const prev = out[out.length - 1];
      // (Not the agent before, when this clause names its own or has a verb of its own: "passed by the
      // Lok Sabha on 11 August 2025 and cleared by the Rajya Sabha on 12 August 2025" is no Lok Sabha
      // event, nor is "approved by the Union Cabinet on ... and launched on ..." a launch by the Cabinet.)
      const agents = !gap || AGENT.test(text.slice(lo, d.start)) ? agentWords(text.slice(0, prev.end - prev.sentenceStart)) : undefined;
      if (!ownClauseBetween(text, prev.end - prev.sentenceStart, d.start)) for (const n of prev.terms) if (!n.startsWith('#') && !(agents?.has(n) && !terms.has(n))) terms.add(n);
      // And which of its kind that was ("approved the updated NDC on 3 August, and it was submitted on
      // 26 August": the submission is the updated NDC's too).
      if (ordinal === undefined) [ordinal, later, gathering] = [out[out.length - 1].ordinal, out[out.length - 1].later, !!out[out.length - 1].gathering];
    } else if (i > 0 && triggerWord && /^\s+(?:it|them)\b/i.test(text.slice(triggerAt + triggerWord.length, triggerAt + triggerWord.length + 8))) {
      // A clause with a subject of its own whose object is a pronoun ("..., and the Department notified
      // it on 16 April 2024") acts on what the clause before it named, and on which of its kind ("the
      // revised Bills ..., and the Rajya Sabha passed them on ...").
      for (const n of out[out.length - 1].terms) terms.add(n);
      if (ordinal === undefined) [ordinal, later, gathering] = [out[out.length - 1].ordinal, out[out.length - 1].later, !!out[out.length - 1].gathering];
    }
    // The edition an acronym's year names is part of the name ("LEADS 2022": lead, ed2022), so that two
    // mentions of that edition share more than the name's one word.
    // (From the sentence, when the event's part names none and the sentence names one: "LEADS 2022,
    // released in December 2022, was ...".)
    // (So does a name's of two capitalised words: "Karmayogi Saptah 2025, which was inaugurated on ...".)
    if (hasEditions) {
      let editions = new Set(editionsIn(text.slice(lo, hi)));
      if (!editions.size && !relative) editions = sentenceEditions ??= new Set(editionsIn(text));
      if (editions.size === 1) terms.add(`ed${[...editions][0]}`);
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
      ...(ordinal !== undefined ? { ordinal } : {}),
      ...(ordinal !== undefined && later ? { later } : {}),
      ...(ordinal !== undefined && gathering ? { gathering: true as const } : {}),
      ...activityOf(text, triggerWord, triggerAt),
      ...thingOf(text, triggerWord, triggerAt, classes.length > 1 ? classes.map((c) => c[0]).join('+') : trigger),
      // (The sentence's, unless a relative clause holds the date: "the FRP ... for the current season,
      // which the CCEA approved on 21 February 2024" is not the FRP for 2025-26 it is compared with.)
      ...(periodIn(text.slice(lo, hi)) ?? (relative ? undefined : periodIn(text))),
    });
  }
  if (!bound.length) return out;
  for (const d of bound) {
    // The start of the period an act covers ("allowed the states to recover taxes for the period after 1
    // April 2005") dates what the act covers: a date of its own kind, of the sentence's event before it.
    let act: Pick<DatedEvent, 'trigger' | 'triggerWord' | 'terms'> | undefined;
    if (SPAN_START.test(text.slice(Math.max(0, d.start - 40), d.start))) {
      for (const e of out) if (e.trigger && e.end <= base + d.start) act = e;
      act ??= actBefore(text, toks, d.start);
    }
    const span = act ? { trigger: triggerClasses(act.trigger).map((c) => `${SPAN}${c}`).join('+'), triggerWord: act.triggerWord } : {};
    // (It is dated by its start: "from 1 April 2026 to 31 March 2031" is not within "from 1 April 2025 to
    // 31 March 2030".)
    out.push({ date: d.date, until: act ? undefined : d.until, granularity: d.granularity, start: base + d.start, end: base + d.end, sentenceStart: base, sentenceEnd: base + text.length, terms: act ? act.terms : [], ...span });
  }
  return out.sort((a, b) => a.start - b.start);
}
