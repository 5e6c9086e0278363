// The index on the bundled seeds: metadata, dated events, definitions, names; and incremental updates.
import { strict as assert } from 'node:assert';
import { bundledIndex, indexOf, SEED } from '../helpers';
import { extractDocument } from '../../server/src/core/corpus/document';
import { bestExpansion } from '../../server/src/core/corpus/search';
import { foldName } from '../../server/src/core/extract/names';
import type { SimpleDate } from '../../server/src/core/extract/dates';
import { nounReferent, triggerClasses } from '../../server/src/core/extract/events';

const doc = (key: string) => {
  const d = bundledIndex().byKey(key);
  assert.ok(d, key);
  return d!;
};

describe('metadata inferred from the seeds', () => {
  const cases: [string, string, SimpleDate | undefined][] = [
    [SEED.answer, 'Evaluate the need for India and Korea to transcend bilateral cooperation', undefined],
    [SEED.hindu, 'Reigniting the flame of India-Korea defence cooperation', { year: 2024, month: 1, day: 2 }],
    [SEED.fpsd, 'The Shifting Sands of the Indo-Korean Strategic Partnership', { year: 2026, month: 2, day: 11 }],
    [SEED.agreements, 'India And South Korea Deepen Defense Ties Formalizing Strategic Partnership', { year: 2025, month: 4, day: 29 }],
    [SEED.ties, "India and South Korea: bolster ties as 'strategic partners' in Indo-Pacific region", undefined],
  ];
  for (const [key, title, date] of cases) {
    it(key, () => {
      const m = doc(key).extract.meta;
      assert.ok(m.title.startsWith(title), m.title);
      assert.deepEqual(m.date, date);
    });
  }

  it('front matter wins, and bad YAML is a warning, not an error', () => {
    const a = extractDocument({ uri: 'a.md', name: 'a.md', text: '---\nid: smith2024\ntitle: A Title\ndate: 2024-03-14\npublisher: Pub\nurl: https://x.y\n---\n\n# Other heading\n\nBody.\n' });
    assert.deepEqual([a.meta.key, a.meta.title, a.meta.date, a.meta.publisher, a.meta.url], ['smith2024', 'A Title', { year: 2024, month: 3, day: 14 }, 'Pub', 'https://x.y']);
    const b = extractDocument({ uri: 'b.md', name: 'b.md', text: '---\ntitle: [unclosed\n---\n\n# Heading\n\nPublished: 14 March 2024\n\nBody text here.\n' });
    assert.equal(b.meta.key, 'b');
    assert.equal(b.meta.title, 'Heading');
    assert.deepEqual(b.meta.date, { year: 2024, month: 3, day: 14 });
    assert.equal(b.meta.warnings.length, 1);
  });
});

describe('dated events on the seeds', () => {
  const find = (key: string, year: number, term: string) => doc(key).extract.events.find((e) => e.date.year === year && e.terms.includes(term));
  const cases: [string, string, number, string, string, Partial<SimpleDate>, SimpleDate?][] = [
    ['diplomatic relations 1963', SEED.agreements, 1963, 'diplomatic', 'establish', { year: 1963 }],
    ['Act East 2014', SEED.agreements, 2014, 'east', 'launch', { year: 2014 }],
    ['NSP 2017', SEED.agreements, 2017, 'nsp', 'launch', { year: 2017 }],
    ["Gen. Pande's visit November 2023", SEED.hindu, 2023, 'pand', 'visit', { year: 2023, month: 11 }],
    ['the sixth FPSD, February 12-13, 2026', SEED.fpsd, 2026, 'fpsd', 'meet', { year: 2026, month: 2, day: 12 }, { year: 2026, month: 2, day: 13 }],
  ];
  for (const [name, key, year, term, trigger, date, until] of cases) {
    it(name, () => {
      const e = find(key, year, term);
      assert.ok(e, `no event with ${term} in ${year}`);
      assert.equal(triggerClasses(e!.trigger)[0], trigger);
      assert.deepEqual(e!.date, date);
      assert.deepEqual(e!.until, until);
    });
  }
});

