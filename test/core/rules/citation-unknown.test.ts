import { strict as assert } from 'node:assert';
import { table, check, applyFix } from './check';

describe('citation-unknown', () => {
  table('citation-unknown', [
    ['a known key', 'As argued [@001_6c54e90040af64f0].', []],
    ['an unknown key', 'As argued [@smith2020].', ['smith2020']],
    ['several keys in one bracket', 'See [@001_6c54e90040af64f0; @nobody, p. 4].', ['nobody']],
    ['a near-miss key', 'As argued [@001_6c54e90040af64f1].', ['001_6c54e90040af64f1']],
    ['a bare @key that is a typo of a real key', 'As @001_6c54e90040af64f1 argues.', ['001_6c54e90040af64f1']],
    ['punctuation at the end of a key is the sentence\'s (Pandoc keys hold it only inside)', 'Should the secretariat move, as @001_6c54e90040af64f0? Or as @001_6c54e90040af64f0! argued [@001_6c54e90040af64f0/]?', []],
    ['a key with punctuation inside it is read whole', 'As argued [@smith:2020.a?].', ['smith:2020.a']],
    ['the glossary is not a citable source', 'As [@glossary] says.', ['glossary']],
    ['a bare @handle far from any key is not a citation', 'Follow @someoneelse online.', []],
    ['a bare @key shaped as keys are, with a year, is a citation', 'The figures are in @cohp-compensation-brief-2025, published in May.', ['cohp-compensation-brief-2025']],
    ['a bare hyphenated handle with no year is not', 'Follow @the-daily-wire online.', []],
    ['in a draft that cites, a bare key written as keys are is a citation', 'As argued [@001_6c54e90040af64f0].\n\nThe charge is paid by insurers, as @bima-sugam-faq notes, and @smith2020 agrees.', ['bima-sugam-faq', 'smith2020']],
    ['in a draft that cites, a handle in capitals or with no hyphen or digit is not', 'As argued [@001_6c54e90040af64f0].\n\nFollow @PIB_India and @someoneelse online.', []],
    ['in a draft that cites by footnote too', 'As argued.[^1]\n\nSee @timeline-lighting for the dates.\n\n[^1]: A report.', ['timeline-lighting']],
    ['an e-mail address is not a citation', 'Write to desk@example.org today.', []],
    ['an e-mail address in a draft that cites is not either', 'As argued [@001_6c54e90040af64f0]. Write to ops.bsif-2025@example.in today.', []],
    ['citations in code are not checked', 'Use `[@nope]` here.', []],
    ['a footnote whose text is only a bracketed key', 'As argued.[^1]\n\n[^1]: [@001_6c54e90040af64f1]\n', ['001_6c54e90040af64f1']],
    ['a footnote that opens with a word written as keys are', 'As argued.[^1] And again.[^2] Still.[^3]\n\n[^1]: 001_6c54e90040af64f0, p. 2.\n[^2]: e-mail from the desk, 3 May.\n[^3]: hindu-report-25, section 2.\n', ['hindu-report-25']],
    ['in two parts with a digit, or three without', 'As argued.[^1] Again.[^2]\n\n[^1]: pib-2024.\n[^2]: cgpp-brief-note, section 2.\n', ['pib-2024', 'cgpp-brief-note']],
    ['not a hyphenated word that begins a sentence of the footnote', 'As argued.[^1] Again.[^2]\n\n[^1]: year-on-year growth in the 2024 data.\n[^2]: covid-19 figures from the ministry.\n', []],
    ['nor a footnote that holds only a URL', 'As argued [@001_6c54e90040af64f0].[^1]\n\n[^1]: https://eci.gov.in/ADO-Sunday-31-09-2023.pdf\n', []],
  ]);

  it('offers the closest keys', () => {
    const draft = 'As argued [@001_6c54e90040af64f1].';
    const [f] = check('citation-unknown', draft, ['001_6c54e90040af64f1']);
    assert.equal(applyFix(draft, f), 'As argued [@001_6c54e90040af64f0].');
    assert.match(f.message, /Reigniting the flame/i);
  });
});
