// Tables for the date finder: every form it reads, what it refuses, ranges, weekdays, invalid dates, the
// peer rule's cases, and a check that its time grows linearly on adversarial input.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findDates, relativeWeekdays, weekdayOf, daysInMonth, formatDate, compareAtGranularity, WEEKDAY_NAMES, type DateMention, type SimpleDate, type Granularity } from '../../server/src/core/extract/dates';

/**
 * One expected mention. `at`: its text (and where it is, searched in the input); `d`/`u`: date and range
 * end as "2026-02-12", "2026-02" or "2026"; `wd`: the stated weekday [text, index]; `bad`: the problem
 * of an impossible date; `g`: granularity when not the one `d` implies; `form` when worth checking.
 */
interface Want { at: string; d: string; u?: string; wd?: [string, number]; bad?: string; g?: Granularity; form?: DateMention['form'] }

const parse = (s: string): SimpleDate => {
  const [year, month, day] = s.split('-').map(Number);
  return { year, ...(month !== undefined && { month }), ...(day !== undefined && { day }) };
};
const granOf = (s: string): Granularity => (['year', 'month', 'day'] as const)[s.split('-').length - 1];

function check(text: string, want: Want[]): void {
  const got = findDates(text);
  const show = JSON.stringify(got.map((m) => m.text));
  assert.equal(got.length, want.length, `${JSON.stringify(text)}: found ${show}`);
  let from = 0;
  want.forEach((w, i) => {
    const m = got[i];
    const start = text.indexOf(w.at, from);
    assert.equal(m.text, w.at, `${JSON.stringify(text)}: mention ${i} is ${JSON.stringify(m.text)}`);
    assert.equal(text.slice(m.start, m.end), m.text);
    assert.equal(m.start, start, `${JSON.stringify(text)}: offset of ${w.at}`);
    from = m.end;
    assert.deepEqual(m.date, parse(w.d), `${w.at}: date`);
    assert.deepEqual(m.until, w.u === undefined ? undefined : parse(w.u), `${w.at}: until`);
    assert.equal(m.granularity, w.g ?? granOf(w.d), `${w.at}: granularity`);
    if (w.form) assert.equal(m.form, w.form, `${w.at}: form`);
    assert.equal(m.valid, !w.bad, `${w.at}: valid`);
    assert.equal(m.problem, w.bad, `${w.at}: problem`);
    if (!w.wd) return assert.equal(m.weekday, undefined, `${w.at}: no weekday`);
    assert.ok(m.weekday, `${w.at}: weekday`);
    assert.equal(m.weekday.text, w.wd[0]);
    assert.equal(m.weekday.index, w.wd[1]);
    assert.equal(text.slice(m.weekday.start, m.weekday.end), w.wd[0]);
  });
}

/** A table: each case is the input and the mentions expected in it. */
function table(name: string, cases: [string, Want[]][]): void {
  describe(name, () => {
    for (const [text, want] of cases) it(JSON.stringify(text), () => check(text, want));
  });
}

