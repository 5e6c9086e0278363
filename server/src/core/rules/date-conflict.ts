// date-conflict: the draft ties an event to a date that the sources contradict, or dates the same event
// twice differently. An event matches when its trigger class agrees and its key terms overlap (weighted
// by rarity); dates are compared at the coarsest granularity they share. If any matching source agrees
// with the draft, there is no conflict.
import type { Rule, RuleContext, RawFinding } from './rule';
import { cite } from './rule';
import { findEvents, type DatedEvent } from '../extract/events';
import { compareAtGranularity, formatDate, type SimpleDate } from '../extract/dates';
import { matchEvents, expandTerms, eventSimilarity, EVENT_MATCH } from '../corpus/search';

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

const show = (d: SimpleDate & { until?: SimpleDate }) => (d.until ? `${formatDate(d)}–${formatDate(d.until)}` : formatDate(d));

export const dateConflict: Rule = {
  code: 'date-conflict',
  check({ draft, index, cache, token }: RuleContext): RawFinding[] {
    const out: RawFinding[] = [];
    const mine: { event: DatedEvent; terms: Set<string> }[] = [];
    const bySentence = new Map<number, typeof draft.dates>();
    for (const d of draft.dates) {
      const list = bySentence.get(d.sentence.index) ?? [];
      list.push(d);
      bySentence.set(d.sentence.index, list);
    }
    for (const [i, dates] of bySentence) {
      if (token.isCancellationRequested) break;
      const s = draft.sentences[i];
      const rel = dates.map((d) => ({ ...d, start: d.start - s.start, end: d.end - s.start }));
      for (const ev of findEvents(s.text, s.start, rel)) {
        if (!ev.trigger) continue;
        const when = { ...ev.date, until: ev.until };
        const flagged = checkAgainstSources(ev, when);
        if (!flagged) mine.push({ event: ev, terms: expandTerms(index, ev.terms) });
      }
    }

    function checkAgainstSources(ev: DatedEvent, when: SimpleDate & { until?: SimpleDate }): boolean {
      const matches = matchEvents(index, ev, cache);
      if (!matches.length) return false;
      const verdicts = matches.map((m) => compareAtGranularity(when, { ...m.entry.event.date, until: m.entry.event.until }));
      if (verdicts.some((v) => v !== 'conflict')) return false;
      const best = matches[0].entry;
      const srcDate = { ...best.event.date, until: best.event.until };
      const ev0 = index.evidence(best.doc, best.event.sentenceStart, best.event.sentenceEnd, false);
      const fixText = asWritten(srcDate, ev, draft.text);
      out.push({
        code: 'date-conflict',
        start: ev.start,
        end: ev.end,
        message: `The draft dates this to ${draft.text.slice(ev.start, ev.end)}, but ${cite(ev0)} says ${show(srcDate)}: “${ev0.text}”`,
        evidence: matches.slice(0, 3).map((m) => index.evidence(m.entry.doc, m.entry.event.sentenceStart, m.entry.event.sentenceEnd, false)),
        fixes: [{ title: `Use the sources' date: ${fixText}`, edits: [{ start: ev.start, end: ev.end, newText: fixText }], preferred: true }],
      });
      return true;
    }

    // The same event dated twice differently inside the draft.
    for (let j = 1; j < mine.length; j++) {
      for (let i = 0; i < j; i++) {
        const a = mine[i];
        const b = mine[j];
        if (eventSimilarity(index, a.terms, a.event.trigger, b.terms, b.event.trigger) < EVENT_MATCH) continue;
        if (compareAtGranularity({ ...a.event.date, until: a.event.until }, { ...b.event.date, until: b.event.until }) !== 'conflict') continue;
        const line = draft.lines.lineAt(a.event.start) + 1;
        const earlier = draft.text.slice(a.event.start, a.event.end);
        out.push({
          code: 'date-conflict',
          start: b.event.start,
          end: b.event.end,
          message: `The draft dates this to ${draft.text.slice(b.event.start, b.event.end)}, but earlier (line ${line}) it dates the same event to ${earlier}.`,
          evidence: [],
          fixes: [{ title: `Use the earlier date: ${earlier}`, edits: [{ start: b.event.start, end: b.event.end, newText: earlier }], preferred: true }],
        });
        break;
      }
    }
    return out;
  },
};
