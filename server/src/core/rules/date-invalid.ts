// date-invalid: a date that cannot exist ("30 February 2026", "2025-13-01"), also without a year when no
// year has it ("31 June every year").
import type { Rule, BlockContext, RawFinding } from './rule';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** The most days each month has in any year (February: 29). */
const MOST_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MONTH = `(${MONTHS.join('|')}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?`;
/** "31 June", "June 31st": a day and a month with no year after them (dates with a year are findDates'). */
const DAY_MONTH = new RegExp(`(?<![\\p{L}\\p{N}.,/-])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?![\\p{L}])(?!,?\\s+\\d{2,4}\\b)`, 'gu');
const MONTH_DAY = new RegExp(`(?<![\\p{L}])${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\p{N}])(?!,?\\s+\\d{2,4}\\b)`, 'gu');

const monthIndex = (name: string) => MONTHS.findIndex((m) => m.toLowerCase().startsWith(name.toLowerCase().replace(/\.$/, '').slice(0, 3)));

/** Day-and-month dates without a year that no year has, as [start, end, text, month]. */
function yearlessImpossible(text: string): { start: number; end: number; text: string; month: number }[] {
  const out: { start: number; end: number; text: string; month: number }[] = [];
  const add = (start: number, whole: string, day: number, name: string) => {
    const month = monthIndex(name);
    if (month >= 0 && day > MOST_DAYS[month] && day <= 31) out.push({ start, end: start + whole.length, text: whole, month });
  };
  for (const m of text.matchAll(DAY_MONTH)) add(m.index!, m[0], Number(m[1]), m[2]);
  for (const m of text.matchAll(MONTH_DAY)) add(m.index!, m[0], Number(m[2]), m[1]);
  return out;
}

export const dateInvalid: Rule = {
  code: 'date-invalid',
  checkBlock({ facts }: BlockContext): RawFinding[] {
    return facts.sentences.flatMap((s) => {
      const found: RawFinding[] = s.dates
        .filter((d) => !d.valid)
        .map((d) => ({
          code: 'date-invalid' as const,
          start: d.start + s.start,
          end: d.end + s.start,
          message: `“${d.text}” is not a real date: ${d.problem ?? 'no such day'}.`,
          evidence: [],
          fixes: [],
        }));
      // Most sentences have no digit next to a month name: skip them.
      if (!/\d/.test(s.text)) return found;
      for (const y of yearlessImpossible(s.text)) {
        if (s.dates.some((d) => d.start < y.end && y.start < d.end)) continue;
        found.push({
          code: 'date-invalid',
          start: y.start + s.start,
          end: y.end + s.start,
          message: `“${y.text}” is not a real date in any year: ${MONTHS[y.month]} has at most ${MOST_DAYS[y.month]} days.`,
          evidence: [],
          fixes: [],
        });
      }
      return found;
    });
  },
};
