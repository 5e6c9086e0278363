// The file-system layer: corpus discovery, decoding, skipping bad files, and the extract cache.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadIndex } from '../../server/src/node/indexer';
import { discover, decode } from '../../server/src/node/files';
import { ExtractCache } from '../../server/src/node/cache';
import { EXTRACT_VERSION } from '../../server/src/core/corpus/document';

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

describe('extract cache', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-cache-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a second load reads every document from the cache', () => {
    fs.writeFileSync(path.join(dir, 'a.md'), 'The Blue Water Initiative (BWI) began.\n');
    const cacheFile = path.join(dir, 'cache', 'x.json');
    const opts = { roots: [{ root: dir, patterns: ['a.md'] }], maxFileBytes: 1 << 20, cacheFile };
    assert.equal(loadIndex(opts).report.extracted, 1);
    const again = loadIndex(opts);
    assert.deepEqual([again.report.fromCache, again.report.extracted], [1, 0]);
    assert.equal(again.index.acronym('BWI')[0].long, 'Blue Water Initiative');
    // A changed file is extracted again.
    fs.writeFileSync(path.join(dir, 'a.md'), 'The Brown Water Initiative (BWI) began.\n');
    const changed = loadIndex(opts);
    assert.deepEqual([changed.report.fromCache, changed.report.extracted], [0, 1]);
  });

  it('a corrupt or version-mismatched cache is rebuilt, never trusted', () => {
    const file = path.join(dir, 'c.json');
    fs.writeFileSync(file, '{"version": 1, "entries": {"abc": ');
    const c = new ExtractCache(file).load();
    assert.equal(c.rejected, 'cache file is corrupt');
    fs.writeFileSync(file, JSON.stringify({ version: EXTRACT_VERSION + 1, entries: {} }));
    assert.equal(new ExtractCache(file).load().rejected, 'cache has another format version');
    // A file cut off in the middle of an entry (a crash while an older version wrote it in place).
    const good = path.join(dir, 'good.json');
    fs.writeFileSync(path.join(dir, 'a.md'), 'The Blue Water Initiative (BWI) began.\n');
    loadIndex({ roots: [{ root: dir, patterns: ['a.md'] }], maxFileBytes: 1 << 20, cacheFile: good });
    const full = fs.readFileSync(good, 'utf8');
    fs.writeFileSync(file, full.slice(0, full.length - 20));
    const cut = new ExtractCache(file).load();
    assert.equal(cut.rejected, 'cache file is corrupt');
    assert.equal(cut.get('anything'), undefined);
  });

  it('writes atomically: no temporary file is left behind', () => {
    fs.writeFileSync(path.join(dir, 'a.md'), 'Text.\n');
    const cacheFile = path.join(dir, 'cache', 'x.json');
    loadIndex({ roots: [{ root: dir, patterns: ['a.md'] }], maxFileBytes: 1 << 20, cacheFile });
    assert.deepEqual(fs.readdirSync(path.join(dir, 'cache')), ['x.json']);
    const lines = fs.readFileSync(cacheFile, 'utf8').trim().split('\n');
    assert.equal(JSON.parse(lines[0]).version, EXTRACT_VERSION);
    assert.equal(lines.length, 2);
    JSON.parse(lines[1].slice(lines[1].indexOf(' ') + 1));
  });
});
