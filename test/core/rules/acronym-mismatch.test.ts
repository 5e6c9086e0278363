import { strict as assert } from 'node:assert';
import { table, check, applyFix } from './check';
import { indexOf } from '../../helpers';

const kotra = indexOf([{ name: 'kotra.md', text: 'The Korea Trade-Investment Promotion Agency (KOTRA) opened an office in Delhi.\n' }]);

describe('acronym-mismatch', () => {
  table('acronym-mismatch', [
    ['content words differ', 'The Korea Trade and Investment Agency (KOTRA) helps.', ['Korea Trade and Investment Agency']],
    ['same expansion', 'The Korea Trade-Investment Promotion Agency (KOTRA) helps.', []],
    ['case, hyphens and spaces are tolerated', 'The korea trade investment promotion agency (KOTRA) helps.', []],
    ['"and" for "&" and function words are tolerated', 'The Korea Trade-Investment Promotion Agency of (KOTRA) helps.', []],
    ['an acronym the sources do not define is not checked', 'The Extra Quiet Zone Watch (XQZW) helps.', []],
  ], { index: kotra });

  const pdot = indexOf([{ name: 'pdot.md', text: 'The Pre-Departure Orientation Training (PDOT) programme began in 2018. The Crime and Criminal Tracking Network and Systems (CCTNS) links police stations.\n' }]);
  table('acronym-mismatch', [
    ['an "and" added joins two things: a different name', 'The Pre-Departure Orientation and Training (PDOT) programme began.', ['Pre-Departure Orientation and Training']],
    ['an "and" left out, the same', 'The Crime and Criminal Tracking Network System (CCTNS) links stations.', ['Crime and Criminal Tracking Network System']],
    ['"&" is "and"', 'The Crime & Criminal Tracking Network & Systems (CCTNS) links stations.', []],
  ], { index: pdot });

  const icimod = indexOf([{ name: 'icimod.md', text: 'According to the International Centre for Integrated Mountain Development (ICIMOD), glaciers could lose up to 80 per cent of their volume.\n' }]);
  table('acronym-mismatch', [
    ['a loose expansion starts at the word that gives about as many words as letters', 'The International Centre for Integrated Mountain Research (ICIMOD) warns of glacier loss.', ['International Centre for Integrated Mountain Research']],
    ['the same expansion', 'The International Centre for Integrated Mountain Development (ICIMOD) warns of glacier loss.', []],
  ], { index: icimod });

  const nfhs = indexOf([{ name: 'nfhs.md', text: 'Data are from the National Family Health Survey (NFHS-5), 2019-21.\n' }]);
  table('acronym-mismatch', [
    ['an edition\'s ordinal before the name says which one', 'The fifth National Family Health Survey (NFHS-5) found more anaemia.', []],
    ['with the ordinal, another word still differs', 'The fifth National Family Health Study (NFHS-5) found more anaemia.', ['fifth National Family Health Study']],
    ['a parent body\'s acronym hyphened to the name says whose it is', 'The Indian Veterinary Research Institute (IVRI) made the vaccine.', []],
    ['-re and -er are one spelling', 'Data run on Optical Fiber Cable (OFC).', []],
  ], { index: indexOf([{ name: 'nfhs.md', text: 'Data are from the National Family Health Survey (NFHS-5), 2019-21. The vaccine came from the ICAR-Indian Veterinary Research Institute (IVRI), Izatnagar. Data run on Optical Fibre Cable (OFC).\n' }]) });

  const ibc = indexOf([{ name: 'ibc.md', text: 'The IBC (Insolvency and Bankruptcy Code, 2016) set deadlines.\n' }]);
  table('acronym-mismatch', [
    ["a title's year is no part of the expansion", 'The Insolvency and Bankruptcy Code, 2016 (IBC) set deadlines.', []],
    ['without the year, the same', 'The Insolvency and Bankruptcy Code (IBC) set deadlines.', []],
    ['a different word still differs', 'The Insolvency and Liquidation Code (IBC) set deadlines.', ['Insolvency and Liquidation Code']],
  ], { index: ibc });

  const nemp = indexOf([{ name: 'nemp.md', text: 'The National Catalyser Standardisation Programme (NCSP) sets the rules for analysers.\n' }]);
  table('acronym-mismatch', [
    ['-yser/-yzer and -isation/-ization are one spelling', 'The National Catalyzer Standardization Program (NCSP) met.', []],
    ['a different word still differs', 'The National Catalyzer Certification Program (NCSP) met.', ['National Catalyzer Certification Program']],
  ], { index: nemp });

  const mfn = indexOf([{ name: 'mfn.md', text: 'Tariffs fall to the most-favored-nation (MFN) rate.\n' }]);
  table('acronym-mismatch', [
    ['-our- before an ending is the same spelling', 'The most-favoured-nation (MFN) rate applies.', []],
    ['a different word still differs', 'The most-preferred-nation (MFN) rate applies.', ['most-preferred-nation']],
  ], { index: mfn });

  const cacp = indexOf([{ name: 'cacp.md', text: 'The Commission for Agricultural Costs and Prices (CACP) recommends the Minimum Support Prices (MSPs). The gross enrollment ratio (GER) rose. The Greater Male Connectivity Project (GMCP) began.\n' }]);
  table('acronym-mismatch', [
    ['singular for plural is the same name', "The Commission for Agricultural Cost and Price's (CACP) report came out.", []],
    ['accents fold away ("Malé" is "Male")', 'The Greater Malé Connectivity Project (GMCP) is late.', []],
    ['"enrolment" and "enrollment" are one spelling', 'The Commission for Agricultural Costs and Prices (CACP) counts the Gross Enrolment Ratio (GER).', []],
    ['another form of a word is not ("Pricing" for "Prices")', 'The Commission for Agricultural Costs and Pricing (CACP) reported.', ['Commission for Agricultural Costs and Pricing']],
  ], { index: cacp });

  const oecd = indexOf([{ name: 'oecd.md', text: 'The Organisation for Economic Co-operation and Development (OECD) met in Paris.\n' }]);
  table('acronym-mismatch', [
    ['a hyphenated word written as one, with other spelling', 'The Organization for Economic Cooperation and Development (OECD) met.', []],
    ['a word joined to the next is still a different word', 'The Organization for Economic Cooperation and Reconstruction (OECD) met.', ['Organization for Economic Cooperation and Reconstruction']],
  ], { index: oecd });

  table('acronym-mismatch', [
    ['British and American spelling are tolerated', 'The Defence Acquisition Programme Administration (DAPA) met.', []],
    ['"of"/"for" are tolerated', 'The Agency for Defence Development (ADD) met.', []],
    ['a different content word is flagged', 'The Defense Acquisition Policy Agency (DAPA) met.', ['Defense Acquisition Policy Agency']],
    ['a wrong word that breaks the spelling is flagged', 'The Agency of Defence Research (ADD) tested it.', ['Agency of Defence Research']],
    ['a wrong word that breaks the spelling, after other capitals', 'South Korea\'s Defense Procurement Program Administration (DAPA) met.', ['Defense Procurement Program Administration']],
    ['a name before the bracket is not an expansion', 'Prime Minister Narendra Modi (PM) spoke.', []],
    ['words that do not start with the first letter are not an expansion', 'The Seoul Procurement Office (DAPA) met.', []],
  ]);
  table('acronym-mismatch', [
    ['the same words in another order are the same expansion', "India's External Affairs Ministry (MEA) said so.", []],
    ['words that do not spell it in any order are no expansion', "India's External Trade Ministry (MEA) said so.", []],
  ]);
  it('a reordered expansion is an expansion: the acronym is not undefined', () => {
    check('acronym-undefined', "India's External Affairs Ministry (MEA) said so. The MEA agreed.", []);
  });
  it('a wrong expansion is an expansion: the acronym is not also undefined', () => {
    check('acronym-undefined', 'The Agency of Defence Research (ADD) tested it. ADD agreed.', []);
  });

  describe('a plural wrong expansion is an expansion of the singular', () => {
    const ulb = indexOf([{ name: 'ulb.md', text: 'Grants go to Urban Local Bodies (ULBs) and Panchayati Raj Institutions (PRIs).\n' }]);
    it('flagged as a mismatch, fixed in the plural', () => {
      const draft = 'Grants to Urban Local Governments (ULBs) were made conditional.';
      const [f] = check('acronym-mismatch', draft, ['Urban Local Governments'], { index: ulb });
      assert.equal(applyFix(draft, f), 'Grants to Urban Local Bodies (ULBs) were made conditional.');
    });
    it('and not also as undefined', () => check('acronym-undefined', 'Grants to Urban Local Governments (ULBs) were made conditional. Each ULB must publish accounts.', [], { index: ulb }));
  });

  it('fix: the sources\' expansion', () => {
    const draft = 'The Korea Trade and Investment Agency (KOTRA) helps.';
    const [f] = check('acronym-mismatch', draft, ['Korea Trade and Investment Agency'], { index: kotra });
    assert.match(f.message, /Korea Trade-Investment Promotion Agency/);
    assert.equal(applyFix(draft, f), 'The Korea Trade-Investment Promotion Agency (KOTRA) helps.');
  });
});
