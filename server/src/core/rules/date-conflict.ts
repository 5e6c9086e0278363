// date-conflict: the draft ties an event to a date that the sources contradict, or dates the same event
// twice differently. An event matches when its trigger class agrees and its key terms overlap (weighted
// by rarity); dates are compared at the coarsest granularity they share. If any matching source agrees
// with the draft, there is no conflict.
import type { Rule, RuleContext, BlockContext, RawFinding } from './rule';
import type { CorpusIndex } from '../corpus/index';
import type { EventMatch, SearchCache } from '../corpus/search';
import { cite, shiftFinding } from './rule';
import { tablesOf, type BlockFacts } from '../draft/draft';
import { findEvents, isAnaphoric, nounReferent, opensImperative, sameKind, sameOrdinal, subjectOf, withTopic, type DatedEvent } from '../extract/events';
import { compareAtGranularity, compareSpans, dateSpan, formatDate, type DateSpan, type SimpleDate } from '../extract/dates';
import { matchEvents, expandTerms, eventSimilarity, idf, sameActivity, sameNumber, longFormWords, EVENT_MATCH } from '../corpus/search';
import { normalizeWord, tokenize } from '../text/words';
import { assertsNothing } from '../text/sentences';

const MONTH_FIRST = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** A source's date written at the draft's granularity and in its order of day and month. */
function asWritten(source: SimpleDate & { until?: SimpleDate }, draft: DatedEvent, draftText: string): string {
  if (draft.granularity === 'year' || !source.month) return String(source.year);
  if (draft.granularity === 'month' || !source.day) return formatDate({ year: source.year, month: source.month });
  const long = formatDate(source);
  if (MONTH_FIRST.test(draftText.slice(draft.start, draft.end))) {
    const m = /^(\d+) (\S+) (\d+)$/.exec(long);
    if (m) return `${m[2]} ${m[1]}, ${m[3]}`;
  }
  return long;
}

const FINENESS = { year: 0, month: 1, day: 2 } as const;

const show = (d: SimpleDate & { until?: SimpleDate }) => (d.until ? `${formatDate(d)}–${formatDate(d.until)}` : formatDate(d));

interface SentenceEvent {
  /** Offsets relative to the sentence. */
  event: DatedEvent;
  terms: Set<string>;
  /** The event's two rarest terms: another event must share one of them to be the same event. */
  rare: string[];
  span: DateSpan | undefined;
  /** A source dates the same event compatibly: the sources back this date. */
  supported: boolean;
  /** A conflict with the sources, offsets relative to the sentence. */
  conflict?: RawFinding;
  /** The one term of an event named by a definite description ("the hackathon, which closed on ..."):
   * it refers back to the draft's latest event that names it. */
  definite?: string;
  /** The names in the subject of the sentence's first event ("Indore" of "Indore's green bond was
   * issued ..."): words in capitals that no source writes in lower case. */
  names?: string[];
}