table('prose dates', [
  ['January 02, 2024', [{ at: 'January 02, 2024', d: '2024-01-02', form: 'prose' }]],
  // The time is not part of the date (a fix replacing the date keeps it).
  ['January 02, 2024 12:50 am | Updated 01:23 am IST', [{ at: 'January 02, 2024', d: '2024-01-02' }]],
  ['Published: 14 March 2024', [{ at: '14 March 2024', d: '2024-03-14' }]],
  ['April 29, 2025 5 min read', [{ at: 'April 29, 2025', d: '2025-04-29' }]],
  ['It met on 12 February 2026.', [{ at: '12 February 2026', d: '2026-02-12' }]],
  ['on 12th February, 2026', [{ at: '12th February, 2026', d: '2026-02-12' }]],
  ['the 12th of February 2026', [{ at: '12th of February 2026', d: '2026-02-12' }]],
  ['February 12th, 2026', [{ at: 'February 12th, 2026', d: '2026-02-12' }]],
  ['Feb. 12, 2026', [{ at: 'Feb. 12, 2026', d: '2026-02-12' }]],
  ['Feb 12 2026 and 3 Sept. 2025 and 3 Sept 2025', [{ at: 'Feb 12 2026', d: '2026-02-12' }, { at: '3 Sept. 2025', d: '2025-09-03' }, { at: '3 Sept 2025', d: '2025-09-03' }]],
  ['MARCH 6, 2016', [{ at: 'MARCH 6, 2016', d: '2016-03-06' }]],
  ['in February 2026', [{ at: 'February 2026', d: '2026-02' }]],
  ['to Seoul in November 2023, to the Republic', [{ at: 'November 2023', d: '2023-11' }]],
  ['Nov. 2023 and December, 2023', [{ at: 'Nov. 2023', d: '2023-11' }, { at: 'December, 2023', d: '2023-12' }]],
  ['May 2026 and 5 May 2026', [{ at: 'May 2026', d: '2026-05' }, { at: '5 May 2026', d: '2026-05-05' }]],
]);

table('years', [
  ['established in 2014.', [{ at: '2014', d: '2014' }]],
  ['relations since 1963, with', [{ at: '1963', d: '1963' }]],
  ["2014's budget", [{ at: '2014', d: '2014' }]],
  ['2014’s budget', [{ at: '2014', d: '2014' }]],
  ['the 2014 elections and the 2020 agreements', [{ at: '2014', d: '2014' }, { at: '2020', d: '2020' }]],
  ['2023 marks fifty years', [{ at: '2023', d: '2023' }]],
  ['(2019)', [{ at: '2019', d: '2019' }]],
  ['in 1498 and 1066 AD', [{ at: '1498', d: '1498' }, { at: '1066', d: '1066' }]],
  ['the 1990s', [{ at: '1990s', d: '1990', u: '1999', g: 'year' }]],
  ["the 1990's and the early 2000s", [{ at: "1990's", d: '1990', u: '1999', g: 'year' }, { at: '2000s', d: '2000', u: '2009', g: 'year' }]],
  ['mid-2020, Pre-2020 and Post-2020', [{ at: '2020', d: '2020' }, { at: '2020', d: '2020' }, { at: '2020', d: '2020' }]],
  ['VIKSIT BHARAT 2047', [{ at: '2047', d: '2047' }]],
  // Fiscal years span two calendar years.
  ['in FY2024', [{ at: 'FY2024', d: '2024', u: '2025', g: 'year' }]],
  ['in FY 2024-25 and FY24', [{ at: 'FY 2024-25', d: '2024', u: '2025', g: 'year' }, { at: 'FY24', d: '2024', u: '2025', g: 'year' }]],
  ['the 2024-25 budget', [{ at: '2024-25', d: '2024', u: '2025' }]],
]);

