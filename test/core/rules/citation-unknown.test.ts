import { strict as assert } from 'node:assert';
import { table, check, applyFix } from './check';

describe('citation-unknown', () => {
  table('citation-unknown', [
    ['a known key', 'As argued [@001_6c54e90040af64f0].', []],
    ['an unknown key', 'As argued [@smith2020].', ['smith2020']],
    ['several keys in one bracket', 'See [@001_6c54e90040af64f0; @nobody, p. 4].', ['nobody']],
    ['a near-miss key', 'As argued [@001_6c54e90040af64f1].', ['001_6c54e90040af64f1']],
    ['a bare @key that is a typo of a real key', 'As @001_6c54e90040af64f1 argues.', ['001_6c54e90040af64f1']],
    ['the glossary is not a citable source', 'As [@glossary] says.', ['glossary']],
    ['a bare @handle far from any key is not a citation', 'Follow @someoneelse online.', []],
    ['a bare @key shaped as keys are, with a year, is a citation', 'The figures are in @cohp-compensation-brief-2025, published in May.', ['cohp-compensation-brief-2025']],
    ['a bare hyphenated handle with no year is not', 'Follow @the-daily-wire online.', []],
    ['an e-mail address is not a citation', 'Write to desk@example.org today.', []],
    ['citations in code are not checked', 'Use `[@nope]` here.', []],
  ]);

  it('offers the closest keys', () => {
    const draft = 'As argued [@001_6c54e90040af64f1].';
    const [f] = check('citation-unknown', draft, ['001_6c54e90040af64f1']);
    assert.equal(applyFix(draft, f), 'As argued [@001_6c54e90040af64f0].');
    assert.match(f.message, /Reigniting the flame/i);
  });
});
