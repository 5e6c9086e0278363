// The file-system layer: corpus discovery, decoding, skipping bad files, and the extract cache.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadIndex, loadPrepared, prepare } from '../../server/src/node/indexer';
import { discover, decode } from '../../server/src/node/files';
import { SnapshotFile, removeOldCaches, snapshotFileIn } from '../../server/src/node/snapshot';
import { EXTRACT_VERSION, extractDocument } from '../../server/src/core/corpus/document';
import { CorpusIndex } from '../../server/src/core/corpus/index';
import { titleFromName } from '../../server/src/core/extract/metadata';
import { answers } from './answers';

/** Where each segment of a snapshot file is (its directory, found from the footer). */
function segmentsOf(file: string): Record<string, [number, number]> {
  const bytes = fs.readFileSync(file);
  const start = bytes.readDoubleLE(bytes.length - 24);
  const len = bytes.readDoubleLE(bytes.length - 16);
  return JSON.parse(bytes.toString('utf8', start, start + len)).segments;
}

/** Runs a stepped load to the end. */
function run<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

describe('corpus files', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-files-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, data: string | Buffer) => {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), data);
  };
  const load = (opts: { maxFileBytes?: number; cacheFile?: string } = {}) => loadIndex({ roots: [{ root: dir, patterns: ['.'] }], maxFileBytes: opts.maxFileBytes ?? 1 << 20, cacheFile: opts.cacheFile });

  it('reads .md, .markdown and .txt, ignores other files and hidden folders', () => {
    write('a.md', 'The Blue Water Initiative (BWI) began.\n');
    write('sub/b.markdown', 'Text.\n');
    write('c.txt', 'Text.\n');
    write('d.pdf', 'x');
    write('.hidden/e.md', 'Text.\n');
    assert.deepEqual(discover(dir, ['.']).files.map((f) => path.relative(dir, f)).sort(), ['a.md', 'c.txt', 'sub/b.markdown']);
  });

  it('globs relative to the root', () => {
    write('notes/a.md', 'x');
    write('notes/deep/b.md', 'x');
    write('other/c.md', 'x');
    assert.deepEqual(discover(dir, ['notes/**/*.md']).files.map((f) => path.relative(dir, f)).sort(), ['notes/a.md', 'notes/deep/b.md']);
    assert.deepEqual(discover(dir, ['notes/*.md']).files.map((f) => path.relative(dir, f)), ['notes/a.md']);
  });

  it('decodes UTF-8 with BOM, UTF-16 with BOM, and replaces invalid UTF-8 with a warning', () => {
    assert.deepEqual(decode(Buffer.from('\ufeffHello', 'utf8')), { text: 'Hello' });
    assert.deepEqual(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hi DAPA', 'utf16le')])), { text: 'Hi DAPA' });
    const bad = decode(Buffer.from([0x48, 0xff, 0x49]));
    assert.ok('text' in bad && bad.text === 'H\ufffdI' && !!bad.warning);
    assert.deepEqual(decode(Buffer.from([0x50, 0x00, 0x51])), { binary: true });
  });

  it('skips binary, oversized and unreadable files with a reason, and loads the rest', () => {
    write('good.md', 'The Blue Water Initiative (BWI) began.\n');
    write('binary.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    write('big.md', 'x'.repeat(3000));
    const { index, report } = load({ maxFileBytes: 2000 });
    assert.equal(index.size, 1);
    const reasons = report.skipped.map((s) => `${path.basename(s.path)}: ${s.reason}`).sort();
    assert.match(reasons[0], /^big\.md: larger than/);
    assert.match(reasons[1], /^binary\.md: binary file/);
  });

  it('survives a symbolic link loop and a missing corpus path', () => {
    write('a.md', 'Text.\n');
    fs.symlinkSync(dir, path.join(dir, 'loop'));
    const { index, report } = loadIndex({ roots: [{ root: dir, patterns: ['.', 'does-not-exist'] }], maxFileBytes: 1 << 20 });
    assert.equal(index.size, 1);
    assert.ok(report.skipped.some((s) => /loop/.test(s.reason)));
  });

  it('CRLF and UTF-16 files index like LF UTF-8 ones', () => {
    write('crlf.md', 'The Blue Water Initiative (BWI) began.\r\nIt was launched in 2019.\r\n');
    write('u16.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('The Red Sky Forum (RSF) met.\n', 'utf16le')]));
    const { index } = load();
    assert.equal(index.acronym('BWI')[0].long, 'Blue Water Initiative');
    assert.equal(index.acronym('RSF')[0].long, 'Red Sky Forum');
  });
});

describe('index snapshot', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-cache-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const back = (file: string) => fs.utimesSync(file, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));

  it('a second load takes every document from the snapshot; a changed file is extracted again', () => {
    fs.writeFileSync(path.join(dir, 'a.md'), 'The Blue Water Initiative (BWI) began.\n');
    const cacheFile = path.join(dir, 'cache', 'x.snapshot');
    const opts = { roots: [{ root: dir, patterns: ['a.md'] }], maxFileBytes: 1 << 20, cacheFile };
    assert.equal(loadIndex(opts).report.extracted, 1);
    const again = loadIndex(opts);
    assert.deepEqual([again.report.fromCache, again.report.extracted], [1, 0]);
    assert.equal(again.index.acronym('BWI')[0].long, 'Blue Water Initiative');
    fs.writeFileSync(path.join(dir, 'a.md'), 'The Brown Water Initiative (BWI) began.\n');
    const changed = loadIndex(opts);
    assert.deepEqual([changed.report.fromCache, changed.report.extracted], [0, 1]);
    assert.equal(changed.index.acronym('BWI')[0].long, 'Brown Water Initiative');
  });

  it('a file whose size, time and inode match the snapshot is not read again (as make and git trust them)', () => {
    const a = path.join(dir, 'a.md');
    fs.writeFileSync(a, 'The Blue Water Initiative (BWI) began.\n');
    back(a);
    const cacheFile = path.join(dir, 'x.snapshot');
    const opts = { roots: [{ root: dir, patterns: ['a.md'] }], maxFileBytes: 1 << 20, cacheFile };
    loadIndex(opts);
    const st = fs.statSync(a);
    fs.writeFileSync(a, 'The Blue Wharf Initiative (BWI) began.\n');
    fs.utimesSync(a, st.atime, st.mtime);
    assert.equal(loadIndex(opts).index.acronym('BWI')[0].long, 'Blue Water Initiative');
    // Modified within two seconds before it was read, the same size and time are not trusted (a second
    // change within the same clock tick would not show in them).
    fs.writeFileSync(a, 'The Blue Water Initiative (BWI) began.\n');
    loadIndex(opts);
    fs.writeFileSync(a, 'The Blue Wharf Initiative (BWI) began.\n');
    assert.equal(loadIndex(opts).index.acronym('BWI')[0].long, 'Blue Wharf Initiative');
  });

  it('added, removed and renamed files are applied on top of the snapshot', () => {
    // Forty notes, each defining its own acronym ("Quiet Bake Aove Forum (QBAF)") and dating a meeting.
    const acr = (i: number) => [String.fromCharCode(65 + (i % 26)), String.fromCharCode(65 + Math.floor(i / 26))];
    for (let i = 0; i < 40; i++) {
      const [a, b] = acr(i);
      fs.writeFileSync(path.join(dir, `n${i}.md`), `The Quiet ${a}ake ${b}ove Forum (Q${a}${b}F) met in ${2000 + i}.\n`);
    }
    for (const f of fs.readdirSync(dir)) back(path.join(dir, f));
    const opts = { roots: [{ root: dir, patterns: ['.'] }], maxFileBytes: 1 << 20, cacheFile: path.join(dir, '.cache', 'x.snapshot') };
    loadIndex(opts);
    fs.rmSync(path.join(dir, 'n1.md'));
    fs.renameSync(path.join(dir, 'n2.md'), path.join(dir, 'moved.md'));
    fs.writeFileSync(path.join(dir, 'new.md'), 'The Red Sky Forum (RSF) met.\n');
    const { index, report } = loadIndex(opts);
    assert.deepEqual([report.files, report.fromCache, report.extracted], [40, 39, 1]);
    assert.equal(index.size, 40);
    assert.equal(index.acronym('QBAF').length, 0);
    assert.equal(index.acronym('QCAF')[0].doc.name, 'moved.md');
    assert.equal(index.acronym('QDAF')[0].long, 'Quiet Dake Aove Forum');
    assert.ok(index.byKey('moved') && !index.byKey('n2'));
    assert.equal(index.acronym('RSF')[0].long, 'Red Sky Forum');
    assert.equal(index.eventsInYear(2001).length, 0);
    assert.equal(index.eventsInYear(2002).length, 1);
  });

  it('a shared snapshot built elsewhere seeds the first build: files it holds are copied, not extracted', () => {
    const elsewhere = path.join(dir, 'team');
    const here = path.join(dir, 'mine');
    for (const d of [elsewhere, here]) fs.mkdirSync(d);
    fs.writeFileSync(path.join(elsewhere, 'a.md'), 'The Blue Water Initiative (BWI) began.\n');
    fs.writeFileSync(path.join(elsewhere, 'b.md'), 'The Red Sky Forum (RSF) met.\n');
    const shared = path.join(dir, 'shared.snapshot');
    loadIndex({ roots: [{ root: elsewhere, patterns: ['.'] }], maxFileBytes: 1 << 20, cacheFile: shared });
    fs.copyFileSync(path.join(elsewhere, 'a.md'), path.join(here, 'a.md'));
    fs.writeFileSync(path.join(here, 'b.md'), 'The Green Sea Forum (GSF) met.\n');
    const opts = { roots: [{ root: here, patterns: ['.'] }], maxFileBytes: 1 << 20, cacheFile: path.join(dir, 'own.snapshot'), seedFile: shared };
    const first = loadIndex(opts);
    assert.deepEqual([first.report.files, first.report.fromCache, first.report.extracted], [2, 1, 1]);
    assert.equal(first.index.acronym('BWI')[0].doc.uri, path.join(here, 'a.md'));
    assert.equal(first.index.acronym('RSF').length, 0);
    assert.equal(first.index.acronym('GSF')[0].long, 'Green Sea Forum');
    // From then on its own snapshot is used; the shared one is never written.
    const before = fs.readFileSync(shared);
    assert.equal(loadIndex(opts).report.extracted, 0);
    assert.ok(fs.readFileSync(shared).equals(before));
  });

  it('a corrupt, cut-short or version-mismatched snapshot is rebuilt, never trusted', () => {
    fs.writeFileSync(path.join(dir, 'a.md'), 'The Blue Water Initiative (BWI) began.\n');
    const good = path.join(dir, 'good.snapshot');
    const opts = (cacheFile: string) => ({ roots: [{ root: dir, patterns: ['a.md'] }], maxFileBytes: 1 << 20, cacheFile });
    loadIndex(opts(good));
    const bytes = fs.readFileSync(good);
    const file = path.join(dir, 'c.snapshot');
    const cases: [Buffer, string][] = [
      [Buffer.from('{"version": 1, "entries": {"abc": '), 'index snapshot is corrupt'],
      [bytes.subarray(0, bytes.length - 20), 'index snapshot is corrupt'],
      // Another version of the same number of digits, so that only the version differs, not the offsets.
      [Buffer.from(bytes.toString('latin1').replace(`"extractVersion":${EXTRACT_VERSION}`, `"extractVersion":${String(EXTRACT_VERSION + 1).length === String(EXTRACT_VERSION).length ? EXTRACT_VERSION + 1 : EXTRACT_VERSION - 1}`), 'latin1'), 'index snapshot has another format version'],
    ];
    for (const [content, why] of cases) {
      fs.writeFileSync(file, content);
      assert.equal(SnapshotFile.open(file).rejected, why);
      const { index, report } = loadIndex(opts(file));
      assert.ok(report.warnings.includes(`index snapshot rebuilt: ${why}`), report.warnings.join('; '));
      assert.equal(index.acronym('BWI')[0].long, 'Blue Water Initiative');
      assert.equal(SnapshotFile.open(file).rejected, undefined);
    }
  });

  describe('lists read on first use', () => {
    // Notes that share names, acronyms, figures, definitions and dated events, so that every table has
    // lists of several documents.
    const notes = () => {
      const people = ['General Manoj Pande', 'Admiral R. Hari Kumar', 'Minister Rajnath Singh'];
      for (let i = 0; i < 12; i++) {
        const y = 2010 + (i % 5);
        const text = [
          `The Blue Water Initiative (BWI) was launched in ${y} by ${people[i % 3]}, Chief of Staff of the Forum.`,
          `${people[(i + 1) % 3]} visited Seoul on March ${1 + i}, ${y + 1}, and signed the Harbour Accord.`,
          `Exports rose by ${10 + i} percent to $${i + 2} billion. A "harbour pass" means a permit to dock.`,
        ].join('\n');
        const f = path.join(dir, `note-${i}.md`);
        fs.writeFileSync(f, text + '\n');
        back(f);
      }
      return { roots: [{ root: dir, patterns: ['note-*.md'] }], maxFileBytes: 1 << 20, cacheFile: path.join(dir, 'x.snapshot') };
    };
    const lists = ['definitions', 'events', 'years', 'stems', 'figures', 'names.docs'].map((t) => `${t}.lists`);

    it('a snapshot cut short after it was restored: the lists come from the documents\' parts, and every query answers as before', () => {
      const opts = notes();
      const built = loadIndex({ ...opts, cacheFile: undefined }).index;
      loadIndex(opts);
      const segments = segmentsOf(opts.cacheFile);
      for (const l of lists) assert.ok(segments[l][1] > 0, l);
      const index = run(loadPrepared(prepare(opts)))!;
      // Everything after the documents' parts is gone: the lists are read only now, by the queries.
      fs.truncateSync(opts.cacheFile, segments.data[0] + segments.data[1]);
      assert.deepEqual(answers(index), answers(built));
    });

    it('a damaged list is not trusted: it comes from the documents\' parts', () => {
      const opts = notes();
      const built = loadIndex({ ...opts, cacheFile: undefined }).index;
      loadIndex(opts);
      const segments = segmentsOf(opts.cacheFile);
      const bytes = fs.readFileSync(opts.cacheFile);
      // Numbers that never end, and documents out of range.
      lists.forEach((l, i) => bytes.fill(i % 2 ? 0xff : 0x7e, segments[l][0], segments[l][0] + segments[l][1]));
      fs.writeFileSync(opts.cacheFile, bytes);
      const { index, report } = loadIndex(opts);
      assert.equal(report.fromCache, 12);
      assert.deepEqual(answers(index), answers(built));
    });

    it('when neither the list nor the parts can be read, a query answers from the files, and does not throw', () => {
      const opts = notes();
      const built = loadIndex({ ...opts, cacheFile: undefined }).index;
      loadIndex(opts);
      const index = run(loadPrepared(prepare(opts)))!;
      fs.truncateSync(opts.cacheFile, 100);
      assert.deepEqual(answers(index), answers(built));
    });
  });

  it('file names with the characters that separate stored strings come back whole', () => {
    const names = ['a\u0001b.md', 'c\u0001\u0002d.md', 'e\u0002\u0001.md', 'f\nnew line.md', 'g\u0001.md'];
    for (const n of names) fs.writeFileSync(path.join(dir, n), 'The Blue Water Initiative (BWI) began.\n');
    const opts = { roots: [{ root: dir, patterns: ['.'] }], maxFileBytes: 1 << 20, cacheFile: path.join(dir, '.cache', 'x.snapshot') };
    loadIndex(opts);
    const { index, report } = loadIndex(opts);
    assert.equal(report.fromCache, names.length);
    assert.deepEqual([...index.documents()].map((d) => d.name).sort(), [...names].sort());
    assert.deepEqual(index.acronym('BWI').map((a) => a.doc.name).sort(), [...names].sort());
  });

  it('a damaged part of a document is re-extracted from the file', () => {
    const a = path.join(dir, 'a.md');
    fs.writeFileSync(a, 'The Blue Water Initiative (BWI) began in 2019.\n');
    back(a);
    const file = path.join(dir, 'x.snapshot');
    const opts = { roots: [{ root: dir, patterns: ['a.md'] }], maxFileBytes: 1 << 20, cacheFile: file };
    loadIndex(opts);
    const bytes = fs.readFileSync(file);
    const at = bytes.indexOf('[{"date"');
    assert.ok(at > 0);
    bytes.write('!!!!', at, 'latin1');
    fs.writeFileSync(file, bytes);
    const { index } = loadIndex(opts);
    assert.equal(index.eventsInYear(2019).length, 1);
    assert.equal(index.eventsInYear(2019)[0].event.date.year, 2019);
  });

  it('copies parts by content only for a file of the same kind: a .md renamed .txt is read as plain text', () => {
    const text = '# Blue Water\n\n*[BWI]: Blue Water Initiative\n\nThe BWI met in 2019.\n';
    const fresh = (name: string) => extractDocument({ uri: path.join(dir, name), name, text });
    // The two parsers read this text differently, so a copied extract would show.
    assert.notDeepEqual(fresh('a.md').acronyms, fresh('a.txt').acronyms);
    fs.writeFileSync(path.join(dir, 'a.md'), text);
    const opts = { roots: [{ root: dir, patterns: ['.'] }], maxFileBytes: 1 << 20, cacheFile: path.join(dir, '.cache', 'x.snapshot') };
    loadIndex(opts);
    fs.renameSync(path.join(dir, 'a.md'), path.join(dir, 'a.txt'));
    const { index, report } = loadIndex(opts);
    assert.equal(report.extracted, 1);
    assert.deepEqual(index.document(path.join(dir, 'a.txt'))!.extract.acronyms, fresh('a.txt').acronyms);
  });

  it('a document titled from its file name keeps that title in step with the name when its parts are copied', () => {
    fs.writeFileSync(path.join(dir, 'first-note.md'), '\n');
    const opts = { roots: [{ root: dir, patterns: ['.'] }], maxFileBytes: 1 << 20, cacheFile: path.join(dir, '.cache', 'x.snapshot') };
    assert.equal(loadIndex(opts).index.byKey('first-note')!.extract.meta.title, titleFromName('first-note', '\n'));
    fs.renameSync(path.join(dir, 'first-note.md'), path.join(dir, 'second-note.md'));
    const { index, report } = loadIndex(opts);
    assert.equal(report.fromCache, 1);
    assert.equal(index.byKey('second-note')!.extract.meta.title, titleFromName('second-note', '\n'));
    assert.notEqual(titleFromName('first-note', '\n'), titleFromName('second-note', '\n'));
  });

  it('a file changed after the snapshot was prepared is reported stale and reads as empty, not as other text', () => {
    const a = path.join(dir, 'a.md');
    fs.writeFileSync(a, 'The Blue Water Initiative (BWI) began in 2019.\n');
    back(a);
    const opts = { roots: [{ root: dir, patterns: ['a.md'] }], maxFileBytes: 1 << 20, cacheFile: path.join(dir, 'x.snapshot') };
    loadIndex(opts);
    const prepared = prepare(opts);
    fs.writeFileSync(a, 'Something else entirely, and longer than before.\n');
    const stale: string[] = [];
    const index = run(loadPrepared(prepared, (uri) => stale.push(uri)))!;
    assert.equal(index.document(a)!.text, '');
    assert.deepEqual(stale, [a]);
    // What the snapshot holds still answers (until the server indexes the file again).
    assert.equal(index.acronym('BWI')[0].long, 'Blue Water Initiative');
  });

  it('a snapshot deleted between preparing and restoring makes the restore give up, not an empty index', () => {
    fs.writeFileSync(path.join(dir, 'a.md'), 'The Blue Water Initiative (BWI) began.\n');
    const opts = { roots: [{ root: dir, patterns: ['a.md'] }], maxFileBytes: 1 << 20, cacheFile: path.join(dir, 'x.snapshot') };
    const prepared = prepare(opts);
    fs.rmSync(opts.cacheFile);
    assert.equal(run(loadPrepared(prepared)), undefined);
  });

  it('a loader reads the snapshot it opened, even after another is put at its path', () => {
    fs.writeFileSync(path.join(dir, 'a.md'), 'The Blue Water Initiative (BWI) began.\n');
    const file = path.join(dir, 'x.snapshot');
    const opts = { roots: [{ root: dir, patterns: ['a.md'] }], maxFileBytes: 1 << 20, cacheFile: file };
    loadIndex(opts);
    const snap = SnapshotFile.open(file).snapshot!;
    const loader = snap.loader(snap.docs());
    snap.close();
    fs.writeFileSync(path.join(dir, 'a.md'), 'The Red Sky Forum (RSF) met, a much longer line than the first.\n');
    loadIndex(opts);
    assert.deepEqual(loader.extract(0).acronyms.map((x) => x.short), ['BWI']);
  });

  it('clears temporary files of snapshots whose writing stopped, not ones being written', () => {
    const keep = snapshotFileIn(dir, { any: 1 });
    const stopped = `${keep}.123.456.tmp`;
    const writing = `${keep}.123.789.tmp`;
    for (const f of [keep, stopped, writing]) fs.writeFileSync(f, 'x');
    back(stopped);
    removeOldCaches(dir, keep);
    assert.deepEqual(fs.readdirSync(dir).sort(), [keep, writing].map((f) => path.basename(f)).sort());
  });

  it('of documents sharing a key, the one cited is the same whatever order they were indexed in', () => {
    const doc = (uri: string, bundled = false) => ({ uri, name: 'x.md', text: `Text of ${uri}.\n`, bundled });
    const orders = [
      [doc('/b/x.md'), doc('/a/x.md'), doc('/0/x.md', true)],
      [doc('/0/x.md', true), doc('/a/x.md'), doc('/b/x.md')],
    ];
    for (const order of orders) {
      const index = new CorpusIndex();
      for (const d of order) index.upsert(d, extractDocument(d));
      assert.equal(index.byKey('x')!.uri, '/a/x.md');
    }
  });

  it('writes atomically: no temporary file is left behind', () => {
    fs.writeFileSync(path.join(dir, 'a.md'), 'Text.\n');
    const cacheFile = path.join(dir, 'cache', 'x.snapshot');
    loadIndex({ roots: [{ root: dir, patterns: ['a.md'] }], maxFileBytes: 1 << 20, cacheFile });
    assert.deepEqual(fs.readdirSync(path.join(dir, 'cache')), ['x.snapshot']);
  });
});
