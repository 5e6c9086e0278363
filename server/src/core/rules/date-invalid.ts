// date-invalid: a date that cannot exist ("30 February 2026", "2025-13-01").
import type { Rule, RuleContext, RawFinding } from './rule';

export const dateInvalid: Rule = {
  code: 'date-invalid',
  check({ draft }: RuleContext): RawFinding[] {
    return draft.dates
      .filter((d) => !d.valid)
      .map((d) => ({
        code: 'date-invalid' as const,
        start: d.start,
        end: d.end,
        message: `“${d.text}” is not a real date: ${d.problem ?? 'no such day'}.`,
        evidence: [],
        fixes: [],
      }));
  },
};
