// date-invalid: a date that cannot exist ("30 February 2026", "2025-13-01").
import type { Rule, BlockContext, RawFinding } from './rule';

export const dateInvalid: Rule = {
  code: 'date-invalid',
  checkBlock({ facts }: BlockContext): RawFinding[] {
    return facts.sentences.flatMap((s) =>
      s.dates
      .filter((d) => !d.valid)
      .map((d) => ({
        code: 'date-invalid' as const,
        start: d.start + s.start,
        end: d.end + s.start,
        message: `“${d.text}” is not a real date: ${d.problem ?? 'no such day'}.`,
        evidence: [],
        fixes: [],
      })),
    );
  },
};
