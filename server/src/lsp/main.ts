// The language server: LSP wiring only. Each handler looks up the document, calls the engine, converts.
import { isMainThread, workerData } from 'node:worker_threads';
import * as path from 'node:path';
import * as os from 'node:os';
import { inspect } from 'node:util';
import { fileURLToPath } from 'node:url';
import {
  createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, DidChangeConfigurationNotification,
  type InitializeParams, type InitializeResult, type Connection, type CodeAction, CodeActionKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { runIndexWorker } from './worker';
import { ServerCorpus, type CorpusStatus } from './corpus';
import { toDiagnostic, toHover, toCompletion, toQuickFix, toLocation, toUri, fixesOf } from './convert';
import { stdioWriter } from './wire';
import { analyze, originOf } from '../core/analyze';
import { safeReadDraft, type Draft } from '../core/draft/draft';
import { resolveSettings, type Settings } from '../core/settings';
import { SearchCache } from '../core/corpus/search';
import { hover } from '../core/features/hover';
import { complete } from '../core/features/completion';
import { definition } from '../core/features/definition';
import { corpusSummary, summaryMarkdown } from '../core/features/summary';
import { disableForLineFix } from '../core/features/actions';
import { documentLinks } from '../core/features/links';
import { findConfig } from '../node/config';
import { bundledCorpusDir, type CorpusRoot } from '../node/indexer';
import { snapshotFileIn, removeOldCaches } from '../node/snapshot';

// This bundle is also the code of the server's worker threads: the index build, and extraction threads
// (started by node/extract-pool.ts when it is loaded with that kind).
if (!isMainThread && (workerData as { kind?: string })?.kind === 'dossier-index') void runIndexWorker();
else if (isMainThread) startServer();

function startServer(): void {
  // Over stdio the server writes with its own JSON encoder (lsp/wire.ts); other transports as the library
  // does. stdin stays a stream, so the library still exits when it closes; the library tells a message
  // writer from a stream at run time (the typings have no overload for the mix).
  const stdio = process.argv.includes('--stdio');
  const connection: Connection = stdio
    ? createConnection(ProposedFeatures.all, process.stdin, stdioWriter(process.stdout) as unknown as NodeJS.WritableStream)
    : createConnection(ProposedFeatures.all);
  if (stdio) redirectConsole(connection);
  const documents = new TextDocuments(TextDocument);
  const log = (m: string) => connection.console.log(m);
  let folders: string[] = [];
  let initOptions: Record<string, unknown> = {};
  let editorSettings: unknown = {};
  let canConfigure = false;
  let trusted = true;
  let storageDir = path.join(os.tmpdir(), 'dossier-cache');
  const cache = new SearchCache();
  const drafts = new Map<string, { version: number; draft: Draft }>();

  const corpus = new ServerCorpus(
    __filename,
    (s) => sendStatus(s),
    () => revalidateAll(),
    log,
  );

  let progress: { report(pct: number, msg?: string): void; done(): void } | undefined;
  function sendStatus(s: CorpusStatus): void {
    connection.sendNotification('dossier/status', { state: s.state, documents: s.documents, processed: s.processed });
    if (s.state === 'indexing' && !progress) {
      const p = connection.window.createWorkDoneProgress();
      const handle = { report: (_pct: number, _m?: string) => undefined as void, done: () => undefined as void };
      progress = handle;
      p.then((wd) => {
        wd.begin('Dossier: indexing corpus', 0, undefined, false);
        handle.report = (pct, m) => wd.report(pct, m ?? '');
        handle.done = () => wd.done();
        if (progress !== handle) wd.done();
      }).catch(() => undefined);
    } else if (s.state === 'indexing') progress?.report(0, `${s.processed} documents`);
    else if (s.state === 'ready') {
      progress?.done();
      progress = undefined;
    }
  }

  function settingsFor(uri: string): Settings {
    let dir: string | undefined;
    try {
      dir = uri.startsWith('file:') ? path.dirname(fileURLToPath(uri)) : undefined;
    } catch {
      dir = undefined;
    }
    const file = dir ? findConfig(dir) : undefined;
    return resolveSettings(initOptions.settings ?? initOptions, editorSettings, file?.values);
  }

  function corpusRoots(): { roots: CorpusRoot[]; maxFileBytes: number; seedFile?: string } {
    const s = resolveSettings(initOptions.settings ?? initOptions, editorSettings, folders[0] ? findConfig(folders[0])?.values : undefined);
    const roots: CorpusRoot[] = [];
    if (s.corpus.includeBundled || !trusted) roots.push({ root: bundled, patterns: ['.'], bundled: true });
    if (trusted) for (const f of folders) roots.push({ root: f, patterns: s.corpus.paths });
    // A shared snapshot is read only (to copy extracts from), and only in a trusted workspace.
    const seedFile = trusted && s.corpus.sharedSnapshot && folders[0] ? path.resolve(folders[0], s.corpus.sharedSnapshot) : undefined;
    return { roots, maxFileBytes: s.corpus.maxFileSizeKB * 1024, ...(seedFile ? { seedFile } : {}) };
  }
  const bundled = (initOptions.bundledCorpus as string | undefined) ?? bundledCorpusDir(__dirname);

  let warnedSkipped = '';
  function reindex(): Promise<void> {
    const { roots, maxFileBytes, seedFile } = corpusRoots();
    const cacheFile = snapshotFileIn(storageDir, { roots, maxFileBytes });
    removeOldCaches(storageDir, cacheFile);
    return corpus.rebuild({ roots, maxFileBytes, cacheFile, seedFile }, true).then(() => {
      // Skipped files: each named in the log, and one message per distinct set (not one per file).
      const skipped = corpus.report?.skipped ?? [];
      for (const k of skipped) log(`skipped ${k.path}: ${k.reason}`);
      for (const w of corpus.report?.warnings ?? []) log(w);
      const key = skipped.map((k) => k.path).join('\n');
      if (skipped.length && key !== warnedSkipped) {
        warnedSkipped = key;
        const first = skipped[0];
        void connection.window.showWarningMessage(skipped.length === 1 ? `Dossier skipped ${first.path}: ${first.reason}.` : `Dossier skipped ${skipped.length} corpus files (the first: ${first.path}, ${first.reason}). "Dossier: Show corpus summary" lists them all.`);
      }
    });
  }

  // ---- validation: only the latest version of each document is analysed and published ----
  const queued = new Set<string>();
  /** The cancellation flag of each document's latest analysis: raised when the document changes or closes. */
  const running = new Map<string, { isCancellationRequested: boolean }>();
  function cancel(uri: string): void {
    const t = running.get(uri);
    if (t) t.isCancellationRequested = true;
    running.delete(uri);
  }
  function schedule(uri: string): void {
    if (queued.has(uri)) return;
    queued.add(uri);
    setImmediate(() => {
      queued.delete(uri);
      validate(uri).catch((e) => log(`validation of ${uri} failed: ${(e as Error).stack ?? e}`));
    });
  }
  async function validate(uri: string): Promise<void> {
    await corpus.ready;
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const draft = draftOf(doc);
    // A newer version makes this analysis moot: the rules poll this (once a block) and stop early. A
    // plain flag, set when the document changes or closes, so a poll costs a field read.
    cancel(uri);
    const token = { isCancellationRequested: false };
    running.set(uri, token);
    const findings = analyze(doc.getText(), corpus.index, settingsFor(uri), { draft, cache, token, onError: (rule, e) => log(`rule ${rule} failed on ${uri}: ${(e as Error).stack ?? e}`) });
    if (documents.get(uri)?.version !== version) return; // stale: a newer version is queued
    const lines = (e: { uri: string }) => {
      const d = corpus.index.document(e.uri);
      return d ? corpus.index.lines(d) : undefined;
    };
    connection.sendDiagnostics({ uri, version, diagnostics: findings.map((f) => toDiagnostic(doc, f, lines, originOf(f))) });
  }
  function revalidateAll(): void {
    for (const d of documents.all()) schedule(d.uri);
  }
  function draftOf(doc: TextDocument): Draft {
    const hit = drafts.get(doc.uri);
    if (hit && hit.version === doc.version) return hit.draft;
    const draft = safeReadDraft(doc.getText(), (e) => log(`cannot read ${doc.uri}: ${(e as Error).stack ?? e}`), hit?.draft);
    drafts.set(doc.uri, { version: doc.version, draft });
    return draft;
  }

  /** Runs a request handler; an internal error is logged and answered with null, never a crash. */
  function guard<P, R>(name: string, f: (p: P) => R): (p: P) => R | null {
    return (p: P) => {
      try {
        return f(p);
      } catch (e) {
        log(`${name} failed: ${(e as Error).stack ?? e}`);
        return null;
      }
    };
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    folders = (params.workspaceFolders ?? []).map((f) => fileURLToPath(f.uri));
    if (!folders.length && params.rootUri) folders = [fileURLToPath(params.rootUri)];
    initOptions = (params.initializationOptions as Record<string, unknown>) ?? {};
    if (typeof initOptions.storagePath === 'string') storageDir = initOptions.storagePath;
    trusted = initOptions.trusted !== false;
    canConfigure = !!params.capabilities.workspace?.configuration;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['@', '['], resolveProvider: false },
        definitionProvider: true,
        documentLinkProvider: { resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        executeCommandProvider: { commands: ['dossier.server.reindex', 'dossier.server.corpusSummary'] },
      },
      serverInfo: { name: 'dossier', version: '0.1.0' },
    };
  });

  async function pullSettings(): Promise<void> {
    if (!canConfigure) return;
    try {
      editorSettings = { dossier: await connection.workspace.getConfiguration('dossier') };
    } catch {
      /* keep the previous settings */
    }
  }

  connection.onInitialized(async () => {
    if (canConfigure) connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => undefined);
    await pullSettings();
    void reindex();
  });

  connection.onDidChangeConfiguration(async (change) => {
    const before = JSON.stringify(corpusRoots());
    if (canConfigure) await pullSettings();
    else editorSettings = change.settings ?? {};
    if (JSON.stringify(corpusRoots()) !== before) void reindex();
    else revalidateAll();
  });

  documents.onDidChangeContent((e) => {
    cancel(e.document.uri);
    schedule(e.document.uri);
  });
  documents.onDidClose((e) => {
    cancel(e.document.uri);
    drafts.delete(e.document.uri);
    connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onHover(guard('hover', ({ textDocument, position }) => {
    const doc = documents.get(textDocument.uri);
    if (!doc) return null;
    const h = hover(draftOf(doc), corpus.index, doc.offsetAt(position));
    return h ? toHover(doc, h) : null;
  }));

  connection.onCompletion(guard('completion', ({ textDocument, position }) => {
    const doc = documents.get(textDocument.uri);
    if (!doc) return null;
    const r = complete(draftOf(doc), corpus.index, doc.offsetAt(position));
    return { isIncomplete: r.incomplete, items: r.items.map((c) => toCompletion(doc, c)) };
  }));

  connection.onDefinition(guard('definition', ({ textDocument, position }) => {
    const doc = documents.get(textDocument.uri);
    if (!doc) return null;
    const d = definition(draftOf(doc), corpus.index, doc.offsetAt(position));
    return d ? toLocation(d.doc.uri, corpus.index.lines(d.doc), d.start, d.end) : null;
  }));

  connection.onDocumentLinks(guard('links', ({ textDocument }) => {
    const doc = documents.get(textDocument.uri);
    if (!doc) return null;
    return documentLinks(draftOf(doc), corpus.index).map((l) => ({ range: { start: doc.positionAt(l.start), end: doc.positionAt(l.end) }, target: toUri(l.uri), tooltip: l.tooltip }));
  }));

  connection.onCodeAction(guard('codeaction', ({ textDocument, context }) => {
    const doc = documents.get(textDocument.uri);
    if (!doc) return null;
    const actions: CodeAction[] = [];
    for (const diag of context.diagnostics) {
      if (diag.source !== 'dossier') continue;
      for (const fix of fixesOf(doc, diag)) actions.push(toQuickFix(doc, diag, fix));
      const code = String(diag.code);
      if (code === 'acronym-undefined') {
        const word = doc.getText(diag.range).replace(/['’]?s$/, '');
        actions.push({ title: `Add ${word} to the acronym ignore list`, kind: CodeActionKind.QuickFix, diagnostics: [diag], command: { title: 'Add to acronym ignore list', command: 'dossier.addToIgnoreList', arguments: [word] } });
      }
      actions.push({ ...toQuickFix(doc, diag, disableForLineFix(doc.getText(), code, doc.offsetAt(diag.range.start))), isPreferred: false });
    }
    return actions;
  }));

  connection.onExecuteCommand(async ({ command }) => {
    if (command === 'dossier.server.reindex') await reindex();
    if (command === 'dossier.server.reindex' || command === 'dossier.server.corpusSummary') {
      const summary = corpusSummary(corpus.index, corpus.report);
      return { summary, markdown: summaryMarkdown(summary) };
    }
    return null;
  });

  connection.onShutdown(() => corpus.dispose());
  documents.listen(connection);
  connection.listen();
}

/** stdout carries the protocol: console output goes to the client's log instead (as the library does
 * when it opens the stdio transport itself). */
function redirectConsole(connection: Connection): void {
  const text = (args: unknown[]) => args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' ');
  console.log = console.info = (...a: unknown[]) => connection.console.log(text(a));
  console.debug = (...a: unknown[]) => connection.console.log(text(a));
  console.warn = (...a: unknown[]) => connection.console.warn(text(a));
  console.error = console.trace = (...a: unknown[]) => connection.console.error(text(a));
  console.dir = (a: unknown) => connection.console.log(inspect(a));
}
