import { strict as assert } from 'node:assert';
import { table, check, applyFix, findings } from './check';
import { bundledIndex, indexOf } from '../../helpers';
import { analyze } from '../../../server/src/core/analyze';
import { readDraft } from '../../../server/src/core/draft/draft';
import { resolveSettings } from '../../../server/src/core/settings';

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
    ['everyday abbreviations are well known too', 'The card is the largest digital health ID programme, and each card carries a QR code.', []],
    ['all-caps ordinary words are emphasis', 'NOTE: this is IMPORTANT and we say HELLO.', []],
    ['a word in capitals that labels its line', 'TAKEAWAY: coverage grew.\n\n- **VERDICT:** it worked.', []],
    ['not a label: mid-line, or no colon after it', 'The TAKEAWAY grew.\n\nTAKEAWAY grew too.', ['TAKEAWAY']],
    ['headings are not first use and are not flagged', '# DAPA reforms\n\nThe Defense Acquisition Program Administration (DAPA) agreed.', []],
    ['an expansion in a heading does not expand it for the prose', '## The Defense Acquisition Program Administration (DAPA)\n\nDAPA agreed.', ['DAPA']],
    ['a table\'s header row labels its columns, as a heading does', '| State | Rate under XQZW (₹ a day) |\n|---|---|\n| Goa | 378 |\n', []],
    ['a body row is prose', '| State | Rate |\n|---|---|\n| XQZW | 378 |\n', ['XQZW']],
    ['code is not prose', 'Run `DAPA` and\n\n```\nADD\n```\n', []],
    ['URLs are not prose', 'See https://example.org/DAPA for more.', []],
    ['two acronyms on one line', 'DAPA and the ADD are partners.', ['DAPA', 'ADD']],
    ['an unknown acronym is flagged without a fix', 'The XQZW agreed.', ['XQZW']],
    ['roman numerals are not acronyms', 'After World War II the treaty changed.', []],
    ['abbreviation lines define', '*[XQZW]: Extra Quiet Zone Watch\n\nThe XQZW agreed.', []],
    ['a digit inside an acronym does not spell it out', 'P2M payments grew.', ['P2M']],
    ['a numbered family the draft expanded', 'The 21st Conference of the Parties (COP21) met. COP28 followed.', []],
    ['a numbered family the draft did not expand', 'The XQZ-2 round followed.', ['XQZ-2']],
    ['units and formulas from the glossary', 'Emissions of CO2 fell as 100 GW of solar came online.', []],
    ['an acronym ending in a capital after small letters', 'The MeitY issued rules.', ['MeitY']],
    ['a mixed-case name is not an acronym', 'McDonald and DeVos met.', []],
    ['"to" written 2 in an expansion', 'Person-to-merchant (P2M) payments grew. P2M rose.', []],
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

  describe('a keystroke analysed from the last version (the check reuses its last run when an edit cannot change it)', () => {
    const steps: [string, string, string, string[]][] = [
      ['the draft writes the word in lower case in a later block', 'ZORBLAT is here.\n\nNothing else.', 'ZORBLAT is here.\n\nNothing zorblat else.', []],
      ['an acronym first used in a later block', 'ZORBLAT is here.\n\nNothing else.', 'ZORBLAT is here.\n\nNothing XQZW else.', ['ZORBLAT', 'XQZW']],
      ['an edit before the first use moves the finding', 'Intro.\n\nThen XQZW met.', 'Intro, longer.\n\nThen XQZW met.', ['XQZW']],
      ['an edit in a block between two first uses', 'XQZW met.\n\nNothing.\n\nThen DAPA met.', 'XQZW met.\n\nNothing much.\n\nThen DAPA met.', ['XQZW', 'DAPA']],
      ['a spelled-out name typed in the paragraph of a first use', 'Intro.\n\nThen XQZW met.', 'Intro.\n\nXylo Quantum Zeta Works met. Then XQZW met.', []],
      ['a spelled-out name typed in an earlier paragraph', 'Intro.\n\nMore.\n\nThen XQZW met.', 'Intro.\n\nXylo Quantum Zeta Works. More.\n\nThen XQZW met.', ['XQZW']],
    ];
    for (const [name, before, after, expected] of steps) {
      it(name, () => {
        const settings = resolveSettings();
        const first = readDraft(before);
        analyze(before, bundledIndex(), settings, { draft: first });
        const got = analyze(after, bundledIndex(), settings, { draft: readDraft(after, first) }).filter((f) => f.code === 'acronym-undefined');
        assert.deepEqual(got.map((f) => after.slice(f.start, f.end)), expected);
        assert.deepEqual(got, findings('acronym-undefined', after));
      });
    }
  });

  // Peer cases (textlint-rule-unexpanded-acronym), where Dossier decides on purpose differently:
  it('peer: "HELLO is just a capitalized word" is not flagged (an all-caps ordinary word is not an acronym)', () => {
    check('acronym-undefined', 'HELLO is just a capitalized word.', []);
  });

  describe('hyphenated acronyms', () => {
    const space = indexOf([
      { name: 'glossary.md', text: '---\nrole: glossary\n---\n# Glossary\n\nIndian Space Research Organisation (ISRO)\n', bundled: true },
      { name: 'space.md', text: '# Space\n\nThe Indian Space Research Organisation (ISRO) landed a probe. The Indian National Space Promotion and Authorization Centre (IN-SPACe) was set up in June 2020. Coronavirus disease 2019 (COVID-19) slowed the work.\n' },
    ]);
    table('acronym-undefined', [
      ['a run the corpus defines is one acronym', 'IN-SPACe was set up to bring private firms in.', ['IN-SPACe']],
      ['a run with a number is one acronym', 'COVID-19 slowed the work.', ['COVID-19']],
      ['its expansion covers it', 'The Indian National Space Promotion and Authorization Centre (IN-SPACe) helps. IN-SPACe grew.', []],
      ['plain capitals the corpus does not know are acronyms side by side', 'The XQZW-ISRO talks went on.', ['XQZW', 'ISRO']],
      ['a part in ordinary case is not an acronym', 'The India-ISRO talks went on.', ['ISRO']],
    ], { index: space });
    table('acronym-undefined', [
      ['well-known parts side by side are not flagged', 'The US-UK and EU-UN talks went on.', []],
      ['a well-known acronym with a number is well known', 'COVID-19 slowed the work, and the G7-NATO talks went on. Imports grew in FY23.', []],
    ]);
    it('the message quotes the source, not the glossary, when both expand it alike', () => {
      const [f] = check('acronym-undefined', 'ISRO landed a probe.', ['ISRO'], { index: space });
      assert.equal(f.evidence[0].docKey, 'space');
      assert.equal(applyFix('IN-SPACe grew.', check('acronym-undefined', 'IN-SPACe grew.', ['IN-SPACe'], { index: space })[0]), 'Indian National Space Promotion and Authorization Centre (IN-SPACe) grew.');
    });
  });

  describe('two acronyms one space apart', () => {
    const schemes = indexOf([
      { name: 'schemes.md', text: '# Schemes\n\nThe PM Electric Drive Revolution in Innovative Vehicle Enhancement (PM E-DRIVE) scheme funds buses. The Ayushman Bharat Pradhan Mantri Jan Arogya Yojana (AB PM-JAY) covers 55 crore people. PM E-DRIVE and AB PM-JAY grew.\n' },
    ]);
    table('acronym-undefined', [
      ['a pair the corpus defines is one acronym', 'Cities are left to the PM E-DRIVE scheme.', ['PM E-DRIVE']],
      ['a pair whose second part is hyphenated is no shouting', 'The AB PM-JAY covers many people.', ['AB PM-JAY']],
      ['its expansion covers the pair and its last word', 'The Pradhan Mantri Janjati Adivasi Nyaya Maha Abhiyan (PM JANMAN) began. PM JANMAN works, and JANMAN grew.', []],
      ['a pair nobody knows is two acronyms', 'The XQZW QWZX talks went on.', ['XQZW', 'QWZX']],
    ], { index: schemes });
  });

  describe('acronyms that open with a small letter', () => {
    const defence = indexOf([
      { name: 'defence.md', text: '# Defence\n\nInnovations for Defence Excellence (iDEX) was launched in April 2018. IDDM (indigenously designed, developed and manufactured) equipment comes first. Few third-party logistics (3PL) firms bid.\n' },
    ]);
    table('acronym-undefined', [
      ['one the corpus defines is an acronym', 'Start-ups bid through iDEX for grants.', ['iDEX']],
      ['its expansion covers it', 'Innovations for Defence Excellence (iDEX) funds start-ups. iDEX grew.', []],
      ['one nobody defines is a name ("iOS", "mRNA")', 'Phones run iOS, and mRNA vaccines came later.', []],
      ['one that opens with a digit, as the corpus defines it', 'Most 3PL firms stay in the metros.', ['3PL']],
      ['a definition whose long form is a list after it', 'Buyers prefer IDDM equipment.', ['IDDM']],
    ], { index: defence });
  });

  it('words spelled out in a heading introduce no acronym; in prose they do', () => {
    const index = indexOf([{ name: 'sec.md', text: '# SEC\n\nA State Election Commission (SEC) runs local elections.\n' }]);
    check('acronym-undefined', '## State Election Commissions\n\nEach SEC runs panchayat elections.', ['SEC'], { index });
    check('acronym-undefined', '## Notes\n\nThe State Election Commissions are independent. Each SEC runs panchayat elections.', [], { index });
  });

  it('words inside a longer name spell an acronym only as a source\'s long form', () => {
    const index = indexOf([{ name: 'srf.md', text: '# Yards\n\nA Ship Recycling Facility (SRF) is a yard. The Cabinet Committee on Security (CCS) cleared it.\n' }]);
    check('acronym-undefined', 'The Integrated Ship Repair Facility opened. Every SRF must report accidents.', ['SRF'], { index });
    check('acronym-undefined', 'The Ship Repair Facility opened. Every SRF must report accidents.', [], { index });
    check('acronym-undefined', 'The Union Cabinet Committee on Security met. The CCS cleared the yard.', [], { index });
    // A name of the same initials for another thing (its last word is not theirs) spells nothing.
    const nhap = indexOf([{ name: 'hpc.md', text: 'Researchers apply through the National HPC Access Portal (NHAP).\n' }]);
    check('acronym-undefined', 'The National HPC Access Policy was notified in 2024. Requests now go through the NHAP.', ['NHAP'], { index: nhap });
    check('acronym-undefined', 'The National HPC Access Portal opened in 2024. Requests now go through the NHAP.', [], { index: nhap });
  });

  it('a source\'s long form the draft writes only after the use does not expand it there', () => {
    const index = indexOf([{ name: 'iph.md', text: '# Mission\n\nEvery Integrated Pack House (IPH) has a pre-cooling unit.\n' }]);
    check('acronym-undefined', 'The Central Institute of Post-Harvest Engineering studied losses.\n\nEach IPH will sort produce. The mission funds 2,500 Integrated Pack Houses (IPH).', ['IPH'], { index });
    check('acronym-undefined', 'The Integrated Pack Houses are new, and the Central Institute of Post-Harvest Engineering studied losses. Each IPH will sort produce.', [], { index });
  });

  it('words that spell an acronym expand it in the paragraph of its first use only', () => {
    const index = indexOf([{ name: 'cell.md', text: '# Cells\n\nEach State Tobacco Control Cell (STCC) reports to the Centre.\n' }]);
    check('acronym-undefined', 'The State Tobacco Control Cell met in May. The STCC will report.', [], { index });
    check('acronym-undefined', 'The state tobacco control cell met in May.\n\nThe STCC will report.', ['STCC'], { index });
    check('acronym-undefined', 'The State Tobacco Control Cell met in May.\n\nIt fined shops.\n\nThe STCC will report.', ['STCC'], { index });
    check('acronym-undefined', 'The Xylo Quantum Zeta Works met.\n\nThe XQZW will report.', ['XQZW']);
    check('acronym-undefined', 'The Xylo Quantum Zeta Works met, and the XQZW will report.', []);
    // A source's long form written in an earlier paragraph is no expansion here either.
    check('acronym-undefined', 'The Integrated Pack Houses are new.\n\nThe Central Institute of Post-Harvest Engineering studied losses. Each IPH will sort produce.', ['IPH'], { index: indexOf([{ name: 'iph.md', text: '# Mission\n\nEvery Integrated Pack House (IPH) has a pre-cooling unit.\n' }]) });
  });

  describe('acronyms that spell a Roman numeral', () => {
    const chips = indexOf([
      { name: 'dli.md', text: '# Design\n\nThe Design Linked Incentive (DLI) scheme pays firms that design chips. The Municipal Corporation of Delhi (MCD) runs schools.\n' },
    ]);
    table('acronym-undefined', [
      ['one the corpus defines is an acronym', 'The DLI scheme pays incentives.', ['DLI']],
      ['its expansion covers it', 'The Design Linked Incentive (DLI) scheme pays. The DLI grew.', []],
      ['its plural, as the corpus defines the singular', 'Several DLIs pay incentives.', ['DLIs']],
      ['a numeral nobody defines is a number', 'Chapter XIV of the Act and Phase II apply; MCD schools and the DLI reopened in MMXXIV.', ['MCD', 'DLI']],
    ], { index: chips });
  });

  describe('plurals, appositives, counted letters and names', () => {
    const power = indexOf([
      { name: 'glossary.md', text: '---\nrole: glossary\n---\n# Glossary\n\nIndian Institute of Technology (IIT)\n', bundled: true },
      { name: 'grid.md', text: '# Grid\n\nTariffs are fixed by the state electricity regulatory commissions (SERCs). NCTE, the National Council for Teacher Education, regulates training. The Indian Cybercrime Coordination Centre (I4C) raised the alarm. NTPC began blending hydrogen in January 2023.\n' },
    ]);
    table('acronym-undefined', [
      ['a plural definition in the sources defines the singular', 'Each SERC sets tariffs.', ['SERC']],
      ['a plural definition in the draft covers later uses', 'The state electricity regulatory commissions (SERCs) set tariffs; an SERC may differ.', []],
      ['"SF, the Long Form," in the sources is a definition', 'NCTE rules apply.', ['NCTE']],
      ['"SF, the Long Form," in the draft is an expansion', 'NCTE, the National Council for Teacher Education, sets rules.', []],
      ['a digit that counts letters', 'I4C issued an alert.', ['I4C']],
      ['an acronym the sources write but never expand is a name', 'NTPC runs the plant.', []],
      ['an acronym only the glossary knows, starting a name', 'She studied at IIT Madras.', []],
      ['a common acronym only the glossary knows is used as a name', 'She studied at an IIT in the south.', []],
    ], { index: power });
    const expandCommon = { dossier: { acronyms: { expandCommon: true } } };
    table('acronym-undefined', [
      ['with expandCommon, a common acronym must be expanded too', 'She studied at an IIT in the south.', ['IIT']],
      ['... but not where it starts a name', 'She studied at IIT Madras.', []],
    ], { index: power, settings: expandCommon });
    it('the fix expands a singular use in the singular', () => {
      assert.equal(applyFix('Each SERC sets tariffs.', check('acronym-undefined', 'Each SERC sets tariffs.', ['SERC'], { index: power })[0]), 'Each state electricity regulatory commission (SERC) sets tariffs.');
    });
  });
});