table('ranges', [
  ['scheduled for February 12-13, 2026, in Seoul', [{ at: 'February 12-13, 2026', d: '2026-02-12', u: '2026-02-13' }]],
  ['February 12 to 13, 2026', [{ at: 'February 12 to 13, 2026', d: '2026-02-12', u: '2026-02-13' }]],
  ['12–13 February 2026', [{ at: '12–13 February 2026', d: '2026-02-12', u: '2026-02-13' }]],
  ['12 to 13 February 2026', [{ at: '12 to 13 February 2026', d: '2026-02-12', u: '2026-02-13' }]],
  ['between 12 and 14 February 2026', [{ at: '12 and 14 February 2026', d: '2026-02-12', u: '2026-02-14' }]],
  // Two days in a row joined by "and": one event over both ("held on 17 and 18 August 2023").
  ['held on 17 and 18 August 2023', [{ at: '17 and 18 August 2023', d: '2023-08-17', u: '2023-08-18' }]],
  ['on August 17 and 18, 2023', [{ at: 'August 17 and 18, 2023', d: '2023-08-17', u: '2023-08-18' }]],
  ['on 3 and 10 March 2024', [{ at: '10 March 2024', d: '2024-03-10' }]],
  ['12 February – 3 March 2026', [{ at: '12 February – 3 March 2026', d: '2026-02-12', u: '2026-03-03' }]],
  ['February 12 – March 3, 2026', [{ at: 'February 12 – March 3, 2026', d: '2026-02-12', u: '2026-03-03' }]],
  ['December 30 – January 2, 2027', [{ at: 'December 30 – January 2, 2027', d: '2026-12-30', u: '2027-01-02' }]],
  ['12 February 2026 to 3 March 2026', [{ at: '12 February 2026 to 3 March 2026', d: '2026-02-12', u: '2026-03-03' }]],
  ['February–March 2026', [{ at: 'February–March 2026', d: '2026-02', u: '2026-03' }]],
  ['2014-2016', [{ at: '2014-2016', d: '2014', u: '2016' }]],
  ['2014–16', [{ at: '2014–16', d: '2014', u: '2016' }]],
  ['1999-00', [{ at: '1999-00', d: '1999', u: '2000' }]],
  ['2014 to 2016', [{ at: '2014 to 2016', d: '2014', u: '2016' }]],
  ['2014 – 2016', [{ at: '2014 – 2016', d: '2014', u: '2016' }]],
  ['from 2010 to 2012', [{ at: '2010 to 2012', d: '2010', u: '2012' }]],
  ['between 2010 and 2012', [{ at: '2010 and 2012', d: '2010', u: '2012' }]],
  ['Quiz: 1947-2028', [{ at: '1947-2028', d: '1947', u: '2028' }]],
  ['reports, 2019-20 to 2023-24', [{ at: '2019-20 to 2023-24', d: '2019', u: '2024' }]],
  // Not ranges: "and" without "between", a range running backwards, an impossible two-digit end.
  ['in 2014 and 2016', [{ at: '2014', d: '2014' }, { at: '2016', d: '2016' }]],
  ['2016 to 2014', [{ at: '2016', d: '2016' }, { at: '2014', d: '2014' }]],
  ['2016-2014 and 2014-13', []],
]);

table('ISO and numeric dates', [
  ['2026-02-12', [{ at: '2026-02-12', d: '2026-02-12', form: 'iso' }]],
  ['at 2026-02-12T10:00', [{ at: '2026-02-12', d: '2026-02-12' }]],
  ['2016/12/29 and 2016.12.29', [{ at: '2016/12/29', d: '2016-12-29' }, { at: '2016.12.29', d: '2016-12-29' }]],
  ['2026-02-12 to 2026-02-14', [{ at: '2026-02-12 to 2026-02-14', d: '2026-02-12', u: '2026-02-14' }]],
  // Day/month order: reported only when it is not in doubt.
  ['31/12/2026', [{ at: '31/12/2026', d: '2026-12-31', form: 'numeric' }]],
  ['12/31/2026', [{ at: '12/31/2026', d: '2026-12-31' }]],
  ['13.02.2026', [{ at: '13.02.2026', d: '2026-02-13' }]],
  ['12/12/2026', [{ at: '12/12/2026', d: '2026-12-12' }]],
  ['12/02/2026, 12.02.2026, 1-2-2026', []],
  ['31/02/2026 and 02/30/2026', [{ at: '31/02/2026', d: '2026-02-31', bad: 'February 2026 has 28 days' }, { at: '02/30/2026', d: '2026-02-30', bad: 'February 2026 has 28 days' }]],
  ['31/31/2026', [{ at: '31/31/2026', d: '2026-31-31', bad: 'there is no month 31' }]],
  ['13/13/2026', [{ at: '13/13/2026', d: '2026-13-13', bad: 'there is no month 13' }]],
]);

