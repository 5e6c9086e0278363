import { strict as assert } from 'node:assert';
import { table, check, applyFix, findings } from './check';

describe('acronym-undefined', () => {
  table('acronym-undefined', [
    ['first use not expanded', 'DAPA approved the plan.', ['DAPA']],
    ['expanded at first use', 'The Defense Acquisition Program Administration (DAPA) approved the plan. DAPA will report in May.', []],
    ['expanded as ACR (Long Form)', 'DAPA (Defense Acquisition Program Administration) approved it. DAPA agreed.', []],
    ['long form in another case', 'The defense acquisition program administration (DAPA) met. DAPA agreed.', []],
    ['expansion after the first use is too late', 'DAPA met. Later, the Defense Acquisition Program Administration (DAPA) agreed.', ['DAPA']],
    ['only the first use is flagged', 'DAPA met. DAPA agreed. DAPA left.', ['DAPA']],
    ['plural counts as the acronym', 'Several DAPAs met.', ['DAPAs']],
    ['possessive counts as the acronym', "DAPA's budget grew.", ["DAPA's"]],
    ['well-known acronyms from the glossary', 'The UN and the EU met the US and the UK on GDP.', []],
    ['all-caps ordinary words are emphasis', 'NOTE: this is IMPORTANT and we say HELLO.', []],
    ['headings are not first use and are not flagged', '# DAPA reforms\n\nThe Defense Acquisition Program Administration (DAPA) agreed.', []],
    ['code is not prose', 'Run `DAPA` and\n\n```\nADD\n```\n', []],
    ['URLs are not prose', 'See https://example.org/DAPA for more.', []],
    ['two acronyms on one line', 'DAPA and the ADD are partners.', ['DAPA', 'ADD']],
    ['an unknown acronym is flagged without a fix', 'The XQZW agreed.', ['XQZW']],
    ['roman numerals are not acronyms', 'After World War II the treaty changed.', []],
    ['abbreviation lines define', '*[XQZW]: Extra Quiet Zone Watch\n\nThe XQZW agreed.', []],
  ]);

  it('says what the sources say and offers the expansion', () => {
    const [f] = check('acronym-undefined', 'DAPA approved the plan.', ['DAPA']);
    assert.match(f.message, /Defense Acquisition Program Administration/);
    assert.match(f.message, /Reigniting the flame/i);
    assert.equal(f.evidence[0].docKey, '001_6c54e90040af64f0');
    assert.equal(applyFix('DAPA approved the plan.', f), 'Defense Acquisition Program Administration (DAPA) approved the plan.');
  });

  it('the ignore setting silences an acronym', () => {
    check('acronym-undefined', 'DAPA approved the plan.', [], { settings: { dossier: { acronyms: { ignore: ['DAPA'] } } } });
  });

  it('a fixed draft no longer carries the finding', () => {
    const draft = 'DAPA approved the plan.';
    const fixed = applyFix(draft, findings('acronym-undefined', draft)[0]);
    assert.deepEqual(findings('acronym-undefined', fixed), []);
  });

  // Peer cases (textlint-rule-unexpanded-acronym), where Dossier decides on purpose differently:
  it('peer: "HELLO is just a capitalized word" is not flagged (an all-caps ordinary word is not an acronym)', () => {
    check('acronym-undefined', 'HELLO is just a capitalized word.', []);
  });
});
