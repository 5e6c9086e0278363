// Hover, completion and go to definition on the bundled corpus.
import { strict as assert } from 'node:assert';
import { readDraft } from '../../server/src/core/draft/draft';
import { hover } from '../../server/src/core/features/hover';
import { complete } from '../../server/src/core/features/completion';
import { definition } from '../../server/src/core/features/definition';
import { disableForLineFix } from '../../server/src/core/features/actions';
import { documentLinks } from '../../server/src/core/features/links';
import { bundledIndex, indexOf, SEED } from '../helpers';

/** Hover at the first occurrence of `at` in the draft (one character in). */
const hoverAt = (draft: string, at: string) => {
  const i = draft.indexOf(at);
  assert.ok(i >= 0, at);
  return hover(readDraft(draft), bundledIndex(), i + 1)?.markdown ?? '';
};
const completeAfter = (draft: string, after: string) => {
  const i = draft.indexOf(after);
  assert.ok(i >= 0, after);
  return complete(readDraft(draft), bundledIndex(), i + after.length).items;
};

describe('hover', () => {
  const cases: [string, string, string, RegExp[]][] = [
    ['acronym: expansion and source', 'DAPA met.', 'DAPA', [/Defense Acquisition Program Administration/, /Reigniting the flame/i, /line \d+/i]],
    ['acronym from the glossary', 'The MEA said so.', 'MEA', [/Ministry of External Affairs/]],
    ['person: definition and mentions', 'General Manoj Pande visited Seoul.', 'Manoj', [/Chief of the Army Staff/, /Mentioned in \d+ source/]],
    ['surname alone', 'Gen. Pande visited Seoul.', 'Pande', [/Chief of the Army Staff/]],
    ['multi-word term', 'The Act East Policy matters.', 'Act East', [/initiative to strengthen engagement/]],
    ['term with an ampersand', 'Larsen & Toubro builds guns.', 'Larsen', [/Indian conglomerate/]],
    ['citation key', 'See [@001_6c54e90040af64f0].', '001_6c', [/Reigniting the flame/i, /2 January 2024/]],
    ['unknown citation key', 'See [@nope].', 'nope', [/no corpus document/]],
    ['date: events on it', 'On February 12, 2026 they met.', 'February', [/sixth iteration/]],
    ['date without events', 'On March 3, 1911 nothing.', 'March', [/No event/]],
  ];
  for (const [name, draft, at, want] of cases) it(name, () => {
    const h = hoverAt(draft, at);
    for (const re of want) assert.match(h, re);
  });
  describe('on a corpus of other topics', () => {
    const index = indexOf([{ name: 'space.md', text: "# Space\n\nThe Aditya-L1 mission, India's first solar observatory, was launched on 2 September 2023. ISRO chairman S. Somanath said it went well. The Indian National Space Promotion and Authorization Centre (IN-SPACe) was set up in June 2020.\n" }]);
    const at = (draft: string, word: string) => hover(readDraft(draft), index, draft.indexOf(word) + 1)?.markdown ?? '';
    it('a name ending in a head noun, from its first word', () => assert.match(at('The Aditya-L1 mission worked.', 'Aditya'), /India's first solar observatory/));
    it('a person by the post written before the name', () => assert.match(at('Somanath spoke.', 'Somanath'), /ISRO chairman/));
    it('a surname alone names the person its initials went before', () => {
      const news = indexOf([{ name: 'ch.md', text: '# Chennai\n\nR. Selvakumar, Member Secretary of the TNPCB, said the squads had inspected the shops. Selvakumar said the board would write to the CPCB.\n' }]);
      assert.match(hover(readDraft('Selvakumar told us on the phone.'), news, 2)?.markdown ?? '', /Member Secretary of the TNPCB/);
    });
    it('a term in lower case that a source defines ("A monocable detachable gondola is a ...")', () => {
      const rw = indexOf([{ name: 'rw.md', text: '# Ropeways\n\nA monocable detachable gondola is a ropeway in which a single moving rope both supports and pulls the cabins. A lot of money is the answer.\n' }]);
      const draft = 'Because the monocable detachable gondola slows the cabins, pilgrims board without help. A lot of money went in.';
      assert.match(hover(readDraft(draft), rw, draft.indexOf('detachable') + 1)?.markdown ?? '', /single moving rope/);
      assert.equal(hover(readDraft(draft), rw, draft.indexOf('lot') + 1), undefined);
    });
    it('a term that opens its defining sentence ("Passive cooling is a ..."), and a post with a bracket in it', () => {
      const ic = indexOf([{ name: 'ic.md', text: '# Cooling\n\nPassive cooling is a set of building design measures that keep indoor spaces\ncomfortable without machines. The plan was signed by Dr. Meera Raghavan, Joint Secretary (Reproductive and Child Health) in MoHFW.\n' }]);
      const draft = 'Passive cooling cuts demand, Meera Raghavan said.';
      assert.match(hover(readDraft(draft), ic, draft.indexOf('cooling') + 1)?.markdown ?? '', /building design measures/);
      assert.match(hover(readDraft(draft), ic, draft.indexOf('Raghavan') + 1)?.markdown ?? '', /Joint Secretary \(Reproductive and Child Health\) in MoHFW/);
    });
    it('lower-case terms a source defines after "An", after "The", and by a colon that opens a block', () => {
      const geo = indexOf([{ name: 'geo.md', text: '# Maps\n\nThe negative list is a short list of sensitive attributes that cannot be shown on a public map. An abadi is the inhabited core of a village.\n\nChallenge mode: a selection method in which eligible schools apply online and compete against benchmarks.\n\nThe scheme is a flagship of the ministry.\n' }]);
      const draft = 'Only the negative list is off limits, abadi land is mapped by drones, and schools enter through challenge mode under the scheme.';
      assert.match(hover(readDraft(draft), geo, draft.indexOf('negative') + 1)?.markdown ?? '', /sensitive attributes/);
      assert.match(hover(readDraft(draft), geo, draft.indexOf('abadi') + 1)?.markdown ?? '', /inhabited core/);
      assert.match(hover(readDraft(draft), geo, draft.indexOf('challenge') + 1)?.markdown ?? '', /selection method/);
      assert.equal(hover(readDraft(draft), geo, draft.indexOf('scheme') + 1), undefined);
    });
    it('a name a phrase opening the sentence governs has no appositive ("Without Arka, a 6 km global run ...")', () => {
      const hpc = indexOf([{ name: 'hpc.md', text: '# Computing\n\nWithout Arka, a 6 km global run would not finish in time. Arka was installed at IITM, Pune.\n' }]);
      assert.doesNotMatch(hover(readDraft('Arka runs the model.'), hpc, 1)?.markdown ?? '', /Arka\*\* — a 6 km/);
    });
    it('a name the sources define only through its acronym shows that definition', () => {
      const lib = indexOf([{ name: 'ml.md', text: '# Mission\n\nThe mission will introduce a Unified Library Card (ULC). The ULC is a single membership card that lets a reader borrow from any public library.\n\nThe Unified Library Card was launched on 14 November 2024.\n' }]);
      const draft = 'Kerala joined the Unified Library Card network.';
      assert.match(hover(readDraft(draft), lib, draft.indexOf('Unified') + 1)?.markdown ?? '', /single membership card/);
    });
    it('a person\'s post as a title in a copular sentence over a lower-case appositive', () => {
      const faq = indexOf([{ name: 'faq.md', text: '# FAQ\n\nA. Kiran Deshpande is the Mission Director of the Harbour Digital Mission. Kiran Deshpande, an officer of the Indian Administrative Service, also oversees its IT systems.\n' }]);
      const draft = 'Kiran Deshpande said so.';
      assert.match(hover(readDraft(draft), faq, draft.indexOf('Kiran') + 1)?.markdown ?? '', /Deshpande\*\* — the Mission Director/);
    });
    it('a singular acronym shows a source\'s singular long form over a plural one', () => {
      const dairy = indexOf([
        { name: 'a.md', text: '# Release\n\nUnder the programme, 10,000 new Dairy Cooperative Societies (DCS) will be organised.\n' },
        { name: 'b.md', text: '# FAQ\n\nA Dairy Cooperative Society (DCS) is a village-level society of milk producers.\n' },
      ]);
      const draft = 'Each DCS collects milk twice a day.';
      assert.match(hover(readDraft(draft), dairy, draft.indexOf('DCS') + 1)?.markdown ?? '', /DCS\*\* — Dairy Cooperative Society ·/);
    });
    it('a date whose event opens with "It" shows the sentence before, which names it', () => {
      const niti = indexOf([{ name: 'gc.md', text: '# Council\n\nThe Governing Council of NITI Aayog comprises the Prime Minister and the Chief Ministers. It first met on 8 February 2015.\n' }]);
      const draft = 'The council first met on 8 February 2015.';
      const h = hover(readDraft(draft), niti, draft.indexOf('8 February') + 1)?.markdown ?? '';
      assert.match(h, /The Governing Council of NITI Aayog comprises .* It first met on 8 February 2015/);
    });
    it('a date shows the next sentence when it goes on with a pronoun, and not a FAQ answer\'s mark', () => {
      const faq = indexOf([{ name: 'faq.md', text: '# FAQ\n\nQ. Were the rules amended?\n\nA. Draft amendments were published for comment on 21 June 2021. They proposed to ban fraudulent flash sales.\n\nA. The rules were notified on 23 July 2020.\n\nThey apply to every marketplace.\n' }]);
      const at2 = (draft: string, word: string) => hover(readDraft(draft), faq, draft.indexOf(word) + 1)?.markdown ?? '';
      const h = at2('Draft amendments came on 21 June 2021.', '21 June');
      assert.match(h, /- Draft amendments were published for comment on 21 June 2021\. They proposed to ban fraudulent flash sales\./);
      // (Not across a paragraph.)
      assert.doesNotMatch(at2('The rules came on 23 July 2020.', '23 July'), /They apply/);
    });
    it('a name that ends in a number is one name ("Matsya 6000"); an edition without a definition gives way to its defined name', () => {
      const sea = indexOf([{ name: 'faq.md', text: '# FAQ\n\nA. Matsya 6000 is a self-propelled crewed submersible. It was tested on 14 April 2022.\n\nThe Swachh Vayu Survekshan is an annual ranking of cities by air quality. The results of Swachh Vayu Survekshan 2024 were announced on 7 September 2024.\n' }]);
      const at2 = (draft: string, word: string) => hover(readDraft(draft), sea, draft.indexOf(word) + 1)?.markdown ?? '';
      assert.match(at2('Matsya 6000 will dive next year.', 'Matsya'), /\*\*Matsya 6000\*\* — a self-propelled crewed submersible/);
      assert.match(at2('Matsya 6000 will dive next year.', '6000'), /\*\*Matsya 6000\*\*/);
      assert.match(at2('Indore topped the Swachh Vayu Survekshan 2024 list.', 'Vayu'), /an annual ranking/);
    });
    it('a person named with a post completes to the name, and words already typed are not repeated', () => {
      const posts = indexOf([{ name: 'p.md', text: 'External Affairs Minister S. Jaishankar spoke. Later External Affairs Minister S. Jaishankar left.\n' }]);
      const run = (draft: string) => complete(readDraft(draft), posts, draft.length).items.map((i) => draft.slice(0, i.start) + i.insertText + draft.slice(i.end));
      assert.equal(run('We met Jai')[0], 'We met S. Jaishankar');
      assert.equal(run('We met S. Jai')[0], 'We met S. Jaishankar');
      assert.equal(run('We met Exter')[0], 'We met External Affairs Minister S. Jaishankar');
    });
    it('a name typed past its first words, the next begun with one letter, completes whole', () => {
      const parks = indexOf([{ name: 'p.md', text: 'About 5,803 hectares lie in the Panna Tiger Reserve (PTR). The Panna Tiger Reserve lost habitat.\n' }]);
      const run = (draft: string) => complete(readDraft(draft), parks, draft.length).items.filter((i) => i.kind === 'name').map((i) => draft.slice(0, i.start) + i.insertText + draft.slice(i.end));
      assert.equal(run('Most of the Panna Tiger R')[0], 'Most of the Panna Tiger Reserve');
      assert.equal(run('Most of the Panna Tiger Reserve and Tiger R')[0], 'Most of the Panna Tiger Reserve and Panna Tiger Reserve');
      assert.equal(run('Most of the Panna Lion R').length, 0);
    });
    it('a hyphenated acronym, from any part', () => {
      assert.match(at('IN-SPACe grew.', 'SPACe'), /Indian National Space Promotion and Authorization Centre/);
      assert.match(at('IN-SPACe grew.', 'IN'), /Indian National Space Promotion and Authorization Centre/);
    });
  });
  it('links open the source at the passage', () => assert.match(hoverAt('DAPA met.', 'DAPA'), /\(file:\/\/.*001_6c54e90040af64f0\.txt#L\d+\)/));
  it('nothing in code', () => assert.equal(hoverAt('Use `DAPA` here.', 'DAPA'), ''));
});

describe('completion', () => {
  it('citation keys after [@, with title and date', () => {
    const items = completeAfter('As argued [@', '[@');
    const hindu = items.find((i) => i.label === SEED.hindu)!;
    assert.ok(hindu);
    assert.match(hindu.detail!, /Reigniting the flame/i);
    assert.ok(!items.some((i) => i.label === 'glossary'), 'the glossary is not cited');
  });
  it("the draft's own acronyms, defined before the cursor", () => {
    const items = completeAfter('The Blue Economy Council (BEC) met. Later the BE', 'Later the BE');
    const bec = items.find((i) => i.label === 'BEC')!;
    assert.equal(bec.insertText, 'BEC');
    assert.equal(bec.detail, 'Blue Economy Council');
    assert.ok(!completeAfter('Later the BE. The Blue Economy Council (BEC) met.', 'Later the BE').some((i) => i.label === 'BEC'));
  });
  it('citation keys filter by what is typed', () => {
    const items = completeAfter('As argued [@003', '[@003');
    assert.deepEqual(items.map((i) => i.label), [SEED.agreements]);
  });
  it('acronyms: expanded on first use, bare afterwards', () => {
    const first = completeAfter('We met DA', 'DA').find((i) => i.label === 'DAPA')!;
    assert.equal(first.insertText, 'Defense Acquisition Program Administration (DAPA)');
    assert.equal(first.detail, 'Defense Acquisition Program Administration');
    const later = completeAfter('DAPA met. Then DA', 'Then DA').find((i) => i.label === 'DAPA')!;
    assert.equal(later.insertText, 'DAPA');
  });
  it('multi-word names from the corpus', () => {
    const labels = completeAfter('The Act Ea', 'Act Ea').map((i) => i.label);
    assert.ok(labels.some((l) => /^Act East/.test(l)), labels.join(', '));
    assert.ok(completeAfter('Ties with Lars', 'Lars').some((i) => i.label === 'Larsen & Toubro'));
  });
  it('nothing inside code or front matter', () => {
    assert.deepEqual(completeAfter('Use `DA` here', '`DA'), []);
    assert.deepEqual(completeAfter('---\ntitle: DA\n---\nText.', 'title: DA'), []);
  });
});

describe('go to definition', () => {
  it('acronym -> its defining passage', () => {
    const draft = 'DAPA met.';
    const d = definition(readDraft(draft), bundledIndex(), 1)!;
    assert.equal(d.doc.extract.meta.key, SEED.hindu);
    assert.match(d.doc.text.slice(d.start, d.end), /Defense Acquisition Program Administration \(DAPA\)/);
  });
  it('citation -> the document', () => {
    const d = definition(readDraft('See [@003_83794800720d0d86].'), bundledIndex(), 8)!;
    assert.equal(d.doc.extract.meta.key, SEED.agreements);
  });
});

describe('code actions', () => {
  it('disable a rule for a line, keeping its indentation', () => {
    const text = 'Intro.\n  - DAPA met.\n';
    const fix = disableForLineFix(text, 'acronym-undefined', text.indexOf('DAPA'));
    const e = fix.edits[0];
    assert.equal(text.slice(0, e.start) + e.newText + text.slice(e.end), 'Intro.\n  <!-- dossier-disable-next-line acronym-undefined -->\n  - DAPA met.\n');
  });
});

describe('snippets as completions', () => {
  it('on an empty line at the start of a document', () => {
    const items = complete(readDraft(''), bundledIndex(), 0).items;
    const labels = items.map((i) => i.label);
    for (const p of ['answer', 'answer-critically-analyse', 'answer-discuss', 'answer-examine', 'answer-evaluate', 'brief', 'challenges', 'references']) assert.ok(labels.includes(p), p);
    const answer = items.find((i) => i.label === 'answer')!;
    assert.equal(answer.kind, 'snippet');
    assert.match(answer.insertText, /^## Introduction\n\n\$\{1:/);
  });
  it('after front matter too, but not further down', () => {
    const fm = '---\ntitle: T\n---\n';
    assert.ok(complete(readDraft(fm + '\n'), bundledIndex(), fm.length).items.some((i) => i.kind === 'snippet'));
    const text = '# Title\n\nSome text.\n\n';
    assert.ok(!complete(readDraft(text), bundledIndex(), text.length).items.some((i) => i.kind === 'snippet'));
  });
  it('every snippet has tab stops and guidance text', () => {
    for (const sn of complete(readDraft(''), bundledIndex(), 0).items) assert.match(sn.insertText, /\$\{1:[^}]{8,}\}/, sn.label);
  });
});

describe('document links', () => {
  it('a known citation key links to its source; an unknown one does not', () => {
    const text = 'See [@001_6c54e90040af64f0] and [@nope].';
    const links = documentLinks(readDraft(text), bundledIndex());
    assert.equal(links.length, 1);
    assert.equal(text.slice(links[0].start, links[0].end), '001_6c54e90040af64f0');
    assert.match(links[0].uri, /001_6c54e90040af64f0\.txt$/);
  });
});