table('impossible dates come back invalid', [
  ['30 February 2026', [{ at: '30 February 2026', d: '2026-02-30', bad: 'February 2026 has 28 days' }]],
  ['February 30, 2026', [{ at: 'February 30, 2026', d: '2026-02-30', bad: 'February 2026 has 28 days' }]],
  ['31 September 2026', [{ at: '31 September 2026', d: '2026-09-31', bad: 'September 2026 has 30 days' }]],
  ['29 February 2025', [{ at: '29 February 2025', d: '2025-02-29', bad: 'February 2025 has 28 days' }]],
  ['29 February 2024', [{ at: '29 February 2024', d: '2024-02-29' }]],
  ['29 February 2000 and 29 February 1900', [{ at: '29 February 2000', d: '2000-02-29' }, { at: '29 February 1900', d: '1900-02-29', bad: 'February 1900 has 28 days' }]],
  ['2025-13-01', [{ at: '2025-13-01', d: '2025-13-01', bad: 'there is no month 13' }]],
  ['2025-02-00', [{ at: '2025-02-00', d: '2025-02-00', bad: 'there is no day 0' }]],
  ['February 27-30, 2026', [{ at: 'February 27-30, 2026', d: '2026-02-27', u: '2026-02-30', bad: 'February 2026 has 28 days' }]],
  ['2016年2月30日', [{ at: '2016年2月30日', d: '2016-02-30', bad: 'February 2016 has 29 days' }]],
  ['A follow-up review was planned for 30 February 2026.', [{ at: '30 February 2026', d: '2026-02-30', bad: 'February 2026 has 28 days' }]],
]);

table('stated weekdays', [
  ['opened in Seoul on Monday, February 12, 2026.', [{ at: 'February 12, 2026', d: '2026-02-12', wd: ['Monday', 1] }]],
  ['Wednesday, February 11, 2026', [{ at: 'February 11, 2026', d: '2026-02-11', wd: ['Wednesday', 3] }]],
  ['Monday 12 February 2026', [{ at: '12 February 2026', d: '2026-02-12', wd: ['Monday', 1] }]],
  ['12 February 2026 (Monday)', [{ at: '12 February 2026', d: '2026-02-12', wd: ['Monday', 1] }]],
  ['on Monday, 12 Feb. 2026', [{ at: '12 Feb. 2026', d: '2026-02-12', wd: ['Monday', 1] }]],
  ['Monday, 12th February, 2026', [{ at: '12th February, 2026', d: '2026-02-12', wd: ['Monday', 1] }]],
  ['2021-07-02 (Thursday)', [{ at: '2021-07-02', d: '2021-07-02', wd: ['Thursday', 4] }]],
  ['2016-12-29(Fri)', [{ at: '2016-12-29', d: '2016-12-29', wd: ['Fri', 5] }]],
  ['Thursday, 2021-07-02 and Fri 31/12/2021', [{ at: '2021-07-02', d: '2021-07-02', wd: ['Thursday', 4] }, { at: '31/12/2021', d: '2021-12-31', wd: ['Fri', 5] }]],
  ['Mon. 12 Feb 2026, Tue 13 Feb 2026, Tues. 13 Feb 2026', [{ at: '12 Feb 2026', d: '2026-02-12', wd: ['Mon.', 1] }, { at: '13 Feb 2026', d: '2026-02-13', wd: ['Tue', 2] }, { at: '13 Feb 2026', d: '2026-02-13', wd: ['Tues.', 2] }]],
  ['Thu 12 Feb 2026, Thur 12 Feb 2026, Thurs 12 Feb 2026', [{ at: '12 Feb 2026', d: '2026-02-12', wd: ['Thu', 4] }, { at: '12 Feb 2026', d: '2026-02-12', wd: ['Thur', 4] }, { at: '12 Feb 2026', d: '2026-02-12', wd: ['Thurs', 4] }]],
  ['SAT, 14 FEB 2026', [{ at: '14 FEB 2026', d: '2026-02-14', wd: ['SAT', 6] }]],
  // After a range the weekday names its last day.
  ['February 12-13, 2026 (Friday)', [{ at: 'February 12-13, 2026', d: '2026-02-12', u: '2026-02-13', wd: ['Friday', 5] }]],
  // Before a range it would name the first day; a mention's weekday belongs to its last, so it is left out.
  ['Thursday, February 12-13, 2026', [{ at: 'February 12-13, 2026', d: '2026-02-12', u: '2026-02-13' }]],
  // Each side of a range keeps its own weekday, and takes the year stated on the other side.
  ['Monday, 9 February to Friday, 13 February 2026', [{ at: '9 February', d: '2026-02-09', wd: ['Monday', 1] }, { at: '13 February 2026', d: '2026-02-13', wd: ['Friday', 5] }]],
  // A weekday with no date, or a date with a month only, states nothing to check.
  ['See you on Monday. February 2026 was busy.', [{ at: 'February 2026', d: '2026-02' }]],
  ['12 February 2026 (Tsu)', [{ at: '12 February 2026', d: '2026-02-12' }]],
]);

