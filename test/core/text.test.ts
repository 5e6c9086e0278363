// Tables for the text layer: Markdown prose extraction, sentence boundaries, line index.
import { strict as assert } from 'node:assert';
import { parseMarkdown, parsePlainText } from '../../server/src/core/text/markdown';
import { splitSentences } from '../../server/src/core/text/sentences';
import { LineIndex } from '../../server/src/core/text/lines';
import { normalizeWord, tokenize } from '../../server/src/core/text/words';
import { readMarkdownBlocks } from '../../server/src/core/text/blocks';
import { columnHeader } from '../../server/src/core/text/tables';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../helpers';

/** The prose text of each block, with masked characters collapsed. */
const prose = (md: string) => parseMarkdown(md).blocks.map((b) => b.text.replace(/\s+/g, ' ').trim());

describe('markdown prose', () => {
  const cases: [string, string, string[]][] = [
    ['paragraph and heading', '# Title\n\nSome *emphasis* here.', ['Title', 'Some emphasis here.']],
    ['inline code and HTML are not prose', 'Use `DAPA` and <b>bold</b> text.', ['Use and bold text.']],
    ['link text is prose, the URL is not', 'See [the report](https://example.org/x) now.', ['See the report now.']],
    ['bare URLs are not prose', 'Read https://example.org/DAPA today.', ['Read today.']],
    ['fenced code is not prose', 'Before.\n\n```\nDAPA code\n```\n\nAfter.', ['Before.', 'After.']],
    ['indented code is not prose', 'Before.\n\n    DAPA code\n\nAfter.', ['Before.', 'After.']],
    ['front matter is not prose', '---\ntitle: DAPA\n---\n\nBody text.', ['Body text.']],
    ['table cells are prose', '| A | B |\n|---|---|\n| one DAPA | two |', ['A', 'B', 'one DAPA', 'two']],
    ['blockquotes and list items are prose', '> Quoted line\n\n- item one\n- item two', ['Quoted line', 'item one', 'item two']],
    ['HTML comments are not prose', 'Text <!-- a comment --> more.', ['Text more.']],
  ];
  for (const [name, md, want] of cases) it(name, () => assert.deepEqual(prose(md), want));

  it('keeps offsets: masked text has the length of its source', () => {
    const md = '---\na: 1\n---\n# T\n\nA *b* `c` [d](http://e) 😀 f.\n';
    for (const b of parseMarkdown(md).blocks) assert.equal(b.text.length, b.end - b.start);
    const b = parseMarkdown(md).blocks[1];
    const at = b.text.indexOf('f.');
    assert.equal(md.slice(b.start + at, b.start + at + 2), 'f.');
  });

  it('collects links and comments', () => {
    const m = parseMarkdown('See [x](http://a.b) and <!-- dossier-disable -->.\n');
    assert.equal(m.blocks[0].links.length, 1);
    assert.equal(m.comments[0].body, 'dossier-disable');
  });

  it('reads plain text line by line, masking bullets and URLs', () => {
    const m = parsePlainText('Title line\n\n  • A bullet point.\nhttps://x.y/z here\n');
    assert.deepEqual(m.blocks.map((b) => b.text.trim()), ['Title line', 'A bullet point.', 'here']);
  });
});

describe('plain text: hard-wrapped paragraphs', () => {
  const wrapped = [
    'Title of the release',
    '',
    'India has achieved a historic milestone in its clean energy journey, with installed solar power',
    'capacity reaching 100 GW as of 31 January 2025, according to data from the Ministry of New and',
    'Renewable Energy (MNRE). Installed capacity stood at just 2.82 GW in 2014, and has grown since then.',
    '- A list item stays its own block, even after a long line of text that runs to the margin here.',
    '',
    'The PM Surya Ghar scheme, launched by the Prime Minister on 13 February 2024 and approved by the',
    'Union Cabinet on 29 February 2024, aims to install rooftop solar systems on one crore households.',
    '## A heading',
    'Short line.',
    '',
  ].join('\n');
  it('joins a line that runs to the wrap width with the next', () => {
    const blocks = parsePlainText(wrapped).blocks.map((b) => b.text);
    assert.equal(blocks.length, 6);
    assert.match(blocks[1], /^India has achieved .* and\nRenewable Energy \(MNRE\)\. .* since then\.$/s);
    assert.match(blocks[2], /^ {2}A list item/);
    assert.match(blocks[3], /approved by the\nUnion Cabinet/);
    for (const b of parsePlainText(wrapped).blocks) assert.equal(b.text.length, b.end - b.start);
  });
  it('with CRLF line ends, offsets still match the text', () => {
    const crlf = wrapped.replace(/\n/g, '\r\n');
    const blocks = parsePlainText(crlf).blocks;
    assert.equal(blocks.length, 6);
    for (const b of blocks) assert.equal(b.text.length, b.end - b.start);
    assert.match(blocks[3].text, /approved by the\r\nUnion Cabinet/);
  });
  it('a file of one paragraph a line (as the seeds are) keeps a block a line', () => {
    for (const f of fs.readdirSync(path.join(ROOT, 'corpus')).filter((n) => n.endsWith('.txt'))) {
      const text = fs.readFileSync(path.join(ROOT, 'corpus', f), 'utf8');
      const lines = text.split('\n').filter((l) => l.trim()).length;
      assert.equal(parsePlainText(text).blocks.length, lines, f);
    }
  });
});