/** Subject terms that are names: written in capitals here, and never in lower case in the corpus. */
function subjectNames(index: CorpusIndex, text: string, subject: readonly string[]): string[] {
  const mine = new Set(subject);
  const out = new Set<string>();
  for (const t of tokenize(text)) {
    if (!/^\p{Lu}/u.test(t.text) || index.hasLowerWord(t.text.toLowerCase().replace(/['’]s$/, ''))) continue;
    const n = normalizeWord(t.text);
    // (Not an imperative's verb that opens the sentence before its object: "Revisit the import data ...".)
    if (opensImperative(text, t)) continue;
    if (mine.has(n)) out.add(n);
  }
  return [...out];
}

/**
 * Two mentions whose subjects name different things, and that share no name, are two events however
 * alike the rest: "Indore's green bond was issued on 10 February 2023" and "The Ghaziabad green bond,
 * issued in March 2021". A mention whose subject names nothing ("The roundtable was held on ...") may be
 * any of them.
 */
function namesDiffer(a: SentenceEvent, b: SentenceEvent): boolean {
  if (!a.names?.length || !b.names?.length) return false;
  return !a.names.some((t) => b.terms.has(t)) && !b.names.some((t) => a.terms.has(t));
}

/** A definite description right before a participle that holds the date ("At the Sikar camp, held on",
 * "The clearance house, opened on", "The counsellor training workshop held in Pune on"): its modifier
 * and its head, and the comma between them and the participle if any. */
const DEFINITE_PARTICIPLE = /\b[Tt]he\s+(?:(?:first|second|third|last|new)\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}?(\p{L}[\p{L}-]*)\s+(\p{Ll}+)(,?)\s+(?:(?:first|last|\p{Ll}+ly|to\s+be|being)\s+)?\p{Ll}{3,}\s+(?:(?:in|at)\s+\p{Lu}[\p{L}-]*\s+)?(?:on|in)\s+$/u;
/** A phrase that opens the sentence before its main clause: "As decided at the district task force
 * meeting held on 14 May 2025, MVUs will ...". */
const FRONTED_AT = /^[^\p{L}]*(?:As\s+\p{Ll}+\s+(?:at|after|since|before|in)|At|After|Since|Following|Before|As)\b/u;
/** The event's one term when the sentence names it after "the", "this" or "that" ("the hackathon"). */
function definiteTerm(text: string, ev: DatedEvent): string | undefined {
  // A definite description right before a participle that holds the date names the event, whatever
  // the main clause adds ("At the Sikar camp, held on 19 May 2025, installers took complaints ...", "Use the
  // stakeholder workshop, to be held on 10 March 2026, to ..."): by
  // its modifier, or by its head when the modifier is a verb's word ("the clearance house"). Without a
  // comma the verb is a participle only when a verb of the clause follows the date ("The workshop held
  // in Pune on 21 July 2025 will be repeated", "The public hearing held on 9 May 2025 produced no
  // orders", not "The GSWS buffer survey began on ...").
  const before = DEFINITE_PARTICIPLE.exec(text.slice(Math.max(0, ev.start - 80), ev.start));
  const after = text.slice(ev.end);
  const participle = before && (before[3] === ',' || /^[^,;.]*?\b(?:will|would|was|were|is|are|has|have|had)\b|^\s+\p{Ll}{3,}ed\b/u.test(after) || (FRONTED_AT.test(text) && /^,[^;.]*?\b(?:will|would|was|were|is|are|has|have|had)\b/.test(after)));
  // (By an earlier word of it when those two are no terms: "the district task force meeting held on".)
  const words = participle ? [before[1], before[2], ...[...before[0].matchAll(/\p{L}[\p{L}-]*/gu)].map((m) => m[0]).slice(1, -2).reverse()] : [];
  const named = words.map(normalizeWord).find((w) => ev.terms.includes(w));
  if (named) return named;
  if (ev.terms.length !== 1) return undefined;
  const term = ev.terms[0];
  // (A date may stand between: "the January 2023 BrahMos deal".)
  for (const m of text.matchAll(/\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{1,4}(?:st|nd|rd|th)?),?\s+){0,3}(?!(?:[Tt]he|[Tt]his|[Tt]hat)\s)([\p{L}][\p{L}-]*)/gu)) if (normalizeWord(m[1]) === term) return term;
  return undefined;
}

/** Events of one sentence and their conflicts with the sources: a pure function of the sentence text
 * and the index, so it is cached by text until the corpus changes. */
function sentenceEvents(index: CorpusIndex, text: string, cache: SearchCache, context?: readonly string[]): SentenceEvent[] {
  return cache.get(index, 'date-conflict', context?.length ? `${context.join(' ')}\u0001${text}` : text, () => {
    const out: SentenceEvent[] = [];
    const events = findEvents(text, 0, undefined, undefined, context);
    // The sentence's subject identifies its first dated event (only that one: a later clause may name
    // its own).
    const first = events.find((e) => e.trigger);
    const subject = first ? subjectOf(text, undefined, context) : undefined;
    for (const ev of events) {
      if (!ev.trigger) continue;
      const terms = expandTerms(index, ev.terms);
      const rare = rarest(index, terms);
      const named = ev === first ? subject : undefined;
      // (Only names among the event's words tell mentions apart: "Part of the delay goes back to the
      // mid-term review held on 21 July 2021" dates the review, which is no part's.)
      const names = named?.length ? subjectNames(index, text, named).filter((t) => ev.terms.includes(t)) : [];
      const conflict = againstSources(index, ev, terms, text, cache, named, names);
      const definite = definiteTerm(text, ev);
      out.push({ event: ev, terms, rare, span: dateSpan({ ...ev.date, until: ev.until }), supported: conflict === undefined && supportedBySources(index, ev, cache, named), conflict, ...(definite ? { definite } : {}), ...(names.length ? { names } : {}) });
    }
    return out;
  });
}

function supportedBySources(index: CorpusIndex, ev: DatedEvent, cache: SearchCache, subject?: readonly string[]): boolean {
  const when = { ...ev.date, until: ev.until };
  return matchEvents(index, ev, cache, subject).some((m) => compareAtGranularity(when, { ...m.entry.event.date, until: m.entry.event.until }) === 'agree');
}

/** An event's two rarest terms (by inverse document frequency); with `inCorpus`, of those some corpus
 * document has (a word no source uses cannot tell which source event is meant). */
function rarest(index: CorpusIndex, terms: Iterable<string>, inCorpus = false): string[] {
  return [...terms]
    .filter((t) => !inCorpus || index.docsWithStem(t).length > 0)
    .map((t) => [t, idf(index, t)] as const)
    .sort((x, y) => y[1] - x[1])
    .slice(0, 2)
    .map(([t]) => t);
}

/** A clause of a present participle right after the date ("the NTCA issued an advisory on 18 November
 * 2024 asking railway zones to restrict night-time train speeds"): it tells what the thing does, not
 * what was done on the day. Not a preposition in "-ing" ("including", "following", "during"). */
const PARTICIPLE_AFTER = /^,?\s+(?!(?:including|excluding|following|preceding|during|according|owing|concerning|regarding|starting|beginning|ending|pending|notwithstanding|meeting|hearing|sitting|briefing|morning|evening|evenings|mornings)\b)\p{Ll}{2,}ing\s/u;

/** The two rarest of the event's terms written before such a clause, when it has one and they are fewer
 * than all its terms: the words that name what was done on the day (the clause's words may be the
 * rarest, and a source may describe the thing in other words or not at all). (Not a date that qualifies
 * a noun: "the 18 December 2024 hearing setting ...".) */
function rarestBeforeParticiple(index: CorpusIndex, ev: DatedEvent, text: string): string[] {
  if (!PARTICIPLE_AFTER.test(text.slice(ev.end, ev.end + 40)) || /(?:\b(?:the|its|their|this|that|a)|\p{L}['’]s?)\s+$/iu.test(text.slice(Math.max(0, ev.start - 7), ev.start))) return [];
  const before = new Set(tokenize(text.slice(0, ev.start)).map((t) => normalizeWord(t.text)));
  const core = ev.terms.filter((t) => before.has(t));
  return core.length && core.length < ev.terms.length ? rarest(index, expandTerms(index, core), true) : [];
}

/** Whether a source event's terms spell out an acronym term ("ministry panchayati raj" for MoPR, whose
 * mixed case hides it from the initials). */
function spelledIn(index: CorpusIndex, t: string, theirs: Set<string>): boolean {
  const long = t.length <= 6 ? longFormWords(index, t) : undefined;
  return !!long && long.length >= 2 && long.every((w) => theirs.has(w));
}

/** `terms`: the event's terms, expanded (expandTerms). */
function againstSources(index: CorpusIndex, ev: DatedEvent, terms: Set<string>, text: string, cache: SearchCache, subject?: readonly string[], names: readonly string[] = []): RawFinding | undefined {
  const when = { ...ev.date, until: ev.until };
  // The draft's "first" of something, before a source's event of that kind that gives no number ("its first
  // bulletin of the season on 16 September" and "data released on 11 November"): the source's may be a
  // later one, and says nothing of this one.
  // (Only "first" after the verb, of what it acted on: "The first phase ... was postponed on" is the first
  // phase's postponement, the one the source gives.)
  // (Nor a "first" of another verb's object: "met on 13 March 2019 to recommend ... as the first
  // Chairperson" is no first meeting.)
  const first = ev.ordinal === 1 && ev.triggerWord && new RegExp(`\\b${ev.triggerWord}\\b(?:(?!\\bto\\s+\\p{Ll}{2,}\\b)[^.;])*?\\bfirst\\b`, 'iu').test(text) ? dateSpan(when) : undefined;
  const later = (m: EventMatch) => {
    if (!first || m.entry.event.ordinal !== undefined) return false;
    const span = dateSpan({ ...m.entry.event.date, until: m.entry.event.until });
    if (!span) return false;
    const level = Math.min(span.level, first.level);
    return span.lo[level] > first.hi[level];
  };
  const all = matchEvents(index, ev, cache, subject).filter((m) => !later(m));
  if (!all.length) return undefined;
  const verdicts = all.map((m) => compareAtGranularity(when, { ...m.entry.event.date, until: m.entry.event.until }));
  // A source that agrees backs the draft, unless it is vaguer than the draft and than a source that
  // contradicts it: "in 2018" does not confirm "3 March 2018" against a timeline's "3 February 2018".
  const finest = Math.max(-1, ...all.filter((_, i) => verdicts[i] === 'conflict').map((m) => FINENESS[m.entry.event.granularity]));
  // Nor does one of a list in a source sentence that gives each of its things a date, when it misses a
  // word of the draft's event that another item of the list has with all the others: "the Lok Sabha
  // passed the revised Bills on 20 December 2023, and the Rajya Sabha passed them on 21 December 2023"
  // does not back "passed by the Rajya Sabha on 20 December 2023".
  const coverage = new Map<EventMatch, number>();
  const covered = (m: EventMatch) => {
    let n = coverage.get(m);
    if (n === undefined) {
      const theirs = expandTerms(index, m.entry.event.terms);
      coverage.set(m, (n = ev.terms.filter((t) => theirs.has(t)).length));
    }
    return n;
  };
  const listed = (m: EventMatch) => all.some((c, i) => verdicts[i] === 'conflict' && c.entry.doc === m.entry.doc && c.entry.event.sentenceStart === m.entry.event.sentenceStart && FINENESS[c.entry.event.granularity] >= FINENESS[ev.granularity] && covered(c) === ev.terms.length && covered(m) < ev.terms.length);
  if (all.some((m, i) => verdicts[i] !== 'conflict' && (FINENESS[m.entry.event.granularity] >= FINENESS[ev.granularity] || FINENESS[m.entry.event.granularity] >= finest) && !listed(m))) return undefined;
  const whole = all.some((m, i) => verdicts[i] !== 'conflict' && listed(m));
  // A contradiction needs a source event about the draft's thing, not one that shares only the setting:
  // "the Panchamrit pledges announced at COP26 in Glasgow on 1 November" and "the Green Grids Initiative
  // launched at COP26 in Glasgow on 2 November" are two events. The source event must name one of the
  // draft event's two rarest terms that the corpus has (as two mentions in a draft must, repeatedEvents).
  // Or name all of the sentence's subject ("Wheat exports were prohibited on ..., after a heatwave cut
  // the harvest": the heatwave's words are the rarest, but the prohibition is the wheat exports').
  const rare = rarest(index, terms, true);
  const naming = [...rare, ...rarestBeforeParticiple(index, ev, text)];
  // (A subject of one acronym names the thing when the verb is passive: "The NJDG was launched on ..."
  // is the National Judicial Data Grid's launch; "ISRO launched ..." may be any of ISRO's launches.)
  const passive = subject?.length === 1 && ev.triggerWord !== undefined && new RegExp(`\\b(?:was|were|is|are|been)\\s+(?:\\p{L}+ly\\s+)?${ev.triggerWord}\\b`, 'u').test(text);
  const expanded = subject && (subject.length >= 2 || passive) ? expandTerms(index, [...subject]) : undefined;
  const named = expanded && expanded.size >= 2 ? expanded : undefined;
  // Or name an acronym the draft's sentence spells out ("The Mahatma Gandhi National Rural Employment
  // Guarantee Act (MGNREGA) came into force on ..." and a source's "MGNREGA ... came into force on"): the
  // long form's words are the rarest, but the acronym names the same thing.
  const defined = new Set<string>();
  for (const m of text.matchAll(/\((\p{Lu}[\p{L}\p{N}&-]{1,14})\)/gu)) if (terms.has(normalizeWord(m[1]))) defined.add(normalizeWord(m[1]));
  const matches = all.filter((m) => {
    const theirs = expandTerms(index, m.entry.event.terms);
    return naming.some((t) => theirs.has(t) || spelledIn(index, t, theirs)) || (named !== undefined && [...named].every((t) => theirs.has(t))) || sameNumber(ev, m.entry.event) || [...defined].some((t) => theirs.has(t) || spelledIn(index, t, theirs));
  });
  if (!matches.length || (!whole && backedOnTheDay(index, ev, subject)) || backedByRow(index, ev, rare, names)) return undefined;
  const best = matches[0].entry;
  const srcDate = { ...best.event.date, until: best.event.until };
  const ev0 = index.evidence(best.doc, best.event.sentenceStart, best.event.sentenceEnd, false);
  const fixText = asWritten(srcDate, ev, text);
  return {
    code: 'date-conflict',
    start: ev.start,
    end: ev.end,
    message: `The draft dates this to ${text.slice(ev.start, ev.end)}, but ${cite(ev0)}, says ${show(srcDate)}: “${ev0.text}”`,
    evidence: matches.slice(0, 3).map((m) => index.evidence(m.entry.doc, m.entry.event.sentenceStart, m.entry.event.sentenceEnd, false)),
    fixes: [{ title: `Use the sources' date: ${fixText}`, edits: [{ start: ev.start, end: ev.end, newText: fixText }], preferred: true }],
  };
}

/**
 * A source that puts the same kind of action on the very day the draft gives, about a thing the draft's
 * event names, backs the draft even when too few of their words overlap to call it the same event: "MeitY
 * notified the Rules on 14 November 2025" and "These rules were notified on 14 November 2025" (while the
 * IT Rules, notified in 2021, share more words through the ministry's name). A day is too precise to
 * agree by chance, so one shared term is enough, but not one of the sentence's subject (its actor: "India
 * signed ..." on that day may be another agreement). Only for dates to the day.
 */
function backedOnTheDay(index: CorpusIndex, ev: DatedEvent, subject?: readonly string[]): boolean {
  if (!ev.date.day || ev.until) return false;
  // The event's own words (an acronym's expansion is not looked up: the index holds words as written),
  // less the subject's, unless the subject is all it names ("AMRUT 2.0, launched on ...").
  const actor = new Set(subject ?? []);
  let things = ev.terms.filter((t) => !actor.has(t));
  if (!things.length) things = ev.terms;
  for (const t of things) {
    const list = index.eventsWithTerm(t);
    for (let k = 0, n = Math.min(list.length, 2000); k < n; k++) {
      const e = list[k];
      if (!e.event.date.day || e.event.until || !sameKind(e.trigger, ev.trigger) || e.doc.extract.meta.role === 'glossary') continue;
      if (compareAtGranularity(ev.date, e.event.date) === 'agree') return true;
    }
  }
  return false;
}

/**
 * A table row that puts the draft's thing on the draft's very day backs it, though a row has no verb to
 * say what happened ("| Indore Municipal Corporation | 10 February 2023 | ₹244 crore | green bond |" and
 * "Indore's green bond was issued on 10 February 2023", while a sentence elsewhere dates Ahmedabad's first
 * bond). The row must name what the draft's subject names (Indore), and share two of the event's terms,
 * one of them among its two rarest (a row that shares only "municipal" is about something else). Only for
 * dates to the day.
 */
function backedByRow(index: CorpusIndex, ev: DatedEvent, rare: readonly string[], names: readonly string[]): boolean {
  if (!ev.date.day || ev.until) return false;
  const mine = new Set(ev.terms);
  for (const t of rare) {
    const list = index.eventsWithTerm(t);
    for (let k = 0, n = Math.min(list.length, 2000); k < n; k++) {
      const e = list[k];
      if (e.trigger || !e.event.row || !e.event.date.day || e.event.until) continue;
      if (compareAtGranularity(ev.date, e.event.date) !== 'agree') continue;
      if (!names.every((n) => e.event.terms.includes(n))) continue;
      let shared = 0;
      for (const u of e.event.terms) if (mine.has(u)) shared++;
      if (shared >= Math.min(2, mine.size)) return true;
    }
  }
  return false;
}

/**
 * The subject a sentence that opens with "It" or "The agreement" takes from the sentences before it in
 * its block (a chain of such sentences goes back to the first that names its subject), as the index
 * does for the sources.
 */
const contexts = new WeakMap<BlockFacts, (string[] | undefined)[]>();
/** contextOf for each sentence of a block, kept with its facts (a keystroke re-reads none of them). */
function contextsOf(facts: BlockFacts): (string[] | undefined)[] {
  let c = contexts.get(facts);
  if (!c) contexts.set(facts, (c = facts.sentences.map((_, i) => (facts.sentences[i].dates.length ? contextOf(facts.sentences, i) : undefined))));
  return c;
}

/** How many of a block's first sentences (at most three) open by going on about something named before
 * the block: "It was registered in 2023. It was inaugurated on ..." is about what the paragraph before named. */
function openingChain(facts: BlockFacts): number {
  if (facts.kind === 'heading' || facts.kind === 'cell') return 0;
  let n = 0;
  // (After "Its umbrella body is the NUCFDC.", "It" is what that sentence named: the chain goes on only
  // after "It ..." or "They ...".)
  while (n < 3 && n < facts.sentences.length && OPENING_PRONOUN.test(facts.sentences[n].text) && (n === 0 || SUBJECT_PRONOUN.test(facts.sentences[n - 1].text))) n++;
  return n;
}
/** Whether a block's sentence `i`, given its block's opening chain, is dated and goes on about something
 * named before the block. */
function readsFromBefore(facts: BlockFacts, i: number, chain: number): boolean {
  const s = facts.sentences[i];
  return i < chain && s.dates.length > 0 && !assertsNothing(s.text);
}
/** A pronoun that opens a sentence and stands for something named before it. */
const OPENING_PRONOUN = /^[\s"'\u2018\u201c(]*(?:It|Its|They|Their)\s/;
const SUBJECT_PRONOUN = /^[\s"'\u2018\u201c(]*(?:It|They)\s/;

export function contextOf(sentences: readonly { text: string }[], i: number): string[] | undefined {
  if (i === 0 || !isAnaphoric(sentences[i].text)) return undefined;
  // At most three sentences back: a paragraph of "It ..." sentences costs no more than that each.
  let from = i - 1;
  while (from > 0 && from > i - 3 && isAnaphoric(sentences[from].text)) from--;
  let context: string[] | undefined;
  for (let k = from; k < i; k++) {
    const referent = nounReferent(sentences[k].text, sentences[k + 1].text);
    context = referent ?? (referent === null ? [] : subjectOf(sentences[k].text, undefined, context));
  }
  // "Its" and "Their" stand for an owner: a name the sentences before give, not the words after it that
  // ran on into a predicate ("The Central Inland Fisheries Research Institute (CIFRI) wants cages
  // stocked only with ... . Its bulletin, issued on ...": CIFRI's).
  if (context?.length && POSSESSIVE_OPENING.test(sentences[i].text)) {
    const names = new Set(sentences.slice(from, i).flatMap((x) => tokenize(x.text).filter((t) => /^\p{Lu}/u.test(t.text)).map((t) => normalizeWord(t.text))));
    const named = context.filter((t) => names.has(t));
    if (named.length) context = named;
  }
  return withTopic(context ?? [], from > 0 || i > 1 ? subjectOf(sentences[0].text) : [], sentences[i].text);
}
const POSSESSIVE_OPENING = /^[\s"'\u2018\u201c(]*(?:Its|Their)\s/;

/** A block's dated events that agree with the sources or that the sources do not know (`at`: the
 * sentence's offset in the block), kept with its facts for one index version: the draft-wide pass reads a
 * few entries a block, not every sentence's events again. */
const mentions = new WeakMap<BlockFacts, { version: number; list: { e: SentenceEvent; at: number }[] }>();
function mentionsOf(facts: BlockFacts, index: CorpusIndex, cache: SearchCache): { e: SentenceEvent; at: number }[] {
  const hit = mentions.get(facts);
  if (hit && hit.version === index.version) return hit.list;
  const list: { e: SentenceEvent; at: number }[] = [];
  const context = contextsOf(facts);
  const chain = openingChain(facts);
  facts.sentences.forEach((s, i) => {
    if (!s.dates.length || assertsNothing(s.text)) return;
    // (A paragraph's opening "It ..." is read with the paragraph before, in the draft-wide pass: without
    // it, it would be a reference with no owner.)
    if (readsFromBefore(facts, i, chain)) return;
    for (const e of sentenceEvents(index, s.text, cache, context[i])) if (!e.conflict) list.push({ e, at: s.start });
  });
  mentions.set(facts, { version: index.version, list });
  return list;
}

/** Whether two dated events of the draft are the same event (their dates aside). Sentence events are
 * made anew when the index changes, so the answer is kept per pair for as long as both live. */
const samePairs = new WeakMap<SentenceEvent, WeakMap<SentenceEvent, boolean>>();
function sameEvent(index: CorpusIndex, a: SentenceEvent, b: SentenceEvent): boolean {
  let row = samePairs.get(a);
  if (!row) samePairs.set(a, (row = new WeakMap()));
  let v = row.get(b);
  if (v === undefined) row.set(b, (v = sameOrdinal(a.event, b.event) && !namesDiffer(a, b) && sameActivity(a.event, a.terms, b.event, b.terms) && eventSimilarity(index, a.terms, a.event.trigger, b.terms, b.event.trigger) >= EVENT_MATCH));
  return v;
}

export const dateConflict: Rule = {
  code: 'date-conflict',
  // Conflicts with the sources: a sentence's own affair.
  checkBlock({ facts, index, cache }: BlockContext): RawFinding[] {
    const out: RawFinding[] = [];
    const context = contextsOf(facts);
    const chain = openingChain(facts);
    facts.sentences.forEach((s, i) => {
      // A question or a task ("- Check how many GCTs were commissioned in April and May 2025") dates nothing.
      if (!s.dates.length || assertsNothing(s.text)) return;
      // (A paragraph that opens with "It" goes on from the paragraph before: the draft-wide pass reads it.)
      if (readsFromBefore(facts, i, chain)) return;
      for (const e of sentenceEvents(index, s.text, cache, context[i])) if (e.conflict) out.push(shiftFinding(e.conflict, s.start));
    });
    return out;
  },
  // The same event dated twice differently inside the draft.
  check({ draft, index, cache, token }: RuleContext): RawFinding[] {
    const out: RawFinding[] = [];
    // Draft events that agree with the sources (or that the sources do not know), in draft order.
    const mine: Mention[] = [];
    for (let u = 0; u < draft.units.length; u++) {
      if (token.isCancellationRequested) break;
      const { block, facts } = draft.units[u];
      for (const m of mentionsOf(facts, index, cache)) mine.push({ base: block.start + m.at, of: m.e });
      // A paragraph's opening "It" or "Its" names what the paragraph before it named ("The NUCFDC is the
      // umbrella organisation ...\n\nIt was inaugurated on 12 March 2024"): its conflicts with the
      // sources are read here, with the sentences before, as checkBlock reads a sentence in a paragraph.
      const chain = openingChain(facts);
      if (!chain) continue;
      const prev = u > 0 ? draft.units[u - 1].facts : undefined;
      const before = prev && prev.kind !== 'heading' && prev.kind !== 'cell' ? prev.sentences.slice(-3) : [];
      for (let i = 0; i < chain; i++) {
        if (!readsFromBefore(facts, i, chain)) continue;
        const s = facts.sentences[i];
        // (With no paragraph before, a later sentence reads its own paragraph, as checkBlock would.)
        const context = before.length ? contextOf([...before, ...facts.sentences.slice(0, i + 1)], before.length + i) : i > 0 ? contextsOf(facts)[i] : undefined;
        for (const e of sentenceEvents(index, s.text, cache, context)) if (e.conflict) out.push(shiftFinding(e.conflict, block.start + s.start));
      }
    }

    for (const [first, j] of repeatedEvents(draft.lineage, index, mine)) {
      const a = mine[first];
      const b = mine[j];
      const aStart = a.base + a.of.event.start;
      const bStart = b.base + b.of.event.start;
      const bEnd = b.base + b.of.event.end;
      const earlier = draft.text.slice(aStart, a.base + a.of.event.end);
      out.push({
        code: 'date-conflict',
        start: bStart,
        end: bEnd,
        message: `The draft dates this to ${draft.text.slice(bStart, bEnd)}, but earlier (line ${draft.lines.lineAt(aStart) + 1}) it dates the same event to ${earlier}.`,
        evidence: [],
        fixes: [{ title: `Use the earlier date: ${earlier}`, edits: [{ start: bStart, end: bEnd, newText: earlier }], preferred: true }],
      });
    }
    out.push(...tableRows({ draft, index, cache, token } as RuleContext));
    return out.sort((x, y) => x.start - y.start);
  },
};

/** A dated event of the draft: its sentence's events (`of`) and the sentence's offset in the draft. */
interface Mention {
  base: number;
  of: SentenceEvent;
}

/**
 * The same event dated twice differently inside the draft: pairs [earlier, later] of indexes into the
 * mentions. A pure function of the mentions' events in order and of which share a sentence, so the
 * answer is kept per draft lineage and reused while those are unchanged, as on most keystrokes (an edit
 * outside a dated sentence moves mentions but changes none).
 */
const repeated = new WeakMap<object, { version: number; events: SentenceEvent[]; sentenceOf: number[]; pairs: [number, number][] }>();
function repeatedEvents(lineage: object, index: CorpusIndex, mine: Mention[]): [number, number][] {
  const events = mine.map((m) => m.of);
  const sentenceOf: number[] = [];
  for (let j = 0; j < mine.length; j++) sentenceOf.push(j > 0 && mine[j].base === mine[j - 1].base ? sentenceOf[j - 1] : j);
  const last = repeated.get(lineage);
  if (last && last.version === index.version && last.events.length === events.length && last.events.every((e, j) => e === events[j] && last.sentenceOf[j] === sentenceOf[j])) return last.pairs;
  // Two events can only match if they share their rarest terms, so earlier events are found through a
  // term index instead of a scan of all pairs. Only events that agree with what came before become
  // references: a later event is compared with the first mention, not with another event that was
  // itself wrong (so its fix does not clash).
  const pairs: [number, number][] = [];
  const byTerm = new Map<string, number[]>();
  const indexed = new Set<DatedEvent>();
  for (let j = 0; j < mine.length; j++) {
    const b = mine[j].of;
    let first = -1;
    // As with the sources: when an earlier mention of the same event agrees with this one, the draft
    // does not contradict itself here, whatever another mention says.
    let agreed = false;
    const seen = new Set<number>();
    candidates: for (const t of b.rare) {
      for (const i of byTerm.get(t) ?? []) {
        if (seen.has(i)) continue;
        seen.add(i);
        const a = mine[i].of;
        // Two dates in one sentence are two events (or the ends of a range), never two mentions of one.
        if (sentenceOf[i] === sentenceOf[j]) continue;
        // Dates first: comparing dates is cheap.
        const verdict = compareSpans(a.span, b.span);
        if (verdict === 'unknown' || (verdict === 'conflict' && first >= 0 && i >= first) || !sameEvent(index, a, b)) continue;
        if (verdict === 'agree') {
          agreed = true;
          break candidates;
        }
        first = i;
      }
    }
    // "The winners of the hackathon, which closed on ...": a definite description names the draft's
    // latest event of its kind that has its word, however little else the two mentions share.
    if (first < 0 && !agreed && b.definite) {
      for (let i = j - 1; i >= 0 && i >= j - 200; i--) {
        const a = mine[i].of;
        if (sentenceOf[i] === sentenceOf[j] || !a.terms.has(b.definite) || !sameKind(a.event.trigger, b.event.trigger) || !sameActivity(a.event, a.terms, b.event, b.terms)) continue;
        // ("The terminal, commissioned on ..." names the fifth container terminal mentioned before it.)
        const verdict = sameOrdinal(a.event, b.event) || b.event.ordinal === undefined ? compareSpans(a.span, b.span) : 'unknown';
        if (verdict === 'conflict') first = i;
        break;
      }
    }
    // A mention the sources back is not flagged against an earlier one: if anything, the earlier is wrong.
    if (first >= 0 && !agreed && !b.supported) {
      pairs.push([first, j]);
      continue;
    }
    // A sentence repeated in the draft yields the same (cached) event object: index it once, so long
    // drafts with repeated text do not make candidate lists quadratic.
    if (indexed.has(b.event)) continue;
    indexed.add(b.event);
    for (const t of b.terms) {
      const list = byTerm.get(t);
      if (list) list.push(j);
      else byTerm.set(t, [j]);
    }
  }
  repeated.set(lineage, { version: index.version, events, sentenceOf, pairs });
  return pairs;
}

/**
 * A timeline table ("| 2016 | India launched the Act East Policy |") dates an event across cells: a row
 * is read as one sentence, its cells joined by commas, for the dates whose own cell names no event
 * (those are checked with their cell, by checkBlock).
 */
function tableRows({ draft, index, cache, token }: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const row of tablesOf(draft).flatMap((t) => t.rows)) {
    if (token.isCancellationRequested) break;
    if (row.length < 2 || !row.some((u) => u.facts.sentences.some((s) => s.dates.length))) continue;
    // The row as one sentence; each cell's piece remembers where it is in the draft.
    let text = '';
    const pieces: { from: number; to: number; at: number; alone: boolean }[] = [];
    for (const u of row) {
      for (const s of u.facts.sentences) {
        if (text) text += ', ';
        const from = text.length;
        text += s.text.replace(/[.;:]+$/, '');
        // A cell that names its own event is checked on its own.
        const alone = s.dates.length > 0 && sentenceEvents(index, s.text, cache).length > 0;
        pieces.push({ from, to: text.length, at: u.block.start + s.start, alone });
      }
    }
    for (const e of sentenceEvents(index, text, cache)) {
      if (!e.conflict) continue;
      const piece = pieces.find((p) => e.conflict!.start >= p.from && e.conflict!.end <= p.to);
      if (!piece || piece.alone) continue;
      out.push(shiftFinding(e.conflict, piece.at - piece.from));
    }
  }
  return out;
}