table('CJK dates', [
  ['2016年12月29日(木)', [{ at: '2016年12月29日', d: '2016-12-29', wd: ['木', 4], form: 'cjk' }]],
  ['2016年12月29日(木曜日)', [{ at: '2016年12月29日', d: '2016-12-29', wd: ['木曜日', 4] }]],
  ['2016年12月29日（月曜日）', [{ at: '2016年12月29日', d: '2016-12-29', wd: ['月曜日', 1] }]],
  ['２０１６年１２月２９日', [{ at: '２０１６年１２月２９日', d: '2016-12-29' }]],
  ['2016年 12月 29日', [{ at: '2016年 12月 29日', d: '2016-12-29' }]],
  ['2016年12月と2016年', [{ at: '2016年12月', d: '2016-12' }, { at: '2016年', d: '2016' }]],
  ['2016年12月30日〜2017年1月1日(火)', [{ at: '2016年12月30日〜2017年1月1日', d: '2016-12-30', u: '2017-01-01', wd: ['火', 2] }]],
  ['2016年12月30日〜1月1日', [{ at: '2016年12月30日〜1月1日', d: '2016-12-30', u: '2017-01-01' }]],
  // No year: Dossier does not guess the current year, so the mention (and its weekday) is left out.
  ['11月 25日 (火曜日)', []],
]);

table('not dates', [
  ['See Figure 12 and Section 3.2 on page 14.', []],
  ['Pledges rose [@pib-solar-2025; @gcf-2023-10-05], as @smith2019 notes.', []],
  ['Figure 2014, Table 1998, No. 2001, Resolution 2014, pp. 2010-2012', []],
  ['version 1.2.3 and 10.0.2', []],
  ['Call +1 202-555-0143 or 1800 123 4567 or 020 1946 0958.', []],
  ['a 1,500 words essay and 2,014 entries', []],
  ['1500 words, 2000 troops, 1999 people, 2010 km, 2014 per cent, 2014%, 2014.5', []],
  ['a 2000-strong force, nearly 2000, more than 1800, at 1800 hrs, between 1900 and 2000 soldiers', []],
  ['5–10 years, 12:50 am, Schedule 7, $2014, #2014, A2014, 1,2014', []],
  ['may 2026 is not a month', [{ at: '2026', d: '2026' }]], // "may" in lower case is the modal verb: a year only
  ['They May 5 leave', []], // a day without a year is not reported
  ['100000000000000 and 1-1-1-1-1-1 and 1.1.1.1.1', []],
  ['in 12345 and 0999 and 2100', []],
]);

