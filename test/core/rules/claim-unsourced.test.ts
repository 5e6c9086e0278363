import { passageFigures } from '../../../server/src/core/extract/figures';
import { strict as assert } from 'node:assert';
import { table, check, applyFix, findings } from './check';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CORPUS_DIR, indexOf } from '../../helpers';
import { quoteAround } from '../../../server/src/core/rules/rule';

describe('claim-unsourced', () => {
  table('claim-unsourced', [
    ['a percentage', "South Korea's defence spending has increased by 25% over the past five years.", ["South Korea's defence spending has increased by 25% over the past five years."]],
    ['a currency amount', 'Trade reached $25 billion last year.', ['Trade reached $25 billion last year.']],
    ['a count of things', 'The army deployed 12,000 troops along the border.', ['The army deployed 12,000 troops along the border.']],
    ['a superlative (in a draft that cites)', 'Trade grew [@002_c4de11b75ff533a8]. India is the largest consumer of Korean defence products in the region.', ['India is the largest consumer of Korean defence products in the region.']],
    ['a ranking (in a draft that cites)', "Trade grew [@002_c4de11b75ff533a8]. Korea is among the world's major defence exporters.", ["Korea is among the world's major defence exporters."]],
    ['a vague attribution', 'According to one estimate, exports will double.', ['According to one estimate, exports will double.']],
    ['experts say', 'Experts say the pact is fragile.', ['Experts say the pact is fragile.']],
    ['a direct quotation', 'He said, "the partnership will define the century for both nations."', ['He said, "the partnership will define the century for both nations."']],
    ['a bare number a verb of change goes from or to counts its subject', 'The number of hallmarking centres rose from 945 to 1,622 over the period.', ['The number of hallmarking centres rose from 945 to 1,622 over the period.']],
    ['years a change goes between are no count', 'The programme ran from 2019 to 2021.', []],
    ['an adverb that opens the sentence before "the" is no imperative', 'Together the two machines give about 20 petaflops.', ['Together the two machines give about 20 petaflops.']],
    ['an ordinal in a compound is no share ("a third-phase proposal")', 'The ministry will place a third-phase proposal before the Cabinet.', []],
    ['the sentence\'s first word is no name that makes its number a label', 'About 10,000 locomotives are to be fitted with the system.', ['About 10,000 locomotives are to be fitted with the system.']],
    ['a year alone is not a statistic', 'The ties date from 1973.', []],
    ['a list number is not a statistic', '1. Introduction of reforms.', []],
    ['an ordinal is not a statistic', 'The sixth round opened in Seoul.', []],
    ['a label\'s number is not a count', 'Tier 2 cities grew, and Phase 3 began under Article 370.', []],
    ['a count after a label is still one', 'Phase 3 trials covered 30,000 people.', ['Phase 3 trials covered 30,000 people.']],
    ['a figure that a recommendation asks for is a target, no claim', 'Extend UDAN to the 50 least-connected districts first. Raise defence spending to 2.5 per cent of GDP. States should add 40 ports by 2030.', []],
    ['a figure in a clause of its own inside advice still claims', 'Extend the scheme, which covers 12 crore farmers, to tenants.', ['Extend the scheme, which covers 12 crore farmers, to tenants.']],
    ['a statement after a verb of advice still claims', 'Cover crops reached 30 lakh hectares in 2023.', ['Cover crops reached 30 lakh hectares in 2023.']],
    ['an answer\'s length or marks is an instruction', 'NOTE: answer in 250 words. Discuss the scheme (15 marks).', []],
    ['a figure in a later clause of advice is a target', 'PPAC should publish refill data every quarter, and the CCEA should review the ₹300 subsidy against refill rates.', []],
    ['"the first ... to" claims primacy', 'It was also the first scheme in India to fix a lending target for every bank branch.', ['It was also the first scheme in India to fix a lending target for every bank branch.']],
    ['"the first step to" and "the first meeting" do not', 'The first step to reform is a census. The first meeting to review the plan was held in May.', []],
    ['a group placed by a phrase that says', 'Colleagues in other States say that audio-only consultations are now common in hilly districts.', ['Colleagues in other States say that audio-only consultations are now common in hilly districts.']],
    ['marks and a word limit in one bracket are an instruction', 'Credit has grown, but its quality is contested. Critically examine. (15 marks, 250 words)', []],
    ['a side of a ratio or a time is no figure', 'Kernels are blended into rice at 1:100 under the standards, and the meeting began at 10:30.', []],
    ['a ranking method is no ranking', 'Districts are ranked on the HVI.', []],
    ['a rank given is one', 'Districts are ranked first on the HVI.', ['Districts are ranked first on the HVI.']],
    ['a labelled word limit is an instruction', 'Discuss the scheme.\n\nWord limit: 250 words.', []],
    ['a measure in small or named units is a figure', 'The town sank by 9 cm in 12 days. Rain reached 310 mm, and PM2.5 averaged 98 µg/m³. The barrage released 2,40,000 cusecs.', ['The town sank by 9 cm in 12 days.', 'Rain reached 310 mm, and PM2.5 averaged 98 µg/m³.', 'The barrage released 2,40,000 cusecs.']],
    ['a count of things a year names ("4,850 of the 2024 samples") is a figure', 'The NDTL analysed 4,850 of the 2024 samples. It tested 120 of the 2023-24 consignments.', ['The NDTL analysed 4,850 of the 2024 samples.', 'It tested 120 of the 2023-24 consignments.']],
    ['"half the job" is a saying, "half the districts" a share', 'Notification is only half the job, and awareness is half the battle. Half the districts have a plan.', ['Half the districts have a plan.']],
    ['"will have to bear 40%" states what a rule imposes, no advice', 'Trade grew [@002_c4de11b75ff533a8]. Karnataka will have to bear 40% of the cost of every project it proposes.', ['Karnataka will have to bear 40% of the cost of every project it proposes.']],
    ['a count of words written is still a figure', 'The Act runs to 25,000 words.', ['The Act runs to 25,000 words.']],
    ['a short scare quote is not a quotation', 'They call it a "special strategic partnership".', []],
    ['cited with [@key]', 'Spending rose by 18% [@002_c4de11b75ff533a8].', []],
    ['cited with a footnote', 'Spending rose by 18%.[^1]\n\n[^1]: IISS.', []],
    ['cited with a bare @key before a bracketed citation in the same paragraph', 'Spending rose by 18% (@002_c4de11b75ff533a8).\nTrade grew by 7% [@002_c4de11b75ff533a8].', []],
    ['cited with a link', 'Spending rose by 18% ([IISS](https://iiss.org)).', []],
    ['a heading is not a claim', '# The largest exporter', []],
    ['a figure in a table with no source anywhere', '| Indicator | Value |\n|---|---|\n| Defence exports | $3 billion |\n', ['$3 billion']],
    ['a citation in the same row covers its cells', '| Indicator | Value | Source |\n|---|---|---|\n| Trade | $25 billion | [@002_c4de11b75ff533a8] |\n| Exports | $3 billion | |\n', ['$3 billion']],
    ['a source line under the table covers it', '| Indicator | Value |\n|---|---|\n| Trade | $25 billion |\n\nSource: [@002_c4de11b75ff533a8]\n', []],
    ['a caption with a citation above the table covers it', 'Table 1. Trade in 2023 [@002_c4de11b75ff533a8].\n\n| Indicator | Value |\n|---|---|\n| Trade | $25 billion |\n', []],
    ['a cited paragraph further away does not', 'Trade grew [@002_c4de11b75ff533a8].\n\nAn unrelated paragraph.\n\n| Indicator | Value |\n|---|---|\n| Trade | $25 billion |\n', ['$25 billion']],
    ['a comparison with every other is a ranking', 'Incidence has fallen faster in India than in any other high-burden country. Its rate is lower than that of every other South Asian country.', ['Incidence has fallen faster in India than in any other high-burden country.', 'Its rate is lower than that of every other South Asian country.']],
    ['a hyphenated rank', "Trade grew [@002_c4de11b75ff533a8]. The UAE is now India's second-largest export destination.", ["The UAE is now India's second-largest export destination."]],
    ['a comparison with one other is not', 'Incidence has fallen faster in India than in Nepal.', []],
    ['a recommendation is no ranking claim', '**Prioritise the most vulnerable.** Focus on the largest emitters first.', []],
    ['a recommendation with a plain object and no verb after it', 'Fund awareness camps in the districts with the most exports.', []],
    ['a recommendation with a named object', 'Extend PM-KISAN to tenant farmers, starting with the most drought-prone districts.', []],
    ['a statement that opens with a noun like a verb', 'Trade grew [@002_c4de11b75ff533a8]. Cover crops are the most effective defence against erosion.', ['Cover crops are the most effective defence against erosion.']],
    ['a noun that looks like a verb of advice still claims', 'Target figures for the region are the highest in Asia.', ['Target figures for the region are the highest in Asia.']],
    ['any superlative in -est', 'It was the cheapest lunar mission ever flown.', ['It was the cheapest lunar mission ever flown.']],
    ['a superlative in -iest', "Mumbai has the busiest port on India's west coast.", ["Mumbai has the busiest port on India's west coast."]],
    ['words in -est that are not superlatives', 'The latest round served the interest of the West, and the rest of the forest guests. The contest and the protest went on.', []],
    ['an exam question\'s premise is the examiner\'s, not the writer\'s claim', '**Q. Despite a long list of waiting parents, thousands of children grow up in institutions in India. Examine the reasons. (15 marks, 250 words)**\n\nThousands of children grow up in institutions in India.', ['Thousands of children grow up in institutions in India.']],
    ['a superlative that judges rather than ranks is the writer\'s own view', 'The clearest picture of the problem comes from the Bureau. This brief argues that the quickest relief lies in three tools the State already has.', []],
    ['one that ranks over time is a claim', 'It is the clearest test yet of whether the partnership can deliver.', ['It is the clearest test yet of whether the partnership can deliver.']],
    ['an imprest is an advance, not a superlative', 'This note collects material for a briefing on the imprest scheme and the Surat Diamond Bourse.', []],
    ['according to unnamed estimates', 'According to industry estimates, private launches will triple.', ['According to industry estimates, private launches will triple.']],
    ['according to a named source is not vague', 'According to the World Bank, trade will recover.', []],
    ['most of an unnamed group believe', 'Trade grew [@x]. Most conservation architects believe the old lime mortar should be kept.', ['Most conservation architects believe the old lime mortar should be kept.']],
    ['any unnamed group that says', 'Rating agencies say the deficit will widen. Exports rose, but many exporters warn of a slowdown.', ['Rating agencies say the deficit will widen.', 'Exports rose, but many exporters warn of a slowdown.']],
    ['a group that claims something, not one that makes a claim', 'Farmers claim that payouts are late. Farmers claim insurance under the scheme.', ['Farmers claim that payouts are late.']],
    ['a named source or a thing that says little is no vague attribution', 'The census says the city grew. Prices say little about demand.', []],
    ['a count in words', 'One hundred cities joined the mission. Twenty-five per cent of farmers enrolled.', ['One hundred cities joined the mission.', 'Twenty-five per cent of farmers enrolled.']],
    ['one of anything is no count', 'One city joined first, and two of the projects opened.', []],
    ['a quotation over two sentences is one claim', 'Trade grew [@x]. A geologist put it bluntly: "The maps exist. What does not exist yet is a warning that reaches a family." The rest is silence.', ['A geologist put it bluntly: "The maps exist.']],
    ['a quotation over two sentences cited at its end', 'Trade grew [@x]. A geologist put it bluntly: "The maps exist. What does not exist yet is a warning that reaches a family." [@x]', []],
    ['advice with any verb is no ranking', '- Fold the cesses into the basic rates, starting with the largest.\n- Staff the benches so that the oldest appeals are heard first.', []],
    ['a ranking in a clause of its own before advice still claims', 'Bamboo is the fastest-growing plant on earth, so supply should recover quickly after harvest. States should plant the fastest-growing species first.', ['Bamboo is the fastest-growing plant on earth, so supply should recover quickly after harvest.']],
    ['advice that asks for half of something is no statistic', 'Trade grew [@x].\n\n- Reserve half the park\'s purchase quota for women farmers.', []],
    ['advice with two verbs before a number is no statistic', 'Trade grew [@x].\n\n- Insulate or bury 11 kV lines within one kilometre of every mapped corridor.', []],
    ['a name and a count is a statistic', 'Trade grew [@x].\n\nKerala and others added 11 lakh members in 2024.', ['Kerala and others added 11 lakh members in 2024.']],
    ['a footnote\'s text is the source, not a claim', 'Trade grew [@x].[^3]\n\n[^3]: L. Singh, "Reigniting the flame of India-Korea defence cooperation", The Hindu, 2024, p. 45%.', []],
    ['"several billion dollars" is no figure', 'Trade grew [@x]. Trade reached several billion dollars a year.', []],
    ['"Articles 323A and 323B" are labels, not 323 billion', 'Trade grew [@x]. Tribunals were created under Articles 323A and 323B to take disputes off the High Courts.', []],
    ['"Table 1 shows ..." numbers a table, no figure', 'Trade grew [@x]. Table 1 shows the position as of 30 September 2024. Figure 2 shows the trend.', []],
    ['"found that 41 per cent" opens a clause: "that" names no figure there', 'The audit found gaps [@x]. It also found that 41 per cent had no separate toilets for women.', ['It also found that 41 per cent had no separate toilets for women.']],
    ['a question or a research task asserts nothing', 'Did all 208 projects start on time?\n\n- Ask the NPG secretariat for the list of the 208 projects.\n- [ ] Verify the 12% figure with NITI Aayog.', []],
    ['a question someone may ask, asked indirectly, asserts nothing', 'Members may ask how many of the 38 defaulting mills also hold state guarantees, and whether recoveries have begun.\n\nThe committee should check whether the 12% figure was revised.', []],
    ['a statement with a modal is still one', 'Members may note that 38 mills defaulted in 2023.', ['Members may note that 38 mills defaulted in 2023.']],
    ['a question to ask with a claim beside it still claims', 'The audit will check whether beneficiaries were paid; 40 per cent were not.\n\nThe ministry will examine why 40 per cent of funds lapsed.', ['The audit will check whether beneficiaries were paid; 40 per cent were not.', 'The ministry will examine why 40 per cent of funds lapsed.']],
    ['a plural acronym after a name is labelled, not counted', 'Under AMRUT 2.0 STPs will be built in every ward.', []],
    ['"once a quarter of the year had passed" is a share', 'Exports rose once a quarter of the year had passed.', ['Exports rose once a quarter of the year had passed.']],
    ['a statement that opens with such a word still claims', 'Call centres handled 2 lakh complaints. Checks on 208 projects found 12% delayed.', ['Call centres handled 2 lakh complaints.', 'Checks on 208 projects found 12% delayed.']],
  ]);

  it('a quotation is supported only by a source that has its words', () => {
    const index = indexOf([{ name: 'space.md', text: 'The chairman said the Moon was reached safely after a last-minute correction.\n' }]);
    const [f] = findings('claim-unsourced', '"We have reached the Moon at last, and safely," the chairman said.', { index });
    assert.match(f.message, /no source supports it/);
    assert.equal(f.fixes.length, 0);
    const quoted = indexOf([{ name: 'q.md', text: 'The chairman told reporters: "We have reached the Moon at last, and safely."\n' }]);
    const [g] = findings('claim-unsourced', 'Trade grew [@x]. "We have reached the Moon at last, and safely," the chairman said.', { index: quoted });
    assert.match(g.message, /supports it/);
  });

  it('a quotation from the middle of a longer one is found by its own words, a short one as written', () => {
    const index = indexOf([{ name: 'nqm.md', text: 'Prof. Anil Deshpande, Secretary of the Department of Science and Technology, said: "Two years in, the mission has moved from announcements to laboratories. The hubs are the engine, and startups show that Indian hardware is no longer a distant goal."\n' }]);
    const s = { dossier: { claims: { requireCitation: 'unsupported' } } };
    check('claim-unsourced', 'It is run by the Department of Science and Technology (DST), whose Secretary, Prof. Anil Deshpande, has said that "the hubs are the engine" of the mission.', [], { index, settings: s });
    check('claim-unsourced', 'Its Secretary, Prof. Anil Deshpande, has said that "the hubs are failing us" now.', ['Its Secretary, Prof. Anil Deshpande, has said that "the hubs are failing us" now.'], { index, settings: s });
    check('claim-unsourced', 'Its Secretary, Prof. Anil Deshpande, has said that Indian hardware is no longer "a distant goal".', [], { index, settings: s });
    check('claim-unsourced', 'Its Secretary, Prof. Anil Deshpande, has said that Indian hardware is no longer "a distant dream".', ['Its Secretary, Prof. Anil Deshpande, has said that Indian hardware is no longer "a distant dream".'], { index, settings: s });
  });

  it('names the supporting source and offers to cite it', () => {
    const draft = 'Trade grew [@002_c4de11b75ff533a8]. India is the largest consumer of Korean defence products in the region.';
    const [f] = findings('claim-unsourced', draft);
    assert.match(f.message, /supports it/);
    assert.equal(f.evidence[0].docKey, '001_6c54e90040af64f0');
    assert.equal(applyFix(draft, f), 'Trade grew [@002_c4de11b75ff533a8]. India is the largest consumer of Korean defence products in the region [@001_6c54e90040af64f0].');
  });

  it("a figure's sentence is read with the sentences before it, which name its subject", () => {
    const index = indexOf([{ name: 'gw.md', text: 'The Central Ground Water Board (CGWB) assesses the country\'s groundwater with the States. Its 2024 assessment put annual extraction at 245 bcm. Of the 6,746 assessment units, 751 were over-exploited and 89 were critical.\n' }]);
    const [f] = findings('claim-unsourced', 'Trade grew [@x]. The Central Ground Water Board found that 751 of 6,746 assessment units were over-exploited.', { index });
    assert.match(f.message, /supports it/);
    assert.match(f.message, /Of the 6,746 assessment units/);
    // Without the figure, the sentences before do not make a passage support a claim.
    const [g] = findings('claim-unsourced', 'Trade grew [@x]. The Central Ground Water Board found that 640 of 6,900 assessment units were over-exploited.', { index });
    assert.match(g.message, /no source supports it/);
  });

  it("a source's acronym carries the claim's long form, and the other way round", () => {
    const index = indexOf([{ name: 'msp.md', text: 'The Minimum Support Price (MSP) is announced before each season.\n\nThe MSP for common paddy has been fixed at ₹2,369 per quintal, an increase of ₹69 over the previous year.\n' }]);
    const s = { dossier: { claims: { requireCitation: 'unsupported' } } };
    check('claim-unsourced', 'An assured Minimum Support Price for paddy, now ₹2,369 per quintal, keeps farmers on the crop.', [], { index, settings: s });
    check('claim-unsourced', 'An assured Minimum Support Price for paddy, now ₹2,469 per quintal, keeps farmers on the crop.', ['An assured Minimum Support Price for paddy, now ₹2,469 per quintal, keeps farmers on the crop.'], { index, settings: s });
  });

  it('a split written as a ratio of a hundred backs its percentages ("in the ratio 51:49")', () => {
    const index = indexOf([{ name: 'mitra.md', text: 'Each PM MITRA park is developed by a Special Purpose Vehicle (SPV) owned by the State Government and the Central Government in the ratio 51:49.\n' }]);
    const s = { dossier: { claims: { requireCitation: 'unsupported' } } };
    check('claim-unsourced', 'Each PM MITRA park is run by an SPV in which the State holds 51 percent and the Centre 49 percent.', [], { index, settings: s });
    check('claim-unsourced', 'Each PM MITRA park is run by an SPV in which the State holds 60 percent and the Centre 40 percent.', ['Each PM MITRA park is run by an SPV in which the State holds 60 percent and the Centre 40 percent.'], { index, settings: s });
  });

  it('a source\'s round number without its noun backs the draft\'s ("more than a million" for "more than a million people")', () => {
    const index = indexOf([{ name: 'ncap.md', text: 'Forty-two cities and urban agglomerations with a population of more than a million receive their grants through the Million Plus Cities Challenge Fund.\n' }]);
    const s = { dossier: { claims: { requireCitation: 'unsupported' } } };
    check('claim-unsourced', 'Cities with more than a million people are funded through the Million Plus Cities Challenge Fund.', [], { index, settings: s });
    check('claim-unsourced', 'Cities with more than a billion people are funded through the Million Plus Cities Challenge Fund.', ['Cities with more than a billion people are funded through the Million Plus Cities Challenge Fund.'], { index, settings: s });
  });

  it('a plain figure is a rounding of a source\'s only within 5 per cent ("40 percent" is not 35)', () => {
    const index = indexOf([{ name: 'iwt.md', text: 'The scheme reimburses up to 35 percent of the operating cost of long-haul cargo moved on the river. Freight on the river costs 17.8 percent less than by road.\n' }]);
    const s = { dossier: { claims: { requireCitation: 'unsupported' } } };
    check('claim-unsourced', 'The scheme reimburses 40 percent of the operating cost of river cargo.', ['The scheme reimburses 40 percent of the operating cost of river cargo.'], { index, settings: s });
    check('claim-unsourced', 'The scheme reimburses 35 percent of the operating cost of river cargo.', [], { index, settings: s });
    check('claim-unsourced', 'Freight on the river costs 18 percent less than by road.', [], { index, settings: s });
  });

  it('two claims joined in one sentence may stand on two passages', () => {
    const index = indexOf([
      { name: 'brief.md', text: "India accounts for about 20 percent of the world's semiconductor design engineers, according to industry estimates.\n\nThe Quad launched its supply chain initiative in 2021.\n" },
      { name: 'faq.md', text: 'The Chips to Startup (C2S) programme aims to train 85,000 engineers in chip design over five years.\n\nIndia still ranks ninth in the world in back-end assembly capacity.\n' },
    ]);
    const s = { dossier: { claims: { requireCitation: 'unsupported' } } };
    const both = "About 20 percent of the world's semiconductor design engineers work in India, and the Chips to Startup (C2S) programme aims to train 85,000 engineers in chip design.";
    check('claim-unsourced', both, [], { index, settings: s });
    check('claim-unsourced', 'The Quad launched its supply chain initiative in 2021, but India still ranks ninth in the world in back-end assembly capacity.', [], { index, settings: s });
    // A ranking clause that no passage backs leaves the sentence unsupported.
    const half = 'The Quad launched its supply chain initiative in 2021, but India still ranks fourth in the world in back-end assembly capacity.';
    check('claim-unsourced', half, [half], { index, settings: s });
    // Under `always`, the fix cites both sources.
    const [f] = check('claim-unsourced', `Design grew [@brief]. ${both}`, [both], { index });
    assert.match(applyFix(`Design grew [@brief]. ${both}`, f), /chip design \[@brief; @faq\]\.$/);
  });

  it('a passage that opens with a pronoun is read with the sentence before it in full', () => {
    const index = indexOf([{ name: 'gst.txt', text: 'All individual life insurance and health insurance policies will be exempt from GST. They are currently taxed at 18 per cent. The Council also cut rates on cement.\n' }]);
    const s = { dossier: { claims: { requireCitation: 'unsupported' } } };
    check('claim-unsourced', 'Individual life and health insurance policies were exempted, removing an 18 per cent levy on household premiums.', [], { index, settings: s });
    check('claim-unsourced', 'Individual life and health insurance policies were exempted, removing a 12 per cent levy on household premiums.', ['Individual life and health insurance policies were exempted, removing a 12 per cent levy on household premiums.'], { index, settings: s });
  });

  it('"The ratio" is searched with the name the sentence before gave it', () => {
    const index = indexOf([{ name: 'aishe.txt', text: 'According to the survey, enrolment in higher education rose to 4.33 crore, and the GER for the age group 18 to 23 reached 28.4 per cent.\n\nThe gross enrolment ratio (GER) is the share of the age group enrolled.\n' }]);
    const s = { dossier: { claims: { requireCitation: 'unsupported' } } };
    check('claim-unsourced', 'It aims at a Gross Enrolment Ratio (GER) of 50 per cent by 2035. The ratio stood at 28.4 per cent in 2021-22.', ['It aims at a Gross Enrolment Ratio (GER) of 50 per cent by 2035.'], { index, settings: s });
  });

  it('"lakh crore", megawatts, and any plural after digits', () => {
    const index = indexOf([{ name: 'power.md', text: 'Bids worth ₹1,50,173 crore were received. India will import 10,000 megawatts of power from Nepal. The regulator received 31 comments on the paper.\n' }]);
    const s = { dossier: { claims: { requireCitation: 'unsupported' } } };
    check('claim-unsourced', 'Bids of over ₹1.5 lakh crore were received. India will import 10,000 MW of power from Nepal. The regulator received 31 comments on the paper.', [], { index, settings: s });
    check('claim-unsourced', 'The regulator received 45 comments on the paper.', ['The regulator received 45 comments on the paper.'], { index, settings: s });
    check('claim-unsourced', 'Tie the largest share of PMKVY 4.0 funds to placement. The scheme ran for 5 years.', [], { index, settings: s });
  });

  it('digits grouped the Indian way ("1,04,125") are one number', () => {
    const index = indexOf([{ name: 'schools.md', text: 'The scheme has funded 1,04,125 schools so far.\n' }]);
    const s = { dossier: { claims: { requireCitation: 'unsupported' } } };
    check('claim-unsourced', 'The scheme has funded 104,125 schools.', [], { index, settings: s });
    check('claim-unsourced', 'The scheme has funded 4,125 schools.', ['The scheme has funded 4,125 schools.'], { index, settings: s });
  });

  it('a supported figure does not carry a ranking its passage does not make', () => {
    const index = indexOf([{ name: 'air.md', text: 'Delhi\'s PM10 level fell by 9 per cent between 2017-18 and 2024-25.\n' }]);
    const s = { dossier: { claims: { requireCitation: 'unsupported' } } };
    check('claim-unsourced', 'Delhi is the most polluted capital in the world, and its PM10 level fell by 9 per cent since 2017-18.', ['Delhi is the most polluted capital in the world, and its PM10 level fell by 9 per cent since 2017-18.'], { index, settings: s });
    check('claim-unsourced', 'Delhi\'s PM10 level fell by 9 per cent since 2017-18.', [], { index, settings: s });
  });

  it('a ranking is judged by its own phrase and the names of its sentence', () => {
    const index = indexOf([{ name: 'korea.md', text: 'It is incumbent upon Korea to comprehend that India is not merely the largest consumer of defence products.\n' }]);
    const s = { dossier: { claims: { requireCitation: 'unsupported' } } };
    check('claim-unsourced', 'As the largest consumer of Korean defence products, India is still seen in Seoul mainly as a customer.', [], { index, settings: s });
    check('claim-unsourced', 'As the largest exporter of Korean defence products, India is still seen in Seoul mainly as a customer.', ['As the largest exporter of Korean defence products, India is still seen in Seoul mainly as a customer.'], { index, settings: s });
  });

  it('a draft that cites nothing (an exam answer) is told only of the claims no source supports', () => {
    const supported = 'India is the largest consumer of Korean defence products in the region.';
    const unsupported = "South Korea's defence spending has increased by 25% over the past five years.";
    check('claim-unsourced', `${supported} ${unsupported}`, [unsupported]);
    // Its first citation makes it a cited draft: every uncited claim is reported again.
    check('claim-unsourced', `${supported} ${unsupported} Trade grew [@002_c4de11b75ff533a8].`, [supported, unsupported]);
    // And "unsupported" or "off", set, hold whatever the draft cites.
    check('claim-unsourced', `${supported} ${unsupported}`, [], { settings: { claims: { requireCitation: 'off' } } });
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

  it('a share in words near a claim\'s figure is no figure of three digits shared ("about a third" is 33.3)', () => {
    const index = indexOf([
      { name: 'water.md', text: '# Water\n\nThe city loses about 27 per cent of the water it supplies to leakage and theft. Halving these losses would yield around 530 MLD, about a third of what the Pinjal link would add, at a fraction of the cost.\n' },
      { name: 'dams.md', text: '# Dams\n\nThe two dams of the Pinjal link need 1,020 hectares of forest land. The link will supply the city from 2031.\n' },
      { name: 'demand.md', text: '# Demand\n\nDemand management is cheaper than new dams, the brief says. Water demand will come first in the plan.\n' },
      { name: 'lakes.md', text: '# Lakes\n\nMumbai gets its water from seven lakes. The lakes fill in the monsoon.\n' },
    ]);
    const claim = 'The city loses close to 35 per cent of its supply to leakage and theft, so demand management should come first.';
    check('claim-unsourced', claim, [claim], { index, settings: { dossier: { claims: { requireCitation: 'unsupported' } } } });
  });

  it('a source\'s "the number of <things> now stands at 16" counts those things', () => {
    const index = indexOf([
      { name: 'oss.md', text: '# OSS\n\nThe Harbour One-Stop Solution (HOSS) was launched on 21 October 2024. Thirteen schemes were integrated at launch; the number of integrated central schemes now stands at 16, including the Harbour Ration Card scheme.\n' },
      { name: 'other.md', text: '# Other\n\nThe portal registered 30 crore workers by March 2025.\n' },
    ]);
    const s = { dossier: { claims: { requireCitation: 'unsupported' } } };
    check('claim-unsourced', 'The HOSS now integrates 16 central schemes, including the ration card.', [], { index, settings: s });
    check('claim-unsourced', 'The HOSS now integrates 18 central schemes, including the ration card.', ['The HOSS now integrates 18 central schemes, including the ration card.'], { index, settings: s });
  });

  it('a source\'s "200 mills — 99 cooperative and 101 private —" counts each kind', () => {
    const index = indexOf([
      { name: 'mills.md', text: '# Mills\n\nThe Commissioner said 200 mills — 99 cooperative and 101 private — had started crushing this season, against 207 the year before.\n' },
      { name: 'other.md', text: '# Other\n\nThe state produced 110 lakh tonnes of sugar in 2023-24.\n' },
    ]);
    const s = { dossier: { claims: { requireCitation: 'unsupported' } } };
    check('claim-unsourced', 'This season, 99 cooperative and 101 private mills started crushing.', [], { index, settings: s });
    check('claim-unsourced', 'This season, 99 cooperative and 105 private mills started crushing.', ['This season, 99 cooperative and 105 private mills started crushing.'], { index, settings: s });
    // (Not years: "between the 2019 polls and 2024 polls" counts nothing.)
    assert.deepEqual(passageFigures('Turnout rose between the 2019 polls and 2024 polls.').map((f) => f.text), []);
    assert.deepEqual(passageFigures('The number of applicants was 2024 in all.').map((f) => f.text), []);
    // (A hedged cell's span is its number: "| about 2,509 | 12% |" gives both.)
    assert.deepEqual(passageFigures('| Families | about 2,509 | 12% |').map((f) => f.text).sort(), ['12%', '2,509']);
    assert.deepEqual(passageFigures('| Age group | Over 60 | 18-59 |').map((f) => f.text), []);
    // (A letter after a number scales it, but for a label after a label like it: "323A and 323B".)
    assert.deepEqual(passageFigures('About 5m people and 10k users joined; Articles 323A and 323B apply.').map((f) => f.value), [5000000, 10000]);
  });

  it('a unit whose letters hold a scale ("1,580 MLD") is that many million litres', () => {
    const index = indexOf([
      { name: 'link.md', text: '# Link\n\nOnce complete, the Pinjal link is expected to add about 1,580 MLD to the city\'s supply.\n' },
      { name: 'other.md', text: '# Other\n\nThe state produced 110 lakh tonnes of sugar in 2023-24.\n' },
    ]);
    const s = { dossier: { claims: { requireCitation: 'unsupported' } } };
    check('claim-unsourced', 'The Pinjal link will add about 1,580 million litres per day (MLD) to the city\'s supply.', [], { index, settings: s });
    check('claim-unsourced', 'The Pinjal link will add about 2,580 million litres per day (MLD) to the city\'s supply.', ["The Pinjal link will add about 2,580 million litres per day (MLD) to the city's supply."], { index, settings: s });
  });

  it('a table cell with a hedge before its number ("| Families to be displaced | about 2,509 |") gives the figure', () => {
    const index = indexOf([
      { name: 'brief.md', text: '# Brief\n\n| Feature | Tapi link | Pinjal link |\n|---|---|---|\n| Villages affected | 61 | 12 |\n| Families to be displaced | about 2,509 | about 1,530 |\n' },
      { name: 'other.md', text: '# Other\n\nThe state produced 110 lakh tonnes of sugar in 2023-24.\n' },
    ]);
    const s = { dossier: { claims: { requireCitation: 'unsupported' } } };
    check('claim-unsourced', 'The Tapi link would displace about 2,509 families.', [], { index, settings: s });
    check('claim-unsourced', 'The Tapi link would displace about 3,509 families.', ['The Tapi link would displace about 3,509 families.'], { index, settings: s });
  });

  it('a leading "With ..." phrase that holds the figures is what a passage must back', () => {
    const index = indexOf([
      { name: 'nalsa.md', text: '# NALSA\n\nAccording to NALSA, Harbour Defence Counsel offices (HDCS) were functional in 610 districts at the end of 2024.\n' },
      { name: 'brief.md', text: '# Brief\n\nThe team released a brief on legal aid capacity on March 3, 2025, which found wide variation between districts in the quality of legal aid. The next step for the courts is to hire more staff.\n' },
    ]);
    const s = { dossier: { claims: { requireCitation: 'unsupported' } } };
    check('claim-unsourced', 'With the HDCS now in 610 districts, the next step is to make legal aid as good as it is wide.', [], { index, settings: s });
    check('claim-unsourced', 'With the HDCS now in 710 districts, the next step is to make legal aid as good as it is wide.', ['With the HDCS now in 710 districts, the next step is to make legal aid as good as it is wide.'], { index, settings: s });
  });

  it('a count of the very things the claim counts, in the same words ("37 recommendations"), backs it with fewer shared words', () => {
    const index = indexOf([
      { name: 'pib.md', text: '# Harbour Expert Committee\n\nThe Union Ministry of Ports constituted the Harbour Expert Committee (HEC) on 22 June 2024 under a former chairman of the Space Commission, and its members were drawn from across the country.\n\n## Key recommendations\n\nThe report makes 37 recommendations. Among them, the committee recommended online tests.\n' },
      { name: 'other.md', text: '# Other\n\nThe state produced 110 lakh tonnes of sugar in 2023-24.\n' },
      { name: 'audit.md', text: '# Audit\n\nThe audit report made several recommendations on ports and submitted them to Parliament.\n' },
      { name: 'review.md', text: '# Review\n\nA review report in 2023 listed recommendations for the shipping board.\n' },
    ]);
    const s = { dossier: { claims: { requireCitation: 'unsupported' } } };
    check('claim-unsourced', 'The HEC submitted its final report on 21 October 2024 with 37 recommendations, including:', [], { index, settings: s });
    check('claim-unsourced', 'The HEC submitted its final report on 21 October 2024 with 39 recommendations, including:', ['The HEC submitted its final report on 21 October 2024 with 39 recommendations, including:'], { index, settings: s });
  });

  it('a number before a plural acronym counts them ("operates 14 ICPs")', () => {
    const index = indexOf([
      { name: 'pib.md', text: '# Ports\n\nThe Land Ports Authority of India (LPAI) today operates 14 ICPs on India\'s borders with Bangladesh, Nepal, Pakistan and Myanmar.\n' },
      { name: 'other.md', text: '# Other\n\nThe state produced 110 lakh tonnes of sugar in 2023-24.\n' },
    ]);
    const s = { dossier: { claims: { requireCitation: 'unsupported' } } };
    check('claim-unsourced', 'The LPAI operates 14 such posts today.', [], { index, settings: s });
    check('claim-unsourced', 'The LPAI operates 16 such posts today.', ['The LPAI operates 16 such posts today.'], { index, settings: s });
  });

  it('a passage with the claim\'s very figure of four digits or more before the same word backs it ("India\'s 7,516.6 km coastline")', () => {
    const index = indexOf([
      { name: 'pib.md', text: '# Phases\n\nTogether, the two phases created the 204 marine police stations that now watch India\'s 7,516.6 km coastline, of which 5,422.6 km lies along the mainland.\n' },
      { name: 'css.md', text: '# Scheme\n\nThe Harbour Security Scheme is a centrally sponsored scheme of the Ministry of Home Affairs (MHA) that funds marine police stations, boats and jetties in the coastal States.\n' },
    ]);
    const s = { dossier: { claims: { requireCitation: 'unsupported' } } };
    const claim = 'The Harbour Security Scheme (HSS), a centrally sponsored scheme of the Ministry of Home Affairs (MHA), is the main instrument through which the Centre helps the coastal States police the shallow waters along India\'s 7,516.6 km coastline.';
    check('claim-unsourced', claim, [], { index, settings: s });
    check('claim-unsourced', claim.replace('7,516.6', '7,561.6'), [claim.replace('7,516.6', '7,561.6')], { index, settings: s });
  });

  describe('rounded figures, shares in words and advice with a subject', () => {
    const index = indexOf([{ name: 'grid.md', text: '# Grid\n\nThe RDSS has sanctioned about 20.3 crore prepaid smart meters for consumers. Coal fuels about 74 per cent of India\'s electricity. Nine in ten farm workers hold informal jobs.\n\nThe Fiscal Council is a seven-member statutory body set up under the Fiscal Responsibility Act. Central government debt is to fall to 50 ± 1 per cent of GDP by 31 March 2031. The Vishwakarma scheme supports artisans in 18 trades with toolkits and loans. The Smart Cities Mission selected 100 cities for funding.\n' }]);
    const s = { dossier: { claims: { requireCitation: 'unsupported' } } };
    table('claim-unsourced', [
      ['a hedged figure is the source\'s, rounded', 'The RDSS has sanctioned about 20 crore prepaid smart meters.', []],
      ['a plain figure rounded to its digits', 'The RDSS has sanctioned 20 crore prepaid smart meters.', []],
      ['a figure off by more than rounding is not', 'The RDSS has sanctioned 25 crore prepaid smart meters.', ['The RDSS has sanctioned 25 crore prepaid smart meters.']],
      ['"about three-quarters" is about 74 per cent', "Coal generates about three-quarters of India's electricity.", []],
      ['"nine in ten" is 90 per cent', 'Nine in ten farm workers hold informal jobs.', []],
      ['"one hundred cities" is 100 cities', 'One hundred cities were selected by the Smart Cities Mission.', []],
      ['"two hundred cities" is not', 'Two hundred cities were selected by the Smart Cities Mission.', ['Two hundred cities were selected by the Smart Cities Mission.']],
      ['"half of" a share no source gives', "Coal generates half of India's electricity.", ["Coal generates half of India's electricity."]],
      ['"a seven-member body" counts its members', 'The Fiscal Council has seven members under the Fiscal Responsibility Act.', []],
      ['"50 ± 1 per cent" is 50 per cent', 'Central government debt is to fall to about 50 per cent of GDP by 31 March 2031.', []],
      ['"It" is searched with the subject before it', 'The Fiscal Council is a statutory body. It has seven members.', []],
      ['a ranking is supported only by a passage that ranks', 'The Vishwakarma scheme is the largest programme for artisans in the world.', ['The Vishwakarma scheme is the largest programme for artisans in the world.']],
    ], { index, settings: s });
    table('claim-unsourced', [
      ['advice with a modal is no ranking', 'States should meter the most loss-making feeders first.', []],
      ['"should be the largest" is a claim', 'India should be the largest market for meters.', ['India should be the largest market for meters.']],
      ['an imperative to install', 'Install smart meters on the feeders with the highest losses.', []],
      ['a superlative that picks out which ones ranks nothing', 'Report job creation, starting with the States that have the most registered firms.', []],
      ['"among the ones with the highest" ranks', 'India is among the countries with the highest solar growth.', ['India is among the countries with the highest solar growth.']],
      ['a group that says is a vague attribution', "Employers' associations say the reform will create jobs.", ["Employers' associations say the reform will create jobs."]],
      ['so is one placed somewhere', 'Officials in New Delhi say the reform will create jobs.', ['Officials in New Delhi say the reform will create jobs.']],
      ['"100 of them" is a count', 'More than 100 of them have joined the army.', ['More than 100 of them have joined the army.']],
      ['"a fifth of" is a share', "Korean firms supply a fifth of the army's artillery.", ["Korean firms supply a fifth of the army's artillery."]],
      ['"a third site" is an ordinal, no share', 'The institute will finish surveying a third site next year.', []],
      ['"fell by a third in" is a share', 'Army artillery imports fell by a third in the decade.', ['Army artillery imports fell by a third in the decade.']],
      ['"once a quarter" says how often, no share', 'The review committee meets only once a quarter.', []],
    ]);
  });
});

describe('claim-unsourced: scaled counts in words, elided nouns, places of a rough figure', () => {
  const index = indexOf([
    { name: 'toilets.md', text: '# Toilets\n\nThe share of rural households with a toilet rose from about 39 percent in 2014 to over 95 percent in 2019. The Mission aims to place the State among the top 10 sanitation performers by 2030 and among the top 5 by 2047.\n\nKerala reached 98 percent coverage in 2018.\n' },
    { name: 'other.md', text: '# Other\n\nBihar and Kerala report on sanitation every year. Bihar runs a helpline.\n' },
    { name: 'third.md', text: '# Third\n\nFaecal sludge plants treat waste in many districts.\n' },
    { name: 'noise.md', text: '# Noise\n\nThe amended rules came into force on 1 January 2025 and apply to every city with a population of more than five lakh.\n' },
  ]);
  const s = { dossier: { claims: { requireCitation: 'unsupported' } } };
  table('claim-unsourced', [
    ['"three lakh lives" is a statistic', 'The Mission has saved more than three lakh lives.', ['The Mission has saved more than three lakh lives.']],
    ['"according to global health experts" is a vague attribution', 'According to global health experts, the Mission changed rural life.', ['According to global health experts, the Mission changed rural life.']],
    ['"the top 5 by 2047" counts what "the top 10 sanitation performers" counts', 'The Mission aims to place the State among the top 5 sanitation performers by 2047.', []],
    ['a rough figure said of a place the passage does not name', 'Nearly 40 percent of rural households in Bihar had a toilet in 2014.', ['Nearly 40 percent of rural households in Bihar had a toilet in 2014.']],
    ['the same figure with no place', 'Nearly 40 percent of rural households had a toilet in 2014.', []],
    ['an exact figure needs no place named', 'Kerala reached 98 percent sanitation coverage in 2018.', []],
    ['a number with its scale that ends its clause counts ("a population of more than five lakh.")', 'The amended rules apply in every city with more than five lakh people.', []],
    ['and another number does not', 'The amended rules apply in every city with more than six lakh people.', ['The amended rules apply in every city with more than six lakh people.']],
  ], { index, settings: s });
});

describe('claim-unsourced: multiples, times that changed, a ranking the sentence before makes', () => {
  const index = indexOf([{ name: 'courts.md', text: '# Courts\n\nFast-track courts dispose of cases three times faster than regular sessions courts. Phase III is to cut the time taken to serve a summons from an average of 52 days to under 10 days.\n\nThe largest CBG plant in the country, at Lehragaga in Sangrur district, was commissioned on 18 October 2022. It can process 300 tonnes of paddy straw a day and produce 33 tonnes of CBG.\n' }]);
  const s = { dossier: { claims: { requireCitation: 'unsupported' } } };
  table('claim-unsourced', [
    ['a multiple the source gives', 'Fast-track courts are three times faster than regular sessions courts.', []],
    ['a multiple it does not', 'Fast-track courts are five times faster than regular sessions courts.', ['Fast-track courts are five times faster than regular sessions courts.']],
    ['"4.5 times as much" is 4.5, not 5', 'Fast-track courts cost 4.5 times as much as regular sessions courts.', ['Fast-track courts cost 4.5 times as much as regular sessions courts.']],
    ['a time that changed, as the source gives it', 'Phase III cuts the time to serve a summons from 52 days to 10 days.', []],
    ['a time that changed, as no source gives it', 'Virtual courts cut the average challan case from 90 days to 4 days.', ['Virtual courts cut the average challan case from 90 days to 4 days.']],
    ['a figure in a sentence that goes on from the ranking one', 'The largest Compressed Biogas (CBG) plant in the country, at Lehragaga, can process 300 tonnes of straw a day.', []],
  ], { index, settings: s });
});

describe('claim-unsourced: primacy, backed by a passage that opens with a pronoun', () => {
  const index = indexOf([{ name: 'coss.md', text: '# Codes\n\nThe scheme gives effect to the Code on Social Security (CoSS), which received the assent of the President on 28 September 2020. It is the first central law to define a gig worker and a platform worker.\n' }]);
  const s = { dossier: { claims: { requireCitation: 'unsupported' } } };
  table('claim-unsourced', [
    ['the sentence before the pronoun names what is first', 'The Code on Social Security (CoSS) received the President\'s assent in 2020 and was the first central law to define a platform worker.', []],
    ['something else first is not backed', 'The Code on Wages received the President\'s assent in 2019 and was the first central law to define a floor wage.', ['The Code on Wages received the President\'s assent in 2019 and was the first central law to define a floor wage.']],
  ], { index, settings: s });
});

describe('claim-unsourced: figures in a source table take their unit from the row\'s label', () => {
  const index = indexOf([{ name: 'schools.md', text: '# Schools\n\nTable 2. Selected indicators\n\n| Indicator | 2023-24 | 2024-25 |\n|---|---|---|\n| Students enrolled (crore) | 24.80 | 24.69 |\n| Dropout rate, secondary stage (%) | 10.9 | 8.2 |\n| Schools with a single teacher | 1,10,971 | 1,04,125 |\n| Grants to States (₹ crore) | 2,152 | 3,010 |\n' }]);
  const s = { dossier: { claims: { requireCitation: 'unsupported' } } };
  table('claim-unsourced', [
    ['a count whose label names what it counts', 'Over one lakh schools still have a single teacher.', []],
    ['the same count, off by more than the hedge', 'Over two lakh schools still have a single teacher.', ['Over two lakh schools still have a single teacher.']],
    ['a percentage from a "(%)" label', 'The dropout rate at the secondary stage fell to 8.2 per cent.', []],
    ['a scale from the label: 24.69 crore students', 'About 24.7 crore students were enrolled in 2024-25.', []],
    ['money from a "(₹ crore)" label', 'Grants to States came to ₹3,010 crore.', []],
  ], { index, settings: s });
});

describe('claim-unsourced: a compound\'s parts stand for it in the sources', () => {
  const index = indexOf([{ name: 'dfc.md', text: '# Corridors\n\nOf the 2,843 km of the Eastern and Western Dedicated Freight Corridors, 2,741 km had been commissioned as of 30 November 2024.\n' }]);
  const s = { dossier: { claims: { requireCitation: 'unsupported' } } };
  table('claim-unsourced', [
    ['"freight-only corridors" is "Freight Corridors"', 'The two freight-only corridors have a combined length of 2,843 km.', []],
    ['a figure the passage does not give', 'The two freight-only corridors have a combined length of 3,843 km.', ['The two freight-only corridors have a combined length of 3,843 km.']],
  ], { index, settings: s });
  const lwe = indexOf([{ name: 'lwe.md', text: '# LWE\n\nAfter a review in April 2021, 70 districts were covered under the scheme, of which 25 were classed as most affected.\n' }]);
  table('claim-unsourced', [
    ['"of which 25" counts the districts just counted', 'Under the scheme, 25 districts are classed as most affected.', []],
    ['a count the passage does not give', 'Under the scheme, 35 districts are classed as most affected.', ['Under the scheme, 35 districts are classed as most affected.']],
  ], { index: lwe, settings: s });
  const emrs = indexOf([{ name: 'emrs.md', text: '# EMRS\n\nAgainst a target of 740 schools, 728 had been sanctioned and 477 were functional as of 31 January 2025.\n' }]);
  table('claim-unsourced', [
    ['"and 477 were functional" counts the schools listed before it', 'Under the Eklavya scheme, 477 schools were functional by 31 January 2025.', []],
    ['a count the list does not give', 'Under the Eklavya scheme, 487 schools were functional by 31 January 2025.', ['Under the Eklavya scheme, 487 schools were functional by 31 January 2025.']],
  ], { index: emrs, settings: s });
  const pacs = indexOf([{ name: 'pacs.md', text: '# PACS\n\nModel bye-laws allow a PACS to take up more than 25 business activities, including dairy and fisheries. The NPP proposed 14 Coastal Economic Zones (CEZs), each a belt of coastal districts linked to one or more ports. It introduced an exploration licence for 29 deep-seated and critical minerals.\n' }]);
  table('claim-unsourced', [
    ['"25 business activities" counts, as "25 businesses" does', 'Model bye-laws let a PACS run more than 25 businesses, from dairy to fisheries.', []],
    ['"14 Coastal Economic Zones" counts the zones "14 of them" counts', 'Each CEZ is a belt of coastal districts linked to one or more ports, and 14 of them were proposed.', []],
    ['"29 deep-seated and critical minerals" counts minerals', 'The amendment introduced an exploration licence for 29 deep-seated minerals.', []],
    ['a count the passage does not give', 'Model bye-laws let a PACS run more than 35 businesses, from dairy to fisheries.', ['Model bye-laws let a PACS run more than 35 businesses, from dairy to fisheries.']],
  ], { index: pacs, settings: s });
  const ranks = indexOf([{ name: 'amr.md', text: '# AMR\n\nIndia is the world\'s fourth-largest user of antimicrobials in food animals, after China, Brazil and the United States.\n' }]);
  table('claim-unsourced', [
    ['"the fourth-largest" does not back "the largest"', "India is the world's largest user of antimicrobials in food animals.", ["India is the world's largest user of antimicrobials in food animals."]],
    ['the same rank backs it', "India is the world's fourth-largest user of antimicrobials in food animals.", []],
  ], { index: ranks, settings: s });
  const hydrogen = indexOf([{ name: 'h2.md', text: '# Hydrogen\n\nIndian Oil Corporation awarded a contract for 10,000 tonnes per annum of green hydrogen for its Panipat refinery, the largest single order so far in India.\n' }]);
  table('claim-unsourced', [
    ['a superlative about another thing backs nothing ("the largest single order" is no "largest exporter")', "India will become the world's largest exporter of green hydrogen by 2030.", ["India will become the world's largest exporter of green hydrogen by 2030."]],
    ['the same thing ranked alike backs it', 'The Panipat contract was the largest single order of green hydrogen in India.', []],
  ], { index: hydrogen, settings: s });
  const metro = indexOf([{ name: 'metro.md', text: "# Metro\n\nAs of February 2025, NCMC readers were installed on 17 of the country's metro systems, and more than 45 lakh cards had been issued.\n\nRidership in six cities fell short of forecasts. Lucknow performed worst, reaching only 17% of its forecast.\n" }]);
  table('claim-unsourced', [
    ['"17 of the country\'s metro systems" counts the systems', 'The NCMC now works on 17 metro systems.', []],
    ['a count the passage does not give', 'The NCMC now works on 19 metro systems.', ['The NCMC now works on 19 metro systems.']],
    ['"performed worst" ranks as "the worst" does', 'Lucknow reached only 17% of its forecast, the worst among the six cities studied.', []],
  ], { index: metro, settings: s });
  const vaccines = indexOf([{ name: 'vaccines.md', text: '# Vaccines\n\nIndia manufactures about 60 percent of the world\'s vaccines by volume.[^4] No other country produces as many doses.\n\n[^4]: WHO market report.\n' }]);
  table('claim-unsourced', [
    ['"No other country produces as many" backs "the largest producer", past a footnote mark', "India is the world's largest producer of vaccines by volume.", []],
  ], { index: vaccines, settings: s });
  const coverage = indexOf([{ name: 'cover.md', text: '# Screening\n\nProgress varied widely between states.\n\n| State | Target (lakh) | Screened (lakh) | Coverage | Rank |\n|---|---:|---:|---:|---:|\n| Gujarat | 48.2 | 37.6 | 78% | 1 |\n| Jharkhand | 86.7 | 22.4 | 26% | 2 |\n\nGujarat ranks first in coverage because it had run its own screening programme since 2006. Jharkhand ranks last among the states.\n' }]);
  table('claim-unsourced', [
    ['a table row\'s figure ranks with the prose after its table that names the row', 'Gujarat ranked first in coverage, at 78 percent.', []],
    ['not another row\'s', 'Jharkhand ranked first in coverage, at 26 percent.', ['Jharkhand ranked first in coverage, at 26 percent.']],
  ], { index: coverage, settings: s });
  const index2 = indexOf([{ name: 'sdpi.md', text: "# Index\n\nThe State Disaster Preparedness Index (SDPI), which the Harbour Resilience Institute (HRI) publishes every two years, ranks Odisha first among India's nine coastal states.\n" }]);
  table('claim-unsourced', [
    ['a rank with the ranked name between ("ranks Odisha first")', 'The Harbour Resilience Institute ranked Odisha first among nine coastal states in its 2024 index.', []],
    ['not another rank', 'The Harbour Resilience Institute ranked Odisha second among nine coastal states in its 2024 index.', ['The Harbour Resilience Institute ranked Odisha second among nine coastal states in its 2024 index.']],
  ], { index: index2, settings: s });
  const dams = indexOf([{ name: 'dams.md', text: '# Dams\n\nThe Authority reviewed progress under the Act on Monday. India has 6,138 specified dams, of which 5,893 are completed and 245 are under construction. India ranks third in the world by number of large dams, after China and the United States. The register lists each dam with its owner, height, storage and year of completion.\n' }]);
  table('claim-unsourced', [
    ['a specific figure with few of the claim\'s words, and a ranking in the next sentence on the same name', 'India has 6,138 specified dams and ranks third in the world by number of large dams, after China and the United States.', []],
    ['not another rank', 'India has 6,138 specified dams and ranks second in the world by number of large dams.', ['India has 6,138 specified dams and ranks second in the world by number of large dams.']],
  ], { index: dams, settings: s });
  const targets = indexOf([{ name: 'gei.md', text: '# Targets\n\nThe draft targets cover four sectors.\n\n| Sector | Obligated entities | Reduction in GEI by 2026-27 |\n|---|---|---|\n| Aluminium | 13 | 5.8% |\n| Cement | 186 | 3.4% |\n\nAluminium has the steepest target, which reflects its dependence on captive coal power. About one plant in five in the cement sector already meets its target.\n' }]);
  table('claim-unsourced', [
    ['a row\'s figure is said of what the prose beside its table says of the row', 'Aluminium faces the steepest cut, 5.8% by 2026-27.', []],
    ['not of another row', 'Cement faces the steepest cut, 3.4% by 2026-27.', ['Cement faces the steepest cut, 3.4% by 2026-27.']],
  ], { index: targets, settings: s });
  const deaths = indexOf([{ name: 'deaths.md', text: '# Deaths\n\n| State | Deaths, 2018 | Deaths, 2023 |\n|---|---|---|\n| Bihar | 302 | 412 |\n| Odisha | 465 | 301 |\n\nOdisha is the clear exception. It was the first state to declare lightning a state-specific disaster, in 2015.\n' }]);
  table('claim-unsourced', [
    ['a row\'s figures are said of its header and of the prose that goes on about its label', 'Odisha was the first state to declare lightning a disaster, and its deaths fell from 465 in 2018 to 301 in 2023.', []],
    ['not another row\'s', 'Odisha was the first state to declare lightning a disaster, and its deaths rose from 302 in 2018 to 412 in 2023.', ['Odisha was the first state to declare lightning a disaster, and its deaths rose from 302 in 2018 to 412 in 2023.']],
  ], { index: deaths, settings: s });
  const kk = indexOf([{ name: 'kk.md', text: '# Kudankulam\n\nUnits 1 and 2 of the Kudankulam plant, each of 1,000 MW, are Russian-designed pressurised water reactors.\n' }]);
  table('claim-unsourced', [
    ['"Units 1 and 2" are two units', 'The Kudankulam plant runs two Russian-designed units.', []],
    ['3 units the passage does not list', 'The Kudankulam plant runs 3 units of Russian design.', ['The Kudankulam plant runs 3 units of Russian design.']],
    ['a small count in words narrates: no statistic', 'The Kudankulam plant runs three Russian-designed units.', []],
  ], { index: kk, settings: s });
  const whc = indexOf([{ name: 'whc.md', text: '# Heritage\n\nThe session added the Moidams of Assam to the World Heritage List and made India the sixth country in the world by number of inscribed sites.\n\nIndia now has a number of World Heritage Sites that puts it sixth in the world, and its oldest site was inscribed in 1983.\n' }]);
  table('claim-unsourced', [
    ['a ranking backed by a passage that ranks alike', 'India is the sixth country in the world by number of inscribed World Heritage sites.', []],
    ['"the largest" is not backed by "the sixth ... in the world"', 'India now has the largest number of World Heritage Sites in Asia.', ['India now has the largest number of World Heritage Sites in Asia.']],
  ], { index: whc, settings: s });
  const a356 = indexOf([{ name: 'a356.md', text: '# Governors\n\nArticle 356 has been used 134 times since 1950, most often against opposition governments.\n' }]);
  table('claim-unsourced', [
    ['"N times since" is a count the passage must give', 'Article 356 has been invoked more than 200 times since 1950.', ['Article 356 has been invoked more than 200 times since 1950.']],
    ['the count the passage gives', 'Article 356 has been invoked 134 times since 1950.', []],
    ['"three times higher" is a multiple the passage must give (not a count of times)', 'Trade with the Gulf is three times higher than with Africa.', ['Trade with the Gulf is three times higher than with Africa.']],
  ], { index: a356, settings: s });
  const ree = indexOf([{ name: 'ree.md', text: '# Rare earths\n\nA. India has about 6.9 million tonnes of rare earth oxide (REO) reserves, mostly in the beach sands of Kerala. This is about 6 percent of world reserves, the fifth-largest after China, Brazil, Vietnam and Russia.\n' }]);
  table('claim-unsourced', [
    ['a figure and its rank, the rank in the sentence after the figure\'s', 'India holds 6.9 million tonnes of rare earth oxide reserves, the fifth-largest in the world.', []],
    ['a rank the sentence after does not give', 'India holds 6.9 million tonnes of rare earth oxide reserves, the third-largest in the world.', ['India holds 6.9 million tonnes of rare earth oxide reserves, the third-largest in the world.']],
  ], { index: ree, settings: s });
  // With the bundled corpus, as a workspace has it (the words' weights are the corpus's).
  const bundled = fs.readdirSync(CORPUS_DIR).map((f) => ({ name: f, text: fs.readFileSync(path.join(CORPUS_DIR, f), 'utf8'), bundled: true }));
  const abss = indexOf([...bundled, { name: 'abss.md', text: '# Stations\n\nThe PPP stations are separate from the Amrit Bharat Station Scheme (ABSS), under which the Ministry of Railways is upgrading 1,337 stations with its own funds. The scheme was launched in February 2023.\n\nThe ABSS sets out a master plan for each station, with roof plazas, better waiting halls, separate entry and exit routes, and escalators.\n' }]);
  table('claim-unsourced', [
    ['an exact figure on the same subject needs fewer of the claim\'s other words', 'Under the ABSS, 1,337 stations are being upgraded with master plans, roof plazas and better waiting halls.', []],
    ['not another figure', 'Under the ABSS, 1,347 stations are being upgraded with master plans, roof plazas and better waiting halls.', ['Under the ABSS, 1,347 stations are being upgraded with master plans, roof plazas and better waiting halls.']],
    ['nor a claim with a second figure the passage lacks', 'Under the ABSS, 1,337 stations and 4,500 platforms are being upgraded with master plans, roof plazas and better waiting halls.', ['Under the ABSS, 1,337 stations and 4,500 platforms are being upgraded with master plans, roof plazas and better waiting halls.']],
  ], { index: abss, settings: s });
  it('a small count in words is no statistic; in digits, or past a hundred, it is', () => {
    check('claim-unsourced', 'Trade grew [@kk]. District officers presented budgets, and two states asked for more time.', [], { index: kk });
    check('claim-unsourced', 'Trade grew [@kk]. District officers presented budgets, and 2 states asked for more time.', ['District officers presented budgets, and 2 states asked for more time.'], { index: kk });
    check('claim-unsourced', 'Trade grew [@kk]. One hundred cities were chosen.', ['One hundred cities were chosen.'], { index: kk });
  });
  it('"according to officials" is a vague attribution', () => check('claim-unsourced', 'Trade grew [@kk]. Dropout among Dalit students has halved since the revamp, according to officials.', ['Dropout among Dalit students has halved since the revamp, according to officials.'], { index: kk }));
  it('three words quoted in a sentence that says who said them are a quotation; a scare quote is not', () => {
    check('claim-unsourced', 'Trade grew [@kk]. Dr. Ananya Sen said that most plans were "plans without money".', ['Dr. Ananya Sen said that most plans were "plans without money".'], { index: kk });
    check('claim-unsourced', 'Trade grew [@kk]. Most plans were "plans without money" in the eyes of their critics.', [], { index: kk });
    check('claim-unsourced', 'Trade grew [@kk]. The minister said the "green" bonds sold well.', [], { index: kk });
  });
  it('a figure that spells out an acronym with its number ("20 percent ethanol blending (E20)") is a name', () => {
    check('claim-unsourced', 'Trade grew [@kk]. It ends with recommendations on going beyond 20 percent ethanol blending (E20).', [], { index: kk });
    check('claim-unsourced', 'Trade grew [@kk]. Blending reached 20 percent in 2025 under the E20 programme.', ['Blending reached 20 percent in 2025 under the E20 programme.'], { index: kk });
  });
  it('"Most officials privately admit" is a vague attribution', () => check('claim-unsourced', 'Trade grew [@kk]. Most officials privately admit that the strategy will never be approved.', ['Most officials privately admit that the strategy will never be approved.'], { index: kk }));
  it('a measure\'s value with a fraction or after an acronym is a statistic ("a PUE of 1.18"); a period or an age is not', () => {
    check('claim-unsourced', 'Trade grew [@kk]. The machine runs at a PUE of 1.18.', ['The machine runs at a PUE of 1.18.'], { index: kk });
    check('claim-unsourced', 'Trade grew [@kk]. Kerala has an IMR of 6, the lowest.', ['Kerala has an IMR of 6, the lowest.'], { index: kk });
    check('claim-unsourced', 'Trade grew [@kk]. The scheme runs for a period of 5 years for those above the age of 18.', [], { index: kk });
    // A preposition is no modifier of a count: "1.6 for air-cooled systems" counts no systems.
    check('claim-unsourced', 'Trade grew [@kk]. The plan names 3 for small farmers.', [], { index: kk });
  });
  it('a span of time in a sentence about an average is a statistic; a span alone is not', () => {
    check('claim-unsourced', 'Trade grew [@kk]. The boards took an average of 38 days to dispose of an application.', ['The boards took an average of 38 days to dispose of an application.'], { index: kk });
    check('claim-unsourced', 'Trade grew [@kk]. On average, a complaint took 14 months to dispose of.', ['On average, a complaint took 14 months to dispose of.'], { index: kk });
    check('claim-unsourced', 'Trade grew [@kk]. The boards must dispose of an application within 90 days.', [], { index: kk });
  });
  it('"the only state to have met ..." claims primacy; "the only way to" judges', () => {
    check('claim-unsourced', 'Trade grew [@kk]. Karnataka is the only state to have met its target in every year.', ['Karnataka is the only state to have met its target in every year.'], { index: kk });
    check('claim-unsourced', 'Trade grew [@kk]. Storage is the only way to absorb the surplus.', [], { index: kk });
  });
  it('"what the sources say" is no vague attribution', () => {
    check('claim-unsourced', 'Trade grew [@kk]. This note pulls together what the sources say about the berth scheme.', [], { index: kk });
    check('claim-unsourced', 'Trade grew [@kk]. Sources say the berth scheme will be wound up.', ['Sources say the berth scheme will be wound up.'], { index: kk });
  });
  it('a figure after a colon is backed by a passage on what that part says', () => {
    const tb = indexOf([{ name: 'npy.md', text: '# Payments\n\nThe national median delay between notification and the first NPY payment was 47 days in 2024.\n' }]);
    check('claim-unsourced', 'Because Direct Benefit Transfer depends on seeded bank accounts opened by each patient, the first payment often arrives late: the national median delay was 47 days in 2024.', [], { index: tb });
    check('claim-unsourced', 'Because Direct Benefit Transfer depends on seeded bank accounts opened by each patient, the first payment often arrives late: the national median delay was 57 days in 2024.', ['Because Direct Benefit Transfer depends on seeded bank accounts opened by each patient, the first payment often arrives late: the national median delay was 57 days in 2024.'], { index: tb });
  });
  it("a draft's table row is backed by a source's row with its name and every one of its figures", () => {
    const ice = indexOf([{ name: 'cold.md', text: '# Cold chain\n\n| State | Fishing harbours | Landing centres | FLCs with ice plant |\n|---|---|---|---|\n| Gujarat | 11 | 96 | 27% |\n| Kerala | 24 | 187 | 16% |\n' }]);
    const draft = (g: string, k: string) => `Ice is scarce.\n\n| State | Fishing harbours | FLCs with ice plant |\n|---|---|---|\n| Gujarat | ${g} |\n| Kerala | ${k} |\n`;
    check('claim-unsourced', draft('11 | 27%', '24 | 16%'), [], { index: ice });
    check('claim-unsourced', draft('11 | 27%', '24 | 19%'), ['19%'], { index: ice });
    check('claim-unsourced', draft('12 | 27%', '24 | 16%'), ['27%'], { index: ice });
    // One figure of three significant digits or more will do; a round one will not.
    const fra = indexOf([{ name: 'fra.md', text: '# Claims\n\n| State | Claims (lakh) | Titles (lakh) | Rejected (lakh) | Rejected share |\n|---|---|---|---|---|\n| Odisha | 7.12 | 4.63 | 1.46 | 20.5% |\n| Kerala | 0.6 | 0.3 | 0.1 | 20% |\n' }]);
    check('claim-unsourced', 'Rejections vary.\n\n| State | Rejected (lakh) | Share |\n|---|---|---|\n| Odisha | 1.46 | 20.5% |\n| Kerala | 0.1 | 20% |\n', ['20%'], { index: fra });
  });
  it('a figure after "the" that names one thing ("the ₹300 subsidy") is no statistic; a change or things counted are', () => {
    check('claim-unsourced', 'Trade grew [@kk]. Pending applications from the 75 lakh tranche were to be cleared first. The Cabinet is extending the ₹300 subsidy to 2024-25.', [], { index: kk });
    check('claim-unsourced', 'Trade grew [@kk]. The 5 per cent rise in refills came late.', ['The 5 per cent rise in refills came late.'], { index: kk });
    check('claim-unsourced', 'Trade grew [@kk]. The State has upgraded the 1,412 stations on its network.', ['The State has upgraded the 1,412 stations on its network.'], { index: kk });
    check('claim-unsourced', 'Trade grew [@kk]. Effort is needed in the 23 schools that serve remote habitations.', ['Effort is needed in the 23 schools that serve remote habitations.'], { index: kk });
  });
  it('in a draft, a list of numbered things is no statistic', () => check('claim-unsourced', 'Trade grew [@kk]. Units 1 and 2 of the plant are Russian-designed.', [], { index: kk }));
});

describe('claim-unsourced: a clause of time before the figures says when, not what they count', () => {
  const index = indexOf([{ name: 'pib.md', text: '# Cages\n\nThe Department of Fisheries has approved proposals from eleven States for the installation of 4,200 new cages in inland reservoirs under the scheme. The approvals were given by the Central Approval and Monitoring Committee (CAMC), which met in New Delhi on 17 June 2025.\n\nThe CAMC approved a total project cost at the meeting. The largest share of the new cages, 1,050, was sanctioned to Madhya Pradesh.\n' }, { name: 'mp.md', text: '# Reservoirs\n\nMadhya Pradesh, receiving the largest share of central funds, leads in reservoir area.\n' }]);
  table('claim-unsourced', [
    ['the figures of the main clause', 'When the Central Approval and Monitoring Committee (CAMC) met on 17 June 2025, it cleared 4,200 new cages in eleven States.', []],
    ['and a ranking beside them', 'When the Central Approval and Monitoring Committee (CAMC) met on 17 June 2025, it cleared 4,200 new cages in eleven States, with Madhya Pradesh receiving the largest share.', []],
    ['other figures are still unsupported', 'When the Central Approval and Monitoring Committee (CAMC) met on 17 June 2025, it cleared 4,800 new cages in nine States.', ['When the Central Approval and Monitoring Committee (CAMC) met on 17 June 2025, it cleared 4,800 new cages in nine States.']],
  ], { index });
});

describe('claim-unsourced: a part of a whole counted ("6 of 27 memoranda", "46 of the 212 CCIs")', () => {
  const index = indexOf([{ name: 'labs.md', text: '# Labs\n\nOf the 730 Integrated Public Health Laboratories (IPHLs) sanctioned, 281 were functional on 31 March 2025, and only 64 had accreditation.\n' }]);
  table('claim-unsourced', [
    ['is a statistic', 'Only 6 of 27 drought memoranda were decided within the time limit.', ['Only 6 of 27 drought memoranda were decided within the time limit.']],
    ['whatever the things counted', 'In our State, 46 of the 212 CCIs inspected were unregistered.', ['In our State, 46 of the 212 CCIs inspected were unregistered.']],
    ['backed by a source that counts the part in a list ("and only 64 had")', 'Only 64 of the 730 IPHLs held accreditation on 31 March 2025.', []],
    ['not a year ("7 of 2023")', 'Order 7 of 2023 applies to the laboratories.', []],
  ], { index });
});

describe('claim-unsourced: a comment after the figures, and hedges that bound them', () => {
  const index = indexOf([
    { name: 'pib.md', text: '# Phase I\n\n- Automatic Speech Recognition (ASR) in 18 languages and Text-to-Speech (TTS) in 20 languages;\n- more than 350 AI models published on the platform.\n' },
    { name: 'fleet.md', text: '# Fleet\n\nTwo-thirds (66.7 per cent) of coastal vessels are more than twenty years old.\n' },
  ]);
  table('claim-unsourced', [
    ['a clause of "which" after the figures says nothing of what they count', 'Text-to-Speech (TTS) is available in 20 languages, which matters for citizens who cannot read comfortably in any script.', []],
    ['"over 70 per cent" is not backed by 66.7', 'Over 70 per cent of coastal vessels are more than twenty years old.', ['Over 70 per cent of coastal vessels are more than twenty years old.']],
    ['"nearly 70 per cent" is', 'Nearly 70 per cent of coastal vessels are more than twenty years old.', []],
    ['"no more than 70 per cent" is', 'No more than 70 per cent of coastal vessels are more than twenty years old.', []],
    ['"nearly 65 per cent" is not', 'Nearly 65 per cent of coastal vessels are more than twenty years old.', ['Nearly 65 per cent of coastal vessels are more than twenty years old.']],
  ], { index });
});

describe('quoteAround: a passage quoted in a message', () => {
  const long = 'The Korean government announced on Tuesday that exports of defence equipment rose by 18% in 2025 to a record $2.4 billion, led by howitzers and tanks sold to Poland and several other European buyers over the year.';
  const cases: [string, string, number, string][] = [
    ['a short passage whole', 'Exports rose by 18% in 2025.', 16, 'Exports rose by 18% in 2025.'],
    ['a long one around its figure, cut at words', long, long.indexOf('18%'), '…that exports of defence equipment rose by 18% in 2025 to a record $2.4 billion, led by howitzers and tanks sold to Poland and several…'],
    ['from its start when the figure is early', long, 0, 'The Korean government announced on Tuesday that exports of defence equipment rose by 18% in 2025 to a record $2.4 billion, led by howitzers…'],
    ['to its end when the figure is late', long, long.indexOf('buyers'), '…rose by 18% in 2025 to a record $2.4 billion, led by howitzers and tanks sold to Poland and several other European buyers over the year.'],
    ['one long word is cut inside it', 'x'.repeat(300), 150, `…${'x'.repeat(140)}…`],
  ];
  for (const [name, text, at, expected] of cases) it(name, () => assert.equal(quoteAround(text, at), expected));
});

describe('claim-unsourced: examples after a count, and a count of the things a passage names', () => {
  const index = indexOf([{ name: 'gsi.md', text: '# Monuments\n\nThe GSI has begun preparing boundary maps for all 34 monuments so that they can be notified quickly.\n' }]);
  table('claim-unsourced', [
    ['examples after the count ("from the Siwalik fossil park ... to St. Mary\'s Islands") name no more than what was counted', "Today there are 34 such monuments, from the Siwalik fossil park in Himachal Pradesh to St. Mary's Islands off the Karnataka coast.", []],
    ['another count of them is not backed', "Today there are 36 such monuments, from the Siwalik fossil park in Himachal Pradesh to St. Mary's Islands off the Karnataka coast.", ["Today there are 36 such monuments, from the Siwalik fossil park in Himachal Pradesh to St. Mary's Islands off the Karnataka coast."]],
  ], { index });
});

describe('claim-unsourced: "ranks N things" sorts them, and ranks nothing', () => {
  const index = indexOf([{ name: 'nraa.md', text: '# Index\n\nThe Rainfed Area Prioritisation Index (RAPI), released on 9 May 2025, identifies 142 of 648 districts as highly vulnerable.\n' }]);
  table('claim-unsourced', [
    ['a count the sources give', 'Its Rainfed Area Prioritisation Index, released on 9 May 2025, ranks 648 districts and identifies 142 as highly vulnerable.', []],
    ['"ranks 3 in Asia" and "ranks 12th" rank', 'Kerala ranks 3 in Asia. Odisha ranks 12th.', ['Kerala ranks 3 in Asia.', 'Odisha ranks 12th.']],
    ['"ranks 1,648 blocks" sorts them too', 'The index ranks 1,648 blocks on four dimensions and identifies 142 of 648 districts as highly vulnerable.', []],
  ], { index });
});

describe('claim-unsourced: a table row of numbers alone is said of its columns', () => {
  const index = indexOf([{ name: 'chst.md', text: '# Patients\n\n| Year | Medical arrivals (lakh) | Share of all FTAs | Bangladesh share |\n|------|------:|------:|------:|\n| 2019 | 6.97 | 6.4% | 57.5% |\n| 2020 | 1.83 | 6.7% | 61.2% |\n| 2023 | 6.35 | 6.9% | 51.0% |\n\n*Source: Bureau of Immigration data.*\n' }]);
  table('claim-unsourced', [
    ['rows the source\'s table gives', '| Year | Medical arrivals (lakh) | Bangladesh share |\n|------|------:|------:|\n| 2019 | 6.97 | 57.5% |\n| 2023 | 6.35 | 51.0% |\n', []],
    ['a row it does not', '| Year | Medical arrivals (lakh) | Bangladesh share |\n|------|------:|------:|\n| 2023 | 6.35 | 53.0% |\n', ['53.0%']],
  ], { index });
});
