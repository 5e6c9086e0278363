// date-weekday: a stated weekday that does not fall on its date ("Monday, February 12, 2026").
import type { Rule, BlockContext, RawFinding } from './rule';
import { weekdayOf, formatDate, WEEKDAY_NAMES } from '../extract/dates';

/** The right weekday, written in the style of the wrong one (full, abbreviated, case). */
function styled(right: string, wrong: string): string {
  let s = wrong.replace(/\.$/, '').length <= 4 && !/day$/i.test(wrong) ? right.slice(0, Math.max(3, wrong.replace(/\.$/, '').length)) : right;
  if (wrong.endsWith('.')) s += '.';
  if (wrong === wrong.toUpperCase()) s = s.toUpperCase();
  else if (wrong === wrong.toLowerCase()) s = s.toLowerCase();
  return s;
}

const CJK_WEEKDAYS = '日月火水木金土';

export const dateWeekday: Rule = {
  code: 'date-weekday',
  checkBlock({ facts }: BlockContext): RawFinding[] {
    const out: RawFinding[] = [];
    for (const s of facts.sentences) for (const d of s.dates) for (const [stated, target] of [[d.weekday, d.until ?? d.date], [d.firstWeekday, d.date]] as const) {
      if (!d.valid || !stated || !target.day || !target.month) continue;
      const right = weekdayOf(target.year, target.month, target.day);
      if (right === stated.index) continue;
      const w = { ...stated, start: stated.start + s.start, end: stated.end + s.start };
      const cjk = CJK_WEEKDAYS.includes(w.text[0]);
      const newText = cjk ? CJK_WEEKDAYS[right] + w.text.slice(1) : styled(WEEKDAY_NAMES[right], w.text);
      out.push({
        code: 'date-weekday',
        start: w.start,
        end: w.end,
        message: `${formatDate(target)} is a ${WEEKDAY_NAMES[right]}, not a ${WEEKDAY_NAMES[w.index]}.`,
        evidence: [],
        fixes: [{ title: `Change to ${newText}`, edits: [{ start: w.start, end: w.end, newText }], preferred: true }],
      });
    }
    return out;
  },
};
