import { strict as assert } from 'node:assert';
import { table, check, applyFix } from './check';

describe('date-weekday', () => {
  table('date-weekday', [
    ['Monday, February 12, 2026', 'It opened on Monday, February 12, 2026.', ['Monday']],
    ['Monday 12 February 2026', 'It opened on Monday 12 February 2026.', ['Monday']],
    ['12 February 2026 (Monday)', 'It opened on 12 February 2026 (Monday).', ['Monday']],
    ['on Monday, 12 Feb. 2026', 'It opened on Monday, 12 Feb. 2026.', ['Monday']],
    ['Monday, 12th February, 2026', 'It opened on Monday, 12th February, 2026.', ['Monday']],
    ['right weekday', 'It opened on Thursday, February 12, 2026.', []],
    ['abbreviated weekday', 'It opened on Mon, 12 Feb 2026.', ['Mon']],
    ['a weekday without a date is not checked', 'It opened on Monday.', []],
    ['ISO date with a weekday', 'Released 2021-07-02 (Thursday).', ['Thursday']],
    ['Monday the 12th of February 2026', 'It opened on Monday the 12th of February 2026.', ['Monday']],
    ['Monday, the 12th of February 2026', 'On Monday, the 12th of February 2026, it opened.', ['Monday']],
    ['12 February 2026, a Monday', 'It opened on 12 February 2026, a Monday.', ['Monday']],
    ['12 February 2026, which was a Monday', 'It opened on 12 February 2026, which was a Monday.', ['Monday']],
    ['February 12, 2026, which falls on a Monday', 'It opens on February 12, 2026, which falls on a Monday.', ['Monday']],
    ['the right day after the date', 'It opened on 12 February 2026, a Thursday, in Seoul.', []],
    ['weekdays of a range, before it', 'It ran on Monday–Tuesday, February 12–13, 2026.', ['Monday', 'Tuesday']],
    ['weekdays of a range, after it', 'It ran from 12 to 13 February 2026 (Monday–Tuesday).', ['Monday', 'Tuesday']],
    ['the right weekdays of a range', 'It ran on Thursday–Friday, February 12–13, 2026, and from 12 to 13 February 2026 (Thursday–Friday).', []],
    ['"a Monday meeting" is not the date\'s weekday', 'It opened on 12 February 2026, a Monday meeting having been cancelled.', []],
  ]);

  it('says the right day and fixes it in the same style', () => {
    const draft = 'It opened on Mon, 12 Feb 2026.';
    const [f] = check('date-weekday', draft, ['Mon']);
    assert.match(f.message, /Thursday/);
    assert.equal(applyFix(draft, f), 'It opened on Thu, 12 Feb 2026.');
    const full = 'It opened on Monday, February 12, 2026.';
    assert.equal(applyFix(full, check('date-weekday', full, ['Monday'])[0]), 'It opened on Thursday, February 12, 2026.');
  });
});
