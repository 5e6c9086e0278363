import { table } from './check';

describe('date-invalid', () => {
  table('date-invalid', [
    ['30 February', 'A review was planned for 30 February 2026.', ['30 February 2026']],
    ['31 September', 'It ends on 31 September 2026.', ['31 September 2026']],
    ['29 February in a common year', 'It began on 29 February 2025.', ['29 February 2025']],
    ['29 February in a leap year is fine', 'It began on 29 February 2024.', []],
    ['month 13 in ISO form', 'Filed on 2025-13-01.', ['2025-13-01']],
    ['month first', 'Due on February 30, 2026.', ['February 30, 2026']],
    ['invalid in both numeric orders', 'Dated 31/31/2026.', ['31/31/2026']],
    ['ambiguous but valid numeric date', 'Dated 12/02/2026.', []],
    ['a valid date', 'Signed on 12 February 2026.', []],
    ['a day no year has, without a year', 'Desilt all drains by 31 June every year.', ['31 June']],
    ['the same, month first', 'Reports are due on April 31st each year.', ['April 31st']],
    ['29 February without a year may be', 'Leap day, 29 February, is a holiday there.', []],
    ['a possible yearless date', 'The fair opens on 30 June every year.', []],
    ['a count before a month name is no date', 'It took 45 June sessions and 40 May meetings.', []],
    ['in a task list item', '- [ ] Book the call for 31 April 2026.\n- [x] Filed on 30 February 2026.', ['31 April 2026', '30 February 2026']],
  ]);
});