describe("an event's part of its sentence", () => {
  const events = (text: string) => extractDocument({ uri: 'x.md', name: 'x.md', text }).events;
  it('a leading "When" clause that names its subject is the event; the main clause after it is not', () => {
    const [e] = events('When the President and the Prime Minister inaugurated the Meridian Rail Link in Cairo on 9 March 2019, few observers expected a freight corridor across deserts to become a fixture of regional commerce.\n');
    // "Inaugurated" is a launch (a line) or a meeting's start (a summit); "become" in the main clause is not its trigger.
    assert.deepEqual(e.trigger?.split('+').sort(), ['launch', 'meet']);
    assert.ok(e.terms.includes('meridian') && e.terms.includes('cairo'), e.terms.join(' '));
    for (const t of ['observer', 'corridor', 'commerc']) assert.ok(!e.terms.includes(t), `${t} in ${e.terms.join(' ')}`);
  });
  it('a participle that opens the sentence before its subject, and an aim, are no triggers', () => {
    const [a] = events('Hearing an application by the Ministry of Power (MoP), the court modified its order on Thursday, 21 March 2024.\n');
    assert.equal(a.trigger, 'v:modify');
    const [b] = events('The government on 17 December 2024 introduced the Bill, the first step towards holding simultaneous elections to the Lok Sabha.\n');
    assert.equal(b.trigger, 'launch');
  });
  it('a past participle that opens the sentence dates the main clause\'s subject, not its verb', () => {
    const [a] = events('Constituted on 6 June 2008 under section 38Y of the Act, the Bureau also runs an online portal where citizens can report wildlife crime.\n');
    assert.equal(a.trigger, 'establish');
    assert.ok(a.terms.includes('bureau'), a.terms.join(' '));
    for (const t of ['portal', 'citizen', 'crim']) assert.ok(!a.terms.includes(t), `${t} in ${a.terms.join(' ')}`);
  });
  it('a clause of time inside the sentence ("since", "only after" with a name and its verb) is the date\'s', () => {
    const [a] = events('Mill owners say payments have become more regular since the Oil Palm (Regulation of Production and Processing) Rules were notified on 19 January 2025.\n');
    assert.equal(a.trigger, 'assent');
    for (const t of ['mill', 'owner', 'payment']) assert.ok(!a.terms.includes(t), `${t} in ${a.terms.join(' ')}`);
    const [b] = events('Our contact says work on station-area plans began only after Haryana approved the SNB alignment on 10 February 2025.\n');
    assert.equal(b.trigger, 'approve');
    assert.ok(!b.terms.includes('contact') && b.terms.includes('haryana'), b.terms.join(' '));
  });
  it('a fronted "At the meeting on ...," that names nothing else dates the main clause\'s act; "Since the advisory was issued on ...," its own', () => {
    const [a] = events('At the meeting on 8 April 2025, the Minister launched the Saur Sinchai Monitoring Portal (SSMP).\n');
    assert.equal(a.trigger, 'launch');
    assert.ok(a.terms.includes('ssmp'), a.terms.join(' '));
    const [b] = events('At the Guwahati consultation of 12 April 2025, three States asked for more time.\n');
    assert.equal(b.trigger, 'meet');
    // (Only the main clause's verb: not a participle after its object, nor what "would be" done.)
    for (const text of ['At the meeting on 8 April 2025, the Board reviewed the Saur Sinchai Monitoring Portal (SSMP) launched in 2020.\n', 'At the meeting on 8 April 2025, the Minister said the SSMP would be launched in June.\n', 'At the meeting on 8 April 2025, members reviewed the proposed amendment to the Pilotage Rules.\n']) {
      const [e] = events(text);
      assert.equal(e.trigger, 'meet', text);
    }
    const [c] = events('Since the advisory was issued on 7 February 2025, the district has also started tagging each reopened claim.\n');
    assert.equal(c.trigger, 'publish');
    assert.ok(!c.terms.includes('claim'), c.terms.join(' '));
  });
  it('a verb after its subject is no noun that qualifies ("the committee met farmers on ..."); a noun before its own verb keeps its class', () => {
    assert.equal(events('In Kutch, the committee met farmers on 5 May 2024.\n')[0].trigger, 'meet');
    assert.equal(events('In Delhi, the summit took place on 5 May 2024.\n')[0].trigger, 'meet');
    assert.equal(events('After the elections, held on 5 May 2024, the House met.\n')[0].trigger?.split('+').includes('election'), true);
  });
  it('a phrase of "after" set off by a comma after the date names no act of the date', () => {
    const [a] = events('Comments closed on Wednesday, 21 April 2025, after four regional consultations.\n');
    assert.equal(a.trigger, 'end');
    // (Only inside the phrase: the main clause after it keeps its verb.)
    const [b] = events('On 5 May 2024, after a long debate, the Cabinet approved the Harbour Ports Bill.\n');
    assert.ok(b.trigger?.split('+').includes('approve'), b.trigger);
  });
  it('a coordinate clause with a subject of its own after one in the present ("now hold ..., and the Sehore camp was held on") is the date\'s', () => {
    const [a] = events('District Level Monitoring Committees (DLMCs) now hold loan camps with banks every fortnight, and the Sehore camp was held on 4 June 2024.\n');
    assert.ok(a.terms.includes('sehor') && !a.terms.includes('dlmc') && !a.terms.includes('fortnight'), a.terms.join(' '));
  });
  it('a coordinate clause opened by a count has a subject of its own (", and five more have opened since April")', () => {
    const [a] = events('There were 456 POPSKs on 31 March 2025, and five more have opened since April.\n');
    assert.equal(a.trigger, undefined);
    // (Not a count of time: ", and 15 days later it was passed on ..." goes on about the Bill.)
    const [b] = events('The Bill was tabled in the Lok Sabha, and 15 days later it was passed on 5 May 2020.\n');
    assert.ok(b.terms.includes('bill'), b.terms.join(' '));
  });
  it('a date before an event noun and what it is of ("the 10 March 2025 launch of the HPV campaign") is that phrase\'s', () => {
    const [a] = events('Compare school line lists with doses recorded since the 10 March 2025 launch of the HPV campaign, district by district.\n');
    assert.deepEqual([a.trigger, a.terms], ['launch', ['hpv', 'campaign']]);
  });
  it('a post held on an acting basis is no meeting held', () => {
    const [a] = events('Justice Saxena demitted office on 27 May 2022, and the post was held on an acting basis for almost two years.\n');
    assert.equal(a.trigger, 'v:demitt');
  });
  it('a cut-off is no event, with its weekday too ("By Monday, 31 March 2025, 84 ministries had ...")', () => {
    const [a] = events('By Monday, 31 March 2025, 84 ministries and departments had an ACBP approved by the CBC.\n');
    assert.deepEqual([a.trigger, a.terms], [undefined, []]);
  });
  it('a name\'s year names its edition ("Karmayogi Saptah 2025")', () => {
    const [a] = events('Karmayogi Saptah 2025, which was inaugurated on Monday, 13 October 2025, recorded 56 lakh course completions.\n');
    assert.ok(a.terms.includes('ed2025'), a.terms.join(' '));
  });
  it('a date right after a gathering something was done at is the gathering\'s too', () => {
    const [a] = events('As agreed at the National Sericulture Conference on 16 January 2025, the two States will share grainage data.\n');
    assert.ok(a.trigger?.split('+').includes('meet'), a.trigger);
  });
  it('a noun of an event dated by "of" is the date\'s event, not a venue where something was done', () => {
    const [a] = events('It defined a CBDC as legal tender issued by a central bank in digital form, and it followed the Budget announcement of 1 February 2022.\n');
    assert.deepEqual([a.trigger, a.terms], ['launch', ['budget']]);
    const [b] = events('The Council approved the plan at its meeting of 3 May 2024.\n');
    assert.ok(b.trigger?.split('+').includes('approve') && b.terms.includes('council'), `${b.trigger} ${b.terms.join(' ')}`);
  });
  it('an acronym\'s year is its edition, not a date', () => {
    const all = events('LEADS 2024 was released on Thursday, 20 December 2024, a year after LEADS 2023 was released on Monday, 18 December 2023.\n');
    assert.deepEqual(all.map((e) => [e.date.year, e.period, e.terms.includes(`ed${e.period}`)]), [[2024, 2024, true], [2023, 2023, true]]);
  });
  it('a body "chaired by" someone is the subject of the verb after the aside, and the year the act is for is the event\'s, not a relative clause\'s', () => {
    const [e] = events('The Cabinet Committee on Economic Affairs (CCEA), chaired by the Prime Minister, approved on 30 April 2025 the Fair and Remunerative Price (FRP) of sugarcane for sugar season 2025-26 at ₹355 per quintal.\n');
    assert.ok(e.terms.includes('ccea'), e.terms.join(' '));
    assert.equal(e.period, 2025);
    const f = events('The FRP for 2025-26 is 4.41 percent higher than the FRP of ₹340 per quintal for the current season, which the CCEA approved on 21 February 2024.\n').find((x) => x.trigger);
    assert.equal(f?.period, undefined);
  });
  it('one that names nothing keeps the main clause, which names its subject', () => {
    const [e] = events('Since its launch in 2014, the Act East Policy has deepened ties with Southeast Asia.\n');
    assert.ok(e.terms.includes('east'), e.terms.join(' '));
    const [f] = events('As of 31 March 2024, the Blue Water Scheme had reached every coastal district.\n');
    assert.ok(f.terms.includes('blu'), f.terms.join(' '));
  });
  it('a second main clause with a subject of its own ("..., and the ... Rules were notified on ...") holds the event alone', () => {
    const [e] = events('It is now called the Transplantation of Human Organs and Tissues Act (THOTA), and the Transplantation of Human Organs and Tissues Rules were notified on 27 March 2015.\n');
    for (const t of ['thota', 'call']) assert.ok(!e.terms.includes(t), `${t} in ${e.terms.join(' ')}`);
    // A clause that goes on with a pronoun is the first clause's subject's.
    const [f] = events('The Act was amended by Parliament, and it was notified on 27 March 2014.\n');
    assert.ok(f.terms.includes('act'), f.terms.join(' '));
  });
  it('a measure "from" or "for" a year ("rise to 80% from 2027-28") dates no event', () => {
    const all = events('EPR targets began at 60% of estimated generation for 2023-24 and rise to 80% from 2027-28.\n');
    assert.deepEqual(all.filter((e) => e.trigger).map((e) => e.date.year), []);
  });
  it('a period an outlay covers ("for five years, from 2023-24 to 2027-28") dates no event', () => {
    const all = events('It was approved by the Union Cabinet on 16 August 2023 with an outlay of ₹13,000 crore for five years, from 2023-24 to 2027-28, and was launched by the Prime Minister on 17 September 2023.\n');
    assert.deepEqual(all.filter((e) => e.trigger).map((e) => [e.date.year, e.trigger]), [[2023, 'approve'], [2023, 'launch']]);
  });
});

