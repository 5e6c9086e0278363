import { strict as assert } from 'node:assert';
import { table, check, applyFix, findings } from './check';

describe('claim-unsourced', () => {
  table('claim-unsourced', [
    ['a percentage', "South Korea's defence spending has increased by 25% over the past five years.", ["South Korea's defence spending has increased by 25% over the past five years."]],
    ['a currency amount', 'Trade reached $25 billion last year.', ['Trade reached $25 billion last year.']],
    ['a count of things', 'The army deployed 12,000 troops along the border.', ['The army deployed 12,000 troops along the border.']],
    ['a superlative', 'India is the largest consumer of Korean defence products in the region.', ['India is the largest consumer of Korean defence products in the region.']],
    ['a ranking', "Korea is among the world's major defence exporters.", ["Korea is among the world's major defence exporters."]],
    ['a vague attribution', 'According to one estimate, exports will double.', ['According to one estimate, exports will double.']],
    ['experts say', 'Experts say the pact is fragile.', ['Experts say the pact is fragile.']],
    ['a direct quotation', 'He said, "the partnership will define the century for both nations."', ['He said, "the partnership will define the century for both nations."']],
    ['a year alone is not a statistic', 'The ties date from 1973.', []],
    ['a list number is not a statistic', '1. Introduction of reforms.', []],
    ['an ordinal is not a statistic', 'The sixth round opened in Seoul.', []],
    ['a short scare quote is not a quotation', 'They call it a "special strategic partnership".', []],
    ['cited with [@key]', 'Spending rose by 18% [@002_c4de11b75ff533a8].', []],
    ['cited with a footnote', 'Spending rose by 18%.[^1]\n\n[^1]: IISS.', []],
    ['cited with a link', 'Spending rose by 18% ([IISS](https://iiss.org)).', []],
    ['a heading is not a claim', '# The largest exporter', []],
  ]);

  it('names the supporting source and offers to cite it', () => {
    const draft = 'India is the largest consumer of Korean defence products in the region.';
    const [f] = findings('claim-unsourced', draft);
    assert.match(f.message, /supports it/);
    assert.equal(f.evidence[0].docKey, '001_6c54e90040af64f0');
    assert.equal(applyFix(draft, f), 'India is the largest consumer of Korean defence products in the region [@001_6c54e90040af64f0].');
  });

  it('says what the closest source says when no source supports the figure', () => {
    const [f] = findings('claim-unsourced', "South Korea's defence spending has increased by 25% over the past five years.");
    assert.match(f.message, /no source supports it/);
    assert.match(f.message, /18%/);
    assert.equal(f.fixes.length, 0);
  });

  it('requireCitation: unsupported flags only claims no passage supports', () => {
    const s = { dossier: { claims: { requireCitation: 'unsupported' } } };
    check('claim-unsourced', 'India is the largest consumer of Korean defence products in the region.', [], { settings: s });
    check('claim-unsourced', 'Spending rose by 25% in Ruritania.', ['Spending rose by 25% in Ruritania.'], { settings: s });
  });

  it('requireCitation: off', () => {
    check('claim-unsourced', 'Spending rose by 25% in Ruritania.', [], { settings: { dossier: { claims: { requireCitation: 'off' } } } });
  });
});
