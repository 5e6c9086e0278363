// date-invalid: a date that cannot exist ("30 February 2026", "2025-13-01"), also without a year when no
// year has it ("31 June every year").
import type { Rule, BlockContext, RawFinding } from './rule';
import { impossibleYearless, MONTH_NAMES } from '../extract/dates';

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
      for (const y of impossibleYearless(s.text)) {
        if (s.dates.some((d) => d.start < y.end && y.start < d.end)) continue;
        found.push({
          code: 'date-invalid',
          start: y.start + s.start,
          end: y.end + s.start,
          message: `“${y.text}” is not a real date in any year: ${MONTH_NAMES[y.month - 1]} has at most ${y.most} days.`,
          evidence: [],
          fixes: [],
        });
      }
      return found;
    });
  },
};
