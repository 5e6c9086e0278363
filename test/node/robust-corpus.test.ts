// Corpora nobody cleaned: each file below is indexed or skipped with a reason, and nothing else stops.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadIndex, loadOne } from '../../server/src/node/indexer';
import { discover, readSource } from '../../server/src/node/files';

describe('robustness: corpus', function () {
  this.timeout(120_000);
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-robust-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, data: string | Buffer) => {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), data);
  };
  const load = (maxFileBytes = 4 << 20) => loadIndex({ roots: [{ root: dir, patterns: ['.'] }], maxFileBytes });

  it('malformed, unclosed and huge front matter: metadata is inferred and the body indexed', () => {
    write('bad.md', '---\n: [unclosed\ntitle: "x\n---\n\n# Bad YAML\n\nThe Blue Water Initiative (BWI) began.\n');
    write('open.md', '---\ntitle: never closed\n\nThe Red Sky Forum (RSF) met.\n');
    write('huge.md', `---\n${Array.from({ length: 40_000 }, (_, i) => `k${i}: ${'v'.repeat(20)}`).join('\n')}\n---\n\nThe Green Lane Pact (GLP) held.\n`);
    const { index, report } = load();
    assert.equal(report.files, 3);
    assert.equal(index.acronym('BWI')[0]?.long, 'Blue Water Initiative');
    assert.equal(index.acronym('GLP')[0]?.long, 'Green Lane Pact');
    assert.equal(index.byKey('bad')?.extract.meta.title, 'Bad YAML');
    assert.match(index.byKey('huge')?.extract.meta.warnings?.join() ?? '', /front matter of \d+ KB is over the 64 KB limit/);
  });

  it('an empty file and a file of one 1 MB line', () => {
    write('empty.md', '');
    write('blank.txt', '\n\n   \n');
    write('line.md', `${'word '.repeat(200_000)}The Blue Water Initiative (BWI) began.`);
    const { index, report } = load();
    assert.equal(report.files, 3);
    assert.deepEqual(report.skipped, []);
    assert.equal(index.acronym('BWI')[0]?.long, 'Blue Water Initiative');
  });

  it('a 50 MB file is skipped over the size limit with one message naming it', () => {
    const big = path.join(dir, 'dump.md');
    const fd = fs.openSync(big, 'w');
    const chunk = Buffer.from('Lorem ipsum dolor sit amet. '.repeat(40_000));
    for (let written = 0; written < 50 << 20; written += chunk.length) fs.writeSync(fd, chunk);
    fs.closeSync(fd);
    write('ok.md', 'The Blue Water Initiative (BWI) began.\n');
    const { index, report } = load();
    assert.equal(index.size, 1);
    assert.equal(report.skipped.length, 1);
    assert.match(report.skipped[0].path, /dump\.md$/);
    assert.match(report.skipped[0].reason, /larger than the 4096 KB limit \(5\d\.\d MB\)/);
  });

  it('a file deleted between discovery and reading is skipped with a reason; the rest load', () => {
    write('a.md', 'The Blue Water Initiative (BWI) began.\n');
    write('b.md', 'The Red Sky Forum (RSF) met.\n');
    const found = discover(dir, ['.']).files;
    fs.rmSync(path.join(dir, 'b.md'));
    const results = found.map((f) => readSource(f, 1 << 20));
    assert.deepEqual(results.map((r) => r.ok), [true, false]);
    assert.match(!results[1].ok ? results[1].skipped.reason : '', /cannot read \(ENOENT\)/);
    assert.match(loadOne(path.join(dir, 'b.md'), 1 << 20).skipped?.reason ?? '', /ENOENT/);
  });

  it('a file rewritten after it was indexed is read afresh (the cache is keyed by content)', () => {
    write('a.md', 'The Blue Water Initiative (BWI) began.\n');
    const cacheFile = path.join(dir, '.cache', 'x.json');
    const opts = { roots: [{ root: dir, patterns: ['a.md'] }], maxFileBytes: 1 << 20, cacheFile };
    loadIndex(opts);
    write('a.md', 'The Brown Water Initiative (BWI) began.\n');
    const again = loadIndex(opts);
    assert.equal(again.index.acronym('BWI')[0].long, 'Brown Water Initiative');
    assert.equal(loadOne(path.join(dir, 'a.md'), 1 << 20).doc?.extract.acronyms[0].long, 'Brown Water Initiative');
  });

  it('10,000 tiny files', () => {
    for (let i = 0; i < 10_000; i++) write(`n/${Math.floor(i / 1000)}/note-${i}.md`, `Note ${i}: the Blue Water Initiative (BWI) met in ${2000 + (i % 25)}.\n`);
    const { index, report } = load();
    assert.equal(report.files, 10_000);
    assert.equal(index.size, 10_000);
    assert.ok(index.byKey('note-9999'));
    assert.equal(index.acronym('BWI')[0].long, 'Blue Water Initiative');
  });

  it('two workspace folders sharing one corpus folder index each file once', () => {
    write('shared/a.md', 'The Blue Water Initiative (BWI) began.\n');
    write('shared/b.md', 'The Red Sky Forum (RSF) met.\n');
    fs.mkdirSync(path.join(dir, 'ws1'));
    fs.mkdirSync(path.join(dir, 'ws2'));
    const { index, report } = loadIndex({ roots: [{ root: path.join(dir, 'ws1'), patterns: ['../shared'] }, { root: path.join(dir, 'ws2'), patterns: ['../shared'] }], maxFileBytes: 1 << 20 });
    assert.equal(report.files, 2);
    assert.equal(index.size, 2);
    assert.equal(index.byKey('a')?.extract.acronyms[0].long, 'Blue Water Initiative');
  });
});
