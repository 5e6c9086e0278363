// A long session: 10,000 edits to a draft, each read incrementally and analysed, as the server does.
// The memos are bounded, so the heap must level off: the growth over the second half of the session is
// compared with the first.
import { strict as assert } from 'node:assert';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { readDraft } from '../../server/src/core/draft/draft';
import { analyze } from '../../server/src/core/analyze';
import { resolveSettings } from '../../server/src/core/settings';
import { SearchCache } from '../../server/src/core/corpus/search';
import { TextMemo } from '../../server/src/core/text/memo';
import { normalizeWord, wordInfo } from '../../server/src/core/text/words';
import { foldName } from '../../server/src/core/extract/names';
import { bundledIndex } from '../helpers';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

describe('soak: 10,000 edits', function () {
  this.timeout(120_000);
  it('heap growth levels off', () => {
    const index = bundledIndex();
    const settings = resolveSettings();
    const cache = new SearchCache();
    const para = "India's Act East Policy, launched in 2016, gives DAPA a frame. Spending rose by 25% in 2024 [@nope]. ";
    let text = `# Brief\n\n${Array.from({ length: 12 }, (_, i) => para.replace('2024', String(2000 + i))).join('\n\n')}\n`;
    let draft = readDraft(text);
    const samples: number[] = [];
    for (let i = 0; i < 10_000; i++) {
      // Type a word into a sentence at a moving place, then delete it again: new text every time, the
      // same size on average (so any growth is the engine's, not the draft's).
      if (i % 2 === 0) {
        const at = text.indexOf('. ', (i * 7919) % (text.length - 10));
        text = `${text.slice(0, at)} w${i}${text.slice(at)}`;
      } else text = text.replace(` w${i - 1}`, '');
      draft = readDraft(text, draft);
      analyze(text, index, settings, { draft, cache });
      if (i % 500 === 499) samples.push(heap());
    }
    // Twenty samples, one every 500 edits. The memos fill up to their bounds and start over (a sawtooth),
    // so compare peaks: the highest heap of the second half may not exceed that of the first by more than
    // 8 MB. A leak of a kilobyte and a half an edit would.
    const firstHalf = Math.max(...samples.slice(0, 10));
    const secondHalf = Math.max(...samples.slice(10));
    const mb = (x: number) => (x / 1048576).toFixed(1);
    assert.ok(secondHalf - firstHalf < 8 << 20, `heap (MB): ${samples.map(mb).join(', ')}`);
  });

  it('a memo keeps copies of its keys, not the long texts they were cut from', () => {
    const memo = new TextMemo<number>(1000, 10_000_000);
    const before = heap();
    // 200 texts of a megabyte each; the memo keeps a 100-character slice of every one.
    for (let i = 0; i < 200; i++) {
      const long = `${i} `.repeat(1 << 19).slice(0, 1 << 20);
      memo.get(long.slice(1000, 1100), () => i);
    }
    const grown = heap() - before;
    assert.ok(grown < 20 << 20, `heap grew by ${(grown / 1048576).toFixed(1)} MB for 200 slices of 100 characters`);
    assert.equal(memo.get(`${7} `.repeat(1 << 19).slice(1000, 1100), () => -1), 7);
  });

  it('the word and name memos keep copies of their keys, not the documents they were cut from', () => {
    // After an index build, a memo that kept views would keep most of the corpus alive (measured: 110 MB
    // in the index thread at 5,000 documents). 150 texts of 1.5 MB each; each memo keeps one word of each.
    const before = heap();
    for (let i = 0; i < 150; i++) {
      const long = `Zymurgical${i}Organisations Authority `.repeat(40_000);
      const word = long.slice(0, long.indexOf(' '));
      normalizeWord(word);
      wordInfo(word);
      foldName(long.slice(0, long.indexOf(' ', word.length + 1)));
    }
    const grown = heap() - before;
    assert.ok(grown < 20 << 20, `heap grew by ${(grown / 1048576).toFixed(1)} MB for 150 words`);
  });

  it('a long draft edited 300 times keeps no earlier version of itself', () => {
    // A 400,000-character draft: a memo entry that kept a view of each version would keep 300 of them
    // (240 MB of two-byte text); the blocks the edits touch are all the memos need.
    const para = 'The Defense Acquisition Program Administration (DAPA) said exports rose by 25% in 2024 — a record. ';
    let text = `# Brief\n\n${Array.from({ length: 450 }, (_, i) => para.repeat(10).replace('2024', String(1600 + i))).join('\n\n')}\n`;
    let draft = readDraft(text);
    const before = heap();
    for (let i = 0; i < 300; i++) {
      const at = text.indexOf('. ', (i * 7919) % (text.length - 10));
      text = `${text.slice(0, at)} w${i}${text.slice(at)}`;
      draft = readDraft(text, draft);
    }
    const grown = heap() - before;
    assert.ok(text.length > 400_000);
    assert.ok(grown < 60 << 20, `heap grew by ${(grown / 1048576).toFixed(1)} MB over 300 edits`);
  });
});
