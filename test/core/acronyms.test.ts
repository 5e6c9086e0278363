import { strict as assert } from 'node:assert';
import { findAcronymDefinitions } from '../../server/src/core/extract/acronyms';

type Pair = { short: string; long: string };

function check(text: string, expected: Pair[]): void {
  const got = findAcronymDefinitions(text).map(({ short, long }) => ({ short, long }));
  assert.deepEqual(got, expected, `in ${JSON.stringify(text)}`);
}

const cases: { text: string; expect: Pair[] }[] = [
  // Long form, then the short form in brackets.
  { text: 'The Defense Acquisition Program Administration (DAPA) signed it.', expect: [{ short: 'DAPA', long: 'Defense Acquisition Program Administration' }] },
  { text: 'Spending on research and development (R&D) rose.', expect: [{ short: 'R&D', long: 'research and development' }] },
  { text: 'A contract with Larsen & Toubro (L&T) was signed.', expect: [{ short: 'L&T', long: 'Larsen & Toubro' }] },
  { text: 'The Ministry of Commerce and Industry (MoCI) said so.', expect: [{ short: 'MoCI', long: 'Ministry of Commerce and Industry' }] },
  { text: 'At the 21st Conference of the Parties (COP21) in Paris.', expect: [{ short: 'COP21', long: '21st Conference of the Parties' }] },
  // A title across a comma, with "or" among its words, or a ministry's small "o".
  { text: 'Abandoned, Lost or Otherwise Discarded Fishing Gear (ALDFG), often called ghost gear, is harmful.', expect: [{ short: 'ALDFG', long: 'Abandoned, Lost or Otherwise Discarded Fishing Gear' }] },
  { text: 'The Ministry of Environment, Forest and Climate Change (MoEFCC) notified it.', expect: [{ short: 'MoEFCC', long: 'Ministry of Environment, Forest and Climate Change' }] },
  // A syllabic short form spells a function word inside itself; one with a digit does not.
  { text: "China's Ministry of Commerce (MOFCOM) placed seven elements under licensing.", expect: [{ short: 'MOFCOM', long: 'Ministry of Commerce' }] },
  { text: 'We named this gene HOF1 (homolog of cdc 15).', expect: [] },
  // An official name's qualifier the short form leaves out; an appositive; a digit that counts letters.
  { text: 'The Working Mechanism for Consultation and Coordination on India-China Border Affairs (WMCC) met.', expect: [{ short: 'WMCC', long: 'Working Mechanism for Consultation and Coordination on India-China Border Affairs' }] },
  { text: 'It sits under the WMCC (Working Mechanism for Consultation and Coordination on India-China Border Affairs).', expect: [{ short: 'WMCC', long: 'Working Mechanism for Consultation and Coordination on India-China Border Affairs' }] },
  { text: 'The protein kinase in Human Cells (PK) binds.', expect: [] },
  // A name that opens with "Not"; "not" inside a phrase makes it a clause.
  { text: 'Samples declared Not of Standard Quality (NSQ) are listed monthly.', expect: [{ short: 'NSQ', long: 'Not of Standard Quality' }] },
  { text: 'The Hong Kong International Convention for the Safe and Environmentally Sound Recycling of Ships (HKC) is a treaty.', expect: [{ short: 'HKC', long: 'Hong Kong International Convention for the Safe and Environmentally Sound Recycling of Ships' }] },
  { text: 'Milk is paid for by fat and solids-not-fat (SNF) content.', expect: [{ short: 'SNF', long: 'solids-not-fat' }] },
  { text: 'The sample was found not standard quality (NSQ) in one test.', expect: [] },
  { text: 'NCTE, the National Council for Teacher Education, regulates training.', expect: [{ short: 'NCTE', long: 'National Council for Teacher Education' }] },
  { text: 'The Indian Cybercrime Coordination Centre (I4C) raised the alarm.', expect: [{ short: 'I4C', long: 'Indian Cybercrime Coordination Centre' }] },
  // Drafting forms: a marker before the short form, or an appositive "or".
  { text: 'The Digital Personal Data Protection Act (hereafter DPDP Act) was passed.', expect: [{ short: 'DPDP', long: 'Digital Personal Data Protection' }] },
  { text: 'The Reserve Bank of India (hereinafter referred to as "RBI") cut rates.', expect: [{ short: 'RBI', long: 'Reserve Bank of India' }] },
  { text: 'The National Payments Corporation of India, or NPCI, runs it.', expect: [{ short: 'NPCI', long: 'National Payments Corporation of India' }] },
  { text: 'Trade with India, or UK exports, grew.', expect: [] },
  { text: 'Leaders of the Group of Twenty (G20) met.', expect: [{ short: 'G20', long: 'Group of Twenty' }] },
  { text: 'It joined the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP).', expect: [{ short: 'CPTPP', long: 'Comprehensive and Progressive Agreement for Trans-Pacific Partnership' }] },
  { text: 'The leukemic protein core binding factor beta (CBFbeta) binds.', expect: [{ short: 'CBFbeta', long: 'core binding factor beta' }] },
  { text: 'The smooth-muscle myosin heavy chain (SMMHC) is long.', expect: [{ short: 'SMMHC', long: 'smooth-muscle myosin heavy chain' }] },
  { text: 'We used proton pump inhibitors (PPIs) daily.', expect: [{ short: 'PPIs', long: 'proton pump inhibitors' }] },
  { text: 'Thyroid transcription factor 1 (TTF-1) was identified.', expect: [{ short: 'TTF-1', long: 'Thyroid transcription factor 1' }] },
  { text: 'It uses the type III secretion system (TTSS) to inject.', expect: [{ short: 'TTSS', long: 'type III secretion system' }] },
  { text: 'Levels of casein kinase II (Ck2) fell.', expect: [{ short: 'Ck2', long: 'casein kinase II' }] },
  { text: 'Person-to-merchant (P2M) payments grew.', expect: [{ short: 'P2M', long: 'Person-to-merchant' }] },
  { text: 'Satellite services include in-flight and maritime connectivity (IFMC) and teleports.', expect: [{ short: 'IFMC', long: 'in-flight and maritime connectivity' }] },
  { text: 'A state-of-the-art facility (SAF) opened.', expect: [{ short: 'SAF', long: 'state-of-the-art facility' }] },
  { text: 'Most business-to-business (B2B) sales are online.', expect: [{ short: 'B2B', long: 'business-to-business' }] },
  { text: 'We imaged two-dimensional (2D) slices.', expect: [{ short: '2D', long: 'two-dimensional' }] },
  { text: 'The relative risk [RR] was low.', expect: [{ short: 'RR', long: 'relative risk' }] },
  { text: 'Six vessels (blood-brain barrier, BBB) were seen.', expect: [{ short: 'BBB', long: 'blood-brain barrier' }] },
  { text: 'The enzyme phosphoglycerate kinase from yeast (PGK) folds.', expect: [{ short: 'PGK', long: 'phosphoglycerate kinase' }] },
  { text: 'Serum testosterone (T) was measured.', expect: [{ short: 'T', long: 'testosterone' }] },
  // Short form first.
  { text: 'DAPA (Defense Acquisition Program Administration) said so.', expect: [{ short: 'DAPA', long: 'Defense Acquisition Program Administration' }] },
  { text: 'Analysis of 3\'-RACE (rapid amplification of cDNA ends) products.', expect: [{ short: 'RACE', long: 'rapid amplification of cDNA ends' }] },
  { text: 'We cloned HERF1 (for hematopoietic RING finger 1), a new gene.', expect: [{ short: 'HERF1', long: 'hematopoietic RING finger 1' }] },
  { text: 'The rule PLI (for example, in textiles) pays.', expect: [] },
  { text: 'A 19-kDa protein (BART, Binder of Arl Two) was found.', expect: [{ short: 'BART', long: 'Binder of Arl Two' }] },
  { text: 'Mutants (RAD51L1, RAD51L2 protein) and (Dad1p, Duo1 and Dam1 interacting) differ.', expect: [] },
  // A name's number left unwritten when its letters are the initials of every content word.
  { text: 'The activator of G-protein signaling (AGS1) binds.', expect: [{ short: 'AGS1', long: 'activator of G-protein signaling' }] },
  { text: 'A fragile X mental retardation (FMR1) protein.', expect: [] },
  // A title-case name with a comma in it.
  { text: 'The Occupational Safety, Health and Working Conditions (OSH) Code, 2020 applies.', expect: [{ short: 'OSH', long: 'Occupational Safety, Health and Working Conditions' }] },
  { text: 'The Department of Science, Technology and Environment (DSTE) met.', expect: [{ short: 'DSTE', long: 'Department of Science, Technology and Environment' }] },
  { text: 'Costs rose, while health and working conditions (OSH) worsened.', expect: [] },
  // An official name whose short form leaves out a word or two: read only in title case, every letter a word's initial, from its first word to its last.
  { text: 'The Office of the Registrar General and Census Commissioner, India (ORGI), under the Ministry, conducts the census.', expect: [{ short: 'ORGI', long: 'Office of the Registrar General and Census Commissioner, India' }] },
  { text: 'The Scheme for Implementation of the Rights of Persons with Disabilities Act (SIPDA) funds ramps.', expect: [{ short: 'SIPDA', long: 'Scheme for Implementation of the Rights of Persons with Disabilities Act' }] },
  { text: 'The Office of the Registrar General and Census Commissioner, India (GORI) met.', expect: [] },
  { text: 'The Office of the Registrar General and Census Commissioner, India (ORGC) met.', expect: [] },
  { text: 'The Department of Higher Secondary School Education and Literacy Affairs (DEA) met.', expect: [] },
  // Line forms.
  { text: 'Intro\n*[WTO]: World Trade Organization\n', expect: [{ short: 'WTO', long: 'World Trade Organization' }] },
  { text: 'NATO: North Atlantic Treaty Organization\nEU: the union', expect: [{ short: 'NATO', long: 'North Atlantic Treaty Organization' }] },
  { text: '- **GDPR**: General Data Protection Regulation, an EU law', expect: [{ short: 'GDPR', long: 'General Data Protection Regulation' }] },
  { text: 'VHSIC stands for "Very High Speed Integrated Circuit".', expect: [{ short: 'VHSIC', long: 'Very High Speed Integrated Circuit' }] },
  // Not definitions.
  { text: 'AUKUS (the U.S., the United Kingdom, Australia) met.', expect: [] },
  { text: 'AUKUS (Australia, the United Kingdom and the United States) met.', expect: [] },
  { text: 'As reported (2014), and (see above) and (e.g. NATO) and (Figure 1) show.', expect: [] },
  { text: 'Mutant strains (msh2, msh3, or msh6) were used.', expect: [] },
  { text: 'Contacts involve three peptide residues (pT, +1, and +2 residues) and five others.', expect: [] },
  { text: 'The plant does wafer sorting, assembly, testing and packaging (ATP) work.', expect: [{ short: 'ATP', long: 'assembly, testing and packaging' }] },
  { text: "Micron's assembly, testing, marking, and packaging (ATMP) unit opened.", expect: [{ short: 'ATMP', long: 'assembly, testing, marking, and packaging' }] },
  { text: 'Funds for research, development and innovation (RDII) rose.', expect: [] },
  { text: 'IDDM (indigenously designed, developed and manufactured) equipment comes first.', expect: [{ short: 'IDDM', long: 'indigenously designed, developed and manufactured' }] },
  { text: 'HADR (humanitarian assistance, disaster relief and evacuation) drills were held.', expect: [] },
  { text: 'Under the rules, producers, importers and brand owners (PIBOs) must register.', expect: [{ short: 'PIBOs', long: 'producers, importers and brand owners' }] },
  { text: 'Producers, importers and brand owners (PIBOs) must register.', expect: [{ short: 'PIBOs', long: 'Producers, importers and brand owners' }] },
  { text: 'Most PIBOs (producers, importers and brand owners) have registered.', expect: [{ short: 'PIBOs', long: 'producers, importers and brand owners' }] },
  { text: 'There, the VHSNC (Village Health, Sanitation and Nutrition Committee) reviews the list.', expect: [{ short: 'VHSNC', long: 'Village Health, Sanitation and Nutrition Committee' }] },
  { text: 'Output rose. Exports, imports and tariffs (EXIT) moved.', expect: [] },
  { text: 'The TRAI (Telecom, Regulatory and Authority India) met.', expect: [] },
  { text: 'The cells resisted mitomycin C (MMC; IC50, 2.4 microg/ml) well.', expect: [{ short: 'MMC', long: 'mitomycin C' }] },
  { text: 'Three criteria: (i) the stability of the derivative; (ii) the spacer.', expect: [] },
  { text: 'Gains in life expectancy from medical interventions [letter]', expect: [] },
  { text: 'The yeast Hsp90 (Hsp82) protein.', expect: [] },
  { text: 'Note: this is not a glossary line.', expect: [] },
  { text: 'The aspartyl-tRNA synthetase-tRNA(Asp)complex.', expect: [] },
  { text: '', expect: [] },
];

