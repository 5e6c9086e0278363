import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { table, check, applyFix } from './check';
import { indexOf } from '../../helpers';
import { contextOf } from '../../../server/src/core/rules/date-conflict';
import { eventSimilarity } from '../../../server/src/core/corpus/search';

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
    ['a timeline table row: the date in one cell, the event in the next', '| Year | Event |\n|---|---|\n| 2016 | India launched the Act East Policy |\n| 2017 | South Korea announced the New Southern Policy |\n', ['2016']],
    ['a cell that names its own event is reported once', '| When | What |\n|---|---|\n| Act East Policy, launched in 2016 | India launched the Act East Policy |\n', ['2016']],
    ['a gathering named by its noun, dated twice', 'A workshop on data protection for stakeholders took place on 3 March 2026. The data protection workshop of 10 March 2026 agreed on three points.', ['10 March 2026']],
    ['a definite description dated by a participle, then its past verb', 'The state-level public hearing on the Kalaburagi audit was held on 7 May 2025.\n\nBecause the public hearing held on 9 May 2025 produced no recovery orders, the cell will write to the district.', ['9 May 2025']],
    ['a definite description dated by "to be held" between commas', 'A stakeholder workshop on the final strategy will be held by the Ozone Cell on 3 March 2026.\n\n1. Use the stakeholder workshop, to be held on 10 March 2026, to settle rules for the servicing sector.', ['10 March 2026']],
    ['a statement before a semicolon and a question is still made', 'The state review meeting was held on 14 May 2025.\n\nThe state review meeting held on 21 May 2025 asked districts to report; do the minutes say so?', ['21 May 2025']],
    ['a question with a semicolon dates nothing', 'The state review meeting was held on 14 May 2025.\n\nWas the state review meeting held on 21 May 2025; or later?', []],
    ['two dates for one event in the draft', 'Seoul launched the Blue Horizon initiative in 2019. Critics said the Blue Horizon initiative, launched in 2021, was slow.', ['2021']],
    ['a clause of "before" with an irregular passive ("is held on") is the event\'s, not the imperative\'s', 'The district review will be held on 18 June 2025.\n\n4. Circulate the final slides and the patient counts before the district review is held on 25 June 2025.', ['25 June 2025']],
  ]);

  it('when sources disagree and one supports the draft, no conflict', () => {
    const index = indexOf([
      { name: 'a.md', text: 'The Blue Horizon initiative was launched in 2019 by Seoul.\n' },
      { name: 'b.md', text: 'Seoul launched the Blue Horizon initiative in 2020.\n' },
    ]);
    check('date-conflict', 'The Blue Horizon initiative was launched in 2020.', [], { index });
    check('date-conflict', 'The Blue Horizon initiative was launched in 2022.', ['2022'], { index });
  });

  it('an acronym both events write is one shared name, not its expansion\'s words too', () => {
    const index = indexOf([
      { name: 'a.md', text: 'Rakesh Bhandari is president of the Federation of LPG Distributors of India (FLDI).\n\nThe FLDI\'s annual general meeting, held in New Delhi on 20 February 2025, adopted a resolution.\n' },
    ]);
    check('date-conflict', 'The FLDI\'s Lucknow regional meeting was held on 12 May 2025 to collect hamlet-level delivery costs.', [], { index });
    check('date-conflict', 'The FLDI\'s annual general meeting was held in New Delhi on 22 February 2025.', ['22 February 2025'], { index });
    // (An event named by the acronym alone is still that event.)
    const inb = indexOf([{ name: 'b.md', text: 'The World Health Assembly set up the Intergovernmental Negotiating Board (INB). The INB held its first meeting on 24 February 2022 in Geneva.\n' }]);
    check('date-conflict', 'The INB held its first meeting on 25 February 2022.', ['25 February 2022'], { index: inb });
  });

  it('the clause after a colon and the subject after a fronted participle carry the event, not what follows', () => {
    const index = indexOf([
      { name: 'a.md', text: '# Duty\n\nThe Ministry of Finance notified the cut on Friday, May 30, 2025.\n\nThe Wildlife Crime Control Bureau (WCCB) combats wildlife crime. It was constituted on 6 June 2007 under section 38Y of the Act, and is headquartered in New Delhi, with five regional offices at Delhi, Kolkata, Mumbai, Chennai and Jabalpur.\n' },
    ]);
    check('date-conflict', 'The reversal came eight months later: the Ministry of Finance notified the duty cut on 29 May 2025, halving the BCD on crude oils to 10 per cent.', ['29 May 2025'], { index });
    check('date-conflict', 'Constituted on 6 June 2008 under section 38Y of the Act, the Bureau also runs an online portal where citizens can report wildlife crime.', ['6 June 2008'], { index });
  });

  it('a "first" of another verb\'s object makes no first meeting', () => {
    const index = indexOf([{ name: 'a.md', text: '# Lokpal\n\nThe Selection Committee met on 15 March 2019 and recommended Justice Saxena, a former judge, as the first Chairperson.\n' }]);
    check('date-conflict', 'The Selection Committee met on 13 March 2019 to recommend Justice Saxena as the first Chairperson.', ['13 March 2019'], { index });
  });

  it('an edition named by its year and dated in it is not another year\'s event', () => {
    const index = indexOf([{ name: 'a.md', text: '# Saptah\n\nThe first Karmayogi Saptah was launched by the Prime Minister on October 19, 2024.\n' }]);
    check('date-conflict', 'Karmayogi Saptah 2025, which was inaugurated on Monday, 13 October 2025, recorded 56 lakh course completions.', [], { index });
    check('date-conflict', 'The first Karmayogi Saptah was launched on 21 October 2024.', ['21 October 2024'], { index });
  });

  it('a vaguer source that agrees does not outweigh a precise one that contradicts', () => {
    const index = indexOf([
      { name: 'brief.md', text: 'India acceded to the Ashgabat Agreement on international transport in 2018.\n' },
      { name: 'timeline.md', text: '| Event | Date | Place |\n|---|---|---|\n| India\'s instrument of accession to the Ashgabat Agreement deposited | 3 February 2018 | Ashgabat |\n' },
    ]);
    check('date-conflict', 'India deposited its instrument of accession to the Ashgabat Agreement on 3 March 2018.', ['3 March 2018'], { index });
    check('date-conflict', 'India deposited its instrument of accession to the Ashgabat Agreement on 3 February 2018.', [], { index });
    check('date-conflict', 'India acceded to the Ashgabat Agreement in 2018.', [], { index });
  });

  it('a news report dates "on Thursday" by its own date line', () => {
    const index = indexOf([{ name: 'sc.md', text: '# Supreme Court strikes down electoral bonds\n\nThe Capital Chronicle | Thursday, February 15, 2024\n\nA five-judge Constitution Bench of the Supreme Court on Thursday struck down the Electoral Bond Scheme as unconstitutional.\n' }]);
    check('date-conflict', 'The Supreme Court struck down the Electoral Bond Scheme on 14 February 2024.', ['14 February 2024'], { index });
    check('date-conflict', 'The Supreme Court struck down the Electoral Bond Scheme on 15 February 2024.', [], { index });
  });

  it('"the next meeting" is a later meeting than the one a draft dates', () => {
    const index = indexOf([{ name: 'mpc.md', text: 'The Monetary Policy Committee (MPC) kept the repo rate unchanged.\n\nThe next meeting of the MPC is scheduled from February 6 to 8, 2024.\n' }]);
    check('date-conflict', 'The Monetary Policy Committee (MPC) kept the policy repo rate at 6.50 per cent at its meeting of 6 to 8 December 2023.', [], { index });
    // And one met "again".
    const scsc = indexOf([{ name: 'scsc.md', text: 'The Search-cum-Selection Committee (SCSC) met on 11 August 2025 and shortlisted nine candidates.\n' }]);
    check('date-conflict', 'The SCSC is expected to meet again in the first quarter of 2026.', [], { index: scsc });
    check('date-conflict', 'The SCSC met on 12 August 2025 and shortlisted nine candidates.', ['12 August 2025'], { index: scsc });
  });

  it('a relative clause after a name joined to another party ("the CEPA with the UAE, which ...") is the name\'s', () => {
    const index = indexOf([{ name: 'cepa.md', text: 'The India-UAE Comprehensive Economic Partnership Agreement (CEPA) was signed on 18 February 2022 and came into force on 1 May 2022.\n' }]);
    check('date-conflict', 'Its growth owes much to the Comprehensive Economic Partnership Agreement (CEPA) with the United Arab Emirates, which came into force on 1 June 2022.', ['1 June 2022'], { index });
    check('date-conflict', 'Its growth owes much to the Comprehensive Economic Partnership Agreement (CEPA) with the United Arab Emirates, which came into force on 1 May 2022.', [], { index });
  });

  it('a clause of "since" after the date tells of an earlier time and does not date the main clause', () => {
    const index = indexOf([{ name: 'lokpal.md', text: 'The Lokpal received 2,915 complaints in 2024-25, the highest annual figure since the ombudsman began functioning in 2019.\n' }]);
    check('date-conflict', 'In 2024-25 the Lokpal received 2,915 complaints, the highest annual figure since it began functioning.', [], { index });
    check('date-conflict', 'The Lokpal began functioning in 2020, and complaints have risen every year since.', ['2020'], { index });
  });

  it('a coordinate clause with a lower-case subject of its own ("and an amendment approved ...") is another statement', () => {
    const index = indexOf([{ name: 'fssai.md', text: 'The Labelling and Display Regulations were notified on 17 November 2020 and came into force on 1 July 2022.\n' }]);
    check('date-conflict', 'The Labelling and Display Regulations, notified on 17 November 2020, came into force on 1 July 2022, and an amendment approved by the Authority on 28 March 2025 will make front-of-pack nutrition ratings compulsory from 1 July 2026.', [], { index });
    // A definite event noun that opens the clause is the event before it: the mergers took effect then.
    const psb = indexOf([{ name: 'psb.md', text: 'The merger of ten public sector banks into four was announced on 30 August 2019, and the amalgamations took effect on 1 April 2020.\n' }]);
    check('date-conflict', 'The merger of ten public sector banks into four took effect on 1 April 2020.', [], { index: psb });
    check('date-conflict', 'The merger of ten public sector banks into four took effect on 1 April 2021.', ['1 April 2021'], { index: psb });
    // A source's clause with a lower-case subject and its own verb takes nothing of the clause before.
    const silk = indexOf([{ name: 'silk.md', text: 'Since 2004, more than 4.6 crore Silk Mark labels have been sold, and the number of authorised users stood at 4,350 at the end of November 2024.\n' }]);
    check('date-conflict', "Since the label's launch in 2004, more than 4.6 crore Silk Mark labels have been sold.", [], { index: silk });
    // Its own subject, not the first clause's, came into force then.
    check('date-conflict', 'The Labelling and Display Regulations were notified on 17 November 2020, and the Regulations came into force on 1 July 2023.', ['1 July 2023'], { index });
  });

  it('a thing named without "revised" in the year of its revision is the revised one; in another year it is not', () => {
    const index = indexOf([{ name: 'mines.md', text: 'The Ministry of Mines notified the revised guidelines of the Khanij Kalyan Yojana on 15 January 2024.\n' }]);
    check('date-conflict', 'The Khanij Kalyan Yojana guidelines were notified on 16 January 2024.', ['16 January 2024'], { index });
    check('date-conflict', 'The Khanij Kalyan Yojana guidelines were first notified on 16 September 2015.', [], { index });
    check('date-conflict', 'The Khanij Kalyan Yojana guidelines were notified on 16 September 2015.', [], { index });
    // And within a draft: the alignment approved a week later is the revised one.
    check('date-conflict', "Haryana's cabinet approved the revised alignment of the Neemrana corridor on 3 February 2025. Work began after Haryana approved the Neemrana alignment on 10 February 2025.", ['10 February 2025']);
  });

  it('a date after a relative clause and "scheduled for" is the date of the clause\'s last thing ("the next meeting")', () => {
    const index = indexOf([{ name: 'cac.md', text: 'The Council also decided to constitute a working group on the execution of tribunal orders, which will report at the next meeting, scheduled for September 2025.\n' }]);
    check('date-conflict', "The Council's working group on the execution of tribunal orders held its first meeting on 10 June 2025.", [], { index });
    // Without the relative clause, the date is the working group's.
    const plain = indexOf([{ name: 'cac.md', text: 'The Council constituted a working group on the execution of tribunal orders in September 2025.\n' }]);
    check('date-conflict', 'The Council constituted its working group on the execution of tribunal orders in June 2025.', ['June 2025'], { index: plain });
  });

  it('a long form written out with its acronym is one name when looking for the event', () => {
    const index = indexOf([{ name: 'nrega.md', text: '# Wages rise\n\nThe Deccan Ledger | Friday, March 29, 2024\n\nThe Ministry of Rural Development raised wage rates under the Mahatma Gandhi National Rural Employment Guarantee Act (MGNREGA) in a notification issued on 28 March 2024.\n\nMGNREGA was enacted in September 2005 and came into force on February 2, 2006, in 200 of the most backward districts.\n' }]);
    check('date-conflict', 'The Mahatma Gandhi National Rural Employment Guarantee Act (MGNREGA) came into force on 2 February 2005 in 200 districts.', ['2 February 2005'], { index });
  });

  it('a period a report covers is no date of the report', () => {
    const index = indexOf([{ name: 'fc.md', text: 'The Sixteenth Finance Commission was constituted on 31 December 2023. It is to submit its report, covering 2026-31, by 31 October 2025.\n' }]);
    check('date-conflict', '- 31 October 2025: the Sixteenth Finance Commission submits its report.', [], { index });
  });

  it('"the review held on ..." inside another clause dates the review, which the draft dated before', () => {
    const empty = indexOf([]);
    check('date-conflict', "The Mission's mid-term review was held on 12 July 2021, once most of the Phase I systems were in place. Part of the delay goes back to the mid-term review held on 21 July 2021, which asked the Mission to wait for Indian servers.", ['21 July 2021'], { index: empty });
    check('date-conflict', 'The CCJ roundtable on prison data was held on Thursday, 6 March 2025 in Pune. Minutes of the roundtable held on 8 March 2025 are still awaited.', ['8 March 2025'], { index: empty });
    check('date-conflict', 'The CCJ roundtable on prison data was held on Thursday, 6 March 2025 in Pune. Minutes of the roundtable held on 6 March 2025 are still awaited.', [], { index: empty });
    check('date-conflict', 'The secretariat circulated a questionnaire to the four States on 14 November 2025, asking for arrears. Replies to the questionnaire circulated on 17 November 2025 are expected within a fortnight.', ['17 November 2025'], { index: empty });
  });

  it('"At the consultation on foster care held on ..., ..." dates the consultation, which the draft dated before', () => {
    check('date-conflict', 'The state-level consultation on foster care was held on 14 February 2025 in Bengaluru. Participants agreed that the pilot is the model. Foster families get Rs 4,000 per child per month under Mission Vatsalya. At the consultation on foster care held on 18 February 2025, the District Child Protection Officer from Mysuru asked for a separate foster care cell in each district.', ['18 February 2025'], { index: indexOf([]) });
    check('date-conflict', 'The state-level consultation on foster care was held on 14 February 2025 in Bengaluru. At the consultation on foster care held on 14 February 2025, the District Child Protection Officer from Mysuru asked for a foster care cell.', [], { index: indexOf([]) });
  });

  it('"At the Guwahati consultation of 12 April 2025, ..." dates the consultation, not the main clause', () => {
    const index = indexOf([{ name: 'isc.md', text: 'The Inter-State Council (ISC) has met eleven times since 1990.\n\nThree States asked for a standing secretariat with expert staff in 2016.\n' }]);
    check('date-conflict', "The Committee's regional consultation for the north-eastern States was held in Guwahati on 10 April 2025. At the Guwahati consultation of 12 April 2025, three States asked for a standing ISC secretariat with expert staff.", ['12 April 2025'], { index });
    // A year after "of" names which one: two general elections.
    check('date-conflict', 'EVMs have been used since the 2004 general election. Since the general election of 2019, the VVPAT has been used at every polling station.', [], { index });
  });

  it('a decision is dated as an approval is ("The CCPA decided on 30 April 2025 that ...")', () => {
    const index = indexOf([{ name: 'census.md', text: 'The Cabinet Committee on Political Affairs (CCPA) decided on 30 April 2025 that caste would be enumerated in the forthcoming census.\n' }]);
    check('date-conflict', 'The CCPA decided on 30 April 2024 that caste would be enumerated.', ['30 April 2024'], { index });
    check('date-conflict', 'The CCPA decided on 30 April 2025 that caste would be enumerated.', [], { index });
  });

  it('"It was postponed on ..." is what the sentence before named, not the paragraph\'s topic too', () => {
    const index = indexOf([
      { name: 'press.md', text: 'The Office of the Registrar General and Census Commissioner, India (ORGI), under the Ministry of Home Affairs, conducts the census. The first phase of Census 2021 was to begin on 1 April 2020. It was postponed indefinitely on 25 March 2020 because of the COVID-19 pandemic.\n' },
      { name: 'news.md', text: 'The census itself has not been held since 2011. The first phase of the 2021 census was postponed in March 2020 because of the pandemic.\n' },
    ]);
    check('date-conflict', 'The first phase of Census 2021 was postponed on 24 March 2020 because of the pandemic.', ['24 March 2020'], { index });
    check('date-conflict', 'The first phase of Census 2021 was postponed on 25 March 2020 because of the pandemic.', [], { index });
  });

  it('a camp or a mela is held like a meeting: "the Ludhiana camp of 21 May 2025" against "held on 14 May 2025"', () => {
    const index = indexOf([{ name: 'udyam.md', text: 'The Udyam portal was launched on 1 July 2020.\n' }]);
    check('date-conflict', 'The supplier camp in Ludhiana was held on 14 May 2025 with the three platforms. The Ludhiana camp of 21 May 2025 helped local suppliers register.', ['21 May 2025'], { index });
    check('date-conflict', 'The farmers\' mela at Pusa was held on 3 March 2025. The Pusa mela of 5 March 2025 drew farmers from four States.', ['5 March 2025'], { index });
  });

  it('a year before an edition\'s name names the edition ("the 2020 Tokyo Games, held in 2021")', () => {
    const index = indexOf([{ name: 'tokyo.md', text: "India won seven medals there, including a gold in the men's javelin on 7 August 2021.\n" }]);
    check('date-conflict', 'India won seven medals at the 2020 Tokyo Games, held in 2021, and finished 48th.', [], { index });
  });

  it('a house that "approved" a bill passed it', () => {
    const index = indexOf([{ name: 'nsgb.md', text: 'The Rajya Sabha passed the National Sports Governance Bill, 2025 on August 12, 2025, a day after the Lok Sabha approved it on August 11, 2025.\n' }]);
    check('date-conflict', 'The Lok Sabha passed the National Sports Governance Bill on Monday, 11 August 2025.', [], { index });
    check('date-conflict', 'The Lok Sabha passed the National Sports Governance Bill on 10 August 2025.', ['10 August 2025'], { index });
  });

  it('a task or a question dates nothing', () => {
    const index = indexOf([{ name: 'gct.md', text: 'A. A Gati Shakti Cargo Terminal (GCT) is a freight terminal connected to the railway network. As of 31 March 2025, 91 GCTs had been commissioned, and another 234 had been approved.\n' }]);
    check('date-conflict', '- Check how many GCTs were commissioned in April and May 2025.', [], { index });
    check('date-conflict', 'How many GCTs were commissioned in May 2025?', [], { index });
  });

  it('"The review with the managers, held on ..., recorded ...": the participle dates the opening phrase', () => {
    const index = indexOf([{ name: 'w.md', text: 'The Ganga water treaty was signed on 12 December 1996.\n' }]);
    check('date-conflict', "The zonal freight review with the general managers was held on 4 June 2025 in Rail Bhavan. Members asked each zone to report. The zonal freight review with the general managers, held on 11 June 2025, recorded the zones' cargo terminal commissioning figures and pending land lease applications.", ['11 June 2025'], { index });
  });

  it('a word past a comma after the date does not set the event apart ("the day the revised definition took effect")', () => {
    const index = indexOf([{ name: 'udyam.md', text: 'The Udyam Registration portal was launched on July 1, 2020, the day the revised definition took effect.\n' }]);
    check('date-conflict', 'The Udyam Registration portal was launched on 1 July 2021.', ['1 July 2021'], { index });
  });

  it('things listed "to be leased between 2022 and 2025" date a plan\'s window, not the listing', () => {
    const index = indexOf([{ name: 'nmp.md', text: 'The National Monetisation Pipeline (NMP), unveiled by the Finance Minister on 23 August 2021, listed 25 AAI airports to be leased between 2022 and 2025.\n' }]);
    check('date-conflict', 'The National Monetisation Plan (NMP) of 23 August 2021 listed 25 AAI airports for lease.', [], { index });
    check('date-conflict', 'The National Monetisation Pipeline (NMP) was unveiled on 23 August 2022.', ['23 August 2022'], { index });
  });

  it('a flight that "flew" on a day is an event', () => {
    const index = indexOf([{ name: 'saf.md', text: 'A. Yes. The first commercial passenger flight by an Indian airline using indigenously produced SAF flew from Pune to Delhi on 19 May 2023.\n' }]);
    check('date-conflict', 'The first Indian commercial flight with indigenous SAF flew from Pune to Delhi on 19 May 2024.', ['19 May 2024'], { index });
    check('date-conflict', 'The first Indian commercial flight with indigenous SAF flew from Pune to Delhi on 19 May 2023.', [], { index });
  });

  it('a year declared one ("declaring 2023 the International Year of Millets on 3 March 2021") dates nothing', () => {
    const index = indexOf([{ name: 'iym.md', text: 'The United Nations General Assembly adopted an India-sponsored resolution declaring 2023 the International Year of Millets on 3 March 2021.\n' }]);
    check('date-conflict', 'The UN General Assembly adopted the resolution on the International Year of Millets on 3 March 2021.', [], { index });
    check('date-conflict', 'The UN General Assembly adopted the resolution on the International Year of Millets on 3 March 2022.', ['3 March 2022'], { index });
  });

  it('a letter "sent" is a letter submitted', () => {
    const index = indexOf([{ name: 'ioa.md', text: "A. Yes. The IOA submitted a Letter of Intent to the IOC's Future Host Commission on 1 October 2024.\n" }]);
    check('date-conflict', 'The Indian Olympic Association (IOA) sent its Letter of Intent to the International Olympic Committee (IOC) on 1 October 2023.', ['1 October 2023'], { index });
  });

  it("quotes the source and fixes to the source's date", () => {
    const draft = "India's Act East Policy, launched in 2016, matters.";
    const [f] = check('date-conflict', draft, ['2016']);
    assert.match(f.message, /2014/);
    assert.match(f.message, /Launched in 2014/);
    assert.equal(applyFix(draft, f), "India's Act East Policy, launched in 2014, matters.");
  });
  it('a footnote reference after a period ends the sentence the evidence quotes', () => {
    const index = indexOf([{ name: 'isa.md', text: 'The alliance was launched in Paris in 2015.[^1] Its Framework Agreement entered into force on 6 December 2017.\n\n[^1]: Joint statement.\n' }]);
    const [f] = check('date-conflict', 'The Framework Agreement entered into force on 6 December 2018.', ['6 December 2018'], { index });
    assert.match(f.message, /: “Its Framework Agreement entered into force on 6 December 2017\.”$/);
  });

  describe('a sentence with two dates: each has its own clause', () => {
    const index = indexOf([
      { name: 'gpai.md', text: 'India hosted the GPAI Summit in New Delhi in December 2023.\n\nNPCI International Payments Limited (NIPL) was created in 2020 to take UPI abroad.\n' },
      { name: 'dsa.md', text: 'The Digital Services Act (DSA) was published on 27 October 2022 and entered into force on 16 November 2022.\n' },
    ]);
    table('date-conflict', [
      ['a second clause shares the subject of the first', 'The DSA entered into force on 16 November 2023.', ['16 November 2023']],
      ['the same, dated right', 'The DSA entered into force on 16 November 2022.', []],
      ['the first date is not the hosting', 'A member of GPAI since June 2020, India hosted the GPAI Summit in New Delhi in December 2023.', []],
      ['the hosting dated wrongly', 'A member of GPAI since June 2020, India hosted the GPAI Summit in New Delhi in December 2022.', ['December 2022']],
      ['a clause describing the name before it', 'UPI, opened to the public in 2016, went abroad through NIPL, created in 2021.', ['2021']],
      ['the same, dated right', 'UPI, opened to the public in 2016, went abroad through NIPL, created in 2020.', []],
    ], { index });
  });

  describe('a relative clause dates its antecedent, not the main clause', () => {
    const index = indexOf([{ name: 'metro.md', text: 'The Yellow Line of the Namma Metro opened on 10 August 2025.\n\nThe Ministry of Housing and Urban Affairs launched the Smart Cities Mission on 25 June 2015.\n' }]);
    table('date-conflict', [
      ['a long main clause does not dilute it', 'Engineers from three cities who studied the signalling of the Yellow Line, which opened on 10 August 2024, now advise transport authorities across southern India on procurement.', ['10 August 2024']],
      ['the same, dated right', 'Engineers from three cities who studied the signalling of the Yellow Line, which opened on 10 August 2025, now advise transport authorities across southern India on procurement.', []],
      ['"which launched it" acts on the main clause\'s subject too', 'The Smart Cities Mission is run by the Ministry of Housing and Urban Affairs, which launched it on 25 June 2016, with the States.', ['25 June 2016']],
    ], { index });
  });

  describe('hazards, landfalls, a leading clause without the date, a revision as a verb', () => {
    const index = indexOf([
      { name: 'imd.txt', text: 'Cyclonic Storm Rana formed on 24 October 2025. Rana crossed the Odisha coast near Gopalpur during the night of\n28 October 2025, with sustained winds of 100 km/h. It weakened on 29 October 2025.\n\nIn the early hours of July 30, 2024, landslides tore through Mundakkai and Chooralmala.\n' },
      { name: 'tariffs.md', text: 'The three private telecom operators have raised mobile tariffs for the first time since late 2021, days after an auction in which they bought only a sliver of the spectrum the government put on sale.\n' },
      { name: 'rail.txt', text: 'The leaders recalled their joint inauguration, on 1 November 2023, of the Akhaura-Agartala cross-border rail link. The Jaynagar-Kurtha passenger rail link was flagged off on 2 April 2022.\n\nThe ministry converted ₹36,950 crore of the operator\'s dues into equity on 30 March 2025.\n\nThe Greater Male Connectivity Project was launched on 5 May 2023.\n' },
      { name: 'cheetah.md', text: 'A second batch of 12 cheetahs, seven males and five females, was translocated from South Africa on 18 February 2023.\n\nThe state released its own State Education Policy on 8 August 2025, which keeps the two-language formula.\n\nThe Green Credit Programme was set up under the Green Credit Rules, 2023, which the Ministry notified on 12 October 2023 under the Environment (Protection) Act, 1986.\n\nThe Wetlands (Conservation and Management) Rules, 2017 were notified on 26 September 2017 under the Environment (Protection) Act, 1986.\n' },
      { name: 'names.md', text: 'Each Severe Cyclonic Storm or Cyclonic Storm takes the next name on the panel\'s list. The States framed their rules after a long delay.\n' },
      { name: 'codes.txt', text: 'All four Labour Codes came into force on 21 November 2025.\n\nThe Survey Office released its second monthly bulletin on 16 June 2025, after revamping the survey design in January 2025.\n' },
    ]);
    table('date-conflict', [
      ['crossing the coast is a landfall', 'Cyclonic Storm Rana crossed the Odisha coast near Gopalpur on the night of 27 October 2025.', ['27 October 2025']],
      ['the same, dated right', 'Cyclonic Storm Rana made landfall near Gopalpur on 28 October 2025, crossing the Odisha coast.', []],
      ['animals that arrived were translocated', 'A second group of 12 cheetahs arrived from South Africa on 18 March 2023.', ['18 March 2023']],
      ['the same, dated right', 'A second group of 12 cheetahs arrived from South Africa on 18 February 2023.', []],
      ['a relative clause that describes the subject is not the date\'s event', 'Tamil Nadu\'s own State Education Policy, which keeps the two-language formula, was released on 8 September 2025.', ['8 September 2025']],
      ['a title\'s year before "which" belongs to the antecedent', 'The Green Credit Rules were notified in October 2023 under the Environment (Protection) Act, 1986.', []],
      ['an en dash joins a name as a hyphen does; an inauguration is a launch', 'The Akhaura–Agartala rail link was opened on 1 November 2023.', []],
      ['the same, dated wrongly', 'The Akhaura–Agartala rail link was opened on 1 November 2024.', ['1 November 2024']],
      ['a conversion of dues is an event', 'The ministry converted ₹36,950 crore of the operator\'s dues into equity on 30 March 2024.', ['30 March 2024']],
      ['"since late 2021" bounds a state, it dates no event', 'The private telecom operators bought spectrum at the auction of 2022, selling nothing.', []],
      ['crossing a figure is none', 'Rana crossed 100 km/h on 27 October 2025.', []],
      ['landslides are a disaster', 'The landslides at Mundakkai and Chooralmala struck in the early hours of 31 July 2024.', ['31 July 2024']],
      ['a leading clause without the date is the setting', 'After years of delay while the States framed their rules, all four Labour Codes came into force on 21 December 2025.', ['21 December 2025']],
      ['"revamped the design" is no second of anything', 'The bulletin comes from the Survey Office, which revamped the survey design in January 2025.', []],
    ], { index });
  });

  describe('dates that anchor no action, and words that are no trigger', () => {
    const index = indexOf([
      { name: 'cbam.md', text: 'During the transitional period, which runs until 31 December 2025, importers must file quarterly reports on their emissions.\n\nUnder the Poshan scheme, launched on 1 April 2018, every notified TB patient receives a direct benefit transfer (DBT) of Rs 500 a month.\n\nAccording to the Sample Registration System (SRS), the maternal mortality ratio fell from 130 per lakh live births in 2014-16 to 97 in 2018-20.\n' },
      // Hard-wrapped plain text: a sentence broken across lines is still one sentence.
      { name: 'pib.txt', text: 'The Surya scheme, launched by the Prime Minister on 13 February 2024 and approved by the\nUnion Cabinet on 29 February 2024 with an outlay of Rs 75,021 crore, aims to install rooftop solar systems\non one crore households and to provide up to 300 units of free electricity every month to each of them.\nMore than 8.46 lakh households had installed rooftop systems under the scheme by the end of January 2025.\n' },
    ]);
    table('date-conflict', [
      ['a date after "until" ends a state, it dates no filing', 'Importers filed their first quarterly reports by 31 January 2024.', []],
      ['an adjective is not a trigger ("every notified patient"); a semicolon divides the clauses', 'The Poshan scheme, introduced on 1 April 2018, pays every notified patient through DBT; the amount was raised to Rs 1,000 a month in November 2024.', []],
      ['the launch itself is still checked', 'The Poshan scheme, introduced on 1 April 2019, pays every notified patient through DBT.', ['1 April 2019']],
      ['"according to" is not an accord, "live births" no birth', 'The maternal mortality ratio fell from 130 to 97 per lakh live births between 2014-16 and 2018-20, according to the Sample Registration System.', []],
      ['a year in a citation key is no date', 'The Surya scheme was approved by the Union Cabinet on 29 February 2024 [@pib-2025].', []],
      ['an approval is not the launch before it in a wrapped sentence', 'The Surya scheme, approved by the Cabinet on 29 February 2024, targets one crore households.', []],
      ['the approval dated wrongly', 'The Surya scheme was approved by the Union Cabinet on 28 March 2024.', ['28 March 2024']],
    ], { index });
  });

  describe('a table row dates its thing; different names make different events', () => {
    const index = indexOf([
      { name: 'bonds.md', text: "Ahmedabad Municipal Corporation issued India's first municipal bond without a State guarantee in January 1998.\n\n| Issuer | Date | Size | Kind |\n|---|---|---|---|\n| Indore Municipal Corporation | 10 February 2023 | ₹244 crore | green bond |\n| Ghaziabad Nagar Nigam | 24 March 2021 | ₹150 crore | green bond |\n" },
      { name: 'water.md', text: 'The Ganga water treaty was signed on 12 December 1996.\n\n| Body | Founded |\n|---|---|\n| Indore Water Board | 3 May 2001 |\n' },
    ]);
    table('date-conflict', [
      ['a row that names the thing and holds the day backs the draft', "Indore's ₹244 crore green bond was issued on 10 February 2023.", []],
      ['without the row, the first bond would be the event', "Ahmedabad's first municipal bond was issued in January 1999.", ['January 1999']],
      ['a row must name what the subject names', "Ahmedabad's first municipal bond was issued on 10 February 2023.", ['10 February 2023']],
      ['a row that shares one word only does not back it', 'The Ganga water treaty was signed on 3 May 2001.', ['3 May 2001']],
      ['two bonds named by different cities are two events', "Indore's ₹244 crore green bond was issued on 10 February 2023. The Ghaziabad green bond, issued in March 2021, raised ₹150 crore.", []],
      ['a second mention that names the same city is the same bond', "Indore's green bond was issued on 10 February 2023. The Indore green bond, issued in March 2021, was oversubscribed.", ['March 2021']],
    ], { index });
  });

  it("a table row takes its action from the date column's header", () => {
    const index = indexOf([{ name: 'pesa.md', text: '| State | PESA rules notified | Gram Sabhas |\n|---|---|---|\n| Chhattisgarh | 8 August 2022 | 5,050 |\n| Madhya Pradesh | 15 November 2022 | 11,596 |\n\n| State | Gram Sabhas | Date |\n|---|---|---|\n| Odisha | 6,969 | 3 March 2021 |\n' }]);
    check('date-conflict', 'Chhattisgarh notified its PESA rules on 8 August 2023.', ['8 August 2023'], { index });
    check('date-conflict', 'Chhattisgarh notified its PESA rules on 8 August 2022.', [], { index });
    check('date-conflict', 'Madhya Pradesh notified its PESA rules in November 2022.', [], { index });
    // A header that only says "Date" names no action: the row dates nothing the draft can contradict.
    check('date-conflict', 'Odisha notified its PESA rules on 3 March 2024.', [], { index });
  });

  it("a report's year is its edition, not the date of its release", () => {
    const index = indexOf([{ name: 'isfr.md', text: "The India State of Forest Report (ISFR) 2023, released by the Forest Survey of India (FSI) on December 21, 2024, put forest cover at 25.17 percent.\n" }]);
    check('date-conflict', 'The ISFR 2023 was released by the Forest Survey of India (FSI) on 21 December 2024.', [], { index });
    check('date-conflict', 'ISFR 2023 was released by the Forest Survey of India on 21 December 2024.', [], { index });
    check('date-conflict', 'The ISFR 2023 was released by the Forest Survey of India in 2023.', ['2023'], { index });
  });

  it('"The Act came into force ..." is about the Act the sentence before names', () => {
    const index = indexOf([
      { name: 'fra.md', text: 'The Forest Rights Act (FRA) was passed by Parliament on 18 December 2006 and received the assent of the President on 29 December 2006. The Act came into force on 31 December 2007.\n' },
      { name: 'acts.md', text: 'The Compensatory Afforestation Fund Act, 2016 came into force on September 30, 2018.\n\nThe Panchayats Extension Act came into force on 24 December 1996.\n\nThe Biological Diversity Act came into force in 2003.\n' },
    ]);
    check('date-conflict', 'The FRA came into force on 31 December 2008.', ['31 December 2008'], { index });
    check('date-conflict', 'The FRA received the assent of the President on 29 December 2006 and came into force on 31 December 2008.', ['31 December 2008'], { index });
    check('date-conflict', 'The FRA came into force on 31 December 2007.', [], { index });
  });

  it('a list of places and dates after one verb dates each place', () => {
    const index = indexOf([{ name: 'twg.md', text: 'The Tourism Working Group (TWG) met four times: in the Rann of Kutch from 7 to 9 February 2023, in Siliguri and Darjeeling from 1 to 3 April 2023, in Srinagar from 22 to 24 May 2023, and in Goa in June 2023.\n' }]);
    check('date-conflict', 'The TWG met in Srinagar from 22 to 24 May 2023.', [], { index });
    check('date-conflict', 'The TWG met in Darjeeling from 1 to 3 April 2023.', [], { index });
    check('date-conflict', 'The TWG met in Srinagar from 22 to 24 July 2023.', ['22 to 24 July 2023'], { index });
  });

  it('"The Bill" is the Bill the sentence before names, and "passed it" acts on it', () => {
    const index = indexOf([
      { name: 'dae.md', text: 'The Union Cabinet approved the Atomic Energy (Amendment) Bill on 12 November 2025. The Bill was introduced in the Lok Sabha on 1 December 2025 and passed by the Lok Sabha on 3 December 2025. The Rajya Sabha passed it on 5 December 2025, and it received the assent of the President on 9 December 2025.\n' },
      { name: 'cess.md', text: "The Civil Liability for Nuclear Damage Act, 2010 received the President's assent on 21 September 2010.\n\nThe Biological Diversity Act received the President's assent on 5 February 2003.\n" },
    ]);
    check('date-conflict', "The Atomic Energy (Amendment) Act, 2025 received the President's assent on 19 December 2025.", ['19 December 2025'], { index });
    check('date-conflict', "The Atomic Energy (Amendment) Act, 2025 received the President's assent on 9 December 2025.", [], { index });
    check('date-conflict', 'The Atomic Energy (Amendment) Bill was introduced in the Lok Sabha on 2 December 2025.', ['2 December 2025'], { index });
  });

  it('a clause of time ("when the Act comes into force on ...") dates its own event', () => {
    const index = indexOf([
      { name: 'act.md', text: 'The Atomic Energy (Amendment) Act will come into force on 1 April 2026.\n\nThe model agreements were signed on 3 March 2026.\n' },
      { name: 'window.md', text: 'A private investment window for small reactors was announced in 2025.\n' },
    ]);
    // The window's opening is the main clause's event; the date is the Act's coming into force.
    const [f] = check('date-conflict', 'The private window opens when the Act comes into force on 1 July 2026, so the model agreements must be ready.', ['1 July 2026'], { index });
    assert.match(f.message, /says 1 April 2026/);
    check('date-conflict', 'The private window opens when the Act comes into force on 1 April 2026, so the model agreements must be ready.', [], { index });
  });

  it('"before the grace period ends on ..." dates the ending, not the main clause', () => {
    const index = indexOf([{ name: 'brief.md', text: '3. The DFSS issue binding standards for scene-of-crime work before the five-year grace period ends on 30 June 2029.\n' }]);
    check('date-conflict', 'The DFSS circular on scene-of-crime kits was issued on Thursday, 5 March 2025.', [], { index });
    // A preposition is no clause: "after it was passed by the Lok Sabha on ..." keeps the whole sentence.
    const act = indexOf([{ name: 'act.md', text: 'The Act was passed by the Lok Sabha on 7 August 2023.\n' }]);
    check('date-conflict', 'The Act received assent after it was passed by the Lok Sabha on 8 August 2023.', ['8 August 2023'], { index: act });
  });

  it('jails that "held 5,73,220 inmates" on a day held no meeting', () => {
    const index = indexOf([{ name: 'ncrb.md', text: 'The report, released on March 31, 2025, shows that Indian jails held 5,73,220 inmates on December 31, 2023, against a capacity of 4,36,266.\n' }]);
    check('date-conflict', 'The NCRB released the report on Monday, 31 March 2025, and it showed that Indian jails held 5,73,220 inmates against a capacity of 4,36,266.', [], { index });
    // A meeting is still held.
    const summit = indexOf([{ name: 'summit.md', text: 'The Delhi Prisons Summit was held on 5 May 2024 at Tihar.\n' }]);
    check('date-conflict', 'The Delhi Prisons Summit was held on 6 May 2024.', ['6 May 2024'], { index: summit });
  });

  it('"for all applications from 1 July 2025" dates when things apply, not the verb further off', () => {
    const index = indexOf([{ name: 'naac.md', text: 'The National Assessment and Accreditation Council (NAAC) will stop grading colleges on a seven-point scale and will instead declare them simply "Accredited" or "Not Accredited", under a reform approved by its Executive Committee on March 31, 2025. The binary system will apply to all applications received from July 1, 2025.\n' }]);
    check('date-conflict', 'The National Assessment and Accreditation Council (NAAC) will declare institutions "Accredited" or "Not Accredited" for all applications from 1 July 2025.', [], { index });
    check('date-conflict', 'The NAAC binary system will apply to all applications received from 1 August 2025.', ['1 August 2025'], { index });
  });

  it('"officials said on Wednesday" dates the saying, not the attack', () => {
    const index = indexOf([{ name: 'grid.md', text: 'Thursday, April 3, 2025\n\nA ransomware attack on the Western Regional Load Despatch Centre (WRLDC) in Mumbai forced engineers to run the grid by telephone for 14 hours, officials said on Wednesday. The attack began in the early hours of March 29, 2025.\n' }]);
    check('date-conflict', 'The ransomware attack on the western grid control centre in March 2025 showed the gaps.', [], { index });
  });

  it('a body "designated" as an agency on a day: a designation', () => {
    const index = indexOf([{ name: 'cii.md', text: 'The NCIIPC was designated as the national nodal agency for critical information infrastructure on January 16, 2014.\n' }]);
    check('date-conflict', 'The NCIIPC was designated as the national nodal agency on 16 January 2015.', ['16 January 2015'], { index });
    check('date-conflict', 'The NCIIPC was designated as the national nodal agency on 16 January 2014.', [], { index });
  });

  it('a source sentence that dates each house: the other house\'s date backs nothing', () => {
    const index = indexOf([{ name: 'laws.md', text: 'The Government withdrew the original Bills and introduced revised Bills on 12 December 2023. The Lok Sabha passed the revised Bills on 20 December 2023, and the Rajya Sabha passed them on 21 December 2023.\n' }]);
    check('date-conflict', 'The revised Bills were passed by the Rajya Sabha on 20 December 2023.', ['20 December 2023'], { index });
    check('date-conflict', 'The revised Bills were passed by the Rajya Sabha on 21 December 2023.', [], { index });
    check('date-conflict', 'The revised Bills were passed by the Lok Sabha on 20 December 2023.', [], { index });
  });

  it('a court that "ruled" on a day: a ruling ("the rules" are none)', () => {
    const index = indexOf([{ name: 'sc.md', text: 'Section 479 of the BNSS requires that a first-time undertrial be released on bail after one-third of the maximum sentence. On August 23, 2024, the Supreme Court ruled that the provision applies retrospectively to undertrials.\n' }]);
    check('date-conflict', 'The Supreme Court ruled on 23 August 2023 that this provision applies to undertrials retrospectively.', ['23 August 2023'], { index });
    check('date-conflict', 'The Supreme Court ruled on 23 August 2024 that this provision applies to undertrials retrospectively.', [], { index });
  });

  it('an auction "conducted" on a day was held then', () => {
    const index = indexOf([{ name: 'sgrb.md', text: 'A. The Reserve Bank of India (RBI) conducted the first auction of SGrBs on 25 January 2023, raising ₹8,000 crore. The second auction, on 9 February 2023, raised a further ₹8,000 crore.\n' }]);
    check('date-conflict', 'The Reserve Bank of India (RBI) held the first auction of SGrBs on 27 January 2023, raising ₹8,000 crore.', ['27 January 2023'], { index });
    check('date-conflict', 'The Reserve Bank of India (RBI) held the first auction of SGrBs on 25 January 2023, raising ₹8,000 crore.', [], { index });
  });

  it('a lake that "burst" on a day: a disaster', () => {
    const index = indexOf([{ name: 'glof.md', text: 'Glacial lake floods are not new in the Himalaya. On 17 June 2013, Chorabari lake above Kedarnath in Uttarakhand burst after days of heavy rain, and the flood killed thousands of pilgrims.\n' }]);
    check('date-conflict', 'Earlier, Chorabari lake above Kedarnath burst on 16 June 2013 after days of heavy rain.', ['16 June 2013'], { index });
    check('date-conflict', 'Earlier, Chorabari lake above Kedarnath burst on 17 June 2013 after days of heavy rain.', [], { index });
  });

  it('a plant "dedicated to the nation" on a day was launched then', () => {
    const index = indexOf([{ name: 'e20.md', text: "Indian Oil Corporation's second-generation (2G) ethanol plant at Panipat, which makes ethanol from rice straw, was dedicated to the nation on 10 August 2022.\n" }]);
    check('date-conflict', 'The Panipat second-generation (2G) plant was dedicated to the nation on 10 August 2023.', ['10 August 2023'], { index });
    check('date-conflict', 'The Panipat second-generation (2G) plant was dedicated to the nation on 10 August 2022.', [], { index });
  });

  it('a two-day summit "held on 17 and 18 August 2023" backs either day', () => {
    const index = indexOf([{ name: 'gctm.md', text: "The first WHO Traditional Medicine Global Summit was held at Gandhinagar on 17 and 18 August 2023, alongside the G20 health ministers' meeting.\n" }]);
    check('date-conflict', 'The first WHO Traditional Medicine Global Summit opened at Gandhinagar on 17 August 2023.', [], { index });
    check('date-conflict', 'The first WHO Traditional Medicine Global Summit was held at Gandhinagar on 19 August 2023.', ['19 August 2023'], { index });
  });

  it('a portal "relaunched" on a day; a dashboard that "went live" or is "live since" a day was launched', () => {
    const index = indexOf([{ name: 'faq.md', text: "A. All Open Series Maps can be downloaded free of charge from the Survey's map portal, which was relaunched on 1 July 2022.\n\nThe district dashboard for property cards went live on 5 May 2025 in Dehradun.\n" }]);
    check('date-conflict', "The correction service was opened to the public on 14 January 2025, and the Survey's map portal was relaunched on 1 July 2021.", ['1 July 2021'], { index });
    check('date-conflict', 'The district dashboard for property cards went live on 12 May 2025 in Dehradun.', ['12 May 2025'], { index });
    check('date-conflict', 'The district dashboard for property cards, live since 12 May 2025, lists every village in Dehradun.', ['12 May 2025'], { index });
    check('date-conflict', 'The district dashboard for property cards, live since 5 May 2025, lists every village in Dehradun.', [], { index });
  });

  it('"..., and for the steel pilots on 19 March 2024" repeats the verb before it', () => {
    const index = indexOf([{ name: 'sight.md', text: 'Guidelines for the mobility pilots were issued on 16 February 2024, and for the steel pilots on 19 March 2024.\n' }]);
    check('date-conflict', 'The steel pilot guidelines were issued on Tuesday, 19 March 2024.', [], { index });
    check('date-conflict', 'The mobility pilot guidelines were issued on 16 February 2024.', [], { index });
  });

  it('"for the 2025-26 marketing season" names the season; the day after it dates the approval', () => {
    const index = indexOf([{ name: 'msp.md', text: 'The Union Cabinet approved the Minimum Support Price (MSP) for 14 kharif crops for the 2025-26 marketing season on May 28, 2025.\n' }]);
    check('date-conflict', 'The Union Cabinet approved the Minimum Support Price (MSP) for 14 kharif crops on 28 June 2025.', ['28 June 2025'], { index });
    check('date-conflict', 'The Union Cabinet approved the Minimum Support Price (MSP) for 14 kharif crops on 28 May 2025.', [], { index });
  });

  it('a count "from about 10,400 in 2022 to 25,300 in 2024" gives a figure\'s years, no event\'s', () => {
    const index = indexOf([{ name: 'lk.md', text: 'Tourist arrivals in Lakshadweep rose from about 10,400 in 2022 to 25,300 in 2024, according to figures from the administration.\n' }]);
    check('date-conflict', 'Tourist arrivals in Lakshadweep rose from about 10,400 in 2022 to 25,300 in 2024 [@lk].', [], { index });
  });

  it("a deadline's date bounds, it dates no event", () => {
    const index = indexOf([{ name: 'it.md', text: 'The IT Rules, 2021 were notified on 25 February 2021 under the IT Act.\n\nEach SSMI must appoint a grievance officer. The deadline for SSMIs to comply was 26 May 2021, three months after notification.\n' }]);
    check('date-conflict', 'The IT Rules 2021 were notified on 25 February 2021, and SSMIs had until 26 May 2021 to comply.', [], { index });
    check('date-conflict', 'SSMIs received the notification of the IT Rules 2021 on 25 February 2021.', [], { index });
  });

  it('"started sending alerts" starts the sending, not another start of the same body', () => {
    const index = indexOf([{ name: 'mv.md', text: 'Madhyanchal Vidyut Vitran Nigam Limited (MVVNL), the utility that serves Lucknow and 18 surrounding districts, began a pilot conversion of 12,000 consumers in Aliganj to prepaid mode on April 1, 2025.\n' }]);
    check('date-conflict', "MVVNL's billing team started sending Hindi voice alerts to Aliganj consumers on 3 June 2025.", [], { index });
    // The same start said with the alerts as its thing is the same event.
    check('date-conflict', "MVVNL's billing team started sending Hindi voice alerts to Aliganj consumers on 3 June 2025. Later, MVVNL's billing team started the Hindi voice alerts on 10 June 2025.", ['10 June 2025'], { index });
  });

  it('"The sirens, inaugurated on ..." are the village sirens the sentence or paragraph before named', () => {
    const text = 'The deaths came three weeks after the Bihar State Disaster Management Authority (BSDMA) inaugurated a network of 500 village sirens linked to the state\'s Vajra Alert app.';
    const rest = 'The sirens, inaugurated on June 20, 2025, are meant to sound automatically when the app predicts lightning.';
    const draft = 'The BSDMA inaugurated 500 village sirens linked to the Vajra Alert app on 20 July 2025.';
    check('date-conflict', draft, ['20 July 2025'], { index: indexOf([{ name: 'pp.md', text: `${text} ${rest}\n` }]) });
    check('date-conflict', draft, ['20 July 2025'], { index: indexOf([{ name: 'pp.md', text: `${text}\n\n${rest}\n` }]) });
    // A name the document gave before still comes first: "The federation" is the federation it named.
    const fed = 'The Sabarmati Cooperative Milk Marketing Federation (SCMMF) reported a record turnover.\n\nHe said the federation returned 82 percent of every rupee to its members.\n\nThe federation was registered on July 9, 1973, by six district milk unions.\n';
    check('date-conflict', 'The Sabarmati Cooperative Milk Marketing Federation (SCMMF) was registered on 9 July 1937 by six district milk unions.', ['9 July 1937'], { index: indexOf([{ name: 'at.md', text: fed }]) });
  });

  it('a figure\'s year ("fell from 465 in 2018 to 301 in 2023") dates the figure, not the clause before it', () => {
    const index = indexOf([{ name: 'od.md', text: 'Odisha declared lightning a state-specific disaster in 2015, the first state to do so.\n' }]);
    check('date-conflict', 'Odisha was the first state to declare lightning a state-specific disaster, and its deaths fell from 465 in 2018 to 301 in 2023.', [], { index });
    check('date-conflict', 'Odisha declared lightning a state-specific disaster in 2018.', ['2018'], { index });
  });

  it('a report "presented to Lok Sabha" is one event, whether "Report" is written with a capital or not', () => {
    const index = indexOf([{ name: 'cr.md', text: '# Report\n\n3. The Report was presented to Lok Sabha on 12 March 2025 and laid on the Table of Rajya Sabha on the same day.\n' }]);
    check('date-conflict', 'The report was presented to Lok Sabha on 13 March 2025 and laid in Rajya Sabha the same day.', ['13 March 2025'], { index });
    check('date-conflict', 'At present the report lists 13 March 2025 as the day of the next review.', [], { index });
  });

  it('a deadline said to fall on a day is a deadline, not what was done by it', () => {
    const index = indexOf([{ name: 'cr.md', text: 'The committee noted that 68,827 Amrit Sarovars had been completed by the close of Phase I on 31 March 2024.\n' }]);
    check('date-conflict', 'The Phase I deadline fell on Wednesday, 15 August 2023, and 66,140 Amrit Sarovars had been completed by then.', [], { index });
  });

  it('"The hearing, held on ..., was organised by X" is X\'s hearing', () => {
    const index = indexOf([{ name: 'bh.md', text: 'Residents crowded into a school ground for a public hearing on resettlement.\n\nThe hearing, held on February 26, 2025, was organised by the Ken-Betwa Link Project Authority and the Chhatarpur district administration.\n' }]);
    check('date-conflict', 'The Ken-Betwa Link Project Authority and the Chhatarpur district administration held a public hearing on 26 March 2025.', ['26 March 2025'], { index });
  });

  it('a noun that ends a name its acronym spells ("Human-elephant conflict (HEC)") is no trigger', () => {
    const index = indexOf([{ name: 'pe.md', text: 'Project Elephant (PE) was launched on 24 February 1992 to protect elephants and to reduce human-elephant conflict (HEC).\n' }]);
    check('date-conflict', 'Human-elephant conflict (HEC) killed 2,816 people in India between 2019-20 and 2023-24.', [], { index });
    check('date-conflict', 'Project Elephant was launched on 24 February 1993 to reduce human-elephant conflict.', ['24 February 1993'], { index });
  });

  it('the new date a deadline is moved to is no date of the meeting that moved it', () => {
    const index = indexOf([{ name: 'br.md', text: 'The Mission Steering Group (MSG) extended the deadline for completing construction to 31 March 2026 at its meeting on 24 July 2024.\n' }]);
    const draft = 'The Mission Steering Group (MSG) moved the completion deadline to 31 March 2026 at its meeting on 24 June 2024.';
    const findings = check('date-conflict', draft, ['24 June 2024'], { index });
    assert.match(findings[0].message, /says 24 July 2024/);
  });

  it('a "Since ..." clause with its own verb dates its own event, and a camp "at" a place is the camp that opened', () => {
    const draft = 'The grievance camp at Chhatarpur collectorate opened on 9 June 2025 with revenue staff.\n\nSince the Chhatarpur camp opened on 16 June 2025, it has also taken complaints about tree felling.';
    check('date-conflict', draft, ['16 June 2025'], { index: indexOf([{ name: 'x.md', text: 'Nothing about camps.\n' }]) });
    const pond = 'The desilted Kharka pond was handed over to its Sarovar User Group on 2 August 2025.\n\nSince the pond was handed over to the user group on 9 August 2025, its members have cleared the outlet twice.';
    check('date-conflict', pond, ['9 August 2025'], { index: indexOf([{ name: 'x.md', text: 'Nothing about ponds.\n' }]) });
  });

  it("a draft's byline dates the draft, no event", () => {
    const index = indexOf([{ name: 'cr.md', text: 'The committee held its meeting with the Secretary of the Department of Health on 11 February 2025.\n' }]);
    check('date-conflict', 'Prepared for the meeting of state health secretaries, June 2025.', [], { index });
    check('date-conflict', 'The committee held its meeting with the Secretary of the Department of Health in June 2025.', ['June 2025'], { index });
  });

  it('"began uploading" starts the uploading, not what it is uploaded to', () => {
    const index = indexOf([{ name: 'hub.md', text: 'The Incredible India Content Hub, a digital library for tour operators, was launched on World Tourism Day, 27 September 2023.\n' }]);
    const draft = 'The Incredible India Content Hub was launched on 27 September 2023. States began uploading content to the Incredible India Content Hub on 3 October 2023. The content upload drive, which began on 10 October 2023, now covers every destination.';
    check('date-conflict', draft, ['10 October 2023'], { index });
  });

  it('a launch of another thing by the same body is another launch ("its audit drive" is not "the portal")', () => {
    const index = indexOf([{ name: 'faq.md', text: 'The Central Pollution Control Board (CPCB) runs an online portal on which producers and recyclers of e-waste register. The portal was launched on 15 March 2023, ahead of the Rules coming into force.\n' }]);
    const draft = 'The Central Pollution Control Board (CPCB) launched its recycler audit drive on 3 February 2025 in Chennai. Recyclers described the audits as thorough. The audit drive, launched on 10 February 2025, now covers the southern states.';
    check('date-conflict', draft, ['10 February 2025'], { index });
    // The same thing named: the portal's launch.
    check('date-conflict', 'The Central Pollution Control Board (CPCB) launched its portal on 3 February 2025.', ['3 February 2025'], { index });
    check('date-conflict', 'The CPCB portal was launched on 3 February 2025.', ['3 February 2025'], { index });
    // A subject that opened without an object is the thing opened; a conference is no portal.
    const own = 'The Global Millets (Shree Anna) Conference opened in New Delhi on 18 March 2023. The Shree Anna recipe portal was launched on 4 March 2025 in Hyderabad. The recipe portal, launched on 11 March 2025, hosts recipes.';
    check('date-conflict', own, ['11 March 2025'], { index: indexOf([{ name: 'x.md', text: 'Nothing dated here.\n' }]) });
    // Nouns of one kind may name one thing: "the drive" is the campaign.
    const campaign = indexOf([{ name: 'm.md', text: 'The Catch the Rain campaign was launched on 22 March 2021 by the Prime Minister.\n' }]);
    check('date-conflict', 'The Prime Minister launched the Catch the Rain drive on 22 March 2020.', ['22 March 2020'], { index: campaign });
    check('date-conflict', 'The Prime Minister launched the Catch the Rain portal on 22 March 2020.', [], { index: campaign });
  });

  it('a target "revised" on a day is an event; "the revised scheme" is no verb', () => {
    const index = indexOf([{ name: 'ncap.md', text: 'The programme originally aimed to reduce particulate matter concentrations by 20 to 30 percent by 2024. The Ministry revised the target on 22 September 2022: cities are now to reduce PM10 concentrations by up to 40 percent by 2025-26, against a 2017-18 baseline.\n' }]);
    check('date-conflict', 'The original goal of 20 to 30 percent by 2024 was replaced when the Ministry revised the target on 22 September 2023.', ['22 September 2023'], { index });
    check('date-conflict', 'The target was revised on 22 September 2022.', [], { index });
    check('date-conflict', 'The revised target took effect for the 2025-26 plans, as the Ministry said on 22 September 2023.', [], { index });
  });

  it('a year after a name\'s bracketed acronym and a comma is the name\'s ("the Code of Criminal Procedure (CrPC), 1973")', () => {
    const index = indexOf([{ name: 'laws.md', text: 'The Bharatiya Nyaya Sanhita (BNS) and two other criminal laws came into force on 1 July 2024. They replace the Indian Penal Code (IPC), 1860, the Code of Criminal Procedure (CrPC), 1973 and the Indian Evidence Act, 1872 respectively.\n' }]);
    check('date-conflict', 'The Bharatiya Nyaya Sanhita (BNS), 2023 replaced the Indian Penal Code (IPC) and came into force on 1 July 2024.', [], { index });
    check('date-conflict', 'The Bharatiya Nyaya Sanhita (BNS), 2023 replaced the Indian Penal Code (IPC) and came into force on 1 July 2025.', ['1 July 2025'], { index });
    const repeal = indexOf([{ name: 'r.md', text: 'The Code of Criminal Procedure (CrPC) was repealed on 1 July 2024, as was the Indian Penal Code.\n' }]);
    check('date-conflict', 'The Code of Criminal Procedure (CrPC), 1973 was repealed on 1 July 2024.', [], { index: repeal });
  });

  it('a year or span right after a name\'s bracketed acronym, without a comma, is the name\'s ("the Action Plan for Vulture Conservation (APVC) 2020-2025")', () => {
    const index = indexOf([{ name: 'v.md', text: 'The Action Plan for Vulture Conservation (APVC) 2020-2025 was launched by the MoEFCC on 16 November 2020.\n' }]);
    check('date-conflict', 'The Action Plan for Vulture Conservation (APVC) 2020-2025, launched on 16 December 2020, sets a target of one safe zone in every state.', ['16 December 2020'], { index });
    check('date-conflict', 'The APVC was launched on 16 November 2020.', [], { index });
  });

  it('an unnumbered meeting of a body is not its first meeting, and a report\'s date does not date what it reports in the perfect', () => {
    const index = indexOf([{ name: 'v.md', text: '---\ntitle: Centre approves centres\ndate: 2025-03-05\n---\n\nThe Ministry of Environment, Forest and Climate Change (MoEFCC) today announced that the National Vulture Conservation Steering Committee (NVCSC) has approved four new breeding centres. The approval was given at the eighth meeting of the committee, held in New Delhi on 3 March 2025.\n\nThe NVCSC was constituted to oversee the plan. It held its first meeting on 12 March 2021 and has since met once a year.\n' }]);
    check('date-conflict', 'The National Vulture Conservation Steering Committee (NVCSC) approved four new breeding centres at its meeting held on 3 March 2025.', [], { index });
    check('date-conflict', 'The National Vulture Conservation Steering Committee (NVCSC) held its first meeting on 12 March 2022.', ['12 March 2022'], { index });
    // (Nor when the body is named by words rather than an acronym.)
    const kaveri = indexOf([{ name: 'k.md', text: 'The Kaveri Steering Committee held its first meeting on 12 March 2021.\n' }]);
    check('date-conflict', 'The Kaveri Steering Committee approved four new centres at its meeting on 3 March 2025.', [], { index: kaveri });
    const report = indexOf([{ name: 'r.md', text: 'The Ministry announced on 5 March 2025 that the Steering Committee has approved four new breeding centres.\n' }]);
    check('date-conflict', 'The Steering Committee approved four new breeding centres on 3 March 2025.', [], { index: report });
    check('date-conflict', 'The Ministry announced the four new breeding centres on 7 March 2025.', ['7 March 2025'], { index: report });
  });

  it('a thing the sentence launched already and "opened" to more at a later date is no second launch', () => {
    const index = indexOf([{ name: 'u.md', text: 'The UPI One World wallet lets visitors pay by UPI. It was launched on 20 February 2023 for foreign visitors at select airports and was extended to all foreign visitors on 1 January 2025.\n' }]);
    check('date-conflict', 'The UPI One World wallet, launched on 20 February 2023 for foreign visitors at select airports, was opened to all of them on 1 January 2025.', [], { index });
    check('date-conflict', 'The UPI One World wallet, launched on 20 March 2023 for foreign visitors at select airports, was opened to all of them on 1 January 2025.', ['20 March 2023'], { index });
  });

  it('a clause after the date with a subject of its own and a verb in the present ("and every working GN now uploads") lends the event no words', () => {
    const index = indexOf([{ name: 'g.md', text: 'The Gram Nyayalaya Monitoring Portal (GNMP), launched on 11 November 2024, now collects monthly data. In 2024-25, the working courts disposed of 1,15,600 cases, according to the returns they uploaded to the GNMP. Every court must file a monthly return.\n' }]);
    check('date-conflict', 'Monitoring has improved on paper. The Gram Nyayalaya Monitoring Portal (GNMP) was launched on 11 December 2024, and every working court now uploads a monthly return to it.', ['11 December 2024'], { index });
    check('date-conflict', 'The Gram Nyayalaya Monitoring Portal (GNMP) was launched on 11 November 2024, and each working GN also files its return there.', [], { index });
  });

  it('a date that opens the sentence dates the main verb after it, not a noun of a trigger far off in a participle clause', () => {
    const index = indexOf([{ name: 'c.md', text: 'The Court modified the direction on 26 April 2023, exempting protected areas that already had a draft or final notification.\n' }]);
    check('date-conflict', 'On 26 April 2024 the Court modified this direction, exempting protected areas that already had a draft or final notification and those on inter-State boundaries.', ['26 April 2024'], { index });
    check('date-conflict', 'On 26 April 2023 the Court modified this direction, exempting protected areas that already had a draft or final notification and those on inter-State boundaries.', [], { index });
  });

  it('", a revised draft was released on ..." after a leading clause is a main clause, no appositive of the clause\'s last noun', () => {
    const index = indexOf([{ name: 'm.md', text: 'The Ministry of Mines released the revised draft Geo-heritage Sites and Geo-relics Bill for public consultation on 18 February 2025.\n\nThe Expert Committee on Geo-heritage Legislation reviewed the first draft on 10 December 2024.\n' }]);
    check('date-conflict', 'After the Expert Committee on Geo-heritage Legislation reviewed it, a revised draft was released on 18 March 2025, with comments invited for a month.', ['18 March 2025'], { index });
    check('date-conflict', 'After the Expert Committee on Geo-heritage Legislation reviewed it, a revised draft was released on 18 February 2025.', [], { index });
  });

  it('a participle with its agent before the sentence\'s verb, without commas ("The TEC appointed by the Supreme Court recommended ... in 2013"), dates nothing', () => {
    const index = indexOf([{ name: 't.md', text: 'The court appointed a Technical Expert Committee (TEC) on 10 May 2012 to advise it on field trials. The TEC submitted its final report on 28 June 2013, recommending a moratorium on field trials.\n' }]);
    check('date-conflict', 'The Technical Expert Committee (TEC) appointed by the Supreme Court recommended a moratorium on field trials of herbicide-tolerant crops in 2013, and the TEC\'s view still colours the debate.', [], { index });
    check('date-conflict', 'The Technical Expert Committee (TEC) was appointed by the Supreme Court in 2013.', ['2013'], { index });
  });

  it('"the amendment Bill" names the amendment, and a clause with an agent of its own does not take the agent before it', () => {
    const index = indexOf([{ name: 'p.md', text: 'The Rajya Sabha passed the National Anti-Doping (Amendment) Bill, 2025 on 12 August 2025, a day after the Lok Sabha passed it on 11 August 2025.\n\nThe National Anti-Doping Bill, 2021 was introduced in the Lok Sabha on 17 December 2021. The Lok Sabha passed the Bill on 27 July 2022 and the Rajya Sabha passed it on 3 August 2022.\n' }]);
    check('date-conflict', 'The amendment Bill was passed by the Lok Sabha on 11 August 2025 and cleared by the Rajya Sabha on Tuesday, 12 August 2025.', [], { index });
    check('date-conflict', 'The amendment Bill was passed by the Lok Sabha on 11 August 2025 and cleared by the Rajya Sabha on 14 August 2025.', ['14 August 2025'], { index });
    const introduced = indexOf([{ name: 'i.md', text: 'The National Anti-Doping (Amendment) Bill, 2025 was introduced in the Lok Sabha on 23 July 2025.\n\nThe National Anti-Doping Bill, 2021 was introduced in the Lok Sabha on 17 December 2021.\n' }]);
    const [f] = check('date-conflict', 'The amendment Bill was introduced in the Lok Sabha on 25 July 2025.', ['25 July 2025'], { index: introduced });
    assert.match(f.message, /says 23 July 2025/);
  });

  it('the end of a span that runs "from" a dated launch, after a comma, is no launch date', () => {
    const index = indexOf([{ name: 'o.md', text: 'One Nation One Dialysis (ONOD) portability was launched on 13 March 2025.\n' }]);
    check('date-conflict', 'Our first export covers sessions from the ONOD launch on Thursday, 13 March 2025, to 31 May 2025.', [], { index });
    check('date-conflict', 'Our first export covers sessions from the ONOD launch on Thursday, 14 March 2025, to 31 May 2025.', ['14 March 2025'], { index });
  });

  describe('a year that names an instrument, a base or which one of a kind dates no event', () => {
    const index = indexOf([{ name: 's.md', text: 'The DGLL published a survey of heritage lighthouses in 2023. The NSC will release the new CPI series on 12 February 2026. The NSC approved the release calendar on 20 November 2024.\n' }]);
    table('date-conflict', [
      ['"since the 2021 Act"', 'This note pulls together what the DGLL has published on heritage lighthouses since the 2021 Act.', []],
      ['"base year 2024"', 'The new CPI series with base year 2024 will be released by the NSC on 12 February 2026.', []],
      ['"the 2026 release calendar" beside a date to the day', 'The NSC approved the 2026 release calendar on 19 November 2025.', ['19 November 2025']],
      ['but "the 2023 survey of" dates the survey', 'The NSC reviewed the 2023 survey of heritage lighthouses by the DGLL on 20 November 2024.', []],
    ], { index });
  });

  describe('a base year chosen and what a body should do date no event', () => {
    const index = indexOf([{ name: 'n.md', text: 'The choice of 2022-23 as the base year was approved by the Advisory Committee on National Accounts Statistics (ACNAS) at its meeting on June 11, 2025.\n\nThe National Statistical Commission (NSC) should decide on an official poverty line on the basis of the 2023-24 round.\n' }]);
    table('date-conflict', [
      ['"approved 2022-23 as the new base year on 11 July 2025" is the approval of 11 June', 'The Advisory Committee on National Accounts Statistics (ACNAS) approved 2022-23 as the new base year on 11 July 2025, replacing 2011-12.', ['11 July 2025']],
      ['"should decide ... the 2023-24 round" is no decision of 2023', 'The National Statistical Commission (NSC) decided on the official poverty line on 19 November 2025.', []],
    ], { index });
    const each = indexOf([{ name: 'e.md', text: 'The Ministry should notify the pilot rules on 1 May 2025.\n' }]);
    table('date-conflict', [
      ['what a body should do on a day is not done then', 'The Ministry notified the pilot rules on 3 May 2025.', []],
    ], { index: each });
  });

  it('a clause of "after" with a measure of time before it (", a day after it was held") tells of another time', () => {
    const index = indexOf([{ name: 'n.md', text: 'The National Testing Agency was registered in November 2017 and conducts the University Grants Commission (UGC) National Eligibility Test (NET).\n' }]);
    check('date-conflict', 'Weeks later, the Ministry of Education cancelled the University Grants Commission (UGC) National Eligibility Test (NET) on 19 June 2024, a day after it was held.', [], { index });
  });

  it('a paragraph that opens with "It" goes on about what the paragraph before named', () => {
    const index = indexOf([{ name: 'n.md', text: 'The National Urban Co-operative Finance and Development Corporation (NUCFDC) was inaugurated on 2 March 2024.\n\nThe Reserve Bank of India was set up on 1 April 1935.\n' }]);
    check('date-conflict', 'The National Urban Co-operative Finance and Development Corporation (NUCFDC) is the umbrella organisation for the sector.\n\nIt was inaugurated in New Delhi on 12 March 2024.', ['12 March 2024'], { index });
    check('date-conflict', 'The National Urban Co-operative Finance and Development Corporation (NUCFDC) is the umbrella organisation for the sector.\n\nIt was inaugurated in New Delhi on 2 March 2024.', [], { index });
    check('date-conflict', '## The umbrella body\n\nIt was inaugurated in New Delhi on 12 March 2024.', [], { index });
    // (A chain of such sentences: the second goes on about the same thing. With no paragraph before, or
    // after "Its ... is the NUCFDC.", the sentence reads its own paragraph.)
    check('date-conflict', '## The umbrella body\n\nIt is the National Urban Co-operative Finance and Development Corporation (NUCFDC). It was inaugurated in New Delhi on 12 March 2024.', ['12 March 2024'], { index });
    check('date-conflict', 'The Reserve Bank regulates the banks.\n\nIts umbrella body is the National Urban Co-operative Finance and Development Corporation (NUCFDC). It was inaugurated in New Delhi on 12 March 2024.', ['12 March 2024'], { index });
    check('date-conflict', 'The National Urban Co-operative Finance and Development Corporation (NUCFDC) is the umbrella organisation for the sector.\n\nIt was registered in 2023. It was inaugurated in New Delhi on 12 March 2024.', ['12 March 2024'], { index });
    check('date-conflict', 'The National Urban Co-operative Finance and Development Corporation (NUCFDC) is the umbrella organisation for the sector.\n\nIt was registered in 2023. It was inaugurated in New Delhi on 2 March 2024.', [], { index });
    // (Such a sentence is no reference for the draft's own dates: the later correct one is not flagged.)
    check('date-conflict', 'The National Urban Co-operative Finance and Development Corporation (NUCFDC) is the umbrella organisation for the sector.\n\nIt was inaugurated by Amit Shah at Vigyan Bhawan on 12 March 2024.\n\nThe Corporation was inaugurated by Amit Shah at Vigyan Bhawan on 2 March 2024.', ['12 March 2024'], { index });
  });

  it('a class\'s noun that qualifies the noun after it is a thing, not an act ("the 2026 release calendar", "its quarterly releases")', () => {
    const index = indexOf([{ name: 'n.md', text: 'The National Statistical Commission (NSC) had recommended in 2023 that the survey move to a monthly frequency and cover rural areas in its quarterly releases.\n\nThe NSC released the revised calendar on 2 May 2024.\n' }]);
    check('date-conflict', 'The National Statistical Commission (NSC) approved the 2026 release calendar on 19 November 2025.', [], { index });
    // (A noun that heads its phrase still names the act: "the release of the revised calendar on ...".)
    check('date-conflict', 'The release of the revised calendar by the NSC on 2 May 2025 was delayed.', ['2 May 2025'], { index });
  });

  it('a fronted phrase that names only its gathering dates the main clause\'s act ("At the meeting on ..., the Minister launched ...")', () => {
    const index = indexOf([{ name: 'p.md', text: 'At the meeting on 8 April 2025, the Minister launched the Saur Sinchai Monitoring Portal (SSMP). The SSMP will track each sanctioned pump.\n' }]);
    check('date-conflict', 'The Saur Sinchai Monitoring Portal (SSMP) was launched on 9 April 2025.', ['9 April 2025'], { index });
    check('date-conflict', 'The Saur Sinchai Monitoring Portal (SSMP) was launched on 8 April 2025.', [], { index });
    // (Not a clause of its own: "Since the advisory was issued on ..., the district has started ..." dates the advisory.)
    const advisory = indexOf([{ name: 'a.md', text: 'The Ministry of Tribal Affairs issued the VAMS advisory on 7 February 2025.\n\nThe Ministry opened the VAMS portal in 2024.\n' }]);
    check('date-conflict', 'Since the VAMS advisory was issued on 7 February 2026, the district has also started tagging each reopened claim.', ['7 February 2026'], { index: advisory });
  });

  it('a clause with a verb of its own repeats no verb before it (", followed by an open house discussion on ...")', () => {
    const index = indexOf([{ name: 't.md', text: 'TRAI released a consultation paper on September 27, 2024, and held an open house discussion on October 18, 2024, at which operators clashed.\n' }]);
    check('date-conflict', 'TRAI released a consultation paper on 27 September 2024, followed by an open house discussion on Friday, 18 October 2024.', [], { index });
  });

  it('a noun before a preposition heads its phrase ("signed ... at a virtual summit between ...")', () => {
    const index = indexOf([{ name: 'c.md', text: 'The Harbour Partnership Agreement (HPA) between India and Oman was the first of its kind. The agreement was signed on February 18, 2022, at a virtual summit between Prime Minister Narendra Modi and Sultan Haitham bin Tarik, and it entered into force on May 1, 2022.\n' }]);
    check('date-conflict', 'The Harbour Partnership Agreement (HPA) with Oman entered into force on 18 February 2022.', ['18 February 2022'], { index });
  });

  it('a question to ask still asserts the date of its relative clause ("whether the guidelines, which were notified on ...")', () => {
    const index = indexOf([{ name: 'g.md', text: 'The revised Harbour Fund guidelines were notified on 15 January 2024.\n' }]);
    check('date-conflict', 'We still need to check whether the revised Harbour Fund guidelines, which were notified on 16 January 2024, required fresh approval.', ['16 January 2024'], { index });
  });

  it('"That committee ..." is the committee the sentence before described ("an expert committee chaired by ...")', () => {
    const index = indexOf([{ name: 'p.md', text: 'The Department constituted an Expert Committee on Deep-Sea Fishing on 5 November 2024 under the chairpersonship of Dr. Meera Raghavan. The committee submitted its report on 19 December 2024.\n\nThe Harbour Board submitted its annual report on 9 December 2024.\n' }]);
    check('date-conflict', 'The Bill builds on the work of an expert committee chaired by Dr. Meera Raghavan, which the Department had constituted on 5 November 2024. That committee submitted its report on 9 December 2024.', ['9 December 2024'], { index });
    check('date-conflict', 'The Bill builds on the work of an expert committee chaired by Dr. Meera Raghavan, which the Department had constituted on 5 November 2024. That committee submitted its report on 19 December 2024.', [], { index });
  });

  it('a clause of "after" whose subject is a name and its noun ("after the Delhi government signed ... on") is the date\'s', () => {
    const index = indexOf([
      { name: 'l.md', text: 'BENGALURU/NEW DELHI: Senior citizens in the national capital and its eleven revenue districts will finally be able to use Harbour Vay Vandana Cards at empanelled private hospitals after the Delhi government signed a Memorandum of Understanding (MoU) with the Harbour Health Authority (HHA) on 5 April 2025, ending a six-year standoff over the Harbour Bharat insurance scheme.\n' },
      { name: 'o.md', text: 'Odisha signed a memorandum of understanding with the HHA on 13 January 2025.\n' },
    ]);
    const [f] = check('date-conflict', 'Delhi signed a memorandum of understanding with the HHA on 7 April 2025.', ['7 April 2025'], { index });
    assert.ok(f.message.includes('5 April 2025'), f.message);
    check('date-conflict', 'Delhi signed a memorandum of understanding with the HHA on 5 April 2025.', [], { index });
  });

  it('what was not done dates nothing', () => {
    const index = indexOf([{ name: 'p.md', text: 'The National Perspective Plan (NPP) was released on 14 April 2016. The Kelp Treaty was signed on 2 May 2017.\n' }]);
    check('date-conflict', "NOTE: the NPP's 2025 targets have still not been published against actual outcomes.", [], { index });
    check('date-conflict', 'The Kelp Treaty was never ratified in 2019.', [], { index });
    check('date-conflict', 'The Kelp Treaty was signed in 2019.', ['2019'], { index });
    check('date-conflict', "The Kelp Treaty wasn't signed in 2019.", [], { index });
    // (Not an aside's negation: "which did not need Cabinet approval".)
    const coral = indexOf([{ name: 'c.md', text: 'The Coral Scheme was launched on 1 April 2020.\n' }]);
    check('date-conflict', 'The Coral Scheme, which did not need Cabinet approval, was launched on 1 April 2021.', ['1 April 2021'], { index: coral });
    // (Only in the date's own clause.)
    const done = indexOf([{ name: 'd.md', text: 'The Court issued directions on 29 January 2020 asking states that had not yet done so to notify courts within four weeks.\n\nMission Van Swasthya was launched on 25 May 2024, and Kurumgarh has not recorded a malaria death since.\n' }]);
    check('date-conflict', 'The Court issued directions on 29 January 2021 asking states to notify courts within four weeks.', ['29 January 2021'], { index: done });
    check('date-conflict', 'Since Mission Van Swasthya was launched on 25 May 2023, Kurumgarh has not recorded a malaria death.', ['25 May 2023'], { index: done });
  });

  it('a passive\'s agent stays with its verb ("approved by the Union Cabinet on ... and launched on ...")', () => {
    // (The sources of a labelled set, so that the words weigh as in a real corpus.)
    const dir = path.join(__dirname, '..', '..', 'evalsets', 'gitags', 'sources');
    const index = indexOf(fs.readdirSync(dir).map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), 'utf8') })));
    check('date-conflict', 'PM Vishwakarma was approved by the Union Cabinet on 16 August 2023 and launched on 17 September 2024.', ['17 September 2024'], { index });
  });

  it('what the main clause did "when" a thing happened on a day names that event, when its verb is of no kind', () => {
    const index = indexOf([{ name: 'b.md', text: 'Minicoy Thundi and Kadmat in Lakshadweep were added when the 2022 list was announced on 26 October 2022, taking the count to 12.\n' }]);
    check('date-conflict', 'The certification of Minicoy Thundi and Kadmat in Lakshadweep was announced on 26 October 2023.', ['26 October 2023'], { index });
    check('date-conflict', 'The certification of Minicoy Thundi and Kadmat in Lakshadweep was announced on 26 October 2022.', [], { index });
  });

  it('a source event is found through the draft event\'s own words, not only through its acronym\'s long form', () => {
    const dir = path.join(__dirname, '..', '..', 'evalsets', 'postoffice', 'sources');
    const index = indexOf(fs.readdirSync(dir).map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), 'utf8') })));
    check('date-conflict', 'The first DNK was launched at Varanasi on 16 December 2022.', ['16 December 2022'], { index });
    check('date-conflict', 'The first DNK was launched at Varanasi on 9 December 2022.', [], { index });
  });

  it('a clause with a subject of its own does not take the sentence\'s subject to its later date', () => {
    const index = indexOf([{ name: 'u.md', text: 'The Udyam Registration portal was launched on July 1, 2020, the day the revised definition took effect.\n\nThe Union Budget presented on February 1, 2025 revised the limits again. From April 1, 2025, a micro enterprise may invest up to ₹2.5 crore.\n' }]);
    check('date-conflict', 'The revised definition came into force on 1 July 2020, and the Budget of 1 February 2025 raised the limits again from 1 April 2025 [@u].', [], { index });
  });

  it('the same act for another year or season is another event; a season\'s year is its name', () => {
    const index = indexOf([{ name: 'frp.md', text: '# Cabinet approves Fair and Remunerative Price of sugarcane for sugar season 2025-26\n\nThe Cabinet Committee on Economic Affairs (CCEA) approved the Fair and Remunerative Price (FRP) of sugarcane for 2025-26 on 30 April 2025.\n' }]);
    check('date-conflict', 'The CCEA approved the FRP of sugarcane for 2024-25 on 21 February 2024 [@frp].', [], { index });
    check('date-conflict', 'The CCEA approved the FRP of sugarcane on 21 February 2024 [@frp].', ['21 February 2024'], { index });
    check('date-conflict', 'The CCEA approved the FRP of sugarcane for 2025-26 on 30 April 2025 [@frp]. The FRP for 2024-25 was approved on 21 February 2024 [@frp].', [], { index });
    check('date-conflict', 'The CCEA approved the FRP of sugarcane for 2025-26 on 30 April 2024 [@frp].', ['30 April 2024'], { index });
    // (A season written before its noun: "The 2024-25 FRP".)
    check('date-conflict', 'The 2024-25 FRP of ₹340 was approved on 21 February 2024 [@frp].', [], { index });
    check('date-conflict', 'The 2025-26 FRP of ₹355 was approved on 30 April 2024 [@frp].', ['30 April 2024'], { index });
    // A relative clause's date is its antecedent's, whatever year the sentence is about; a body "chaired
    // by" someone is no antecedent of the main verb.
    const both = indexOf([{ name: 'frp2.md', text: 'The Cabinet Committee on Economic Affairs (CCEA), chaired by the Prime Minister, approved on 30 April 2025 the Fair and Remunerative Price (FRP) of sugarcane for sugar season 2025-26 at ₹355 per quintal.\n\nThe FRP for 2025-26 is 4.41 percent higher than the FRP of ₹340 per quintal for the current season, which the CCEA approved on 21 February 2024.\n' }]);
    check('date-conflict', 'The CCEA approved an FRP of ₹355 per quintal for 2025-26 on 30 April 2025 [@frp2].', [], { index: both });
    check('date-conflict', 'The FRP for 2024-25 was approved on 21 February 2024 [@frp2].', [], { index: both });
  });

  it('"beginning" a date after a comma starts what the clause says', () => {
    const sc = indexOf([{ name: 'sc.md', text: 'The Supreme Court allowed mineral-rich states to recover taxes on mineral-bearing land for the period from April 1, 2005, but said the arrears must be paid in instalments over twelve years, beginning April 1, 2026.\n' }]);
    check('date-conflict', 'The arrears are payable in instalments over twelve years, beginning on 1 April 2025.', ['1 April 2025'], { index: sc });
    check('date-conflict', 'The arrears are payable in instalments over twelve years, beginning on 1 April 2026.', [], { index: sc });
  });

  it('a rate "fixed" is approved ("a fixed royalty" is not)', () => {
    const rates = indexOf([{ name: 'r.md', text: 'The Union Cabinet approved royalty rates for lithium, niobium and rare earth elements on 11 October 2023: 3 percent of the London Metal Exchange price for lithium.\n' }]);
    check('date-conflict', 'The Cabinet fixed the royalty on lithium at 3 percent of the London Metal Exchange price on 11 October 2022.', ['11 October 2022'], { index: rates });
    check('date-conflict', 'A fixed royalty of 3 percent on lithium was in the 11 October 2022 draft.', [], { index: rates });
  });

  it('"land" the noun lands nothing', () => {
    const acquisition = indexOf([{ name: 'l.md', text: 'Chandrayaan-3 landed near the lunar south pole on 23 August 2023.\n' }]);
    check('date-conflict', 'Chandrayaan-3 mapped land near the lunar south pole on 23 August 2024.', [], { index: acquisition });
  });

  it('a verb in no class dates what it says, against the same verb only ("collected nodules ... on")', () => {
    const index = indexOf([{ name: 'ims.md', text: 'The National Institute of Ocean Technology (NIOT) is developing an Integrated Mining System. Its crawler Varaha-II collected nodules at a depth of 5,270 metres on 14 April 2022.\n\nAtal Bhujal Yojana extended to March 2027 as Water Security Plans cover 8,203 gram panchayats.\n' }]);
    check('date-conflict', 'Varaha-II collected nodules at a depth of 5,270 metres on 4 April 2022 [@ims].', ['4 April 2022'], { index });
    check('date-conflict', 'Varaha-II collected nodules at 5,270 metres on 14 April 2022 [@ims].', [], { index });
    check('date-conflict', 'Varaha-II photographed nodules at 5,270 metres on 4 April 2022 [@ims].', [], { index });
    // A bound is no day of the verb's: "extended to March 2027".
    check('date-conflict', 'The Cabinet extended the Atal Bhujal Yojana and its Water Security Plans on 12 February 2025 [@ims].', [], { index });
  });

  it('a court that gave guidelines "the force of law" dates that force', () => {
    const index = indexOf([{ name: 'gs.md', text: 'On 30 March 2016, in SaveLIFE Foundation v. Union of India, the Supreme Court gave those guidelines the force of law.\n' }]);
    check('date-conflict', 'The Supreme Court gave the Good Samaritan guidelines the force of law on 30 May 2016 [@gs].', ['30 May 2016'], { index });
    check('date-conflict', 'The Supreme Court gave the Good Samaritan guidelines the force of law on 30 March 2016 [@gs].', [], { index });
  });

  it('a stop is an end; a period a report is "for" and a season\'s span date nothing; a name\'s bracketed acronym is in its antecedent; "recorded" dates a reading', () => {
    const fp = indexOf([{ name: 'fp.md', text: 'The Mega Food Park Scheme was closed to new proposals on 1 April 2021.\n' }]);
    check('date-conflict', 'The Mega Food Park Scheme stopped taking new proposals on 1 April 2022 [@fp].', ['1 April 2022'], { index: fp });
    const fc = indexOf([{ name: 'fc.md', text: 'The Fifteenth Finance Commission submitted its report for the period 2021-26 to the President on 9 November 2020.\n\nThe Union Cabinet today approved the Nutrient Based Subsidy (NBS) rates for the Kharif season 2025, from 1 April 2025 to 30 September 2025.\n' }]);
    check('date-conflict', 'The Fifteenth Finance Commission submitted its report to the President on 9 November 2020 [@fc].', [], { index: fc });
    check('date-conflict', 'The Union Cabinet approved the NBS rates for Kharif 2025 on 28 March 2025 [@fc].', [], { index: fc });
    const shc = indexOf([{ name: 'shc.md', text: 'The Soil Health Card (SHC) scheme, launched at Suratgarh in Rajasthan on 19 February 2015, gives each farm a card.\n' }]);
    check('date-conflict', 'The Soil Health Card (SHC) scheme was launched at Suratgarh on 19 February 2016 [@shc].', ['19 February 2016'], { index: shc });
    const imd = indexOf([{ name: 'imd.md', text: 'The highest temperature of the season, 50.0°C, was recorded at Phalodi in Rajasthan on 25 May 2024.\n' }]);
    check('date-conflict', 'Phalodi recorded 50.0°C on 25 May 2023, the highest temperature of the season [@imd].', ['25 May 2023'], { index: imd });
  });

  it('a relative clause after a name placed by a phrase is the name\'s ("the Sela Tunnel in ... district, which was inaugurated")', () => {
    const index = indexOf([{ name: 'bro.md', text: "The best known of the BRO's recent works is the Sela Tunnel in Arunachal Pradesh's West Kameng district, which was inaugurated by the Prime Minister on March 9, 2024.\n" }]);
    check('date-conflict', 'The Sela Tunnel was inaugurated by the Prime Minister on 9 March 2023 [@bro].', ['9 March 2023'], { index });
    check('date-conflict', 'The Sela Tunnel was inaugurated by the Prime Minister on 9 March 2024 [@bro].', [], { index });
  });

  it('"issue" the noun ("the ₹18,300 crore issue of Paytm in November 2021") dates no issuing', () => {
    const index = indexOf([{ name: 'lic.md', text: "It was the largest IPO in India's history, overtaking the ₹18,300 crore issue of Paytm in November 2021.\n" }]);
    check('date-conflict', "The LIC issue opened on 4 May 2022, and the government raised ₹20,557 crore, the largest IPO in India's history.", [], { index });
  });

  it('a demonstration is a test', () => {
    const index = indexOf([{ name: 'qkd.md', text: 'C-DOT first demonstrated QKD over 100 km of spooled fibre in a laboratory on January 24, 2024.\n' }]);
    check('date-conflict', 'C-DOT first demonstrated QKD over 100 km of spooled fibre on 24 January 2023 [@qkd].', ['24 January 2023'], { index });
    check('date-conflict', 'C-DOT first demonstrated QKD over 100 km of spooled fibre on 24 January 2024 [@qkd].', [], { index });
  });

  it('two mentions whose subjects name different things are two events', () => {
    const index = indexOf([{ name: 'w.md', text: 'The Ganga water treaty was signed on 12 December 1996.\n' }]);
    check('date-conflict', "Indore's green bond was issued on 10 February 2023. The Ghaziabad green bond, issued in March 2021, raised ₹150 crore.", [], { index });
    check('date-conflict', "Indore's green bond was issued on 10 February 2023. The Indore green bond, issued in March 2021, raised ₹150 crore.", ['March 2021'], { index });
    check('date-conflict', "Indore's green bond was issued on 10 February 2023. The green bond, issued in March 2021, raised ₹150 crore.", ['March 2021'], { index });
  });

  it('"found" is of "find", not a founding ("founded" is)', () => {
    const index = indexOf([{ name: 'k.md', text: 'The Krishi Data Council was founded in 2012 in Pune.\n' }]);
    check('date-conflict', 'The Krishi Data Council found in 2019 that yields rose in Pune.', [], { index });
    check('date-conflict', 'The Krishi Data Council was founded in 2019 in Pune.', ['2019'], { index });
  });

  it('a bill passed, the Act assented to, and its rules in force are three dates', () => {
    const index = indexOf([{ name: 'dp.md', text: 'The Data Protection Act, 2023 received the assent of the President on 11 August 2023.\n\nThe remaining obligations of the Data Protection Rules take effect on 13 May 2027.\n\nIndia has signed four trade agreements, and the EFTA agreement was signed on 10 March 2024.\n' }]);
    check('date-conflict', 'The Data Protection Act, 2023 was passed by the Rajya Sabha on 9 August 2023.', [], { index });
    check('date-conflict', 'The Data Protection Act, 2023 received presidential assent on 12 August 2023.', ['12 August 2023'], { index });
    check('date-conflict', 'The Data Protection Rules were notified on 14 November 2025.', [], { index });
    check('date-conflict', 'India has signed four trade agreements since 2022, among them the EFTA agreement.', [], { index });
  });

  describe('targets and deadlines bound, they do not date', () => {
    const index = indexOf([
      { name: 'net.md', text: "India's Prime Minister announced a net-zero target for 2070 at the Glasgow summit on 1 November 2021.\n\nThe carbon mechanism is set out in Regulation 2023/956, which was signed on 10 May 2023 and entered into force on 17 May 2023.\n\nThe Raisina Dialogue was scheduled for 12 March 2024 in New Delhi.\n" },
    ]);
    table('date-conflict', [
      ['the announcement is dated by its day, not by its target year', "India's Prime Minister announced a net-zero target for 2070 at the Glasgow summit on 1 November 2022.", ['1 November 2022']],
      ['the same, dated right', "India's Prime Minister announced a net-zero target for 2070 at the Glasgow summit on 1 November 2021.", []],
      ['a target year is no event date', 'India announced a net-zero target by 2060 at the Glasgow summit.', []],
      ['a clause that goes on from a relative clause shares what it named', 'Its legal basis, Regulation 2023/956, entered into force on 16 May 2023.', ['16 May 2023']],
      ['a date before which something is to happen is no event date', 'China pledged carbon neutrality before 2060 at the Glasgow summit on 1 November 2021.', []],
      ['a date something is scheduled for is its date', 'The Raisina Dialogue was held in New Delhi on 14 March 2024.', ['14 March 2024']],
    ], { index });
  });

  describe('renamings, promises and numbered meetings', () => {
    const index = indexOf([
      { name: 'tb.md', text: 'On 1 January 2020 the Revised National Tuberculosis Control Programme (RNTCP) was renamed the National TB Elimination Programme (NTEP).\n\nIn his Independence Day speech on 15 August 2023, the Prime Minister announced that the number of Jan Aushadhi Kendras would be raised to 25,000.\n\nBONN (October 5, 2023) — Twenty-five countries pledged $9.3 billion to the Green Climate Fund (GCF) at a conference in Bonn.\n' },
    ]);
    table('date-conflict', [
      ['"became" is a renaming', 'The RNTCP became the National TB Elimination Programme (NTEP) on 1 January 2021.', ['1 January 2021']],
      ['a promise is announced', 'In his Independence Day address on 15 August 2022, the Prime Minister promised to raise the number of Jan Aushadhi Kendras to 25,000.', ['15 August 2022']],
      ['a numbered meeting is its family\'s ("GCF-2" is the GCF\'s)', '| GCF-2 pledging conference, Bonn | 5 October 2024 |\n|---|---|\n', ['5 October 2024']],
    ], { index });
  });

  describe('acronyms written out, repeated clauses and ordinals', () => {
    const index = indexOf([
      { name: 'kblp.md', text: 'The Ken-Betwa Link Project (KBLP) is the first river link to be built.\n\nThe Union Cabinet approved the KBLP on 8 December 2021 at a cost of Rs 44,605 crore.\n\nOn 25 January 2023 India sent Pakistan a notice seeking modification of the treaty. A second notice, on 30 August 2024, sought review of the treaty.\n' },
    ]);
    table('date-conflict', [
      ['a source that names the event by its acronym is found from the written-out name', 'The Ken-Betwa Link Project, approved by the Union Cabinet on 8 December 2022, will irrigate farms.', ['8 December 2022']],
      ['the same, dated right', 'The Ken-Betwa Link Project, approved by the Union Cabinet on 8 December 2021, will irrigate farms.', []],
      ['a first notice is the notice the source dates', 'India sent its first notice seeking modification of the treaty on 25 January 2022.', ['25 January 2022']],
      ['"a second" is not the first notice', 'India sent its first notice seeking modification of the treaty on 25 January 2023 and a second on 30 August 2024.', []],
      ['the second notice is the source\'s second, by its number', 'India sent its first notice seeking modification of the treaty on 25 January 2023 and a second on 30 August 2023.', ['30 August 2023']],
    ], { index });
    it('a foundation stone laid is an establishment; "a week earlier, on ..." goes on to its clause; a bracketed acronym is part of the name', () => {
      const index = indexOf([{ name: 'r.md', text: 'A week earlier, on 17 December 2024, the Prime Minister laid the foundation stone of the Eastern Rajasthan Canal Project (ERCP) at Jaipur, under a memorandum of agreement signed by Rajasthan and Madhya Pradesh on 28 January 2024.\n' }]);
      check('date-conflict', 'In Rajasthan, the ERCP had its foundation stone laid at Jaipur on 17 December 2024.', [], { index });
      check('date-conflict', 'In Rajasthan, the ERCP had its foundation stone laid at Jaipur on 17 December 2023.', ['17 December 2023'], { index });
    });
    it('"and a second on ..." repeats the clause before it: a second notice sent', () => {
      const index = indexOf([{ name: 'n.md', text: 'On 25 January 2023 India sent Pakistan a notice seeking modification of the treaty.\n\nIndia sent Pakistan a second notice seeking modification of the treaty on 30 August 2024.\n' }]);
      check('date-conflict', 'India sent its first notice seeking modification of the treaty on 25 January 2023 and a second on 30 August 2023.', ['30 August 2023'], { index });
    });
  });

  describe('kinds of event beyond launches and visits', () => {
    const index = indexOf([
      { name: 'isa.md', text: 'The International Solar Alliance was launched by India and France on 30 November 2015 at the COP21 climate summit in Paris.[^1] Its Framework Agreement entered into force on 6 December 2017.\n\n[^1]: Joint statement.\n' },
      { name: 'space.md', text: 'The Indian Space Research Organisation landed Chandrayaan-3 near the lunar south pole on 23 August 2023.\n\nThe aircraft carrier INS Vikrant was launched at the Cochin Shipyard in August 2013. INS Vikrant was commissioned into the Indian Navy in September 2022.\n\nThe Digital Personal Data Protection Act received presidential assent on 11 August 2023.\n\nArticle 370 of the Constitution was abrogated in August 2019.\n\nThe United States withdrew from the Paris Agreement in November 2020.\n\nIndia joined the Shanghai Cooperation Organisation in June 2017.\n\nSanjiv Khanna was sworn in as the Chief Justice of India in November 2024.\n' },
    ]);
    table('date-conflict', [
      ['a landing', 'Chandrayaan-3 landed near the lunar south pole on 23 August 2024.', ['23 August 2024']],
      ['a landing on the right day', 'Chandrayaan-3 landed near the lunar south pole on 23 August 2023.', []],
      ['a commissioning', 'INS Vikrant was commissioned into the Indian Navy in 2021.', ['2021']],
      ['a ship launched is not a ship commissioned', 'INS Vikrant was commissioned into the Indian Navy in September 2022, nine years after the Cochin Shipyard launch.', []],
      ['the launch of the same ship', 'INS Vikrant was launched at the Cochin Shipyard in 2014.', ['2014']],
      ['a law notified', 'The Digital Personal Data Protection Act was notified on 11 August 2024.', ['11 August 2024']],
      ['an abrogation', 'Article 370 of the Constitution was abrogated in 2020.', ['2020']],
      ['a withdrawal', 'The United States withdrew from the Paris Agreement in 2017.', ['2017']],
      ['an accession', 'India joined the Shanghai Cooperation Organisation in 2015.', ['2015']],
      ['taking office', 'Sanjiv Khanna was sworn in as the Chief Justice of India in 2023.', ['2023']],
      ['an event with two kinds of trigger matches either', 'The International Solar Alliance was launched in Paris on 30 November 2016.', ['30 November 2016']],
      ['a different kind of event with the same terms is not a conflict', 'The Shanghai Cooperation Organisation summit India hosted was held in 2023.', []],
    ], { index });
  });

  describe('who did it: a pronoun subject, a clause with no verb of its own, a clearance', () => {
    const index = indexOf([
      { name: 'cepa.md', text: 'The India–Japan Port Partnership Agreement was signed on 12 March 2021 in Tokyo. It was negotiated in six months, and it entered into force on 1 July 2022.\n\nThe Coastal Shipping Act was passed by the Lok Sabha on 2 April 2025 and by the Rajya Sabha on 6 April 2025.\n\nThe Tata Electronics fab at Dholera was cleared by the Cabinet on 29 February 2024.\n\nThe Sagar Port was handed over to the Adani group on 3 March 2021. The Sagar Port bond was listed on the BSE on 9 June 2021.\n\nThe Blue Economy Policy was launched in 2019 and grew to cover 12 ports in 2023.\n' },
    ]);
    table('date-conflict', [
      ['"It entered into force" is the previous sentence\'s agreement', 'The India–Japan Port Partnership Agreement was signed in Tokyo. It entered into force on 1 July 2023.', ['1 July 2023']],
      ['the same, dated right', 'The India–Japan Port Partnership Agreement was signed in Tokyo. It entered into force on 1 July 2022.', []],
      ['"The agreement" is the previous sentence\'s too', 'The India–Japan Port Partnership Agreement was signed in Tokyo. The agreement entered into force in 2023.', ['2023']],
      ['a pronoun with no sentence before it in its paragraph names nothing', 'It entered into force on 1 July 2023.', []],
      ['"and by the Rajya Sabha on" is a passing too', 'The Coastal Shipping Act was passed by the Rajya Sabha on 6 April 2025.', []],
      ['a hand-over is a transfer', 'The Sagar Port was handed over to the Adani group on 3 March 2022.', ['3 March 2022']],
      ['a listing is an event ("a list of" is none)', 'The Sagar Port bond was listed on the BSE on 9 June 2022.', ['9 June 2022']],
      ['a revised thing is not the first one', 'A modified Blue Economy Policy was launched in 2024.', []],
      ['a quoted title is not the verb of a date after it', '[^1]: Press note, "Tata Electronics fab at Dholera cleared by the Cabinet", 1 March 2024.', []],
      ['a later clause with a subject of its own does not take the pronoun\'s', 'The India–Japan Port Partnership Agreement was signed in Tokyo. It ran for a year, and the Blue Economy Policy was launched in 2019.', []],
      ['a clearance is an approval', 'The Tata Electronics fab at Dholera was approved by the Cabinet on 28 February 2023.', ['28 February 2023']],
      ['a clause with a verb of its own does not repeat the one before', 'The Blue Economy Policy, launched in 2019, covered 12 ports in 2023.', []],
    ], { index });
  });

  describe('restrictions, overtaken plans, numbered names, a year in a title, a ship flagged off', () => {
    const index = indexOf([
      { name: 'trade.md', text: 'Wheat exports were prohibited on 13 May 2022, after a heatwave in March 2022 cut the harvest.\n\nThe 13th Ministerial Conference (MC13) opened on 26 February 2024 and was due to close on 29 February 2024, but talks ran on and ended on 2 March 2024.\n\nThe 12th Ministerial Conference (MC12) met in Geneva. MC12 concluded on 17 June 2022 with a package on fisheries subsidies.\n\nMember states negotiated amendments to the International Health Regulations (IHR) of 2005.\n\nThe Sea Pearl was flagged off from Kakinada port on 4 October 2024.\n' },
    ]);
    table('date-conflict', [
      ['a prohibition is an event, about what the sentence names first', 'Wheat exports were prohibited on 13 May 2023, after a heatwave cut the harvest.', ['13 May 2023']],
      ['the same, dated right', 'Wheat exports were prohibited on 13 May 2022, after a heatwave cut the harvest.', []],
      ['a plan that was overtaken dates nothing', 'The conference had been due to close on 29 February 2024 but ended on 2 March 2024.', []],
      ['a numbered name says which conference', 'The 12th Ministerial Conference (MC12) concluded in Geneva in July 2022.', ['July 2022']],
      ['the same, dated right', 'The 12th Ministerial Conference (MC12) concluded in Geneva in June 2022.', []],
      ['a year in a title ("Regulations (IHR) of 2005") names no event', 'The International Health Regulations (IHR) were amended in 2024.', []],
      ['a ship flagged off is launched', 'The Sea Pearl was flagged off from Kakinada port on 14 October 2024.', ['14 October 2024']],
      ['"flagged" alone is no launch', 'Auditors flagged the Sea Pearl at Kakinada port on 14 October 2024.', []],
    ], { index });
  });

  describe('a numbered clause, a source that names the very day', () => {
    const index = indexOf([
      { name: 'gazette.md', text: '(1) The Coastal Data Act was introduced in the Lok Sabha on 2 March 2024. It was passed by the Lok Sabha on 5 March 2024 and passed by the Rajya Sabha on 7 March 2024.\n\n(3) These regulations were notified on 12 October 2025 by publication in the Gazette.\n' },
      { name: 'brief.md', text: 'The Shipping Technology (Port Security) Regulations, 2020 were notified on 3 June 2020 under the Shipping Technology Act.\n\nIndia signed the Harbour Accord on 4 May 2024. India signed the Kelp Treaty on 9 May 2024.\n' },
    ]);
    table('date-conflict', [
      ['"(1)" opens the clause; the pronoun after it is the Act', "India's law on coastal records is the Coastal Data Act, 2024, which the Lok Sabha passed on 5 March 2024. It was passed by the Rajya Sabha on 6 March 2024 after a debate.", ['6 March 2024']],
      ['the same, dated right', "India's law on coastal records is the Coastal Data Act, 2024, which the Lok Sabha passed on 5 March 2024. It was passed by the Rajya Sabha on 7 March 2024 after a debate.", []],
      ['a source that notified "these regulations" that very day backs the draft', 'The Directorate of Shipping Technology notified the regulations on 12 October 2025.', []],
      ['the actor alone, acting that day, backs nothing', 'India signed the Kelp Treaty on 4 May 2024.', ['4 May 2024']],
    ], { index });
  });

  describe('a figure\'s period, a deal, a pronoun object', () => {
    const index = indexOf([
      { name: 'industry.md', text: 'The share of the capital acquisition budget reserved for domestic industry was 64 percent in 2021-22, 68 percent in 2022-23 and 75 percent in 2023-24.\n\nThe Cabinet approved an amended investment policy for the satellite sector on 21 February 2024, and the Trade Department notified it on 16 April 2024.\n\nThe Harbour Works deal was signed with Oman on 28 January 2022.\n' },
    ]);
    table('date-conflict', [
      ['a measure\'s year is no event\'s date', 'The share of the capital acquisition budget reserved for domestic industry rose from 64 percent in 2021-22 to 75 percent in 2023-24.', []],
      ['"notified it": what the clause before named', 'The amended investment policy for the satellite sector was notified on 16 March 2024.', ['16 March 2024']],
      ['the same, dated right', 'The amended investment policy for the satellite sector was notified on 16 April 2024.', []],
      ['a deal is a signing', 'Since the January 2023 Harbour Works deal with Oman, the port has grown.', ['January 2023']],
      ['"to deal with" is none', 'Oman had to deal with the Harbour Works backlog in 2023.', []],
    ], { index });
  });

  describe('lines opened, things closed, versions', () => {
    const index = indexOf([
      { name: 'council.md', text: 'The 56th meeting of the Dredging Council was held in Kochi on 3 September 2025 under the chairpersonship of the Union Minister for Ports, Shipping and Waterways, who was joined by the ministers of nine coastal States.\n' },
      { name: 'urban.md', text: 'The first phase of the Coral Line was inaugurated on 5 October 2024.\n\nThe Harbour Mission was launched on 25 June 2015, together with the Urban Renewal and Infrastructure Scheme (URBIS). URBIS 2.0 was launched on 1 October 2021 for five years.\n' },
    ]);
    table('date-conflict', [
      ['a line that opens is a line inaugurated', '| 4 October 2024 | Coral Line phase 1 opens |', ['4 October 2024']],
      ['the same, dated right', 'The Coral Line opened on 5 October 2024.', []],
      ['a version is not the first one ("URBIS 2.0" is not "URBIS")', 'URBIS 2.0, launched on Friday, 1 October 2021, runs for five years.', []],
      ['the version dated wrongly', 'URBIS 2.0 was launched on 1 October 2022.', ['1 October 2022']],
      ['an end, dated twice in the draft', 'The tender window for Kochi dredging ended on 14 November 2024. Officials said the tender window for Kochi dredging closed on 21 November 2024.', ['21 November 2024']],
      ['a definite description names the draft\'s latest event with its word', 'A dredging hackathon for port start-ups ended on 14 November 2024 in Kochi. The winners of the hackathon, which closed on 21 November 2024, will present their tools at the next board meeting.', ['21 November 2024']],
      ['a reported clause\'s definite description ("The minutes record that the briefing, held on ...")', 'The DoT briefing on the pilot results was held on 15 May 2025 in New Delhi. Operators asked for a cost comparison before the next meeting. The minutes record that the briefing, held on 22 May 2025, agreed to share the error logs.', ['22 May 2025']],
      ['a participle after a phrase inside the sentence dates that phrase\'s noun ("actions from the workshop, held on ...")', 'The CRA readiness workshop with the three agencies was held on 14 July 2025 in Mumbai. Agency staff walked through the accounts. Follow-up actions from the CRA readiness workshop, held on 21 July 2025, are listed below.', ['21 July 2025']],
      ['a name before a participle that opens the sentence names the event ("At the Sikar camp, held on ...")', 'The district camp in Sikar was held on 12 May 2025. Farmers at the camp asked for larger pumps. At the Sikar camp, held on 19 May 2025, installers took complaints about late payments.', ['19 May 2025']],
      ['so does a lower-case one ("At the first field visit, held on ...")', 'The first field visit to the Sehore parcels took place on 14 May 2025, with two forest guards. The team counted saplings on two plots. At the first field visit, held on 21 May 2025, the team found that a third of the saplings had died.', ['21 May 2025']],
      ['or its head when the modifier is a verb\'s word ("The clearance house, opened on ...")', 'The customs clearance house at the bourse opened on 4 August 2025 in the presence of exporters. Clearances are now handled on the premises. The clearance house, opened on 11 August 2025, now handles every consignment.', ['11 August 2025']],
      ['a participle of any verb, after an adverb ("The portable van, first deployed on ...")', "The KSPCB's portable monitoring van was first deployed on 8 July 2025 at Silk Board junction. Officers noted heavy traffic. The portable van, first deployed on 15 July 2025, has since visited the hotspots on the Outer Ring Road.", ['15 July 2025']],
      ['the same, dated alike', 'A dredging hackathon for port start-ups ended on 14 November 2024 in Kochi. The winners of the hackathon, which closed on 14 November 2024, will present their tools at the next board meeting.', []],
      ['a definite description without the number names the numbered one before it', 'The fifth container terminal at Vizhinjam was commissioned on 14 February 2025 with a private operator. Shipping lines moved several services to the new terminal soon after. The terminal, commissioned on 21 February 2025, is run under a concession.', ['21 February 2025']],
      ['a manual "circulated" is issued: dated twice', "The council's revised dredging manual was circulated to assessors on 5 May 2025 in Kochi. Several assessors said the manual was clearer. The revised dredging manual, circulated on 12 May 2025, now sets a one-day limit for visits.", ['12 May 2025']],
      ['the same number names the same event, however little else is shared', 'At its 56th meeting, held in Kochi on 9 September 2025, the Dredging Council agreed to replace the four tariff slabs with two.', ['9 September 2025']],
      ['the same, dated right', 'At its 56th meeting, held in Kochi on 3 September 2025, the Dredging Council agreed to replace the four tariff slabs with two.', []],
      ['a dated phrase before the main clause names the event it refers back to', 'The Navy signed a contract for three dredgers with Kochi Shipyard on 28 January 2022. Since the January 2023 dredger contract, the port has cleared two berths and other ports have shown interest.', ['January 2023']],
      ['the same, dated alike', 'The Navy signed a contract for three dredgers with Kochi Shipyard on 28 January 2022. Since the January 2022 dredger contract, the port has cleared two berths and other ports have shown interest.', []],
      ['an indefinite one names a new event', 'A dredging hackathon for port start-ups ended on 14 November 2024 in Kochi. Another hackathon closed on 21 November 2024.', []],
      ['"close ties" and "the end of" are no ends', 'The tender window for Kochi dredging ended on 14 November 2024. At the end of 2024 the tender window for Kochi dredging drew close ties.', []],
    ], { index });
  });

  describe('a restrictive relative clause, a weekday before the date, an appositive, an open tender', () => {
    const index = indexOf([
      { name: 'auction.md', text: 'The dredging auction, which began on Tuesday, 9 July 2024, concluded on Wednesday, 10 July 2024 after five rounds.\n\nThe works are executed by Coastal Dredging Corporation Limited (CDCL), a special purpose vehicle set up on 12 March 2011, through contractors chosen by open tender.\n\nThe dredging programme is run by Coastal Dredging Corporation Limited (CDCL), a company set up on 12 March 2011, through works the Cabinet approved.\n' },
    ]);
    table('date-conflict', [
      ['"that opened on" dates the auction\'s opening, not its close', 'The dredging auction that opened on Tuesday, 9 July 2024 closed the next day.', []],
      ['the opening dated wrongly', 'The dredging auction that opened on Monday, 8 July 2024 closed the next day.', ['8 July 2024']],
      ['the close, dated right', 'The dredging auction closed on 10 July 2024.', []],
      ['an appositive dates the name before it', 'Coastal Dredging Corporation Limited (CDCL) was set up on 12 March 2012.', ['12 March 2012']],
      ['not the rest of its sentence', 'The Cabinet approved the dredging programme on 5 May 2013.', []],
      ['an "open tender" holds no meeting', 'The CDCL review call on dredger upkeep was held on 14 October 2025.', []],
    ], { index });
  });

  it('"The state" in a source goes on about the previous sentence\'s subject', () => {
    const index = indexOf([{ name: 'lang.md', text: '# Languages\n\nThe three-language formula has kept the Centre and some states at odds. Chief Minister R. Kumar has said that Vellore Nadu will not trade its language policy for funds. The state released its own State Education Policy on August 8, 2025.\n' }]);
    check('date-conflict', "Vellore Nadu's own State Education Policy was released on 8 September 2025.", ['8 September 2025'], { index });
    check('date-conflict', "Vellore Nadu's own State Education Policy was released on 8 August 2025.", [], { index });
  });

  describe('a date as a verb\'s object, a portal opened, a participle between commas', () => {
    const index = indexOf([
      { name: 'laws.md', text: 'On February 24, 2024, the MHA notified July 1, 2024 as the date on which the new harbour laws would come into force.\n\nThe Harbour Data Grid (HDG), a repository of port records, was opened to the public on 18 September 2015.\n\nThe revised PCF, approved by the Port Board on 15 May 2025, widened the range.\n\nAt its 12th meeting, held in Kochi on 9 September 2025, the Harbour Council cut the fees.\n\nIts Kochi–Vypin stretch, 14 km, opened on 12 February 2023.\n' },
    ]);
    table('date-conflict', [
      ['the notifying is on the first date, the coming into force on its object', 'The MHA notified the commencement date on Saturday, 24 February 2024.', []],
      ['the coming into force dated wrongly', 'The new harbour laws came into force on 1 July 2025.', ['1 July 2025']],
      ['a portal opened is no workshop held', 'The HDG training workshop for port staff was held on 12 August 2025 in Pune.', []],
      ['the portal\'s opening, dated wrongly', 'The Harbour Data Grid (HDG) was opened to the public on 18 September 2016.', ['18 September 2016']],
      ['a participle between commas dates the name before it, with its adjectives', 'The Port Board approved the revised PCF on 15 May 2024.', ['15 May 2024']],
      ['a participle after a scene-setting phrase dates the main clause', 'At its 12th meeting, held in Kochi on 10 September 2025, the Harbour Council cut the fees.', ['10 September 2025']],
      ['a participle that ends the sentence is its main verb', 'The Kochi–Vypin stretch was inaugurated on 12 March 2023.', ['12 March 2023']],
    ], { index });
    it('two mentions in the draft: the second, between commas, is the same workshop', () => {
      check('date-conflict', 'The HDG training workshop for port staff was held on 12 August 2025 in Pune. Managers found it useful. The HDG training workshop, held on 19 August 2025, was attended by managers from Goa.', ['19 August 2025'], { index });
    });
  });

  it('taking charge is taking office, and a post\'s number counts holders, not events', () => {
    const index = indexOf([{ name: 'faq.md', text: '# FAQ\n\nMeera Vashisht took charge as the 26th Chief Harbour Commissioner (CHC) on 19 February 2025, succeeding Ravi Kumar.\n' }]);
    check('date-conflict', 'Meera Vashisht, who had joined the Board in 2024, took charge as Chief Harbour Commissioner on 19 March 2025.', ['19 March 2025'], { index });
    check('date-conflict', 'Meera Vashisht took charge as Chief Harbour Commissioner on 19 February 2025.', [], { index });
  });

  it('a date at the end of a process "until the completion of ..." dates no event in the sentence', () => {
    const index = indexOf([{ name: 'note.md', text: '# Note\n\n1. The Election Commission of India (ECI) announced the schedule for the General Elections to the 18th Lok Sabha on 16 March 2024. The Model Code of Conduct (MCC) came into force on the same day and remained in force until the completion of the election process on 6 June 2024.\n' }]);
    check('date-conflict', 'The Model Code of Conduct (MCC) came into force on 16 March 2024, when the schedule was announced.', [], { index });
  });

  it('a first use is a launch; a completion is an end', () => {
    const index = indexOf([{ name: 'faq.md', text: '# FAQ\n\nThe Harbour Audit Trail (HAT) was first used on 4 September 2013 in the by-election to the Noksen assembly constituency.\n' }]);
    check('date-conflict', 'The Harbour Audit Trail (HAT) was first used in the Noksen by-election on 4 October 2013.', ['4 October 2013'], { index });
    check('date-conflict', 'The district water audit for Chhatarpur was completed on 4 June 2025 at the collectorate. The Chhatarpur water audit, completed on 11 June 2025, found that most tanks had silted up.', ['11 June 2025']);
  });

  it('a figure "at end-March 2018" is a measure\'s date, not an event\'s', () => {
    const index = indexOf([{ name: 'npa.md', text: 'The gross bad-loan ratio of scheduled harbour banks (SHBs) declined to 3.2 per cent at end-September 2023, from a peak of 11.2 per cent at end-March 2018.\n' }]);
    check('date-conflict', 'The gross bad-loan ratio of scheduled harbour banks (SHBs) fell from a peak of 11.2 per cent at end-March 2018 to 3.2 per cent at end-September 2023.', [], { index });
  });

  it('a paragraph that opens with "It" goes on about the block before it', () => {
    const index = indexOf([{ name: 'faq.md', text: '# FAQ\n\n### Q1. What is the Harbour Digital Mission?\n\nThe Harbour Digital Mission (HDM) builds the digital backbone of the port system.\n\nIt was launched nationwide by the Minister on 27 September 2021, after a pilot that began on 15 August 2020.\n' }]);
    check('date-conflict', 'HDM itself was launched nationwide on 27 September 2020.', ['27 September 2020'], { index });
    check('date-conflict', 'HDM itself was launched nationwide on 27 September 2021.', [], { index });
  });

  it('an acronym the draft spells out in its sentence names the source\'s event', () => {
    const index = indexOf([
      { name: 'act.md', text: '# Act\n\nHWEGA was enacted in September 2005 and came into force on February 2, 2006, in 200 of the most backward districts.\n' },
      { name: 'wages.md', text: '# Wages\n\nHWEGA wages rose in 2024.\n' },
      { name: 'kochi.md', text: '# Kochi\n\nHarbour workers marched in Kochi.\n' },
    ]);
    check('date-conflict', 'The Harbour Workers Employment Guarantee Act (HWEGA) came into force on 2 February 2005 in 200 districts.', ['2 February 2005'], { index });
    check('date-conflict', 'The Harbour Workers Employment Guarantee Act (HWEGA) came into force on 2 February 2006 in 200 districts.', [], { index });
  });

  it('a source\'s timeline row dates the event in the cell beside the date', () => {
    const index = indexOf([{ name: 'timeline.md', text: '# Timeline\n\n| Date | Event |\n|---|---|\n| 12 March 2011 | Coastal Dredging Corporation set up |\n| 9 July 2024 | First dredging auction opens |\n' }]);
    check('date-conflict', 'The Coastal Dredging Corporation was set up on 12 March 2012.', ['12 March 2012'], { index });
    check('date-conflict', 'The Coastal Dredging Corporation was set up on 12 March 2011.', [], { index });
  });

  describe('the thing dated, not its setting; a leading clause; a submission', () => {
    const index = indexOf([
      { name: 'summit.md', text: 'Delegates met at the Harbour Summit in Lisbon from 3 to 6 May 2024. Norway launched the Kelp Futures Fund at the Harbour Summit in Lisbon on 4 May 2024. The Minister announced the Tidewater pledges in her address on 3 May 2024.\n\nWhen the President and the Prime Minister inaugurated the Meridian Rail Link in Cairo on 9 March 2019, few observers, diplomats or investors expected a freight corridor across deserts, mountains and contested borders to become a permanent fixture of regional commerce and politics within a decade.\n\nThe Cabinet approved the revised coastal plan on 2 June 2022, and it was submitted to the Maritime Board on 20 June 2022.\n' },
    ]);
    table('date-conflict', [
      ['the pledges announced at the summit, dated as the source dates them', 'The coastal states rest their case on the Tidewater pledges announced by the Minister at the Harbour Summit in Lisbon on 3 May 2024.', []],
      ['the pledges dated wrongly', 'The Minister announced the Tidewater pledges on 5 May 2024.', ['5 May 2024']],
      ['a source event in a leading "When" clause is that clause\'s', 'The Meridian Rail Link was inaugurated in Cairo on 9 March 2019.', []],
      ['the same, dated wrongly', 'In Cairo the President inaugurated the Meridian Rail Link on 9 March 2018.', ['9 March 2018']],
      ['a submission, of the revised plan the clause before names', 'The revised coastal plan was submitted to the Maritime Board on 20 June 2023.', ['20 June 2023']],
      ['the same, dated right', 'The revised coastal plan was submitted to the Maritime Board on 20 June 2022.', []],
    ], { index });
    it('another launch at the same summit is another event: the sources say nothing of this one', () => {
      const setting = indexOf([
        { name: 'kelp.md', text: 'Norway launched the Kelp Futures Fund at the Harbour Summit in Lisbon on 4 May 2024.\n' },
        { name: 'coast.md', text: 'The Sandbar Coastal pledges, debated at the Harbour Summit in Lisbon, answer rising seas.\n' },
      ]);
      check('date-conflict', 'The Minister announced the Sandbar Coastal pledges at the Harbour Summit in Lisbon on 3 May 2024.', [], { index: setting });
      check('date-conflict', 'Norway launched the Kelp Futures Fund at the Harbour Summit in Lisbon on 3 May 2024.', ['3 May 2024'], { index: setting });
    });
  });

  describe('the start of the period an act covers', () => {
    const index = indexOf([
      { name: 'arrears.md', text: 'On 14 August 2024 the Tribunal allowed the coastal states to recover cess arrears for the period after 1 April 2005, in instalments over twelve years.\n\nThe Cabinet approved the Harbour Dredging Scheme on 3 March 2025 for the period from 1 April 2025 to 31 March 2030.\n' },
    ]);
    table('date-conflict', [
      ['the period\'s start, dated wrongly', 'The Tribunal allowed the coastal states to recover cess arrears for the period after 1 April 2006.', ['1 April 2006']],
      ['the same start', 'The Tribunal allowed the coastal states to recover cess arrears for the period after 1 April 2005.', []],
      ['a period of another act of the same body', 'The Tribunal capped the coastal states\' cess arrears for the period after 1 April 2006.', []],
      ['a scheme\'s period, dated wrongly', 'The Cabinet approved the Harbour Dredging Scheme for the period from 1 April 2026 to 31 March 2031.', ['1 April 2026 to 31 March 2031']],
    ], { index });
  });

  it('a name written out with its acronym, whose initials are not the acronym\'s, finds the acronym\'s events', () => {
    const index = indexOf([
      { name: 'hkc.md', text: 'The Hong Kong International Convention for the Safe and Environmentally Sound Recycling of Ships (HKC) is a treaty adopted in May 2009.\n\nThe HKC entered into force on 26 June 2025.\n' },
    ]);
    check('date-conflict', 'The Hong Kong International Convention for the Safe and Environmentally Sound Recycling of Ships (HKC) entered into force on 26 June 2024.', ['26 June 2024'], { index });
    check('date-conflict', 'The Hong Kong International Convention for the Safe and Environmentally Sound Recycling of Ships (HKC) entered into force on 26 June 2025.', [], { index });
  });

  it('"The federation" further on is the federation the source named, not the sentence before\'s subject', () => {
    const index = indexOf([
      { name: 'milk.md', text: '# Milk\n\nThe Tapti Cooperative Milk Marketing Federation (TCMMF) reported a record turnover for 2024-25.\n\nRakesh Patel, its managing director, told reporters in Surat that procurement rose.\n\nThe federation was registered on July 9, 1973, by six district milk unions.\n' },
      { name: 'other.md', text: '# Other\n\nThe Narmada Dairy Board was registered on 3 March 1990 by four district milk unions.\n' },
    ]);
    check('date-conflict', 'The Tapti Cooperative Milk Marketing Federation (TCMMF) was registered on 9 July 1937.', ['9 July 1937'], { index });
    check('date-conflict', 'The Tapti Cooperative Milk Marketing Federation (TCMMF) was registered on 9 July 1973.', [], { index });
  });

  describe('an acronym as a passive subject, a financial year after "to", a thing past an aside, a first one', () => {
    const index = indexOf([
      { name: 'permits.md', text: 'Farmers were issued 11,900 fire permits in 2024, according to data released by the State Fire Bureau (SFB) on 3 March 2025.\n' },
      { name: 'grid.md', text: 'The National Judicial Data Grid (NJDG), launched on 18 September 2015, is the government\'s online dashboard of court cases.\n\nThe Union Cabinet had approved a major revision of the scholarship scheme on 23 December 2020, with an outlay of ₹59,048 crore. The Union Cabinet, chaired by the Prime Minister, on 8 January 2025 approved the continuation of the scholarship scheme for the five years from 2026-27 to 2030-31.\n\nFarmers rent machines from custom hiring centres (CHCs). The CRM portal, through which farmers can book machinery from the nearest CHC, went live on 1 July 2024.\n\nPunjab recorded 4,872 farm fires up to 11 November 2025. The Punjab Remote Sensing Centre (PRSC) released the data on farm fires on 11 November 2025.\n' },
    ]);
    table('date-conflict', [
      ['"The NJDG was launched", dated wrongly', 'The NJDG was launched on 18 September 2016 to publish pendency in near real time.', ['18 September 2016']],
      ['a financial year after "to" is the end of a period, not the approval\'s date', 'The Union Cabinet approved the continuation of the scholarship scheme to 2030-31 on 8 January 2025.', []],
      ['a phone line started is not the portal that went live', 'The Sangrur custom hiring centres started a phone booking line on 3 October 2025.', []],
      ['a "first" bulletin before an unnumbered later release', 'The PRSC published its first bulletin of the season on 16 September 2025.', []],
      ['a release dated wrongly', 'The PRSC released data on farm fires on 12 November 2025.', ['12 November 2025']],
      ['"according to data released by ... on" dates the attribution, like "said on"', 'The State issued 11,900 fire permits in 2024.', []],
    ], { index });
  });

  it('a release\'s "today" before its verb is the release\'s date', () => {
    const index = indexOf([
      { name: 'card.md', text: '---\ntitle: Card launched\ndate: 2024-10-29\n---\n\nThe Prime Minister today launched the Vandana Health Card at the Institute of Ayurveda.\n' },
      { name: 'ranchi.md', text: '# Six years\n\nThe insurance scheme was launched by the Prime Minister at Ranchi on 23 September 2018.\n' },
    ]);
    check('date-conflict', 'The Prime Minister launched the Vandana Health Card on 29 October 2024.', [], { index });
    check('date-conflict', 'The Prime Minister launched the Vandana Health Card on 29 October 2023.', ['29 October 2023'], { index });
  });

  it('a name\'s year after its comma is no date of the act; a far verb before a participle\'s date stays its kind', () => {
    const index = indexOf([
      { name: 'faq.md', text: '# FAQ\n\nA. The Guidelines for Prevention of Misleading Advertisements and Endorsements for Misleading Advertisements, 2022 were notified by the Harbour Consumer Authority (HCA) on 9 June 2022.\n' },
      { name: 'dark.md', text: '---\ntitle: Dark patterns\ndate: 2023-11-30\n---\n\nThe Harbour Consumer Authority (HCA) today notified the Guidelines for Prevention and Regulation of Dark Patterns, 2023.\n' },
      { name: 'kelp.md', text: '---\ntitle: Kelp\ndate: 2023-06-05\n---\n\nThe Ministry of Coastal Affairs (MoCA) today launched the Kelp Initiative for Shoreline Habitats (KISH) at an event in Kutch. KISH was first announced by the Finance Minister in the Union Budget 2023-24, presented to Parliament on 1 February 2023, as part of the Budget\'s green growth priority.\n' },
    ]);
    check('date-conflict', 'The Harbour Consumer Authority (HCA) notified the misleading advertisements guidelines on 9 June 2022.', [], { index });
    check('date-conflict', 'The Harbour Consumer Authority (HCA) notified the misleading advertisements guidelines on 9 July 2022.', ['9 July 2022'], { index });
    check('date-conflict', 'The Kelp Initiative for Shoreline Habitats (KISH) was announced in the Union Budget 2023-24 on 1 February 2023.', [], { index });
    check('date-conflict', 'The Ministry of Coastal Affairs (MoCA) launched KISH in Kutch on 5 July 2023.', ['5 July 2023'], { index });
  });

  it('what a body did at its meeting is dated by the meeting', () => {
    const index = indexOf([{ name: 'sac.md', text: '# Norms\n\nThe Standing Advisory Committee (SAC), headed by the Secretary of the Ministry of Textiles, had recommended the norms at its meeting on October 18, 2024. The jute year runs from July to June.\n' }]);
    check('date-conflict', 'The Standing Advisory Committee (SAC) had recommended these norms on 18 November 2024.', ['18 November 2024'], { index });
    check('date-conflict', 'The Standing Advisory Committee (SAC) had recommended these norms on 18 October 2024.', [], { index });
    check('date-conflict', 'The Standing Advisory Committee (SAC) met on 18 October 2024.', [], { index });
  });

  it('"today" after a name or its bracketed acronym is the release\'s date too', () => {
    const index = indexOf([
      { name: 'mishti.md', text: '---\ntitle: Mangroves\ndate: 2023-06-05\n---\n\nThe Ministry of Coastal Affairs (MoCA) today launched the Mangrove Shoreline Initiative (MSI) at an event in Kutch.\n' },
      { name: 'hall.md', text: '---\ntitle: Hall\ndate: 2024-02-10\n---\n\nPrime Minister Narendra Modi today inaugurated the Kelp Research Hall in Okha.\n' },
    ]);
    check('date-conflict', 'The Ministry of Coastal Affairs (MoCA) launched the Mangrove Shoreline Initiative in Kutch on 5 July 2023.', ['5 July 2023'], { index });
    check('date-conflict', 'The Ministry of Coastal Affairs (MoCA) launched the Mangrove Shoreline Initiative in Kutch on 5 June 2023.', [], { index });
    check('date-conflict', 'The Prime Minister inaugurated the Kelp Research Hall in Okha on 10 March 2024.', ['10 March 2024'], { index });
  });

  describe('mixed-case acronyms, a meeting named by its place, asides and appositives', () => {
    const index = indexOf([
      { name: 'mou.md', text: '# Survey\n\nThe Ministry of Panchayati Raj (MoPR) runs the scheme with the Survey of India (SoI). The Ministry of Panchayati Raj and the Survey of India signed a memorandum of understanding for the scheme on 19 March 2020.\n' },
      { name: 'gst.md', text: '# Rates\n\nThe largest cuts came at the Council\'s 23rd meeting in Guwahati on 10 November 2017, when 178 items were moved to a lower slab. The Harbour Cess was levied from 1 July 2017 to make good the loss of revenue for five years, a period that ended on 30 June 2022.\n' },
      { name: 'gom.md', text: '# Council\n\nThe Harbour Council first met on 22 September 2016.\n' },
      { name: 'kelp.md', text: '# Kelp\n\nThe Kelp Conclave 2025, organised by the Kelp Mission (KM) of the Department of Agriculture and Farmers Welfare, was held at the National Agricultural Science Complex, Pusa, New Delhi, on Wednesday, 15 January 2025. The next Kelp Conclave will be held in Guwahati on 18 September 2025.\n' },
      { name: 'dir.md', text: '---\ntitle: "Ministry notifies Harbour Security Directions, 2025"\ndate: 2025-05-14\n---\n\n# Ministry notifies Harbour Security Directions, 2025\n\nThe Ministry notified the Harbour Security Directions, 2025 under the Act. The new directions will come into force on 1 September 2025.\n' },
    ]);
    table('date-conflict', [
      ['a mixed-case acronym spelt out in the source', 'MoPR signed its memorandum of understanding with the Survey of India (SoI) on 19 May 2020.', ['19 May 2020']],
      ['an unnumbered meeting named by its place is the numbered one there', 'The Council moved 178 items to a lower slab at its Guwahati meeting on 10 November 2018.', ['10 November 2018']],
      ['not "the next" one there, which is not the one the text is about', '- Weak processing: the Kelp Conclave held on 15 January 2025 asked for plants.', []],
      ['a name\'s year right after it dates nothing', 'The Kelp Conclave 2025 was held at the National Agricultural Science Complex in New Delhi on 16 January 2025.', ['16 January 2025']],
      ['a stretch of time beside the clause: "a period that ended on"', 'The Harbour Cess was levied for five years, a period that ended on 30 June 2023.', ['30 June 2023']],
      ['"The new directions" are the Directions the sentence before names', 'The Harbour Security Directions, 2025 come into force on 1 October 2025.', ['1 October 2025']],
      ['and dated right', 'The Harbour Security Directions, 2025 come into force on 1 September 2025.', []],
    ], { index });
    it('a participle aside with its agent lends the date neither verb nor words', () => {
      check('date-conflict', 'The Group of Ministers, convened by the Harbour Council, submitted its final report on 21 August 2025. The Harbour Council first met on 22 September 2016.', [], { index });
    });
  });

  describe('a verb right before the date over a far one of a class; one name alone', () => {
    const index = indexOf([
      { name: 'audit.md', text: '# Dues\n\nIn a performance audit of the Harbour Scheme tabled in Parliament on 8 August 2023, the auditor found that about 7.5 lakh members were registered against one number, and that patients shown as having died during treatment went on receiving care.\n\nThe Delhi government signed a memorandum with the Harbour Authority on 5 April 2025. Meghalaya had signed its agreement with the Harbour Authority on 13 January 2025, after a change of government in the state.\n' },
      { name: 'jpm.md', text: '# Norms\n\nFor the jute year 2024-25, the Harbour Committee on Economic Affairs (HCEA) retained a reservation of 100 percent for foodgrains and 20 percent for sugar on 10 December 2024.\n' },
      { name: 'forum.md', text: '# Alliance\n\nThe Kelp Alliance was launched at the Global Kelp and Seagrass Forum in Bishkek, Kyrgyzstan, on 23 October 2013, and that date is now observed as International Kelp Day.\n' },
    ]);
    table('date-conflict', [
      ['"tabled in Parliament on" dates the tabling, not a death further on', 'The audit of the Harbour Scheme, tabled in Parliament on 8 August 2022, found 7.5 lakh members on one number.', ['8 August 2022']],
      ['a name that alone says what was signed', 'Meghalaya had signed its agreement on 13 January 2024.', ['13 January 2024']],
      ['and dated right', 'Meghalaya had signed its agreement on 13 January 2025.', []],
      ['a verb whose clause runs on to the date reaches further', 'The Harbour Committee on Economic Affairs (HCEA) retained the 100% reservation for foodgrains and 20% for sugar on 10 December 2025.', ['10 December 2025']],
      ['a far launch, not a verb after the date in the next clause', 'The Kelp Alliance was launched in Bishkek on 23 October 2014.', ['23 October 2014']],
    ], { index });
  });

  it('the date a rule applies from ("since", "on or after") is a start of it', () => {
    const index = indexOf([{ name: 'dcr.md', text: '# FAQ\n\nA. Yes. Under the Domestic Content Requirement (DCR), the solar cells used in pumps must be made in India. The requirement has applied to all tenders issued on or after 1 April 2023.\n' }]);
    check('date-conflict', 'Domestic Content Requirement (DCR) rules have applied to all tenders issued since 1 April 2022.', ['1 April 2022'], { index });
    check('date-conflict', 'Domestic Content Requirement (DCR) rules have applied to all tenders issued since 1 April 2023.', [], { index });
  });

  it('a thing set up is not another thing launched by a participle', () => {
    const index = indexOf([{ name: 'drip.md', text: '# FAQ\n\nA. The first phase rehabilitated 223 dams. It also produced the first national guidelines for dam safety and set up the Dam Health and Rehabilitation Monitoring Application (DHARMA), launched on 27 September 2018.\n\nThe National Dam Safety Authority (NDSA) reviews dam safety.\n' }]);
    check('date-conflict', "The NDSA's glacial lake monitoring cell was set up on 12 August 2024 in New Delhi.", [], { index });
    check('date-conflict', 'The Dam Health and Rehabilitation Monitoring Application (DHARMA) was launched on 27 September 2019.', ['27 September 2019'], { index });
  });

  it('what was decided is dated by the decision; a verb in one clause with the date reaches past another date', () => {
    const index = indexOf([
      { name: 'age.md', text: '# Age\n\nRecruitment was suspended for two years. In recognition of this, the Government decided on 16 June 2022 to raise the upper age limit to 23 years for the recruitment cycle of 2022 as a one-time waiver.\n' },
      { name: 'loan.md', text: '# Loans\n\nOn 27 April 2022 the Union Cabinet extended the lending period to 31 December 2024 and added a third loan of ₹50,000 to the second loan of ₹20,000.\n' },
      { name: 'banks.md', text: '# Banks\n\nBanks added new loan products. Each loan is small, and lenders add a loan window every year. The loan book grew.\n' },
    ]);
    check('date-conflict', 'After protests in several states, the upper age limit for the first cycle was raised to 23 years on 17 June 2022.', ['17 June 2022'], { index });
    check('date-conflict', 'The upper age limit for the first cycle was raised to 23 years on 16 June 2022.', [], { index });
    check('date-conflict', 'The Cabinet extended the scheme to 31 December 2024 on 27 April 2021, when it added the third loan of ₹50,000.', ['27 April 2021'], { index });
  });

  it('a restrictive participle with its place names the event ("The counsellor training workshop held in Pune on ...")', () => {
    const index = indexOf([
      { name: 'cell.md', text: '---\ntitle: Cell launched\ndate: 2025-03-10\n---\n\nThe Ministry of Health and Family Welfare (MoHFW) today launched a dedicated Tele Mental Health Assistance and Networking Across States (Tele-MANAS) cell for the Armed Forces at the Armed Forces Medical College (AFMC), Pune. The cell will answer calls from serving personnel, veterans and their families, and will be staffed by clinical psychologists and counsellors trained in the needs of service families.\n' },
    ]);
    check('date-conflict', "The ministry held a counsellor training workshop in Pune on 14 July 2025 for the new cell's staff.\nParticipants asked for a refresher course in six months.\nThe counsellor training workshop held in Pune on 21 July 2025 will be repeated in Lucknow.", ['21 July 2025'], { index });
    // (Without a comma and a verb after the date, the verb is the main one: no participle.)
    check('date-conflict', 'The first GSWS field report reached Bhopal on 25 April 2025.\n\nThe camera-trap survey of the GSWS buffer began on 5 May 2025 near Mandsaur.', [], { index });
  });

  it('a relative clause right after the date says what the act did, not which act it was', () => {
    const index = indexOf([{ name: 'g7.md', text: '# Sanctions\n\nThe Group of Seven (G7) countries banned direct imports of Russian diamonds from January 1, 2024, and from March 1, 2024 extended the ban to Russian stones of one carat or more cut in other countries, which has cut the supply of small rough stones that Surat\'s units have long processed.\n' }]);
    check('date-conflict', 'The Group of Seven (G7) banned direct imports of Russian diamonds from 1 January 2024, which cut the supply of small rough stones.', [], { index });
    check('date-conflict', 'The Group of Seven (G7) banned direct imports of Russian diamonds from 1 February 2024, which cut the supply of small rough stones.', ['1 February 2024'], { index });
  });

  it('a plan\'s years after its name and a case\'s "v." belong to the name', () => {
    const index = indexOf([
      { name: 'lep.md', text: '# Leprosy\n\nA. The National Strategic Plan and Roadmap for Leprosy 2023–2027 was released on 30 January 2023.\n\nIn Pankaj Sinha v. Union of India, decided on 14 September 2018, the Supreme Court directed governments to act on the Commission\'s report.\n' },
      { name: 'court.md', text: '# Courts\n\nThe Supreme Court hears appeals. The Supreme Court of India sits in New Delhi, and the court lists cases weekly.\n' },
    ]);
    check('date-conflict', 'The National Strategic Plan and Roadmap for Leprosy 2023–2027 was released on Anti-Leprosy Day, 30 January 2024, with the aim of interrupting transmission by 2027.', ['30 January 2024'], { index });
    check('date-conflict', 'The Supreme Court decided Pankaj Sinha v. Union of India on 14 September 2019.', ['14 September 2019'], { index });
    check('date-conflict', 'The Supreme Court decided Pankaj Sinha v. Union of India on 14 September 2018.', [], { index });
  });

  it('a deadline is compared with another deadline', () => {
    const index = indexOf([{ name: 'review.md', text: '# FAQ\n\nA. The Harbour Research Foundation (HRF) reviews the usage of the scheme every year. The first annual review is due by 31 March 2026.\n\nThe scheme was launched on 1 January 2025, and 4,100 institutions had registered by 31 March 2025.\n' }]);
    check('date-conflict', "The HRF's first annual review of the scheme is due by 31 March 2025.", ['31 March 2025'], { index });
    check('date-conflict', "The HRF's first annual review of the scheme is due by 31 March 2026.", [], { index });
    check('date-conflict', 'The scheme was launched on 1 January 2025.', [], { index });
  });

  it('"The committee" is about the committee the sentence before named', () => {
    const index = indexOf([
      { name: 'dam.md', text: '# Review\n\nThe review records the breach of the Teesta dam on 4 October 2023. The Harbour Authority constituted a five-member expert committee on 9 October 2023 to investigate the breach. The committee submitted its report on 5 January 2024. It found that no early warning system existed upstream.\n' },
      { name: 'other.md', text: '# Other\n\nThe pension review committee submitted its report on 15 January 2024 to the ministry.\n' },
    ]);
    check('date-conflict', 'The Harbour Authority constituted a five-member expert committee on 9 October 2023. The committee submitted its report on 15 January 2024 and found that no early warning system existed upstream.', ['15 January 2024'], { index });
    check('date-conflict', 'The Harbour Authority constituted a five-member expert committee on 9 October 2023. The committee submitted its report on 5 January 2024.', [], { index });
  });

  it('a sentence that opens with "Its" is about the previous sentence\'s subject', () => {
    const index = indexOf([
      { name: 'coop.md', text: '# FAQ\n\nA. National Harbour Organics Limited (NHOL) is a multi-state cooperative society that markets organic produce. Its setting up was approved by the Union Cabinet on 11 January 2023, and it sells under one brand.\n' },
    ]);
    check('date-conflict', 'National Harbour Organics Limited (NHOL), approved by the Cabinet on 11 January 2022, will market the produce.', ['11 January 2022'], { index });
  });

  it('an imperative opening a recommendation dates nothing done; a bullet\'s first word is the sentence\'s first', () => {
    const index = indexOf([{ name: 'plan.md', text: '# Plan\n\nThe first Harbour Fire Plan was released by the Ministry on 14 March 2018.\n' }]);
    check('date-conflict', '- Publish the first Harbour Fire Plan review, due in February 2027, in full.', [], { index });
    check('date-conflict', '- Released by the Ministry on 14 March 2019, the first Harbour Fire Plan set targets.', ['14 March 2019'], { index });
  });

  it('a scheme named by a long acronym and by its long form is one name ("PM-JANMAN")', () => {
    const index = indexOf([{ name: 'mota.md', text: '# Progress\n\nThe Pradhan Mantri Janjati Adivasi Nyaya Maha Abhiyan (PM-JANMAN) was launched on 15 November 2023 at Khunti. The Union Cabinet approved PM-JANMAN on 29 November 2023 with a total outlay of Rs 24,104 crore.\n' }]);
    check('date-conflict', 'The Pradhan Mantri Janjati Adivasi Nyaya Maha Abhiyan (PM-JANMAN) was approved by the Union Cabinet in December 2023.', ['December 2023'], { index });
    check('date-conflict', 'The Pradhan Mantri Janjati Adivasi Nyaya Maha Abhiyan (PM-JANMAN) was approved by the Union Cabinet in November 2023.', [], { index });
    // "It" after a sentence that opens with its date: the subject is what follows the date's comma.
    check('date-conflict', 'On 15 November 2023, the Pradhan Mantri Janjati Adivasi Nyaya Maha Abhiyan (PM-JANMAN) was launched at Khunti. It was approved by the Union Cabinet in December 2023.', ['December 2023'], { index });
  });

  it('what a document was released for is no event of its own ("released for stakeholder consultation")', () => {
    const index = indexOf([{ name: 'icap.md', text: '# Review\n\nThe draft National Strategy for HFC Phase-down was released for stakeholder consultation on 16 September 2024.\n' }]);
    check('date-conflict', 'A national stakeholder workshop on the final strategy will be held by the Ozone Cell on 3 March 2026.', [], { index });
    check('date-conflict', 'The draft National Strategy for HFC Phase-down was released on 16 October 2024.', ['16 October 2024'], { index });
  });

  it('an acronym that ends in S stands for its long form though its term lost the S ("NESTS")', () => {
    const index = indexOf([{ name: 'emrs.md', text: '# Review\n\nThe National Education Society for Tribal Students (NESTS) met in Delhi. The decision was taken at the annual review meeting of NESTS, which was held on Tuesday, 1 April 2025, in New Delhi.\n' }]);
    check('date-conflict', 'NESTS held its annual review meeting on 5 April 2025.', ['5 April 2025'], { index });
    check('date-conflict', 'NESTS held its annual review meeting on 1 April 2025.', [], { index });
  });

  it('a specific number names what it counts ("the first list of 6,207 schools")', () => {
    const index = indexOf([{ name: 'faq.md', text: '# Timeline\n\n- **14 June 2023**: The Department of School Education and Literacy (DoSEL) notifies the first list of 6,207 PM SHRI schools.\n' }]);
    check('date-conflict', 'The first list of 6,207 schools was notified on 14 July 2023.', ['14 July 2023'], { index });
    check('date-conflict', 'The first list of 6,207 schools was notified on 14 June 2023.', [], { index });
  });

  it('a coordinate clause with a subject and a verb of its own after the date is another statement', () => {
    const index = indexOf([{ name: 'dgtr.md', text: '# Timeline\n\n- **19 December 2024**: The Directorate General of Trade Remedies (DGTR) initiates the safeguard investigation.\n' }]);
    check('date-conflict', 'The Indian Steel Association (ISA) applied for a safeguard investigation on 9 December 2024, and the Directorate General of Trade Remedies (DGTR) initiated it ten days later.', [], { index });
    check('date-conflict', 'The Directorate General of Trade Remedies (DGTR) initiated the safeguard investigation on 9 December 2024.', ['9 December 2024'], { index });
  });

  it('an imperative\'s verb is no name ("Revisit the import data ...")', () => {
    const index = indexOf([{ name: 'cot.md', text: '# Imports\n\nImports rose as spinning mills turned to cheaper fibre. The review of import data and contracts goes on, and mills gave figures.\n' }]);
    check('date-conflict', 'The Ministry of Textiles held a review meeting with spinning mills on 5 September 2025 to take stock of import contracts.\n\n- Revisit the import data that spinning mills gave at the review meeting held on 9 September 2025.', ['9 September 2025'], { index });
  });

  it('a number only one of two mentions gives is no evidence either way', () => {
    const index = indexOf([{ name: 'h.md', text: '# Harbours\n\nThe Union Cabinet approved five hub harbours at a cost of ₹1,234 crore on 17 May 2023.\n' }]);
    const words = ['union', 'cabinet', 'hub', 'harbor'];
    const same = eventSimilarity(index, new Set(words), 'approve', new Set(words), 'approve');
    assert.equal(eventSimilarity(index, new Set([...words, '#1234', '#5678']), 'approve', new Set(words), 'approve'), same);
    assert.ok(eventSimilarity(index, new Set([...words, '#1234']), 'approve', new Set([...words, '#4321']), 'approve') === same);
    assert.ok(eventSimilarity(index, new Set(['union', 'cabinet', '#1234']), 'approve', new Set(['union', 'cabinet', 'hub', 'harbor', '#1234']), 'approve') > eventSimilarity(index, new Set(['union', 'cabinet']), 'approve', new Set(['union', 'cabinet', 'hub', 'harbor']), 'approve'));
  });

  it('dates listed after a plural ("before the end of their terms in 1968 and 1969") share one event', () => {
    const index = indexOf([{ name: 'lc.md', text: '# Brief\n\nThe cycle was disrupted when several State Legislative Assemblies were dissolved before the end of their terms in 1968 and 1969.\n' }]);
    check('date-conflict', 'The cycle broke when several Assemblies were dissolved before their time in 1968 and 1969.', [], { index });
  });

  it('an aim is no event ("the first step towards holding elections")', () => {
    const index = indexOf([{ name: 'ls.md', text: '# Bill\n\nThe government on 17 December 2024 introduced the Bill in the Lok Sabha, taking the first legislative step towards holding elections to the Lok Sabha and State Legislative Assemblies together.\n' }]);
    check('date-conflict', 'Elections to the Lok Sabha and the State Legislative Assemblies were held together in 1967.', [], { index });
  });

  it('an acronym\'s year names its edition ("LEADS 2024", "LEADS 2023")', () => {
    const index = indexOf([{ name: 'leads.md', text: '# Timeline\n\n| Date | Event |\n|---|---|\n| 18 December 2023 | LEADS 2023 released at an event in New Delhi |\n| 20 December 2024 | LEADS 2024 released by the Union Minister of Commerce and Industry |\n' }]);
    check('date-conflict', 'LEADS 2024 was released on Thursday, 20 December 2024, a year after LEADS 2023 was released on Monday, 18 December 2023.', [], { index });
    check('date-conflict', 'LEADS 2024 was released on 18 December 2024.', ['18 December 2024'], { index });
  });

  it('a description dated by its participle in a phrase that opens the sentence ("As decided at ...")', () => {
    check('date-conflict', 'The district task force meeting was held on Monday, 12 May 2025, with the Deputy Commissioner in the chair.\n\n- As decided at the district task force meeting held on 14 May 2025, Mobile Veterinary Units (MVUs) will carry vaccine to the villages.', ['14 May 2025']);
  });

  it('a participle clause after the date tells what the thing does; the words before it name the event', () => {
    const index = indexOf([
      { name: 'rail.md', text: '# Rail\n\nThe zone imposed a speed limit of 50 km/h on the section after the National Tiger Conservation Authority (NTCA) issued an advisory on December 18, 2024.\n' },
      { name: 'brief.md', text: '# Brief\n\nThe NTCA advisory is not binding.\n' },
      { name: 'zones.md', text: '# Zones\n\nSome railway zones restrict night-time train speeds near Midghat.\n' },
    ]);
    check('date-conflict', 'Earlier, the NTCA had issued an advisory on 18 November 2024 asking railway zones to restrict night-time train speeds.', ['18 November 2024'], { index });
    check('date-conflict', 'The NTCA issued an advisory on 18 December 2024 asking railway zones to restrict night-time train speeds.', [], { index });
  });

  it('an ordinal that numbers where it was done ("at its 81st meeting") gives way to the thing\'s own ("the third line")', () => {
    const index = indexOf([{ name: 'nbwl.md', text: '# Rail\n\nThe standing committee of the National Board for Wildlife (NBWL) approved the third line at its 81st meeting on August 22, 2024, subject to conditions.\n' }]);
    check('date-conflict', 'Its standing committee approved a third line on the Budhni–Barkhera section on 22 July 2024.', ['22 July 2024'], { index });
    // Where nothing else has one, the setting's ordinal says which meeting.
    check('date-conflict', 'The 82nd meeting of the NBWL standing committee was held on 22 July 2024.', [], { index });
    check('date-conflict', 'The 81st meeting of the NBWL standing committee was held on 22 July 2024.', ['22 July 2024'], { index: indexOf([{ name: 'm.md', text: '# Rail\n\nThe standing committee of the National Board for Wildlife (NBWL) approved the plan at its 81st meeting on August 22, 2024.\n' }]) });
  });

  it('a relative clause after an appositive is the name\'s ("Mission Van Swasthya (MVS), the ... drive against malaria in forest villages, which was launched on")', () => {
    const index = indexOf([{ name: 'mvs.md', text: "# Malaria\n\nThat changed with Mission Van Swasthya (MVS), the Jharkhand health department's drive against malaria in forest villages, which was launched on 25 April 2024, World Malaria Day.\n" }]);
    check('date-conflict', 'In Jharkhand, Mission Van Swasthya was launched on 25 April 2023.', ['25 April 2023'], { index });
    check('date-conflict', 'In Jharkhand, Mission Van Swasthya was launched on 25 April 2024.', [], { index });
  });

  it('"Its" after a sentence whose subject runs on into its predicate stands for the name', () => {
    const sentences = [{ text: 'The Central Inland Fisheries Research Institute (CIFRI) wants cages stocked only with advanced fingerlings of at least 10 g.' }, { text: 'Its bulletin, issued on 30 May 2025, sets densities.' }];
    assert.deepEqual(contextOf(sentences, 1), ['central', 'inland', 'fishery', 'research', 'institut', 'cifri']);
    // "It" may stand for the thing the words name ("The first phase of Census 2021 ... It was postponed").
    assert.deepEqual(contextOf([sentences[0], { text: 'It was revised on 30 May 2025.' }], 1)?.includes('cag'), true);
  });

});
