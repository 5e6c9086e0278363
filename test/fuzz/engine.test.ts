// Property-based tests over generated drafts and corpus documents (fast-check). Short in `npm test`;
// `npm run fuzz` sets FUZZ_LONG=1 for about ten minutes of runs.
//   - no analyzer, reader or feature throws;
//   - every range lies inside the document, start <= end (findings, fixes, hovers, completions);
//   - applying a finding's preferred fix leaves a document that still reads and no longer has that finding;
//   - the same input gives the same output;
//   - an incremental read after an edit equals a fresh read;
//   - an index restored from its snapshot answers as the built one.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyze } from '../../server/src/core/analyze';
import { readDraft } from '../../server/src/core/draft/draft';
import { resolveSettings } from '../../server/src/core/settings';
import { hover } from '../../server/src/core/features/hover';
import { complete } from '../../server/src/core/features/completion';
import { extractDocument } from '../../server/src/core/corpus/document';
import type { Finding } from '../../server/src/core/types';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bundledIndex, ROOT } from '../helpers';
import { loadIndex } from '../../server/src/node/indexer';
import { answers } from '../node/answers';

const LONG = process.env.FUZZ_LONG === '1';
const seed = LONG ? Date.now() : 20261122;
const runs = (short: number) => (LONG ? short * 400 : short * 4);
if (LONG) console.log(`fuzz seed ${seed}`);
// Long mode is time-boxed: each of the eight properties runs for 100 seconds (about fourteen minutes in all).
const params = (n: number) =>
  LONG ? { seed, numRuns: Number.MAX_SAFE_INTEGER, interruptAfterTimeLimit: 100_000, markInterruptAsFailure: false, endOnFailure: true } : { seed, numRuns: runs(n), endOnFailure: true };

const pieces = [
  'DAPA', 'the ADD', 'NSP', 'XQZW', 'KOTRA', 'HELLO', 'Defense Acquisition Program Administration (DAPA)', 'Korea Trade and Investment Agency (KOTRA)',
  '30 February 2026', 'Monday, February 12, 2026', '2025-13-01', '12 February 2026 (Monday)', 'in 2016', 'launched in 2014', "India's Act East Policy",
  'by 25%', '$5 billion', '12,000 troops', 'the largest', "the world's", 'experts say', '"a quotation of quite a few words here"',
  '[@001_6c54e90040af64f0]', '[@nope]', '@002_c4de11b75ff533a8', '[^1]', '[link](https://example.org)', 'https://x.y/DAPA',
  'The Zorbia Accord was signed in 2011.', 'The Zorbia Accord was signed in 2012.',
  '`code DAPA`', '**bold**', '*em*', '😀', 'नमस्ते DAPA', '한국 2026년', '\t', 'Gen. Pande', 'U.S.', 'e.g.', '(', ')', '[', ']', '|', '>', '#', '-', '*', '_', '~', '\\',
];
const word = fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 }));
const line = fc.array(word, { maxLength: 12 }).map((w) => w.join(' '));
const blockPrefix = fc.constantFrom('', '', '', '# ', '## ', '- ', '1. ', '> ', '> - ', '    ', '| ', '<!-- dossier-disable-next-line -->\n', '```\n', '[^1]: ');
const block = fc.tuple(blockPrefix, fc.array(line, { minLength: 1, maxLength: 3 })).map(([p, ls]) => p + ls.join('\n'));
const eol = fc.constantFrom('\n', '\r\n');
const draftArb = fc.tuple(fc.constantFrom('', '---\ntitle: T\n---\n', '---\n: [bad\n---\n'), fc.array(block, { maxLength: 8 }), eol).map(([fm, bs, nl]) => (fm + bs.join('\n\n')).replace(/\n/g, nl));

const settings = resolveSettings();
const inside = (text: string, s: { start: number; end: number }) => s.start >= 0 && s.start <= s.end && s.end <= text.length;

function run(text: string): Finding[] {
  const errors: string[] = [];
  const out = analyze(text, bundledIndex(), settings, { onError: (r, e) => errors.push(`${r}: ${(e as Error).stack}`) });
  assert.deepEqual(errors, []);
  return out;
}

