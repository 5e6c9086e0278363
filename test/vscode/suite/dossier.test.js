// Dossier through the VS Code API, inside the extension host, on the workspace fixture
// (test/vscode/fixtures/workspace: corpus/ with one note, draft.md with known problems).
// Every wait polls a condition with a time limit; nothing sleeps for a fixed time.
'use strict';
const assert = require('node:assert/strict');
const vscode = require('vscode');

const EXTENSION_ID = 'dossier.dossier';
const LONG = 'Defense Acquisition Program Administration';
const KEY = '001_6c54e90040af64f0';
// Indexing the bundled corpus comes first: the first results may take a while on a slow machine.
const FIRST_RESULT_MS = 90_000;
const RESULT_MS = 30_000;

/** Polls `probe` (sync or async) until it returns a truthy value; throws describe(last) after `ms`. */
async function waitFor(probe, describe, ms = RESULT_MS, every = 100) {
  const deadline = Date.now() + ms;
  let last;
  for (;;) {
    try {
      last = await probe();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) {
      const seen = last instanceof Error ? `error: ${last.message}` : JSON.stringify(last);
      throw new Error(`${typeof describe === 'function' ? describe(last) : describe} (waited ${ms / 1000} s; last: ${seen})`);
    }
    await new Promise((r) => setTimeout(r, every)); // poll interval
  }
}

const codeOf = (d) => (d.code && typeof d.code === 'object' ? String(d.code.value) : String(d.code));
const dossierDiagnostics = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'dossier');
const showRange = (r) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

/** Range of the nth occurrence of `text` in the document. */
function rangeOf(doc, text, nth = 0) {
  const all = doc.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = all.indexOf(text, at + 1);
    assert.ok(at >= 0, `"${text}" (occurrence ${nth + 1}) is not in ${doc.uri.fsPath}`);
  }
  return new vscode.Range(doc.positionAt(at), doc.positionAt(at + text.length));
}

/** Middle of the nth occurrence of `text`. */
function middleOf(doc, text, nth = 0) {
  const r = rangeOf(doc, text, nth);
  return r.start.translate(0, Math.floor(text.length / 2));
}

