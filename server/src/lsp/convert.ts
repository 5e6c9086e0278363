// Core results -> LSP types. The only place that maps engine data to protocol shapes.
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation, type Hover, type CompletionItem, CompletionItemKind, InsertTextFormat, MarkupKind, type Location, type TextEdit as LspTextEdit, type CodeAction, CodeActionKind } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity, Fix, Evidence } from '../core/types';
import type { HoverResult } from '../core/features/hover';
import type { CompletionEntry } from '../core/features/completion';
import { LineIndex } from '../core/text/lines';
import { pathToFileURL } from 'node:url';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const toUri = (pathOrUri: string): string => (/^[a-z][a-z0-9+.-]+:/i.test(pathOrUri) ? pathOrUri : pathToFileURL(pathOrUri).href);

/** What a diagnostic carries for its quick fixes: the fixes and the version they apply to. */
export interface DiagnosticData {
  version: number;
  fixes: Fix[];
}

/**
 * Related information names the source passage by its title: the message already quotes the passage, and
 * a long draft publishes hundreds of diagnostics on every keystroke, so each byte is paid many times.
 * Converted once per evidence list (findings of unchanged blocks keep theirs across versions).
 */
const relatedCache = new WeakMap<Evidence[], DiagnosticRelatedInformation[]>();
function related(evidence: Evidence[], corpusLines: (e: Evidence) => LineIndex | undefined): DiagnosticRelatedInformation[] {
  let out = relatedCache.get(evidence);
  if (!out) {
    out = evidence.map((e) => {
      const lines = corpusLines(e);
      const range = lines ? { start: lines.position(e.start), end: lines.position(e.end) } : { start: { line: e.line, character: 0 }, end: { line: e.line, character: 0 } };
      return { location: { uri: toUri(e.uri), range }, message: e.title };
    });
    relatedCache.set(evidence, out);
  }
  return out;
}

export function toDiagnostic(doc: TextDocument, f: Finding, corpusLines: (e: Evidence) => LineIndex | undefined): Diagnostic {
  return {
    range: { start: doc.positionAt(f.start), end: doc.positionAt(f.end) },
    severity: SEVERITY[f.severity],
    source: 'dossier',
    code: f.code,
    message: f.message,
    relatedInformation: related(f.evidence, corpusLines),
    data: { version: doc.version, fixes: f.fixes } satisfies DiagnosticData,
  };
}

export function toHover(doc: TextDocument, h: HoverResult): Hover {
  return { contents: { kind: MarkupKind.Markdown, value: h.markdown }, range: { start: doc.positionAt(h.start), end: doc.positionAt(h.end) } };
}

const KIND: Record<CompletionEntry['kind'], CompletionItemKind> = {
  citation: CompletionItemKind.Reference,
  acronym: CompletionItemKind.Constant,
  name: CompletionItemKind.Text,
  snippet: CompletionItemKind.Snippet,
};

export function toCompletion(doc: TextDocument, c: CompletionEntry): CompletionItem {
  const range = { start: doc.positionAt(c.start), end: doc.positionAt(c.end) };
  return {
    label: c.label,
    kind: KIND[c.kind],
    detail: c.detail,
    documentation: c.documentation ? { kind: MarkupKind.Markdown, value: c.documentation } : undefined,
    textEdit: { range, newText: c.insertText },
    insertTextFormat: c.kind === 'snippet' ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    filterText: c.filterText,
    sortText: c.sortText,
  };
}

export function toEdits(doc: TextDocument, fix: Fix): LspTextEdit[] {
  return fix.edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText }));
}

export function toQuickFix(doc: TextDocument, diagnostic: Diagnostic, fix: Fix): CodeAction {
  return { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: fix.preferred, edit: { changes: { [doc.uri]: toEdits(doc, fix) } } };
}

export function toLocation(uri: string, lines: LineIndex, start: number, end: number): Location {
  return { uri: toUri(uri), range: { start: lines.position(start), end: lines.position(end) } };
}
