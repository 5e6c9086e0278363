// The CLI, run as a user runs it: node dist/cli.js ...
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../helpers';

const cli = (args: string[], opts: { cwd?: string; input?: string; env?: Record<string, string> } = {}) => {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), ...args], { cwd: opts.cwd ?? ROOT, input: opts.input, encoding: 'utf8', env: { ...process.env, ...opts.env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('dossier CLI', function () {
  this.timeout(30000);
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-cli-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('check prints one line a finding and exits 1 on an error-severity finding', () => {
    const f = path.join(dir, 'd.md');
    fs.writeFileSync(f, 'DAPA met on 30 February 2026.\n');
    const r = cli(['check', f]);
    assert.equal(r.code, 1, r.err);
    const lines = r.out.trim().split('\n');
    assert.equal(lines.length, 2);
    assert.match(lines[0], /d\.md:1:1 information acronym-undefined DAPA is used before it is expanded/);
    assert.match(lines[1], /d\.md:1:13 error date-invalid /);
  });

  it('--snapshot keeps the index between runs, and a damaged snapshot is rebuilt', () => {
    const f = path.join(dir, 'd.md');
    fs.writeFileSync(f, 'DAPA met on 30 February 2026. The Act East Policy was launched in 2016.\n');
    const snap = path.join(dir, 'cache', 'corpus.snapshot');
    const first = cli(['check', '--snapshot', snap, f]);
    assert.ok(fs.existsSync(snap), first.err);
    const again = cli(['check', '--snapshot', snap, f]);
    assert.deepEqual([again.code, again.out], [first.code, first.out]);
    assert.match(first.out, /date-conflict/);
    fs.writeFileSync(snap, 'not a snapshot');
    const rebuilt = cli(['check', '--snapshot', snap, f]);
    assert.deepEqual([rebuilt.code, rebuilt.out], [first.code, first.out]);
  });

  it('a snapshot built with extraction threads (the bundle as their code) gives the same results', () => {
    const corpus = path.join(dir, 'sources');
    fs.mkdirSync(corpus);
    for (let i = 0; i < 40; i++) fs.writeFileSync(path.join(corpus, `s${i}.md`), `# Note ${i}\n\nThe Blue Water Initiative (BWI) was launched in ${2000 + i} by Admiral R. Hari Kumar, Chief of the Naval Staff.\n`);
    const f = path.join(dir, 'd.md');
    fs.writeFileSync(f, 'The BWI was launched in 1990. DAPA met on 30 February 2026.\n');
    const run = (threads: string) => cli(['check', '--corpus', corpus, '--snapshot', path.join(dir, `t${threads}.snapshot`), '--format', 'json', f], { env: { DOSSIER_EXTRACT_THREADS: threads } });
    const one = run('1');
    const two = run('2');
    assert.equal(two.err, '');
    assert.deepEqual(JSON.parse(two.out), JSON.parse(one.out));
    assert.match(one.out, /date-conflict/);
    assert.equal(fs.statSync(path.join(dir, 't2.snapshot')).size, fs.statSync(path.join(dir, 't1.snapshot')).size);
    // The threads did the extraction (a failing thread would fall back to this one, silently).
    const summary = cli(['index', '--corpus', corpus, '--snapshot', path.join(dir, 't3.snapshot')], { env: { DOSSIER_EXTRACT_THREADS: '2' } });
    assert.match(summary.out, /Last load: 0 documents from the index snapshot, 46 extracted \(46 in extraction threads\)/);
  });

  it('a reader that stops early ends the output quietly (no EPIPE trace)', () => {
    const f = path.join(dir, 'd.md');
    fs.writeFileSync(f, Array.from({ length: 3000 }, (_, i) => `XQ${i}Z met on 30 February 2026.`).join('\n') + '\n');
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${path.join(ROOT, 'dist', 'cli.js')}" check --no-bundled "${f}" | head -1; echo "status \${PIPESTATUS[0]}" >&2`], { encoding: 'utf8' });
    assert.equal(r.stdout.trim().split('\n').length, 1);
    assert.doesNotMatch(r.stderr, /EPIPE|Error/);
  });

  it('check exits 0 when only warnings remain, and --format json gives an array', () => {
    const f = path.join(dir, 'd.md');
    fs.writeFileSync(f, 'It opened on Monday, February 12, 2026.\n');
    const r = cli(['check', '--format', 'json', f]);
    assert.equal(r.code, 0, r.err);
    const json = JSON.parse(r.out);
    assert.equal(json.length, 1);
    assert.equal(json[0].code, 'date-weekday');
    assert.equal(json[0].line, 1);
  });

  it('--fix applies the fixes and reports what remains', () => {
    const f = path.join(dir, 'd.md');
    fs.writeFileSync(f, 'DAPA met on Monday, February 12, 2026 [@001_6c54e90040af64f1].\n');
    const r = cli(['check', '--fix', f]);
    assert.equal(r.code, 0, r.out + r.err);
    assert.equal(fs.readFileSync(f, 'utf8'), 'Defense Acquisition Program Administration (DAPA) met on Thursday, February 12, 2026 [@001_6c54e90040af64f0].\n');
    assert.equal(r.out, '');
  });

  it('usage errors exit 2', () => {
    assert.equal(cli(['check']).code, 2);
    assert.equal(cli(['frobnicate']).code, 2);
    assert.equal(cli(['check', '--format', 'xml', 'a.md']).code, 2);
  });

  it('--corpus adds a folder and --no-bundled drops the bundled corpus', () => {
    fs.mkdirSync(path.join(dir, 'src'));
    fs.writeFileSync(path.join(dir, 'src', 'n.md'), 'The Xeno Quiet Zone Watch (XQZW) began work.\n');
    const f = path.join(dir, 'd.md');
    fs.writeFileSync(f, 'XQZW and DAPA met.\n');
    const r = cli(['check', '--no-bundled', '--corpus', path.join(dir, 'src'), '--format', 'json', f]);
    const msgs = JSON.parse(r.out).map((x: { message: string }) => x.message);
    assert.match(msgs[0], /Xeno Quiet Zone Watch/);
    assert.match(msgs[1], /no source in the corpus defines it/);
  });

  it('.dossier.jsonc settings apply', () => {
    fs.writeFileSync(path.join(dir, '.dossier.jsonc'), '{\n  // exam answers carry no citations\n  "dossier.rules.date-invalid": "off",\n}\n');
    const f = path.join(dir, 'd.md');
    fs.writeFileSync(f, 'Due on 30 February 2026.\n');
    const r = cli(['check', f], { cwd: dir });
    assert.equal(r.code, 0);
    assert.equal(r.out, '');
  });

  it('index counts documents; --json has everything with positions', () => {
    const r = cli(['index']);
    assert.equal(r.code, 0);
    assert.match(r.out, /6 documents/);
    const j = JSON.parse(cli(['index', '--json']).out);
    const hindu = j.documents.find((d: { meta: { key: string } }) => d.meta.key === '001_6c54e90040af64f0');
    const dapa = hindu.acronyms.find((a: { short: string }) => a.short === 'DAPA');
    const text = fs.readFileSync(path.join(ROOT, 'corpus', '001_6c54e90040af64f0.txt'), 'utf8');
    assert.match(text.slice(dapa.start, dapa.end), /Defense Acquisition Program Administration \(DAPA\)/);
  });

  it('acronyms --jsonl prints the pairs of each line', () => {
    const r = cli(['acronyms', '--jsonl'], { input: '{"id":"a","text":"The Defense Acquisition Program Administration (DAPA) met."}\n{"id":"b","text":"none"}\n' });
    assert.equal(r.code, 0);
    assert.deepEqual(r.out.trim().split('\n').map((l) => JSON.parse(l)), [
      { id: 'a', pairs: [{ short: 'DAPA', long: 'Defense Acquisition Program Administration' }] },
      { id: 'b', pairs: [] },
    ]);
  });

  it('checks the sample draft the repository ships', () => {
    const r = cli(['check', 'examples/brief.md']);
    assert.equal(r.code, 1);
    for (const code of ['date-weekday', 'date-invalid', 'acronym-undefined', 'citation-unknown', 'claim-unsourced']) assert.match(r.out, new RegExp(` ${code} `), code);
  });
});