function hoverText(hovers) {
  return (hovers || [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

const labelOf = (item) => (typeof item.label === 'string' ? item.label : item.label.label);

describe('Dossier in the extension host', function () {
  /** @type {vscode.Uri} */ let uri;
  /** @type {vscode.TextDocument} */ let doc;
  let original;

  /** Drops unsaved changes (our edits) and waits until the document is as on disk again. */
  async function revert() {
    await vscode.window.showTextDocument(doc, { preview: false });
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor(() => !doc.isDirty && doc.getText() === original, 'draft.md never went back to its text on disk', 10_000);
  }

  /** Appends a last line with `text` (unsaved) and returns the position after it. */
  async function appendLine(text) {
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    const edit = new vscode.WorkspaceEdit();
    const prefix = doc.lineAt(doc.lineCount - 1).text === '' ? '' : '\n';
    edit.insert(uri, end, `${prefix}${text}`);
    assert.ok(await vscode.workspace.applyEdit(edit), 'applyEdit refused the edit');
    await waitFor(() => doc.lineAt(doc.lineCount - 1).text === text, `the last line never became "${text}"`, 5000);
    return doc.lineAt(doc.lineCount - 1).range.end;
  }

  before(async function () {
    this.timeout(FIRST_RESULT_MS + 30_000);
    const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
    assert.ok(folder, 'no workspace folder is open (the fixture workspace should be)');
    uri = vscode.Uri.joinPath(folder.uri, 'draft.md');
    doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { preview: false });
    original = doc.getText();
    assert.equal(doc.languageId, 'markdown');
  });

  after(async function () {
    this.timeout(20_000);
    if (doc && doc.isDirty) await revert().catch(() => { /* reported by the test that left it */ });
  });

  it('activates the extension for a Markdown file', async function () {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not loaded; loaded: ${vscode.extensions.all.map((e) => e.id).filter((id) => !id.startsWith('vscode.')).join(', ')}`);
    await waitFor(() => ext.isActive, `${EXTENSION_ID} never became active`, 30_000);
  });

  it('reports the draft problems with their codes and ranges', async function () {
    this.timeout(FIRST_RESULT_MS + 10_000);
    const expected = [
      ['acronym-undefined', rangeOf(doc, 'DAPA', 0)],
      ['date-weekday', rangeOf(doc, 'Monday')],
      ['date-invalid', rangeOf(doc, '30 February 2026')],
      ['citation-unknown', rangeOf(doc, 'nope2026')],
    ];
    const wanted = expected.map(([c]) => c);
    const diags = await waitFor(() => {
      const d = dossierDiagnostics(uri);
      return wanted.every((c) => d.some((x) => codeOf(x) === c)) ? d : undefined;
    }, () => `Dossier diagnostics never included ${wanted.join(', ')}; got ${dossierDiagnostics(uri).map((d) => `${codeOf(d)}@${showRange(d.range)}`).join(', ') || 'none'}`, FIRST_RESULT_MS);

    assert.deepEqual(diags.map(codeOf).sort(), [...wanted].sort(), `unexpected set of diagnostics: ${diags.map((d) => `${codeOf(d)}: ${d.message}`).join(' | ')}`);
    for (const [code, range] of expected) {
      const d = diags.find((x) => codeOf(x) === code);
      assert.ok(d.range.isEqual(range), `${code} covers ${showRange(d.range)} ("${doc.getText(d.range)}"), expected ${showRange(range)} ("${doc.getText(range)}")`);
    }
    const weekday = diags.find((d) => codeOf(d) === 'date-weekday');
    assert.match(weekday.message, /Thursday/, 'the weekday message names the right day');
    const invalid = diags.find((d) => codeOf(d) === 'date-invalid');
    assert.equal(invalid.severity, vscode.DiagnosticSeverity.Error);
    // The known citation is not reported.
    assert.ok(!diags.some((d) => doc.getText(d.range).includes(KEY)), 'the known citation key is reported');
  });

  it('hover over DAPA shows its expansion', async function () {
    const pos = middleOf(doc, 'DAPA', 0);
    const text = await waitFor(async () => {
      const t = hoverText(await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, pos));
      return t.includes(LONG) ? t : undefined;
    }, `no hover over DAPA contains "${LONG}"`);
    assert.ok(text.includes(LONG));
  });

  it('hover over the citation key shows the source title', async function () {
    const pos = middleOf(doc, KEY);
    const text = await waitFor(async () => {
      const t = hoverText(await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, pos));
      return /reigniting the flame/i.test(t) ? t : undefined;
    }, `no hover over ${KEY} mentions "Reigniting the flame"`);
    assert.match(text, /reigniting the flame/i);
  });

  it('completion after [@ lists the citation keys', async function () {
    try {
      const pos = await appendLine('Further reading [@');
      let labels = [];
      await waitFor(async () => {
        const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', uri, pos, '@');
        labels = list.items.map(labelOf);
        return labels.includes(KEY);
      }, () => `completion after "[@" never listed ${KEY}; it listed: ${labels.slice(0, 20).join(', ') || '(nothing)'}`);
    } finally {
      await revert();
    }
  });

  it('completion after DA lists DAPA', async function () {
    try {
      const pos = await appendLine('The DA');
      let labels = [];
      const item = await waitFor(async () => {
        const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', uri, pos);
        labels = list.items.map(labelOf);
        return list.items.find((i) => labelOf(i) === 'DAPA');
      }, () => `completion after "DA" never listed DAPA; it listed: ${labels.slice(0, 20).join(', ') || '(nothing)'}`);
      // Dossier's item (not a word from the file): it carries the expansion.
      assert.equal(item.detail, LONG, `the DAPA item's detail is ${JSON.stringify(item.detail)}`);
    } finally {
      await revert();
    }
  });

  it('quick fix on DAPA expands it', async function () {
    try {
      const diag = dossierDiagnostics(uri).find((d) => codeOf(d) === 'acronym-undefined');
      assert.ok(diag, 'the acronym-undefined diagnostic is gone');
      let titles = [];
      const action = await waitFor(async () => {
        const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, diag.range, undefined, 10);
        titles = (actions || []).map((a) => a.title);
        return (actions || []).find((a) => a.title.startsWith('Expand to') && a.edit);
      }, () => `no "Expand to …" code action with an edit on DAPA; actions: ${titles.join(' | ') || '(none)'}`);
      assert.ok(action.title.includes(LONG), `the action "${action.title}" does not name "${LONG}"`);
      assert.ok(await vscode.workspace.applyEdit(action.edit), 'applyEdit refused the quick fix');
      const line = doc.lineAt(diag.range.start.line).text;
      assert.ok(line.includes(`${LONG} (DAPA)`), `after the fix the line reads: ${line}`);
      assert.equal(doc.getText().split(`${LONG} (DAPA)`).length, 2, 'the expansion was inserted once');
    } finally {
      await revert();
    }
  });

  it('command dossier.showCorpusSummary runs', async function () {
    const before = vscode.window.activeTextEditor && vscode.window.activeTextEditor.document;
    await vscode.commands.executeCommand('dossier.showCorpusSummary');
    const shown = await waitFor(() => {
      const d = vscode.window.activeTextEditor && vscode.window.activeTextEditor.document;
      return d && d !== before && d.uri.scheme === 'untitled' ? d : undefined;
    }, 'the corpus summary never opened in an editor', 15_000);
    assert.equal(shown.languageId, 'markdown');
    assert.ok(shown.getText().includes(KEY) || /reigniting the flame/i.test(shown.getText()), `the summary does not list the bundled source: ${shown.getText().slice(0, 300)}`);
    // Untitled and not empty: close it without a "save?" prompt.
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('command dossier.reindex runs and the problems come back', async function () {
    this.timeout(FIRST_RESULT_MS + 10_000);
    await vscode.commands.executeCommand('dossier.reindex');
    await waitFor(() => {
      const codes = dossierDiagnostics(uri).map(codeOf);
      return ['acronym-undefined', 'date-weekday', 'date-invalid', 'citation-unknown'].every((c) => codes.includes(c));
    }, 'the Dossier diagnostics did not come back after reindexing', FIRST_RESULT_MS);
  });
  it('the server is restarted after it dies, and new problems are reported', async function () {
    this.timeout(FIRST_RESULT_MS + 30_000);
    const { execSync } = require('node:child_process');
    // The language server is a child of this extension host, running dist/server.js.
    const serverPids = () =>
      execSync(`ps -o pid=,args= --ppid ${process.pid}`, { encoding: 'utf8' })
        .split('\n')
        .filter((l) => /server\.js/.test(l))
        .map((l) => Number(l.trim().split(/\s+/)[0]));
    const [pid] = await waitFor(() => serverPids().length && serverPids(), 'no language server process found', 10_000);
    process.kill(pid, 'SIGKILL');
    await waitFor(() => serverPids().length && !serverPids().includes(pid), 'the language server was not restarted', 30_000);
    // Only a live server can report a problem typed after the crash.
    const end = await appendLine('The review is due on 31 September 2026.');
    await waitFor(
      () => dossierDiagnostics(uri).some((d) => codeOf(d) === 'date-invalid' && d.range.start.line === end.line),
      'no diagnostic for the line typed after the restart',
      FIRST_RESULT_MS,
    );
    await revert();
  });
});
