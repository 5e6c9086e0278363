// The LSP floor: a server that publishes an empty diagnostic list on every change, with the same
// library and transport as Dossier. Keystroke latency is reported as a ratio to this.
// With DOSSIER_FLOOR_PAYLOAD=file.json (a list of diagnostics) it publishes that list instead: the cost
// of delivering Dossier's diagnostics alone, without computing them.
const { createConnection, TextDocuments, TextDocumentSyncKind } = require('vscode-languageserver/node');
const { TextDocument } = require('vscode-languageserver-textdocument');
const connection = createConnection();
const documents = new TextDocuments(TextDocument);
connection.onInitialize(() => ({ capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental } }));
const payload = process.env.DOSSIER_FLOOR_PAYLOAD ? JSON.parse(require('node:fs').readFileSync(process.env.DOSSIER_FLOOR_PAYLOAD, 'utf8')) : [];
documents.onDidChangeContent((e) => connection.sendDiagnostics({ uri: e.document.uri, version: e.document.version, diagnostics: payload }));
documents.listen(connection);
connection.listen();
