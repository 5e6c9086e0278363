// Protocol tests: start dist/server.js, open drafts, and check what an editor would get.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TestClient, type Diag } from './client';

const DRAFT = [
  '# Brief',
  '',
  'DAPA signed the deal. The Defense Acquisition Program Administration (DAPA) approved it.',
  '',
  'Talks opened on Monday, February 12, 2026, and a review is due on 30 February 2026 [@nope].',
  '',
].join('\n');

describe('language server over stdio', function () {
  this.timeout(60000);
  let ws: string;
  let client: TestClient;

  before(async () => {
    ws = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-proto-'));
    fs.mkdirSync(path.join(ws, 'corpus'));
    fs.writeFileSync(path.join(ws, 'corpus', 'note.md'), '---\nid: note2024\ntitle: A workspace note\n---\n\nThe Korea Trade-Investment Promotion Agency (KOTRA) opened an office in 2019.\n');
    client = await TestClient.start(ws, { initializationOptions: { storagePath: path.join(ws, '.cache') } });
  });
  after(async () => {
    await client?.stop();
    fs.rmSync(ws, { recursive: true, force: true });
  });

  it('publishes diagnostics with source, code, evidence and fixes', async () => {
    const uri = client.open(path.join(ws, 'draft.md'), DRAFT);
    const diags = await client.diagnostics(uri);
    const codes = diags.map((d) => `${d.code}@${d.range.start.line}`).sort();
    assert.deepEqual(codes, ['acronym-undefined@2', 'citation-unknown@4', 'date-invalid@4', 'date-weekday@4']);
    const und = diags.find((d) => d.code === 'acronym-undefined')!;
    assert.deepEqual(und.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 4 } });
    assert.match(und.message, /Defense Acquisition Program Administration/);
    assert.ok(und.relatedInformation?.length, 'points at the corpus passage');
    const wd = diags.find((d) => d.code === 'date-weekday')!;
    assert.match(wd.message, /Thursday/);
  });

  it('offers a diagnostic\'s quick fix after an edit elsewhere, and not once its text has changed', async () => {
    const uri = client.open(path.join(ws, 'fix.md'), DRAFT);
    const und = (await client.diagnostics(uri)).find((d) => d.code === 'acronym-undefined')!;
    const fixOf = async (d: Diag) => (await client.codeActions(uri, [d]))?.find((a) => a.edit && a.isPreferred !== false);
    // An edit after the diagnostic: the editor keeps it where it was; the fix still applies.
    client.change(uri, DRAFT + '\nA closing paragraph.\n');
    const fix = await fixOf(und);
    assert.ok(fix, 'a quick fix after an unrelated edit');
    assert.deepEqual(fix!.edit!.changes[uri], [{ range: und.range, newText: 'Defense Acquisition Program Administration (DAPA)' }]);
    // An edit before it: the editor moves the diagnostic down a line; the fix follows it.
    client.change(uri, 'Opening line.\n' + DRAFT);
    const moved = { ...und, range: { start: { line: 3, character: 0 }, end: { line: 3, character: 4 } } };
    assert.deepEqual((await fixOf(moved))?.edit?.changes[uri], [{ range: moved.range, newText: 'Defense Acquisition Program Administration (DAPA)' }]);
    // The acronym itself rewritten: the fix was made for other text and is not offered.
    client.change(uri, DRAFT.replace('DAPA signed', 'KOTR signed'));
    assert.equal(await fixOf(und), undefined);
  });

  it('hovers an acronym with its expansion and source', async () => {
    const uri = client.open(path.join(ws, 'hover.md'), 'We met DAPA officials.\n');
    const h = await client.hover(uri, 0, 8);
    assert.ok(h, 'a hover');
    assert.match(h!.contents.value, /Defense Acquisition Program Administration/);
    assert.match(h!.contents.value, /Reigniting the flame/i);
  });

  it('indexes the workspace corpus next to the bundled one', async () => {
    const uri = client.open(path.join(ws, 'ws.md'), 'KOTRA helps exporters [@note2024].\n');
    const h = await client.hover(uri, 0, 2);
    assert.match(h!.contents.value, /Korea Trade-Investment Promotion Agency/);
    const diags = await client.diagnostics(uri);
    assert.equal(diags.filter((d) => d.code === 'citation-unknown').length, 0);
  });

  it('completes citation keys after [@', async () => {
    const uri = client.open(path.join(ws, 'cite.md'), 'As argued [@\n');
    const c = await client.completion(uri, 0, 12);
    const labels = c.items.map((i) => i.label);
    assert.ok(labels.includes('001_6c54e90040af64f0'), labels.join(', '));
    assert.ok(labels.includes('note2024'));
  });

  it('follows the corpus folder: a file added, rewritten and deleted while the server runs', async () => {
    const file = path.join(ws, 'corpus', 'late.md');
    const uri = client.open(path.join(ws, 'late-draft.md'), 'The BWXI met.\n');
    const message = (re: RegExp) =>
      client.until(() => {
        const m = client.published(uri)?.find((d) => d.code === 'acronym-undefined')?.message;
        return m && re.test(m) ? m : undefined;
      }, 20000, `a message matching ${re}`);
    await message(/no source in the corpus defines it/);
    fs.writeFileSync(file, 'The Blue Water Exchange Initiative (BWXI) began in 2019.\n');
    await message(/Blue Water Exchange Initiative/);
    fs.writeFileSync(file, 'The Brown Water Exchange Initiative (BWXI) began in 2019.\n');
    await message(/Brown Water Exchange Initiative/);
    fs.rmSync(file);
    await message(/no source in the corpus defines it/);
  });

  it('publishes only for the latest version when edits arrive quickly', async () => {
    const uri = client.open(path.join(ws, 'fast.md'), 'Start.\n');
    for (let i = 0; i < 20; i++) client.change(uri, `Edit ${i}: DAPA.\n`);
    const last = client.change(uri, 'Final text without findings.\n');
    const diags = await client.diagnostics(uri);
    assert.equal(last, 22);
    assert.deepEqual(diags, []);
  });
});

