// A restored index answers exactly as the index built by upserting the same extracts: every query of
// CorpusIndex, and the analysis, hovers and completions of drafts, compared on the bundled corpus plus
// generated documents (and again after updates applied on top of the restored index).
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadIndex, bundledCorpusDir, preparePooled } from '../../server/src/node/indexer';
import type { CorpusIndex } from '../../server/src/core/corpus/index';
import { answers, plain } from './answers';
import { extractDocument } from '../../server/src/core/corpus/document';
import { analyze } from '../../server/src/core/analyze';
import { defaultSettings } from '../../server/src/core/settings';
import { readDraft } from '../../server/src/core/draft/draft';
import { hover } from '../../server/src/core/features/hover';
import { complete } from '../../server/src/core/features/completion';

/** What a writer sees on drafts: findings, and hovers and completions at every tenth offset. */
function behaviour(index: CorpusIndex, drafts: string[]): unknown {
  return drafts.map((text) => {
    const draft = readDraft(text);
    const probes = [];
    for (let o = 0; o < text.length; o += 10) probes.push([hover(draft, index, o)?.markdown, complete(draft, index, o).items.slice(0, 5).map((i) => i.label)]);
    return plain({ findings: analyze(text, index, defaultSettings()), probes });
  });
}

describe('index snapshot: a restored index answers as the built one', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-snap-'));
    // Generated sources that share names, acronyms, figures and dated events with each other.
    const people = ['General Manoj Pande', 'Admiral R. Hari Kumar', 'Minister Rajnath Singh'];
    for (let i = 0; i < 24; i++) {
      const y = 2010 + (i % 9);
      const text = [
        `# Note ${i} on the Blue Water Initiative`,
        '',
        `The Blue Water Initiative (BWI) was launched in ${y} by ${people[i % 3]}, Chief of Staff of the Forum.`,
        `${people[(i + 1) % 3]} visited Seoul on March ${1 + (i % 27)}, ${y + 1}, and signed the Harbour Accord.`,
        `Exports rose by ${10 + i} percent to $${i + 2} billion, the largest rise in the region.`,
        i % 4 === 0 ? 'The Korea Trade-Investment Promotion Agency (KOTRA) opened an office.' : 'Officials said that the NOTE was read.',
      ].join('\n');
      fs.writeFileSync(path.join(dir, `note-${i}.md`), text + '\n');
      // Written a minute ago: a file modified within two seconds of its reading is recorded as racy
      // (mtime -1, read again next time), so two snapshots written a second apart would differ by that alone.
      const ago = new Date(Date.now() - 60_000);
      fs.utimesSync(path.join(dir, `note-${i}.md`), ago, ago);
    }
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const drafts = [
    fs.readFileSync(path.join(__dirname, '..', '..', 'examples', 'brief.md'), 'utf8'),
    'The BWI was launched in 2009 [@note-3]. General Pande visited Seoul on Monday, March 2, 2011. Exports rose by 14 percent [@nosuch]. KOTRA is the Korea Trade and Investment Agency (KOTRA).\n\nThe Act East Policy was launched in 2016. DAPA signed it.',
  ];

  it('on the bundled corpus and generated documents, and after updates on top of it', () => {
    const roots = [
      { root: bundledCorpusDir(path.join(__dirname, '..', '..', 'dist')), patterns: ['.'], bundled: true },
      { root: dir, patterns: ['.'] },
    ];
    const built = loadIndex({ roots, maxFileBytes: 1 << 20 }).index;
    const cacheFile = path.join(dir, '.cache', 'x.snapshot');
    loadIndex({ roots, maxFileBytes: 1 << 20, cacheFile });
    const restored = loadIndex({ roots, maxFileBytes: 1 << 20, cacheFile });
    assert.equal(restored.report.fromCache, restored.report.files);
    assert.equal(restored.report.extracted, 0);
    // Behaviour first: it touches parts in the order queries do (answers() then reads them all).
    assert.deepEqual(behaviour(restored.index, drafts), behaviour(built, drafts));
    assert.deepEqual(answers(restored.index), answers(built));

    // Updates on a fresh restored index (nothing read yet): replace one note, remove one, add one, then
    // replace the replaced note again (a restored name's counts are kept aside until first read: this
    // takes out a document added since the restore, and a name only it had).
    const again = loadIndex({ roots, maxFileBytes: 1 << 20, cacheFile }).index;
    const changed = { uri: path.join(dir, 'note-5.md'), name: 'note-5.md', text: 'The Blue Water Initiative (BWI) was launched in 1999 by Admiral R. Hari Kumar.\n' };
    const added = { uri: path.join(dir, 'note-99.md'), name: 'note-99.md', text: 'The Harbour Accord was signed on May 2, 2019. The Red Sky Forum (RSF) met.\n' };
    for (const index of [built, again]) {
      index.upsert(changed, extractDocument(changed));
      index.remove(path.join(dir, 'note-7.md'));
      index.upsert(added, extractDocument(added));
      const twice = { ...changed, text: 'Admiral R. Hari Kumar opened the Harbour Accord talks in 2001.\n' };
      index.upsert(twice, extractDocument(twice));
    }
    assert.deepEqual(behaviour(again, drafts), behaviour(built, drafts));
    assert.deepEqual(answers(again), answers(built));
  });

  it('a snapshot written with extraction threads is the same file, and answers the same', async () => {
    const roots = [
      { root: bundledCorpusDir(path.join(__dirname, '..', '..', 'dist')), patterns: ['.'], bundled: true },
      { root: dir, patterns: ['.'] },
    ];
    const serial = path.join(dir, '.cache', 'serial.snapshot');
    const pooled = path.join(dir, '.cache', 'pooled.snapshot');
    const a = await preparePooled({ roots, maxFileBytes: 1 << 20, cacheFile: serial }, 1);
    const b = await preparePooled({ roots, maxFileBytes: 1 << 20, cacheFile: pooled }, 3);
    assert.ok(b.threads! > 1, 'the pool ran');
    assert.equal(b.report.extracted, a.report.extracted);
    // The same bytes (documents' order, parts and tables), but for the time of writing in the directory.
    const strip = (f: string) => fs.readFileSync(f, 'latin1').replace(/"written":\d+/, '"written":0');
    assert.equal(strip(pooled).length, strip(serial).length);
    assert.ok(strip(pooled) === strip(serial), 'byte for byte');
    const built = loadIndex({ roots, maxFileBytes: 1 << 20 }).index;
    const restored = loadIndex({ roots, maxFileBytes: 1 << 20, cacheFile: pooled }).index;
    assert.deepEqual(behaviour(restored, drafts), behaviour(built, drafts));
    assert.deepEqual(answers(restored), answers(built));
  });
});