// The peer rule textlint-rule-date-weekday-mismatch (../shared/benchmarks/peers/textlint-rule-cases.json).
// findDates returns the date and the stated weekday; the caller decides: mismatch = weekdayOf(date) !==
// weekday.index (for a range, the last date). `mismatches` is how many findings that yields.
const PEER: { text: string; mentions: Want[]; mismatches: number; note?: string }[] = [
  { text: '2016年12月29日(木)', mentions: [{ at: '2016年12月29日', d: '2016-12-29', wd: ['木', 4] }], mismatches: 0 },
  { text: '2016年12月29日(木曜日)', mentions: [{ at: '2016年12月29日', d: '2016-12-29', wd: ['木曜日', 4] }], mismatches: 0 },
  { text: '2016-12-29(Thursday)', mentions: [{ at: '2016-12-29', d: '2016-12-29', wd: ['Thursday', 4] }], mismatches: 0 },
  { text: '2016-12-29(Tsu)', mentions: [{ at: '2016-12-29', d: '2016-12-29' }], mismatches: 0, note: '"Tsu" is not a weekday' },
  { text: '11月 25日 (火曜日) ', mentions: [], mismatches: 0, note: 'no year: Dossier does not guess the current year' },
  { text: '今日(火曜日)はどうしよう', mentions: [], mismatches: 0, note: 'a weekday without a date' },
  { text: '2016年12月29日(月)', mentions: [{ at: '2016年12月29日', d: '2016-12-29', wd: ['月', 1] }], mismatches: 1 },
  { text: '2021-07-02 (Thursday)', mentions: [{ at: '2021-07-02', d: '2021-07-02', wd: ['Thursday', 4] }], mismatches: 1 },
  { text: '2017年1月1日 (火)', mentions: [{ at: '2017年1月1日', d: '2017-01-01', wd: ['火', 2] }], mismatches: 1 },
  { text: '2016年12月30日〜2017年1月1日(火)', mentions: [{ at: '2016年12月30日〜2017年1月1日', d: '2016-12-30', u: '2017-01-01', wd: ['火', 2] }], mismatches: 1 },
  { text: 'Welcome to 2016-12-29(Fri)', mentions: [{ at: '2016-12-29', d: '2016-12-29', wd: ['Fri', 5] }], mismatches: 1 },
  { text: '2016-12-29(月)', mentions: [{ at: '2016-12-29', d: '2016-12-29', wd: ['月', 1] }], mismatches: 1 },
  { text: '2016年12月29日（月曜日）', mentions: [{ at: '2016年12月29日', d: '2016-12-29', wd: ['月曜日', 1] }], mismatches: 1 },
  { text: '2016年12月29日(月)\n2016年12月29日(月曜日)', mentions: [{ at: '2016年12月29日', d: '2016-12-29', wd: ['月', 1] }, { at: '2016年12月29日', d: '2016-12-29', wd: ['月曜日', 1] }], mismatches: 2 },
  // The peer, told to, assumes the current year; Dossier does not guess: no year, no finding.
  { text: '4/23(Fri)', mentions: [], mismatches: 0, note: 'no year: Dossier does not guess the current year' },
  { text: 'The summit opened on Tuesday, March 6, 2016.', mentions: [{ at: 'March 6, 2016', d: '2016-03-06', wd: ['Tuesday', 2] }], mismatches: 1 },
  { text: 'The summit opened on March 6, 2016 (Tuesday).', mentions: [{ at: 'March 6, 2016', d: '2016-03-06', wd: ['Tuesday', 2] }], mismatches: 1 },
];

describe('peer cases: date-weekday-mismatch', () => {
  const mismatches = (ms: DateMention[]) =>
    ms.filter((m) => {
      const t = m.until ?? m.date;
      return m.valid && m.weekday && t.month && t.day && weekdayOf(t.year, t.month, t.day) !== m.weekday.index;
    }).length;
  for (const c of PEER) {
    it(`${JSON.stringify(c.text)}${c.note ? ` (${c.note})` : ''}`, () => {
      check(c.text, c.mentions);
      assert.equal(mismatches(findDates(c.text)), c.mismatches);
    });
  }

  it('covers every date-weekday-mismatch case of the shared peer file', function () {
    const file = path.resolve(__dirname, '../../../shared/benchmarks/peers/textlint-rule-cases.json');
    if (!fs.existsSync(file)) return this.skip();
    const cases = (JSON.parse(fs.readFileSync(file, 'utf8')) as { rule: string; expect: string; errors?: number; text: string }[]).filter((c) => c.rule === 'date-weekday-mismatch');
    for (const c of cases) {
      const mine = PEER.find((p) => p.text === c.text);
      assert.ok(mine, `peer case not in the table: ${JSON.stringify(c.text)}`);
      // Where Dossier decides differently from the peer, the table says why.
      const peer = c.expect === 'valid' ? 0 : c.errors ?? 1;
      if (peer !== mine.mismatches) assert.ok(mine.note, `${JSON.stringify(c.text)}: differs from the peer without a note`);
    }
  });
});

