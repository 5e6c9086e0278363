// Code actions beyond a finding's own fixes: disable the rule for the line (a suppression comment above
// it, indented like it), and, for acronyms, add the acronym to the ignore list (done by the editor).
import type { Fix } from '../types';
import { LineIndex } from '../text/lines';

export function disableForLineFix(text: string, code: string, offset: number): Fix {
  const lines = new LineIndex(text);
  const line = lines.lineAt(offset);
  const start = lines.lineStart(line);
  const indent = /^[ \t]*(?:>[ \t]*)*/.exec(text.slice(start, lines.lineEnd(line)))![0];
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return { title: `Disable ${code} for this line`, edits: [{ start, end: start, newText: `${indent}<!-- dossier-disable-next-line ${code} -->${eol}` }] };
}