describe('findAcronymDefinitions', () => {
  for (const c of cases) {
    it(`${c.expect.length ? 'finds' : 'rejects'} ${JSON.stringify(c.text.slice(0, 60))}`, () => check(c.text, c.expect));
  }

  it('reports the form of each definition', () => {
    const forms = (text: string) => findAcronymDefinitions(text).map((p) => p.form);
    assert.deepEqual(forms('World Trade Organization (WTO)'), ['long-short']);
    assert.deepEqual(forms('WTO (World Trade Organization)'), ['short-long']);
    assert.deepEqual(forms('*[WTO]: World Trade Organization'), ['abbr-line']);
    assert.deepEqual(forms('WTO: World Trade Organization'), ['colon']);
    assert.deepEqual(forms('WTO stands for World Trade Organization.'), ['stands-for']);
  });

  it('reports UTF-16 offsets of the short and long forms', () => {
    const text = [
      '😀 Émile wrote: the Defense Acquisition Program Administration (DAPA) and',
      'DAPA (Defense Acquisition Program Administration) and *[L&T]: Larsen & Toubro',
      '*[R&D]: research and development',
      'NATO: North Atlantic Treaty Organization',
      'VHSIC stands for “Very High Speed Integrated Circuit”.',
      'the 21st Conference of the Parties (COP21) and core binding factor beta (CBFbeta).',
    ].join('\n');
    const pairs = findAcronymDefinitions(text);
    assert.equal(pairs.length, 7);
    for (const p of pairs) {
      assert.equal(text.slice(p.shortStart, p.shortStart + p.short.length), p.short);
      assert.equal(text.slice(p.longStart, p.longStart + p.long.length), p.long);
      assert.ok(p.start <= Math.min(p.shortStart, p.longStart) && p.end >= Math.max(p.shortStart + p.short.length, p.longStart + p.long.length));
    }
  });

  it('never throws on odd input', () => {
    const odd = ['(', ')', '()', '[]', '(((', ')))', '*[', '*[]:', 'A:', ' stands for ', '(\u0000)', '\uD800(AB)', 'x (AB', 'AB)'];
    for (const t of odd) assert.doesNotThrow(() => findAcronymDefinitions(t));
    assert.deepEqual(findAcronymDefinitions(undefined as unknown as string), []);
  });

  it('runs in linear time on adversarial input', function () {
    this.timeout(120_000);
    // Each maker builds an input from a repetition count; the big one has 8 times as many repetitions.
    const inputs: [string, (n: number) => string][] = [
      ['capitals', (n) => 'A'.repeat(8 * n)],
      ['open brackets', (n) => '('.repeat(8 * n)],
      ['nested brackets', (n) => '(a '.repeat(n) + ')'.repeat(n)],
      ['bracketed letters', (n) => '(A'.repeat(4 * n)],
      ['one long word', (n) => 'x'.repeat(8 * n) + ' (ABCDEFGHIJKL)'],
      ['near match', (n) => 'Near Match Almost (NMAX), '.repeat(n)],
      ['full windows', (n) => 'alpha beta gamma delta epsilon zeta (ABCDEFGHIJKL) '.repeat(n / 4)],
      ['abbreviation line', (n) => '*[A]: ' + ' '.repeat(8 * n) + 'x'],
      ['glossary lines', (n) => 'NATO: North Atlantic Treaty Organization\n'.repeat(n / 4)],
      ['stands for', (n) => 'X stands for '.repeat(n)],
    ];
    const time = (s: string) => {
      let best = Infinity;
      for (let k = 0; k < 3; k++) {
        const t0 = process.hrtime.bigint();
        findAcronymDefinitions(s);
        best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
      }
      return Math.max(best, 1); // below a millisecond the ratio is noise
    };
    const n = 2_500;
    for (const [name, make] of inputs) {
      const ratio = time(make(8 * n)) / time(make(n));
      assert.ok(ratio < 32, `${name}: time ratio ${ratio.toFixed(1)} for 8x the input`);
    }
  });
});
