// The stdio encoder (lsp/wire.ts) writes what JSON.stringify would: for a real analysis, with non-ASCII
// text, and after an edit that moves diagnostics whose serialised form was kept from the last keystroke.
import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Message } from 'vscode-languageserver/node';
import { analyze, originOf } from '../../server/src/core/analyze';
import { defaultSettings } from '../../server/src/core/settings';
import { readDraft, type Draft } from '../../server/src/core/draft/draft';
import { toDiagnostic, fixesOf, textHash, asciiJson, type WireDiagnostic } from '../../server/src/lsp/convert';
import { encode } from '../../server/src/lsp/wire';
import { bundledIndex } from '../helpers';

const BRIEF = [
  '# Brief — “naïve” drafts 🇮🇳',
  '',
  'DAPA signed the deal. Exports rose by 42% in 2023, the world’s largest rise — officials said.',
  '',
  'Talks opened on Monday, February 12, 2026 in Seoul, and a review is due on 30 February 2026 [@nope].',
  '',
  '| Item | Value |',
  '|---|---|',
  '| Café exports | ₹4,000 crore |',
  '',
].join('\n');

describe('stdio encoder', () => {
  const index = bundledIndex();
  const settings = defaultSettings();

  type Published = Message & { method: string; params: { uri: string; version: number; diagnostics: WireDiagnostic[] } };
  function publish(doc: TextDocument, draft: Draft, withOrigins: boolean): Published {
    const findings = analyze(doc.getText(), index, settings, { draft });
    const lines = (e: { uri: string }) => {
      const d = index.document(e.uri);
      return d ? index.lines(d) : undefined;
    };
    const diagnostics = findings.map((f) => toDiagnostic(doc, f, lines, withOrigins ? originOf(f) : undefined));
    return { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: doc.uri, version: doc.version, diagnostics } };
  }
  const asJson = (m: Message) => JSON.parse(JSON.stringify(m));
  const decoded = (m: Message) => {
    const bytes = encode(m);
    assert.ok(bytes.every((b) => b < 0x80), 'ASCII only');
    return JSON.parse(bytes.toString('utf8'));
  };

  it('encodes a publication as JSON.stringify does, non-ASCII escaped', () => {
    const doc = TextDocument.create('file:///tmp/brief%20%C3%A9.md', 'markdown', 1, BRIEF);
    const msg = publish(doc, readDraft(BRIEF), true);
    assert.ok(msg.params.diagnostics.length >= 4);
    assert.deepEqual(decoded(msg), asJson(msg));
  });

  it('moves kept diagnostics with an edit before them', () => {
    let doc = TextDocument.create('file:///tmp/moved.md', 'markdown', 1, BRIEF);
    let draft = readDraft(BRIEF);
    const before = publish(doc, draft, true);
    const text = 'An opening line — with “quotes”.\n\n' + BRIEF;
    doc = TextDocument.update(doc, [{ text }], 2);
    draft = readDraft(text, draft);
    const kept = publish(doc, draft, true);
    const fresh = publish(doc, readDraft(text), false);
    assert.deepEqual(decoded(kept), asJson(fresh));
    // The data does not change when a diagnostic moves: it is relative to the diagnostic's range.
    const data = (m: Published) => m.params.diagnostics.map((d) => d.data);
    assert.deepEqual(data(kept), data(before));
  });

  it('encodes other messages as JSON.stringify does', () => {
    const msg = { jsonrpc: '2.0', id: 3, result: { contents: { kind: 'markdown', value: '“Défense” — 🇰🇷' } } } as Message;
    assert.deepEqual(decoded(msg), asJson(msg));
    const extra = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///x.md', diagnostics: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'é' }], other: 1 } } as Message;
    assert.deepEqual(decoded(extra), asJson(extra));
  });

  it('offers a fix while the text it was made for is unchanged', () => {
    const doc = TextDocument.create('file:///tmp/fix.md', 'markdown', 1, BRIEF);
    const msg = publish(doc, readDraft(BRIEF), true);
    const und = msg.params.diagnostics.find((d) => d.code === 'acronym-undefined')!;
    assert.equal(fixesOf(doc, und).length, 1);
    const later = TextDocument.update(doc, [{ text: BRIEF + '\nMore text.\n' }], 2);
    assert.deepEqual(fixesOf(later, und), fixesOf(doc, und));
    const changed = TextDocument.update(doc, [{ text: BRIEF.replace('DAPA signed', 'DAPO signed') }], 3);
    assert.deepEqual(fixesOf(changed, und), []);
    assert.deepEqual(fixesOf(doc, { ...und, data: { fixes: 'bad' } }), []);
  });

  it('hashes and escapes as specified', () => {
    assert.notEqual(textHash('DAPA'), textHash('DAPO'));
    assert.equal(textHash(''), (0x811c9dc5).toString(36));
    assert.equal(asciiJson(JSON.stringify('é “x” 🇮')), '"\\u00e9 \\u201cx\\u201d \\ud83c\\uddee"');
    assert.equal(JSON.parse(asciiJson(JSON.stringify('é “x” 🇮'))), 'é “x” 🇮');
  });
});
