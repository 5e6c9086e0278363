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

/**
 * What a diagnostic carries for its quick fixes: the fixes, with offsets relative to the start of the
 * diagnostic's range, and a guard: the span they were made for (relative too) and a hash of its text. A
 * fix applies while that text is unchanged, whatever the document's version, so a quick fix still works
 * after an edit elsewhere in the draft, and a diagnostic's data does not change when an edit before it
 * moves it.
 */
export interface DiagnosticData {
  guard: [from: number, to: number, hash: string];
  fixes: WireFix[];
}
/** A fix in `data`, as compact as it stays legible: title, whether preferred (1 or 0), then each edit as
 * start, end, new text (a long draft publishes a hundred and more fixes on every keystroke). */
export type WireFix = [title: string, preferred: 0 | 1, ...edits: (number | string)[]];

/** A diagnostic's JSON less its range (`"severity":…,"data":…}`, non-ASCII escaped, as bytes): kept on
 * the object under a symbol, which JSON.stringify skips, for the stdio encoder (lsp/wire.ts). */
export const SERIALISED = Symbol('dossier.serialised');
export type WireDiagnostic = Diagnostic & { [SERIALISED]?: Buffer };

/** FNV-1a over UTF-16 code units, in base 36: a guard against applying a fix to other text. */
export function textHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** JSON with every non-ASCII code unit escaped: a one-byte string, which V8 encodes to UTF-8 as a copy. */
export function asciiJson(json: string): string {
  return /[^\x00-\x7f]/.test(json) ? json.replace(/[^\x00-\x7f]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')) : json;
}

function dataOf(text: string, f: Finding): DiagnosticData {
  let from = f.start;
  let to = f.end;
  for (const fix of f.fixes) for (const e of fix.edits) {
    if (e.start < from) from = e.start;
    if (e.end > to) to = e.end;
  }
  const fixes = f.fixes.map((x): WireFix => [x.title, x.preferred ? 1 : 0, ...x.edits.flatMap((e) => [e.start - f.start, e.end - f.start, e.newText])]);
  return { guard: [from - f.start, to - f.start, textHash(text.slice(from, to))], fixes };
}

/** The fixes of a diagnostic this server published, in offsets of the document as it is now; none when
 * the text they were made for has changed since. */
export function fixesOf(doc: TextDocument, diag: Diagnostic): Fix[] {
  const data = diag.data as Partial<DiagnosticData> | undefined;
  if (!data || !Array.isArray(data.guard) || !Array.isArray(data.fixes)) return [];
  const [from, to, hash] = data.guard;
  const base = doc.offsetAt(diag.range.start);
  if (base + from < 0 || textHash(doc.getText().slice(base + from, base + to)) !== hash) return [];
  const out: Fix[] = [];
  for (const x of data.fixes) {
    if (!Array.isArray(x) || typeof x[0] !== 'string' || (x.length - 2) % 3 !== 0) continue;
    const edits: Fix['edits'] = [];
    for (let i = 2; i < x.length; i += 3) {
      const [start, end, newText] = [x[i], x[i + 1], x[i + 2]];
      if (typeof start !== 'number' || typeof end !== 'number' || typeof newText !== 'string') return [];
      edits.push({ start: start + base, end: end + base, newText });
    }
    out.push({ title: x[0], edits, ...(x[1] ? { preferred: true } : {}) });
  }
  return out;
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

type Rest = Omit<Diagnostic, 'range'>;
/** Per finding origin (core/analyze.ts): everything but the range, and its JSON. A finding of a block
 * that did not change differs from the last one only in position, so a keystroke on a long draft
 * converts and serialises the findings of the blocks it touched, not all of them. */
const restCache = new WeakMap<object, { rest: Rest; json: Buffer }>();

/** `origin`: the finding's origin (core/analyze.ts originOf), when it has one. */
export function toDiagnostic(doc: TextDocument, f: Finding, corpusLines: (e: Evidence) => LineIndex | undefined, origin?: object): WireDiagnostic {
  let hit = origin ? restCache.get(origin) : undefined;
  if (!hit) {
    // Both optional in LSP: a diagnostic with no source passage or no fix carries neither (a long draft
    // publishes hundreds of such, dates and keys, on every keystroke).
    const rest: Rest = {
      severity: SEVERITY[f.severity],
      source: 'dossier',
      code: f.code,
      message: f.message,
      ...(f.evidence.length ? { relatedInformation: related(f.evidence, corpusLines) } : {}),
      ...(f.fixes.length ? { data: dataOf(doc.getText(), f) satisfies DiagnosticData } : {}),
    };
    hit = { rest, json: Buffer.from(asciiJson(JSON.stringify(rest).slice(1)), 'latin1') };
    if (origin) restCache.set(origin, hit);
  }
  return { range: { start: doc.positionAt(f.start), end: doc.positionAt(f.end) }, ...hit.rest, [SERIALISED]: hit.json };
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
