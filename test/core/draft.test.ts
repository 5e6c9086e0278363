// The draft model: an incremental read (previous version passed) equals a fresh read.
import { strict as assert } from 'node:assert';
import { readDraft, type Draft } from '../../server/src/core/draft/draft';

const plain = (d: Draft) => ({
  blocks: d.model.blocks,
  sentences: d.sentences.map((s) => [s.start, s.end, s.text]),
  uses: d.acronymUses.map((u) => [u.short, u.start, u.end, u.inHeading]),
  defs: d.acronymDefs,
  citations: d.citations,
  footnotes: d.footnoteRefs,
  dates: d.dates.map((x) => [x.start, x.end, x.text, x.sentence.index]),
  comments: d.model.comments,
});

const BASE = [
  '---', 'title: T', '---', '', '# Heading with DAPA', '', 'The Defense Acquisition Program Administration (DAPA) met on 12 February 2026 [@key].',
  '', '- a list item with `code [@no]` and ADD', '- another item [^1]', '', '> quoted NSP text', '', '| a | b |', '|---|---|', '| KOTRA | 2019 |', '',
  '```', 'fenced DAPA', '```', '', '<!-- dossier-disable-next-line -->', 'Last paragraph, 2014.', '', '[^1]: A note.', '',
].join('\n');

describe('draft model', () => {
  it('an incremental read equals a fresh read, edit after edit', () => {
    let text = BASE;
    let prev = readDraft(text);
    let seed = 42;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pieces = ['x', ' ', '\n', '\n\n', '# ', '- ', '`', '[@k]', 'ABC ', '12 March 2020', '---\n', '|', '> ', '*', '```\n'];
    for (let i = 0; i < 300; i++) {
      const at = rand(text.length + 1);
      text = rand(4) === 0 && text.length > 5 ? text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + rand(6))) : text.slice(0, at) + pieces[rand(pieces.length)] + text.slice(at);
      const inc = readDraft(text, prev);
      assert.deepEqual(plain(inc), plain(readDraft(text)), `after edit ${i}: ${JSON.stringify(text)}`);
      prev = inc;
    }
  });
});

describe('pathological Markdown', () => {
  it('nesting too deep for the Markdown parser still gives a draft (the line-based reader takes over)', () => {
    const deep = '*a **a '.repeat(3000) + 'b' + ' a** a*'.repeat(3000);
    const text = `DAPA met.\n\n${deep}\n\nOn 30 February 2026.\n`;
    const d = readDraft(text);
    assert.ok(d.acronymUses.some((u) => u.short === 'DAPA'));
    assert.ok(d.dates.some((x) => !x.valid));
    // And the next version parses incrementally again from scratch without error.
    const next = readDraft(text + 'More.\n', d);
    assert.ok(next.sentences.length >= d.sentences.length);
  });
});
