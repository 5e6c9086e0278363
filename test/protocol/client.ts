// A small LSP client for protocol tests: starts dist/server.js over stdio and speaks to it like an editor.
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { ROOT } from '../helpers';

export interface Diag {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  code: string;
  message: string;
  severity: number;
  data?: unknown;
  relatedInformation?: { location: { uri: string }; message: string }[];
}

export class TestClient {
  readonly conn: MessageConnection;
  private readonly diags = new Map<string, { version?: number; items: Diag[] }>();
  private waiters: (() => void)[] = [];
  private versions = new Map<string, number>();
  ready = false;
  stderr = '';

  private constructor(readonly child: ChildProcess) {
    this.conn = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    child.stderr!.on('data', (d) => (this.stderr += d));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: Diag[] }) => {
      this.diags.set(p.uri, { version: p.version, items: p.diagnostics });
      this.wake();
    });
    this.conn.onNotification('dossier/status', (s: { state: string }) => {
      this.ready = s.state === 'ready';
      this.wake();
    });
    this.conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.settings));
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onNotification(() => undefined);
    this.conn.listen();
  }

  settings: unknown = {};

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  /** Resolves when `test` holds, re-checking on every message; rejects after `ms`. */
  async until<T>(test: () => T | undefined | false, ms = 20000, what = 'condition'): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const v = test();
      if (v) return v;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${this.stderr.slice(-2000)}`);
      await new Promise<void>((r) => {
        this.waiters.push(r);
        setTimeout(r, 50);
      });
    }
  }

  static async start(workspace: string, opts: { initializationOptions?: unknown; settings?: unknown } = {}): Promise<TestClient> {
    const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const c = new TestClient(child);
    c.settings = opts.settings ?? {};
    const uri = pathToFileURL(workspace).href;
    await c.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uri,
      workspaceFolders: [{ uri, name: 'ws' }],
      initializationOptions: opts.initializationOptions ?? {},
      capabilities: { workspace: { configuration: true }, window: { workDoneProgress: true }, textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true } } },
    });
    await c.conn.sendNotification('initialized', {});
    await c.until(() => c.ready, 30000, 'index ready');
    return c;
  }

  open(file: string, text: string): string {
    const uri = pathToFileURL(file).href;
    this.versions.set(uri, 1);
    void this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    return uri;
  }

  change(uri: string, text: string): number {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    void this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  /** Diagnostics published for the current version of a document. */
  diagnostics(uri: string, ms = 20000): Promise<Diag[]> {
    return this.until(() => {
      const d = this.diags.get(uri);
      return d && d.version === this.versions.get(uri) ? d.items : undefined;
    }, ms, `diagnostics for ${uri}`);
  }

  /** The latest diagnostics published for a document, whatever the version (re-checks after corpus changes). */
  published(uri: string): Diag[] | undefined {
    return this.diags.get(uri)?.items;
  }

  hover(uri: string, line: number, character: number): Promise<{ contents: { value: string } } | null> {
    return this.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } });
  }

  completion(uri: string, line: number, character: number): Promise<{ items: { label: string; detail?: string; textEdit?: { newText: string } }[] }> {
    return this.conn.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line, character } });
  }

  codeActions(uri: string, diagnostics: Diag[]): Promise<{ title: string; isPreferred?: boolean; edit?: { changes: Record<string, { range: Diag['range']; newText: string }[]> } }[] | null> {
    const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return this.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics } });
  }

  execute<T>(command: string): Promise<T> {
    return this.conn.sendRequest('workspace/executeCommand', { command, arguments: [] });
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 3000))]);
      await this.conn.sendNotification('exit');
    } catch {
      /* already gone */
    }
    setTimeout(() => this.child.kill('SIGKILL'), 1000).unref();
    this.conn.dispose();
  }
}