function applied(text: string, f: Finding): string | undefined {
  const fix = f.fixes.find((x) => x.preferred) ?? f.fixes[0];
  if (!fix) return undefined;
  let out = text;
  for (const e of [...fix.edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

describe('fuzz: the engine on generated drafts', function () {
  this.timeout(LONG ? 0 : 60_000);

  it('never throws, and every range is inside the document', () => {
    fc.assert(
      fc.property(draftArb, fc.nat(), (text, at) => {
        const findings = run(text);
        for (const f of findings) {
          assert.ok(inside(text, f), `${f.code} ${f.start}-${f.end}`);
          for (const fix of f.fixes) for (const e of fix.edits) assert.ok(inside(text, e), `${f.code} fix ${e.start}-${e.end}`);
        }
        const d = readDraft(text);
        const offset = text.length ? at % (text.length + 1) : 0;
        const h = hover(d, bundledIndex(), offset);
        if (h) assert.ok(inside(text, h));
        for (const c of complete(d, bundledIndex(), offset).items) assert.ok(inside(text, c));
      }),
      params(150),
    );
  });

  it('a fix removes its finding and the document still reads', () => {
    fc.assert(
      fc.property(draftArb, (text) => {
        for (const f of run(text)) {
          const fixed = applied(text, f);
          if (fixed === undefined) continue;
          const edit = (f.fixes.find((x) => x.preferred) ?? f.fixes[0]).edits[0];
          const span = edit.newText;
          const again = run(fixed).filter((g) => g.code === f.code && g.start === edit.start && fixed.slice(g.start, g.end) === fixed.slice(edit.start, edit.start + span.length));
          // acronym-undefined: the expanded use is no longer flagged; the others: same code, same span.
          assert.deepEqual(again.map((g) => g.message), [], `${f.code} after “${f.fixes[0].title}” in ${JSON.stringify(fixed)}`);
        }
      }),
      params(60),
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(draftArb, (text) => {
        assert.deepEqual(run(text), run(text));
      }),
      params(60),
    );
  });

  it('analyses incrementally as it analyses afresh', () => {
    fc.assert(fc.property(draftArb, fc.array(fc.tuple(fc.nat(), fc.nat(8), word), { maxLength: 6 }), editedAnalysesAsFresh), params(60));
  });

  it('reads incrementally as it reads afresh', () => {
    fc.assert(fc.property(draftArb, fc.array(fc.tuple(fc.nat(), fc.nat(8), word), { maxLength: 6 }), editedReadsAsFresh), params(100));
  });
});

/** Applies the edits one by one and analyses each version from a draft read incrementally (the
 * server's way: caches kept per block and per draft lineage) and afresh: the findings agree. */
function editedAnalysesAsFresh(text: string, edits: [number, number, string][]): void {
  let cur = text;
  let draft = readDraft(cur);
  const shape = (fs: Finding[]) => fs.map((f) => [f.code, f.start, f.end, f.message, JSON.stringify(f.fixes)]);
  assert.deepEqual(shape(analyze(cur, bundledIndex(), settings, { draft })), shape(run(cur)));
  for (const [at, del, ins] of edits) {
    const i = cur.length ? at % (cur.length + 1) : 0;
    cur = cur.slice(0, i) + ins + cur.slice(Math.min(cur.length, i + del));
    draft = readDraft(cur, draft);
    assert.deepEqual(shape(analyze(cur, bundledIndex(), settings, { draft })), shape(run(cur)));
  }
}

/** Applies the edits one by one (positions taken modulo the length), reading each version incrementally
 * from the one before, and checks it against a fresh read: blocks, masks, links, comments and facts. */
function editedReadsAsFresh(text: string, edits: [number, number, string][]): void {
  let cur = text;
  let prev = readDraft(cur);
  for (const [at, del, ins] of edits) {
    const i = cur.length ? at % (cur.length + 1) : 0;
    cur = cur.slice(0, i) + ins + cur.slice(Math.min(cur.length, i + del));
    const inc = readDraft(cur, prev);
    const fresh = readDraft(cur);
    const model = (d: typeof inc) => ({
      blocks: d.model.blocks.map((b) => [b.kind, b.start, b.end, b.text, b.links]),
      comments: d.model.comments,
      nonProse: d.model.nonProse,
    });
    assert.deepEqual(model(inc), model(fresh));
    assert.deepEqual(inc.sentences.map((s) => [s.start, s.end, s.text]), fresh.sentences.map((s) => [s.start, s.end, s.text]));
    assert.deepEqual(inc.acronymUses.map((u) => [u.short, u.start]), fresh.acronymUses.map((u) => [u.short, u.start]));
    assert.deepEqual(inc.citations, fresh.citations);
    assert.deepEqual(inc.dates.map((d) => [d.start, d.end, d.text]), fresh.dates.map((d) => [d.start, d.end, d.text]));
    prev = inc;
  }
}

describe('fuzz: typing', function () {
  this.timeout(LONG ? 0 : 60_000);
  // Typing letters, digits and spaces takes the parser's fast path (no re-parse) when it can; whichever
  // path is taken, the result must equal a fresh parse, blocks, masks, links and comments included.
  const typing = fc.array(fc.tuple(fc.nat(), fc.nat(2), fc.array(fc.constantFrom('a', 'Z', '7', ' ', 'é', 'w', '.', ':'), { maxLength: 3 }).map((c) => c.join(''))), { minLength: 1, maxLength: 30 });
  it('an edited draft reads as the same draft read afresh', () => {
    fc.assert(fc.property(draftArb, typing, editedReadsAsFresh), params(100));
  });
});

describe('fuzz: corpus documents', function () {
  this.timeout(LONG ? 0 : 60_000);
  it('extraction never throws and its offsets are inside the document', () => {
    fc.assert(
      fc.property(draftArb, fc.constantFrom('a.md', 'b.txt'), (text, name) => {
        const x = extractDocument({ uri: name, name, text });
        for (let i = 0; i < x.sentences.length; i += 2) assert.ok(inside(text, { start: x.sentences[i], end: x.sentences[i + 1] }));
        for (const a of x.acronyms) assert.ok(inside(text, a));
        for (const e of x.events) assert.ok(inside(text, e) && inside(text, { start: e.sentenceStart, end: e.sentenceEnd }));
        for (const d of x.definitions) assert.ok(inside(text, d));
      }),
      params(150),
    );
  });

  // A restored index (snapshot.ts) must answer every query as the index built by upserting the same
  // documents, before and after updates applied on top of it.
  it('an index restored from its snapshot answers as the built one, and after updates', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-fuzz-snap-'));
    try {
      fc.assert(
        fc.property(fc.array(draftArb, { minLength: 1, maxLength: 4 }), draftArb, (texts, update) => {
          const dir = fs.mkdtempSync(path.join(tmp, 'c-'));
          texts.forEach((t, i) => fs.writeFileSync(path.join(dir, `d${i}.md`), t));
          const opts = { roots: [{ root: dir, patterns: ['.'] }], maxFileBytes: 1 << 20 };
          const built = loadIndex(opts).index;
          const restored = loadIndex({ ...opts, cacheFile: path.join(tmp, `${path.basename(dir)}.snapshot`) }).index;
          assert.deepEqual(answers(restored), answers(built));
          for (const index of [built, restored]) {
            const changed = { uri: path.join(dir, 'd0.md'), name: 'd0.md', text: update };
            index.upsert(changed, extractDocument(changed));
            index.remove(path.join(dir, 'd1.md'));
          }
          assert.deepEqual(answers(restored), answers(built));
        }),
        params(8),
      );
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});

// Cases the long fuzz found, kept as regressions.
describe('fuzz regressions', () => {
  it('incremental read after deleting an indented-code indent (lezer reused the next paragraph)', () => {
    const text = '    @002_c4de11b75ff533a8 K&Yn+ NSP\nL4C | ) k `S&* > by 25%\n\n> - quote\n';
    const edited = text.slice(4);
    const inc = readDraft(edited, readDraft(text));
    assert.deepEqual(inc.model.blocks.map((b) => [b.kind, b.start, b.end]), readDraft(edited).model.blocks.map((b) => [b.kind, b.start, b.end]));
  });

  // Typing edits that the parser's fast path once got wrong (the long fuzz found them).
  const typedThenFresh = (text: string, edits: [number, number, string][]) => {
    let cur = text;
    let prev = readDraft(cur);
    for (const [i, del, ins] of edits) {
      cur = cur.slice(0, i) + ins + cur.slice(i + del);
      const inc = readDraft(cur, prev);
      const shape = (d: typeof inc) => d.model.blocks.map((b) => [b.kind, b.start, b.end, b.text, b.links]);
      assert.deepEqual(shape(inc), shape(readDraft(cur)));
      prev = inc;
    }
  };
  it('typing a space before a list item\'s text moves the paragraph (not a fast-path edit)', () => {
    typedThenFresh('Intro line.\n\n1. zA **bold** text\n', [[15, 0, ' ']]);
  });
  it('deleting a space inside "[text](a b)" makes it a link', () => {
    typedThenFresh('See [link](https Z7//example.org) now.\n', [[15, 2, 'éw7']]);
  });
  it('typing a space inside a link\'s destination unmakes the link', () => {
    typedThenFresh('See [link](httpsZ7//example.org) now.\n', [[15, 0, ' ']]);
  });
  it('typing inside a link\'s text grows the link', () => {
    typedThenFresh('See [link](/page) now.\n', [[7, 1, 'waa']]);
  });
  it('deleting words can make a paragraph a link reference definition', () => {
    typedThenFresh('# T\n\n[^1]: Z#the ADk\n', [[14, 4, '']]);
  });
  it('deleting a word at the start of a continuation line can start a list', () => {
    typedThenFresh('> Some text\n> x 1. foo\n', [[14, 2, '']]);
  });

  it('an edit above a list item that continues past a blank line (lezer reused the old reading after it)', () => {
    const [text, edits] = ["1. the ADD ( \t e.g. [@nope] *em* * x s\n@ KOTRA $UXIss ;Dc 5r| _ [@001_6c54e90040af64f0] * S5X \n\n1. \n\t U.S. * o 30 February 2026 jv  KOTRA HELLO\n\n    !@\nexperts say\n\n)  2 f^ k _ 3BBQp! \\!+ # the ADD A&Q}A1\n\n# j *em* https://x.y/DAPA VtY 30 February 2026 }?S\ny\"6nk Monday, February 12, 2026 [ \\ 73>, KOTRA \t Zk  Gen. Pande\n\n<!-- dossier-disable-next-line -->\n[link](https://example.org) ] @002_c4de11b75ff533a8 qaN7{ )Nl- F6Y4fN 2 f<~4 \nx2k#UM - i **bold** [^1] by 25% 한국 2026년 o^uZ 5 >\ne.g. +hX  ,pY'uw https://x.y/DAPA\n\n<!-- dossier-disable-next-line -->\n$5 billion )7d \\rono+ NSP U^kNN3  [", [[2089676322, 1, ":Z"], [750011205, 1, ":w"], [1987856466, 1, "aé."], [209634342, 1, ":Z"], [1757802136, 1, "."], [1548341664, 2, " .a"], [778963633, 1, "é7"], [448867558, 0, "é:."], [298549535, 2, ""], [2086122299, 2, ""], [406766930, 0, ""], [1309094986, 1, ""]]] as [string, [number, number, string][]];
    editedReadsAsFresh(text, edits);
  });

  it('a date fixed to the first mention does not clash with a later wrong one', () => {
    const text = 'Seoul launched the Blue Horizon initiative on February 12, 2026.\n\nThe Blue Horizon initiative was launched in 2014.\n\nThe Blue Horizon initiative, launched in 2015, grew.\n';
    const findings = run(text).filter((f) => f.code === 'date-conflict');
    assert.deepEqual(findings.map((f) => text.slice(f.start, f.end)), ['2014', '2015']);
    for (const f of findings) {
      const fixed = applied(text, f)!;
      const at = f.fixes[0].edits[0].start;
      assert.ok(!run(fixed).some((g) => g.code === 'date-conflict' && g.start === at), f.message);
    }
  });
});

describe('fuzz regressions from files', () => {
  const dir = path.join(ROOT, 'test', 'fixtures', 'fuzz-regressions');
  for (const f of fs.existsSync(dir) ? fs.readdirSync(dir).filter((x) => x.endsWith('.json')) : []) {
    it(f, () => {
      const { text } = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { text: string };
      for (const finding of run(text)) {
        const fixed = applied(text, finding);
        if (fixed === undefined) continue;
        const at = (finding.fixes.find((x) => x.preferred) ?? finding.fixes[0]).edits[0].start;
        assert.ok(!run(fixed).some((g) => g.code === finding.code && g.start === at), `${finding.code}: ${finding.message}`);
      }
    });
  }
});

describe('fuzz regressions: completion and hover ranges', () => {
  it('at offset 0 of a document that starts with a line break (lastIndexOf(-1) found that break)', () => {
    const text = '\n# M*(X     GD ~\n12,000 troops\n\n1. the ADD [@001_6c54e90040af64f0] t9l)';
    for (const c of complete(readDraft(text), bundledIndex(), 0).items) assert.ok(inside(text, c), `${c.label} ${c.start}-${c.end}`);
  });
});
