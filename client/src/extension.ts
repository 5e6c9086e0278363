// The VS Code side: starts the language server in its own process and adds commands and a status item.
// Everything about writing and sources happens in the server.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions, RevealOutputChannelOn } from 'vscode-languageclient/node';

interface Summary {
  documents: { key: string; title: string; date?: string }[];
  totals: { documents: number; acronyms: number; definitions: number; events: number; names: number };
}

let client: LanguageClient | undefined;
let status: vscode.StatusBarItem;

function makeClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    synchronize: { configurationSection: 'dossier' },
    initializationOptions: {
      storagePath: context.globalStorageUri.fsPath,
      trusted: vscode.workspace.isTrusted,
      bundledCorpus: context.asAbsolutePath('corpus'),
    },
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    // The default handler restarts a crashed server up to 4 times in 3 minutes, then stops with a message.
    connectionOptions: { maxRestartCount: 4 },
  };
  const c = new LanguageClient('dossier', 'Dossier', serverOptions, clientOptions);
  c.onNotification('dossier/status', (s: { state: string; documents: number; processed: number }) => {
    status.text = s.state === 'indexing' ? `$(sync~spin) Dossier: indexing ${s.processed}` : `$(book) Dossier: ${s.documents} sources`;
    status.tooltip = s.state === 'indexing' ? 'Dossier is indexing the corpus' : 'Dossier corpus: click for the summary';
    status.show();
  });
  return c;
}

async function summary(): Promise<{ summary: Summary; markdown: string } | undefined> {
  if (!client) return undefined;
  return client.sendRequest('workspace/executeCommand', { command: 'dossier.server.corpusSummary', arguments: [] });
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Dossier', { log: true });
  status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 100);
  status.command = 'dossier.showCorpusSummary';
  status.text = '$(book) Dossier';
  context.subscriptions.push(output, status);
  client = makeClient(context, output);

  context.subscriptions.push(
    vscode.commands.registerCommand('dossier.reindex', async () => {
      await client?.sendRequest('workspace/executeCommand', { command: 'dossier.server.reindex', arguments: [] });
    }),
    vscode.commands.registerCommand('dossier.showCorpusSummary', async () => {
      const s = await summary();
      if (!s) return;
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: s.markdown });
      await vscode.window.showTextDocument(doc, { preview: true });
    }),
    vscode.commands.registerCommand('dossier.insertCitation', async () => {
      const editor = vscode.window.activeTextEditor;
      const s = await summary();
      if (!editor || !s) return;
      const pick = await vscode.window.showQuickPick(
        s.summary.documents.map((d) => ({ label: d.title, description: d.key, detail: d.date })),
        { placeHolder: 'Cite a source', matchOnDescription: true },
      );
      if (pick) await editor.insertSnippet(new vscode.SnippetString(`[@${pick.description}]`));
    }),
    vscode.commands.registerCommand('dossier.addToIgnoreList', async (acronym: string) => {
      const config = vscode.workspace.getConfiguration('dossier');
      const list = config.get<string[]>('acronyms.ignore') ?? [];
      if (!list.includes(acronym)) await config.update('acronyms.ignore', [...list, acronym], vscode.ConfigurationTarget.Workspace);
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(async () => {
      await client?.stop();
      client = makeClient(context, output);
      await client.start();
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