describe('what "The Bill" refers back to', () => {
  it('the name in the sentence before that ends in the noun, with its bracketed acronym', () => {
    assert.deepEqual(nounReferent('The Union Cabinet approved the Atomic Energy (Amendment) Bill on 12 November 2025.', 'The Bill was introduced on 1 December.'), ['atomic', 'energy', 'amendment', 'bill']);
    assert.deepEqual(nounReferent('The Forest Rights Act (FRA) was passed in 2006.', 'The Act came into force in 2007.'), ['forest', 'right', 'act', 'fra']);
  });
  it('an instrument the sentence before does not name is further back (null)', () => {
    assert.equal(nounReferent('FAITH says the visa fee is too high.', 'The scheme became the e-Visa.'), null);
  });
  it('a state or a body may be named without its noun: the subject stands (undefined)', () => {
    assert.equal(nounReferent('Chief Minister Stalin said Tamil Nadu would not trade its policy.', 'The state released its own policy.'), undefined);
    assert.equal(nounReferent('The policy was debated.', 'The policy was adopted.'), undefined);
  });
});

describe('definitions and names on the seeds', () => {
  const index = bundledIndex();
  const cases: [string, string, RegExp][] = [
    ['appositive', 'manoj pande', /Chief of the Army Staff/],
    ['colon definition', 'hanwha land systems', /major South Korean defense contractor/],
    ['colon definition with an acronym', 'larsen and toubro', /Indian conglomerate/],
    ['copular sentence', 'lakhvinder singh', /Director of Peace and Security Studies/],
    ['dash', 'act east policy', /diplomatic, economic, and strategic initiative/],
    ['appositive with an article', 'park jin-seok', /specialist in Korean security policy/],
  ];
  for (const [form, key, re] of cases) it(`${form}: ${key}`, () => assert.match(index.definitions(key)[0]?.def.definition ?? '', re));

  it('"The X is a ..." defines X, also in a FAQ answer that opens with "A."', () => {
    const index = indexOf([{ name: 'faq.md', text: '# FAQ\n\nQ. What is the NFDB?\n\nA. The National Fisheries Development Board (NFDB) is an autonomous body under the Department of Fisheries.\n\nThe Blue Port Fund is a window for harbour loans.\n' }]);
    assert.match(index.definitions('national fisheries development board')[0]?.def.definition ?? '', /autonomous body/);
    assert.match(index.definitions('blue port fund')[0]?.def.definition ?? '', /window for harbour loans/);
    const act = indexOf([{ name: 'eda.md', text: "# FAQ\n\nA. The Epidemic Diseases Act, 1897 is India's principal law for containing dangerous epidemic diseases.\n" }]);
    assert.match(act.definitions('epidemic diseases act')[0]?.def.definition ?? '', /principal law/);
    // (A version after the name is the name's: "Nikusth 2.0 is a case-based web portal ...".)
    const portal = indexOf([{ name: 'nik.md', text: '# FAQ\n\nA. Nikusth 2.0 is a case-based web portal for leprosy that records each patient.\n' }]);
    assert.match(portal.definitions('nikusth')[0]?.def.definition ?? '', /web portal/);
  });

  it('"A Lightning Mitra is a ..." defines the name after the article, above a mention before it', () => {
    const index = indexOf([{ name: 'lm.md', text: '# Lightning\n\nEvery village should have a siren or a Lightning Mitra before another app campaign.\n\nA Lightning Mitra is a trained village volunteer who relays lightning warnings to farmers.\n\nAn Amrit Sarovar is a pond with a minimum area of one acre.\n' }]);
    assert.match(index.definitions('lightning mitra')[0]?.def.definition ?? '', /trained village volunteer/);
    assert.match(index.definitions('amrit sarovar')[0]?.def.definition ?? '', /minimum area of one acre/);
  });

  it('a word that ends in "-est" but is no superlative ("harvest") does not stop a one-word name\'s definition', () => {
    const index = indexOf([{ name: 'kt.md', text: '# Ducks\n\nMost ducks are in Kuttanad. Kuttanad is a low-lying wetland region of Alappuzha, where ducks are herded across paddy fields after the harvest.\n\nKerala is the region with the highest count.\n' }]);
    assert.match(index.definitions('kuttanad')[0]?.def.definition ?? '', /low-lying wetland region/);
    assert.equal(index.definitions('kerala').length, 0);
  });

  it('a copular definition ranks above a lower-case appositive; a possessive further on does not stop it', () => {
    const index = indexOf([{ name: 'th.md', text: "# Hostels\n\nThe hostel will be run under Thozhi, the State's hostel brand. Thozhi is the brand under which the Harbour Working Women's Hostels Corporation runs hostels for working women.\n" }]);
    assert.match(index.definitions('thozhi')[0]?.def.definition ?? '', /brand under which/);
  });

  it('a one-word name that opens a plain copular definition is defined ("Vahan is the national ... database"); a rank says what it does, not what it is', () => {
    const index = indexOf([{ name: 'ev.md', text: '# EVs\n\nSales rose, according to registration data from Vahan. Vahan is the national vehicle registration database maintained by the Ministry of Road Transport and Highways.\n\nKerala is the third-largest market for electric scooters.\n\nPredictably, the plan failed.\n' }]);
    assert.match(index.definitions('vahan')[0]?.def.definition ?? '', /registration database/);
    assert.equal(index.definitions('kerala').length, 0);
    assert.equal(index.definitions('predictably').length, 0);
  });

  it('a name wrapped across lines of plain text is stored on one line', () => {
    const x = extractDocument({ uri: '/mem/r.txt', name: 'r.txt', text: 'Culture had its own working group for the first time under a G20\nPresidency of India. The Culture Working Group (CWG) was chaired by\nDr. Leela Iyer, Joint Secretary of the Ministry of Culture. It met\nin Khajuraho, Bhubaneswar and Hampi, and set four priorities: the\nprotection and restitution of cultural property, living heritage,\ncultural and creative industries, and digital technologies for culture.\n\nThe G20 Culture Ministers\' Meeting in Varanasi adopted the Kashi\nCulture Pathway on 26 August 2023. The Pathway was the first outcome\ndocument of a G20 culture track, and its language was later carried\ninto the New Delhi Leaders\' Declaration of 9 September 2023. At\n' });
    assert.deepEqual(x.names.filter((n) => n.key === 'kashi culture pathway').map((n) => n.text), ['Kashi Culture Pathway']);
  });

  describe('posts written before a name', () => {
    const posts = indexOf([{ name: 'p.md', text: 'U.S. President Joe Biden spoke. ISRO chairman S. Somanath said the mission cost little. External Affairs Minister S. Jaishankar spoke next. Prime Minister Narendra Modi watched. UN Secretary General Antonio Guterres wrote. The UN General Assembly noted it. Plan B. The team met Dr. A. P. J. Abdul Kalam. Union Health Minister J.P. Nadda agreed. The U.K. Prime Minister Keir Starmer did not. Speaking next, Union Minister of Agriculture and Farmers Welfare and Rural Development Shivraj Singh Chouhan agreed. Minister of State for Home Affairs Nityanand Rai did too. The Minister of State (Independent Charge) for Skill Development Jayant Chaudhary spoke last.\n' }]);
    const cases: [string, string][] = [
      ['s somanath', 'ISRO chairman'],
      ['s jaishankar', 'External Affairs Minister'],
      ['narendra modi', 'Prime Minister'],
      ['antonio guterres', 'UN Secretary General'],
      ['j p nadda', 'Union Health Minister'],
      ['keir starmer', 'Prime Minister'],
      ['shivraj singh chouhan', 'Union Minister of Agriculture and Farmers Welfare and Rural Development'],
      ['nityanand rai', 'Minister of State for Home Affairs'],
      ['jayant chaudhary', 'Minister of State (Independent Charge) for Skill Development'],
    ];
    for (const [key, post] of cases) it(`${key}: ${post}`, () => {
      const d = posts.definitions(key)[0]?.def;
      assert.equal(d?.definition, post);
      assert.equal(d?.kind, 'title');
    });
    it('an initial starts the name it stands before; a stop before a capitalised stopword ends one', () => {
      assert.ok(posts.name('a p j abdul kalam') || posts.name('dr a p j abdul kalam'));
      assert.equal(posts.definitions('general assembly').length, 0);
      assert.equal(posts.name('plan b the team'), undefined);
      assert.equal(posts.name('s president joe biden'), undefined, 'the S of U.S. is not an initial');
      assert.equal(posts.name('u s president joe biden'), undefined, 'nor are U.S. initials');
      assert.equal(posts.name('k prime minister keir starmer'), undefined, 'nor U.K.');
    });
    it('a surname finds the person', () => assert.deepEqual(posts.personsBySurname('somanath'), ['s somanath']));
  });

  it('a post in lower case with no article is an appositive (a byline); a participle or a list is not', () => {
    const byline = indexOf([{ name: 'b.md', text: '# Brief\n\nDr. Ananya Kulkarni, senior fellow, Centre for Welfare Policy\n\nRavi Menon, former chief economist at the Reserve Bank, disagreed. Narendra Modi, speaking at the summit, said little. Meera Nair, Kerala, and Goa were listed.\n' }]);
    assert.equal(byline.definitions('ananya kulkarni')[0]?.def.definition, 'senior fellow');
    assert.equal(byline.definitions('ravi menon')[0]?.def.definition, 'former chief economist at the Reserve Bank');
    assert.equal(byline.definitions('narendra modi').length, 0);
    assert.equal(byline.definitions('meera nair').length, 0);
  });

  it('no definition for a member list or a sentence opener', () => {
    assert.equal(index.definitions('australia').length, 0);
    assert.equal(index.definitions('predictably').length, 0);
  });

  it('multi-word names for completion, with counts', () => {
    for (const n of ['Larsen & Toubro', 'Act East Policy', 'New Southern Policy', 'Indo-Korean Foreign Policy and Security Dialogue']) assert.ok(index.name(foldName(n)), n);
    assert.ok(index.name('south korea')!.count > 20);
  });

  it('acronyms from sources are preferred over the glossary', () => {
    assert.equal(bestExpansion(index, 'ADD')!.long, 'Agency of Defence Development');
    assert.equal(bestExpansion(index, 'DAPA')!.doc.extract.meta.key, SEED.hindu);
    assert.equal(bestExpansion(index, 'MoCI')!.long, 'Ministry of Commerce and Industry');
  });

  it('the glossary supplies the well-known list', () => {
    for (const a of ['UN', 'US', 'UK', 'EU', 'GDP', 'USD']) assert.ok(index.isWellKnown(a), a);
    assert.ok(!index.isWellKnown('DAPA'));
  });
});

describe('incremental index updates', () => {
  it('add, replace and remove one document', () => {
    const index = indexOf([{ name: 'a.md', text: 'The Blue Water Initiative (BWI) was launched in 2019.\n' }]);
    const v0 = index.version;
    assert.equal(bestExpansion(index, 'BWI')!.long, 'Blue Water Initiative');
    const b = { uri: '/mem/b.md', name: 'b.md', text: 'The Brown Water Initiative (BWI) failed.\n' };
    index.upsert(b, extractDocument(b));
    assert.equal(index.acronym('BWI').length, 2);
    const b2 = { ...b, text: 'Nothing to see.\n' };
    index.upsert(b2, extractDocument(b2));
    assert.equal(index.acronym('BWI').length, 1);
    assert.ok(index.remove('/mem/a.md'));
    assert.equal(index.acronym('BWI').length, 0);
    assert.equal(index.eventsInYear(2019).length, 0);
    assert.ok(index.version > v0);
    assert.equal(index.size, 1);
  });
});
