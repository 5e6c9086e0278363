// Markdown -> prose blocks with exact offsets.
//
// @lezer/markdown (with GFM) parses the document; each prose block (paragraph, heading, table cell) is
// copied with everything that is not prose (markup marks, inline code, HTML, URLs, images) replaced by
// spaces, so the masked text has the same length as the source slice and every offset found in it is an
// offset into the document. Front matter (YAML between `---` lines at the very top) is blanked before
// parsing and reported separately. Plain-text corpus files use parsePlainText: one block a non-empty line.
import { parser as baseParser, GFM } from '@lezer/markdown';
import type { SyntaxNodeRef } from '@lezer/common';

export interface Span {
  start: number;
  end: number;
}

export type BlockKind = 'paragraph' | 'heading' | 'cell' | 'line';

export interface ProseBlock {
  kind: BlockKind;
  start: number;
  end: number;
  /** The block's source with non-prose characters replaced by spaces (same length as the source slice). */
  text: string;
  /** Inline links and autolinks inside the block (count as a source for a claim). */
  links: Span[];
}

export interface Comment extends Span {
  /** The comment's inner text, trimmed. */
  body: string;
}

export interface MarkdownModel {
  blocks: ProseBlock[];
  comments: Comment[];
  frontMatter?: Span & { yaml: string };
  /** Spans that are not prose: code, HTML, front matter. Used to keep completions out of them. */
  nonProse: Span[];
}

const parser = baseParser.configure(GFM);

/** Nodes whose characters are not prose inside a prose block. */
const MASKED = new Set([
  'EmphasisMark', 'HeaderMark', 'CodeMark', 'InlineCode', 'HTMLTag', 'Comment', 'URL', 'LinkMark',
  'LinkTitle', 'LinkLabel', 'Image', 'QuoteMark', 'ListMark', 'StrikethroughMark', 'ProcessingInstruction',
  'Autolink', 'TableDelimiter', 'TaskMarker', 'Entity',
]);
const NON_PROSE_BLOCKS = new Set(['FencedCode', 'CodeBlock', 'HTMLBlock', 'CommentBlock', 'ProcessingInstructionBlock', 'LinkReference']);
const HEADINGS = /^(ATXHeading[1-6]|SetextHeading[12])$/;

/** Finds YAML front matter at the very top: `---` line, content, `---` or `...` line. */
export function findFrontMatter(text: string): (Span & { yaml: string }) | undefined {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.startsWith('---', bom)) return undefined;
  let i = bom + 3;
  while (text[i] === ' ' || text[i] === '\t') i++;
  if (text[i] === '\r') i++;
  if (text[i] !== '\n') return undefined;
  const bodyStart = i + 1;
  let lineStart = bodyStart;
  // Bound the search so a missing closing line in a huge file costs one linear scan, no more.
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    if (line === '---' || line === '...') {
      return { start: 0, end: lineEnd, yaml: text.slice(bodyStart, lineStart) };
    }
    lineStart = lineEnd + 1;
  }
  return undefined;
}

function blank(text: string, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) {
    const c = text[i];
    out += c === '\n' || c === '\r' ? c : ' ';
  }
  return out;
}