describe('calendar helpers', () => {
  const weekdays: [number, number, number, string][] = [
    [2026, 2, 12, 'Thursday'], [2016, 12, 29, 'Thursday'], [2021, 7, 2, 'Friday'], [2017, 1, 1, 'Sunday'],
    [2016, 3, 6, 'Sunday'], [2000, 1, 1, 'Saturday'], [1900, 1, 1, 'Monday'], [1066, 10, 14, 'Sunday'], [2024, 2, 29, 'Thursday'],
  ];
  for (const [y, m, d, name] of weekdays) it(`${y}-${m}-${d} is a ${name}`, () => assert.equal(WEEKDAY_NAMES[weekdayOf(y, m, d)], name));

  const lengths: [number, number, number][] = [[2026, 2, 28], [2024, 2, 29], [1900, 2, 28], [2000, 2, 29], [2026, 9, 30], [2026, 12, 31], [2026, 13, 0]];
  for (const [y, m, n] of lengths) it(`${y}-${m} has ${n} days`, () => assert.equal(daysInMonth(y, m), n));

  const formats: [SimpleDate, string, string?][] = [
    [{ year: 2026, month: 2, day: 12 }, '12 February 2026', 'Thursday, 12 February 2026'],
    [{ year: 2026, month: 2 }, 'February 2026'],
    [{ year: 2014 }, '2014'],
    [{ year: 2025, month: 13, day: 1 }, '2025-13-01'],
    [{ year: 2026, month: 2, day: 30 }, '30 February 2026', '30 February 2026'],
  ];
  for (const [d, plain, long] of formats) {
    it(`formats ${plain}`, () => {
      assert.equal(formatDate(d), plain);
      if (long) assert.equal(formatDate(d, 'long'), long);
    });
  }
});

describe('compareAtGranularity', () => {
  type D = SimpleDate & { until?: SimpleDate };
  const cases: [string, D, D, 'agree' | 'conflict' | 'unknown'][] = [
    ['a year agrees with a day in it', { year: 2026 }, { year: 2026, month: 2, day: 12 }, 'agree'],
    ['a month agrees with its year', { year: 2023, month: 11 }, { year: 2023 }, 'agree'],
    ['a day agrees with a range holding it', { year: 2026, month: 2, day: 12 }, { year: 2026, month: 2, day: 12, until: { year: 2026, month: 2, day: 13 } }, 'agree'],
    ['a day outside a range conflicts', { year: 2026, month: 2, day: 14 }, { year: 2026, month: 2, day: 12, until: { year: 2026, month: 2, day: 13 } }, 'conflict'],
    ['two years', { year: 2016 }, { year: 2014 }, 'conflict'],
    ['a year inside a year range', { year: 2015 }, { year: 2014, until: { year: 2016 } }, 'agree'],
    ['different months of a year', { year: 2026, month: 2 }, { year: 2026, month: 3 }, 'conflict'],
    ['a month and a day in another month', { year: 2026, month: 2 }, { year: 2026, month: 3, day: 1 }, 'conflict'],
    ['a decade and a year in it', { year: 1990, until: { year: 1999 } }, { year: 1994, month: 5 }, 'agree'],
    ['an impossible month', { year: 2025, month: 13, day: 1 }, { year: 2025 }, 'unknown'],
  ];
  for (const [name, a, b, want] of cases) {
    it(name, () => {
      assert.equal(compareAtGranularity(a, b), want);
      assert.equal(compareAtGranularity(b, a), want);
    });
  }
});