describe('sentences', () => {
  const cases: [string, string[]][] = [
    ['One. Two! Three?', ['One.', 'Two!', 'Three?']],
    ['Trade grew. e-GramSwaraj is used. eSanjeevani too. It is done, e.g. here.', ['Trade grew.', 'e-GramSwaraj is used.', 'eSanjeevani too.', 'It is done, e.g. here.']],
    ['The visit of Gen. Pande mattered. It did.', ['The visit of Gen. Pande mattered.', 'It did.']],
    ['Dr. Emily Harding spoke. Then Prof. Park spoke.', ['Dr. Emily Harding spoke.', 'Then Prof. Park spoke.']],
    ['Ties with the U.S. are strong, e.g. in trade. Next.', ['Ties with the U.S. are strong, e.g. in trade.', 'Next.']],
    ['He said "It works." Then left.', ['He said "It works."', 'Then left.']],
    ['Growth was 3.5 per cent. Fine.', ['Growth was 3.5 per cent.', 'Fine.']],
    ['No terminal punctuation', ['No terminal punctuation']],
    ['Issued by: the Department\nDate of issue: 7 March 2025\nTo: All registered jewellers', ['Issued by: the Department', 'Date of issue: 7 March 2025', 'To: All registered jewellers']],
    ['The review covered the States of\nKerala and Goa, and the note: it was short.', ['The review covered the States of\nKerala and Goa, and the note: it was short.']],
    ['It ended in Jan. 2024 with a deal.', ['It ended in Jan. 2024 with a deal.']],
    ["It grew faster than any other economy's. All-India demand rose.", ["It grew faster than any other economy's.", 'All-India demand rose.']],
    ['Letters to J. Smith went out.', ['Letters to J. Smith went out.']],
    ['Winds reached 110 km/h. It weakened. Flow was 5 m/s. Done.', ['Winds reached 110 km/h.', 'It weakened.', 'Flow was 5 m/s.', 'Done.']],
    ['The well reached 138°C. Puga is hotter, at 260°F. Done.', ['The well reached 138°C.', 'Puga is hotter, at 260°F.', 'Done.']],
  ];
  for (const [text, want] of cases) {
    it(JSON.stringify(text), () => assert.deepEqual(splitSentences(text).map((s) => text.slice(s.start, s.end)), want));
  }
});

describe('line index', () => {
  it('handles LF, CRLF and astral characters in UTF-16 columns', () => {
    const text = 'a😀b\r\nline two\nthree';
    const li = new LineIndex(text);
    assert.deepEqual(li.position(text.indexOf('b')), { line: 0, character: 3 });
    assert.deepEqual(li.position(text.indexOf('two')), { line: 1, character: 5 });
    assert.equal(li.offset(2, 2), text.indexOf('ree'));
    assert.equal(li.lineEnd(0), 4);
  });
});

describe('word normal form', () => {
  const same: [string, string][] = [
    ['Defence', 'defense'],
    ['organisation', 'organization'],
    ['policies', 'policy'],
    ['launched', 'launch'],
    ["India's", 'india'],
    ['programme', 'program'],
    ['sought', 'seeking'],
    ['held', 'holds'],
    ['took', 'taking'],
    ['favoured', 'favored'],
    ['most-favoured', 'most-favored'],
    ['labourers', 'laborers'],
    ['honourable', 'honorable'],
    ['favourite', 'favorite'],
    ['notified', 'notify'],
    ['ratified', 'ratifies'],
    ['applied', 'apply'],
    ['raise', 'raised'],
    ['raises', 'raising'],
    ['analyse', 'analysed'],
  ];
  it('-our- words that are not British spellings keep it', () => {
    for (const w of ['hours', 'poured', 'toured', 'devoured', 'detour', 'yours']) assert.ok(normalizeWord(w).includes('our'), w);
  });
  for (const [a, b] of same) it(`${a} ~ ${b}`, () => assert.equal(normalizeWord(a), normalizeWord(b)));
  it('words that name object properties are words ("constructor", "__proto__")', () => {
    for (const w of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) assert.equal(typeof normalizeWord(w), 'string', w);
  });
});