export function parseMarkdown(text: string): MarkdownModel {
  const frontMatter = findFrontMatter(text);
  const source = frontMatter ? blank(text, 0, frontMatter.end) + text.slice(frontMatter.end) : text;
  const tree = parser.parse(source);
  const blocks: ProseBlock[] = [];
  const comments: Comment[] = [];
  const nonProse: Span[] = frontMatter ? [{ start: 0, end: frontMatter.end }] : [];

  let current: { kind: BlockKind; start: number; end: number; chars: string[]; links: Span[] } | undefined;
  const maskRange = (from: number, to: number) => {
    if (!current) return;
    for (let i = Math.max(from, current.start); i < Math.min(to, current.end); i++) {
      const c = current.chars[i - current.start];
      if (c !== '\n' && c !== '\r') current.chars[i - current.start] = ' ';
    }
  };

  tree.iterate({
    enter(node: SyntaxNodeRef) {
      const name = node.name;
      if (NON_PROSE_BLOCKS.has(name)) {
        nonProse.push({ start: node.from, end: node.to });
        if (name === 'CommentBlock') comments.push(commentOf(source, node.from, node.to));
        return false;
      }
      if (current) {
        if (name === 'Comment') comments.push(commentOf(source, node.from, node.to));
        if (name === 'InlineCode' || name === 'HTMLTag' || name === 'Comment') nonProse.push({ start: node.from, end: node.to });
        if (name === 'Link' || name === 'Autolink' || (name === 'URL' && node.node.parent?.name === 'Paragraph')) {
          // An inline link with a destination, an autolink or a bare URL is a source for a claim.
          if (name !== 'Link' || node.node.getChild('URL')) current.links.push({ start: node.from, end: node.to });
        }
        if (name === 'Escape') {
          maskRange(node.from, node.from + 1);
          return false;
        }
        if (MASKED.has(name)) {
          maskRange(node.from, node.to);
          return false;
        }
        return true;
      }
      let kind: BlockKind | undefined;
      if (name === 'Paragraph') kind = 'paragraph';
      else if (HEADINGS.test(name)) kind = 'heading';
      else if (name === 'TableCell') kind = 'cell';
      if (kind) {
        // split('') gives UTF-16 code units, so indexes stay document offsets (astral characters included).
        current = { kind, start: node.from, end: node.to, chars: source.slice(node.from, node.to).split(''), links: [] };
      }
      return true;
    },
    leave(node: SyntaxNodeRef) {
      if (current && node.from === current.start && node.to === current.end && (node.name === 'Paragraph' || node.name === 'TableCell' || HEADINGS.test(node.name))) {
        blocks.push({ kind: current.kind, start: current.start, end: current.end, text: current.chars.join(''), links: current.links });
        current = undefined;
      }
    },
  });
  blocks.sort((a, b) => a.start - b.start);
  return { blocks, comments, frontMatter, nonProse };
}

function commentOf(text: string, from: number, to: number): Comment {
  const raw = text.slice(from, to);
  const body = raw.replace(/^<!--/, '').replace(/-->\s*$/, '').trim();
  return { start: from, end: to, body };
}

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>()]+/g;
const BULLET_RE = /^[ \t]*(?:[•·▪◦‣*+-]|\d{1,3}[.)])[ \t]+/;

/** Plain text: each non-empty line is a block; a leading `#` makes it a heading. Bullets and URLs are masked. */
export function parsePlainText(text: string): MarkdownModel {
  const frontMatter = findFrontMatter(text);
  const blocks: ProseBlock[] = [];
  let pos = frontMatter ? frontMatter.end : 0;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    let lineEnd = end;
    if (lineEnd > pos && text[lineEnd - 1] === '\r') lineEnd--;
    let line = text.slice(pos, lineEnd);
    if (line.trim()) {
      let kind: BlockKind = 'line';
      const heading = /^[ \t]*#{1,6}[ \t]+/.exec(line);
      const bullet = heading ? null : BULLET_RE.exec(line);
      const mark = heading ?? bullet;
      if (heading) kind = 'heading';
      if (mark) line = ' '.repeat(mark[0].length) + line.slice(mark[0].length);
      const links: Span[] = [];
      // Plain-text sources often carry Markdown inline marks: mask emphasis runs and link destinations.
      line = line.replace(/\*{1,3}|_{2,3}/g, (m) => ' '.repeat(m.length));
      line = line.replace(/\]\([^)\s]{0,500}\)/g, (m, at: number) => {
        links.push({ start: pos + at, end: pos + at + m.length });
        return ' '.repeat(m.length);
      });
      line = line.replace(URL_RE, (m, at: number) => {
        links.push({ start: pos + at, end: pos + at + m.length });
        return ' '.repeat(m.length);
      });
      blocks.push({ kind, start: pos, end: lineEnd, text: line, links });
    }
    pos = end + 1;
  }
  return { blocks, comments: [], frontMatter, nonProse: frontMatter ? [{ start: 0, end: frontMatter.end }] : [] };
}

/** Chooses the reader by file name: Markdown for .md/.markdown, plain lines otherwise. */
export function parseByName(name: string, text: string): MarkdownModel {
  return /\.(md|markdown)$/i.test(name) ? parseMarkdown(text) : parsePlainText(text);
}
