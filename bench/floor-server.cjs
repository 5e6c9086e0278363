// The LSP floor: a server that publishes an empty diagnostic list on every change, with the same
// library and transport as Dossier. Keystroke latency is reported as a ratio to this.
const { createConnection, TextDocuments, TextDocumentSyncKind } = require('vscode-languageserver/node');
const { TextDocument } = require('vscode-languageserver-textdocument');
const connection = createConnection();
const documents = new TextDocuments(TextDocument);
connection.onInitialize(() => ({ capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental } }));
documents.onDidChangeContent((e) => connection.sendDiagnostics({ uri: e.document.uri, version: e.document.version, diagnostics: [] }));
documents.listen(connection);
connection.listen();
