import { strict as assert } from 'node:assert';
import { table, check, applyFix } from './check';
import { indexOf } from '../../helpers';

describe('date-conflict', () => {
  table('date-conflict', [
    ['a year the sources contradict', "India's Act East Policy, launched in 2016, gives the partnership a regional frame.", ['2016']],
    ['the year the sources give', "India's Act East Policy, launched in 2014, gives the partnership a regional frame.", []],
    ['diplomatic relations', 'India and South Korea established diplomatic relations in 1973.', ['1973']],
    ['a year agrees with any date in it', 'The sixth Foreign Policy and Security Dialogue (FPSD) was held in Seoul in 2026.', []],
    ['a day agrees with a range that contains it', 'The sixth Foreign Policy and Security Dialogue (FPSD) opened in Seoul on February 12, 2026.', []],
    ['a month agrees with a day in it', 'General Manoj Pande visited the Republic of Korea in November 2023.', []],
    ['a different event that shares a word is not a conflict', 'India launched a new space policy in 2016.', []],
    ['a date with no matching event is not checked', 'The committee met in 1999 to discuss fisheries.', []],
    ['the acronym stands for its expansion', "South Korea's New Southern Policy (NSP), announced in 2017, placed India among its core partners.", []],
    ['two dates for one event in the draft', 'Seoul launched the Blue Horizon initiative in 2019. Critics said the Blue Horizon initiative, launched in 2021, was slow.', ['2021']],
  ]);

  it('when sources disagree and one supports the draft, no conflict', () => {
    const index = indexOf([
      { name: 'a.md', text: 'The Blue Horizon initiative was launched in 2019 by Seoul.\n' },
      { name: 'b.md', text: 'Seoul launched the Blue Horizon initiative in 2020.\n' },
    ]);
    check('date-conflict', 'The Blue Horizon initiative was launched in 2020.', [], { index });
    check('date-conflict', 'The Blue Horizon initiative was launched in 2022.', ['2022'], { index });
  });

  it("quotes the source and fixes to the source's date", () => {
    const draft = "India's Act East Policy, launched in 2016, matters.";
    const [f] = check('date-conflict', draft, ['2016']);
    assert.match(f.message, /2014/);
    assert.match(f.message, /Launched in 2014/);
    assert.equal(applyFix(draft, f), "India's Act East Policy, launched in 2014, matters.");
  });
});