describe('language server restarts from its index snapshot', function () {
  this.timeout(60000);
  let ws: string;
  after(() => fs.rmSync(ws, { recursive: true, force: true }));

  it('a second start restores the snapshot and applies files changed while it was down', async () => {
    ws = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-proto-snap-'));
    fs.mkdirSync(path.join(ws, 'corpus'));
    const note = path.join(ws, 'corpus', 'note.md');
    fs.writeFileSync(note, 'The Korea Trade-Investment Promotion Agency (KOTRA) opened an office in 2019.\n');
    const storagePath = path.join(ws, '.storage');
    type Summary = { summary: { load?: { fromSnapshot: number; extracted: number; inThreads: number }; totals: { documents: number } } };
    const first = await TestClient.start(ws, { initializationOptions: { storagePath } });
    const s1 = (await first.execute<Summary>('dossier.server.corpusSummary')).summary;
    await first.stop();
    assert.equal(s1.load?.fromSnapshot, 0);
    assert.equal(s1.load?.extracted, s1.totals.documents);
    assert.equal(fs.readdirSync(storagePath).filter((f) => f.endsWith('.snapshot')).length, 1);

    // While the server is down, the note changes: the restart must see the change, not the snapshot's copy.
    fs.writeFileSync(note, 'The Korea Trade Promotion Office (KOTRA) opened an office in 2019.\n');
    const second = await TestClient.start(ws, { initializationOptions: { storagePath } });
    try {
      const s2 = (await second.execute<Summary>('dossier.server.corpusSummary')).summary;
      assert.equal(s2.totals.documents, s1.totals.documents);
      assert.deepEqual(s2.load, { fromSnapshot: s1.totals.documents - 1, extracted: 1, inThreads: 0 });
      const uri = second.open(path.join(ws, 'draft.md'), 'KOTRA and DAPA met.\n');
      const kotra = await second.hover(uri, 0, 2);
      // The glossary has the other expansion; the note's line must carry only its new one.
      const fromNote = kotra!.contents.value.split('\n').filter((l) => l.includes('note.md'));
      assert.equal(fromNote.length, 1, kotra!.contents.value);
      assert.match(fromNote[0], /Korea Trade Promotion Office/);
      const dapa = await second.hover(uri, 0, 11);
      assert.match(dapa!.contents.value, /Defense Acquisition Program Administration/);
    } finally {
      await second.stop();
    }
  });
});