describe('robustness', () => {
  it('never throws on odd input', () => {
    const odd = ['', ' ', '\n\n', '(', '（月曜日）', 'Monday,', 'February', '12', '2026-', '-2026', '2026年', '年月日', '\ud800', '0/0/2026', '99/99/9999', 'FY', 'FY-', 'Sept.', "2020'", "2020's"];
    for (const s of odd) assert.doesNotThrow(() => findDates(s), s);
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = ['1', '2', '0', '9', '2014', '-', '–', '/', '.', ',', ' ', '\n', "'", 's', '(', ')', '年', '月', '日', '〜', 'February', 'Feb', 'Mon', 'to', 'and', 'between', 'FY', 'th', 'the'];
    for (let n = 0; n < 300; n++) {
      const s = Array.from({ length: 1 + Math.floor(rand() * 30) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
      for (const m of findDates(s)) assert.equal(s.slice(m.start, m.end), m.text, s);
    }
  });

  // Time on input of size n and 8n: linear time gives a ratio near 8, quadratic near 64; the bound of 32
  // leaves room for a shared, noisy machine and still catches anything quadratic.
  const adversarial: [string, (n: number) => string][] = [
    ['digits', (n) => '7'.repeat(n)],
    ['1-1-1-…', (n) => '1-'.repeat(n / 2)],
    ['1.1.1.…', (n) => '1.'.repeat(n / 2)],
    ['month names', (n) => 'February '.repeat(n / 9)],
    ['days and months', (n) => '12 February '.repeat(n / 12)],
    ['weekdays', (n) => 'Monday, '.repeat(n / 8)],
    ['year ranges', (n) => '2014 to '.repeat(n / 8)],
    ['counts', (n) => '2000 to 3000 to '.repeat(n / 16)],
    ['dashed years', (n) => '2014-'.repeat(n / 5)],
    ['CJK', (n) => '2016年12月'.repeat(n / 8)],
    ['parentheses', (n) => '2016-12-29('.repeat(n / 11)],
    ['spaces', (n) => ' '.repeat(n) + '2014'],
  ];
  const time = (s: string) => {
    let best = Infinity;
    for (let k = 0; k < 5; k++) {
      const t0 = process.hrtime.bigint();
      findDates(s);
      best = Math.min(best, Number(process.hrtime.bigint() - t0));
    }
    return best;
  };
  for (const [name, make] of adversarial) {
    it(`runs in linear time: ${name}`, () => {
      const n = 40_000;
      const small = make(n);
      const large = make(8 * n);
      time(small); // warm up
      const ratio = time(large) / Math.max(time(small), 1);
      assert.ok(ratio < 32, `${name}: time ratio ${ratio.toFixed(1)} for 8x the input`);
    });
  }
});

describe('weekdays dated by a report\'s own date', () => {
  const pub = { year: 2024, month: 2, day: 15 }; // a Thursday
  const on = (text: string) => relativeWeekdays(text, pub).map((d) => formatDate(d.date));
  it('the latest such weekday on or before the report', () => {
    assert.deepEqual(on('The Supreme Court on Thursday struck down the scheme.'), ['15 February 2024']);
    assert.deepEqual(on('The bank said on Monday that it would comply.'), ['12 February 2024']);
  });
  it('what is still to come, the next one after it', () => {
    assert.deepEqual(on('The council will meet on Monday to review it.'), ['19 February 2024']);
    assert.deepEqual(on('The bench is to hear the case on Thursday.'), ['22 February 2024']);
  });
  it('not a weekday written with its date, nor without a report date', () => {
    assert.deepEqual(on('It met on Monday, 12 February 2024.'), []);
    assert.deepEqual(relativeWeekdays('It met on Monday.', { year: 2024 }), []);
  });
});