describe('tokenize', () => {
  // The definition of a word, as a regex: the hand-written scanner must cut the same words.
  function reference(text: string): { start: number; end: number; text: string }[] {
    const t = text.replace(/(?<=\p{L})\u2013(?=\p{L})/gu, '-');
    return [...t.matchAll(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’&-]*/gu)].map((m) => {
      const w = m[0].replace(/(?<=.)['’&-]+$/u, '');
      return { start: m.index!, end: m.index! + w.length, text: w };
    });
  }
  it('cuts words as written, trailing joiners off', () => {
    assert.deepEqual(tokenize("L&T's rail-link -- Akhaura–Agartala 'x'- Malé").map((t) => t.text), ["L&T's", 'rail-link', 'Akhaura-Agartala', 'x', 'Malé']);
  });
  it('agrees with the regex definition on the seeds and on random text', () => {
    for (const f of fs.readdirSync(path.join(ROOT, 'corpus'))) {
      const text = fs.readFileSync(path.join(ROOT, 'corpus', f), 'utf8');
      assert.deepEqual(tokenize(text), reference(text), f);
    }
    const alphabet = ['a', 'Z', '0', "'", '’', '&', '-', ' ', '.', 'é', '\u0301', 'न', '्', '𝐀', '\ud835', '–', '₹', ',', '\n', 'ß', 'Ⅳ', '²', '_', '中'];
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    for (let r = 0; r < 20000; r++) {
      let s = '';
      for (let i = 0, n = 1 + rand(12); i < n; i++) s += alphabet[rand(alphabet.length)];
      assert.deepEqual(tokenize(s, 5), reference(s).map((t) => ({ ...t, start: t.start + 5, end: t.end + 5 })), JSON.stringify(s));
    }
  });
});

describe('table column headers', () => {
  const table = 'Intro line.\n\n| State | PESA rules notified | Gram Sabhas |\n|---|:---:|---|\n| Gujarat | 2017 | 4,503 |\n| Chhattisgarh | 8 August 2022 | 5,050 |\n';
  const rows: [string, string, string | undefined][] = [
    ['a body cell', '8 August 2022', 'PESA rules notified'],
    ['the first column', 'Gujarat', 'State'],
    ['the last column', '5,050', 'Gram Sabhas'],
    ['the header row has none', 'PESA rules', undefined],
    ['prose outside the table has none', 'Intro', undefined],
  ];
  for (const [name, at, want] of rows) it(name, () => assert.equal(columnHeader(table, table.indexOf(at)), want));
  it('rows without outer pipes', () => {
    const t = 'Scheme | Launched\n--- | ---\nPMAY | 2015\n';
    assert.equal(columnHeader(t, t.indexOf('2015')), 'Launched');
  });
  it('a table without a delimiter row has no header', () => {
    const t = '| a | b |\n| c | 2015 |\n';
    assert.equal(columnHeader(t, t.indexOf('2015')), undefined);
  });
});

describe('fast corpus reader agrees with the full Markdown parser', () => {
  const samples: [string, string][] = [
    ['glossary', fs.readFileSync(path.join(ROOT, 'corpus', 'glossary.md'), 'utf8')],
    ['example brief', fs.readFileSync(path.join(ROOT, 'examples', 'brief.md'), 'utf8')],
    ['mixed', [
      '---', 'title: T', '---', '', 'Setext heading', '==============', '', '# ATX heading #', '',
      'A paragraph with *emphasis*, `code`, a [link](https://example.org "t") and <b>html</b>,',
      'continued on a second line with https://example.org/x and \\*escaped\\*.', '',
      '- item one', '- item **two**', '  continued', '', '1. first', '2. second', '',
      '> a quote', '> that continues', '', '```', 'DAPA in code', '```', '', '    indented code', '',
      '| a | b |', '|---|:-:|', '| c d | e |', '', '<div>', 'html block', '</div>', '', '<!-- a comment -->', '',
      '***', '', 'Last one.',
    ].join('\n')],
    ['footnote references', 'Launched in Paris.[^1] The agreement followed.[^note-2]\n\nMore [text] here.\n'],
  ];
  const norm = (blocks: { kind: string; text: string }[]) => blocks.map((b) => `${b.kind}:${b.text.replace(/\s+/g, ' ').trim()}`);
  for (const [name, md] of samples) {
    it(name, () => {
      const fast = readMarkdownBlocks(md);
      const full = parseMarkdown(md);
      assert.deepEqual(norm(fast.blocks), norm(full.blocks));
      for (const b of fast.blocks) assert.equal(b.text.length, b.end - b.start);
      assert.deepEqual(fast.comments.map((c) => c.body), full.comments.map((c) => c.body));
    });
  }
});
