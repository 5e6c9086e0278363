// Markdown -> prose blocks with exact offsets.
//
// @lezer/markdown (with GFM) parses the document; each prose block (paragraph, heading, table cell) is
// copied with everything that is not prose (markup marks, inline code, HTML, URLs, images) replaced by
// spaces, so the masked text has the same length as the source slice and every offset found in it is an
// offset into the document. Front matter (YAML between `---` lines at the very top) is blanked before
// parsing and reported separately. Plain-text corpus files use parsePlainText: one block a non-empty line.
import { parser as baseParser, GFM } from '@lezer/markdown';
import { readMarkdownBlocks } from './blocks';
import { TextMemo } from './memo';
import { TreeFragment, type SyntaxNodeRef, type SyntaxNode, type Tree } from '@lezer/common';

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
  /** The same object for blocks of the same kind and source text (while memoised): lets later stages
   * keep what they derived from a block across versions without hashing its text again. */
  id?: object;
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

/** What a prose block contributes, relative to its start: memoised by block kind and source text. */
interface BlockParts {
  text: string;
  links: Span[];
  comments: Comment[];
  nonProse: Span[];
}
const blockMemo = new TextMemo<BlockParts>();

/** The parse of one version of a document, kept so that the next version parses incrementally. */
export interface ParseState {
  source: string;
  /** Absent when the document could not be parsed by @lezer/markdown (the next parse starts afresh). */
  tree?: Tree;
  /** This version's prose blocks with their parts (for the next version to reuse). */
  read?: { block: ProseBlock; name: string; parts: BlockParts }[];
}

/** Where a version differs from the previous one: the lengths of the unchanged prefix and suffix. */
export interface TextChange {
  prefix: number;
  suffix: number;
}

/** The common prefix and suffix of two versions (the suffix never overlaps the prefix). Compares
 * 4,096-character slices natively first, then characters: a keystroke in a long draft costs microseconds. */
export function diffEnds(a: string, b: string): TextChange {
  const max = Math.min(a.length, b.length);
  const CHUNK = 4096;
  let prefix = 0;
  while (prefix + CHUNK <= max && a.slice(prefix, prefix + CHUNK) === b.slice(prefix, prefix + CHUNK)) prefix += CHUNK;
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  const room = max - prefix;
  while (suffix + CHUNK <= room && a.slice(a.length - suffix - CHUNK, a.length - suffix) === b.slice(b.length - suffix - CHUNK, b.length - suffix)) suffix += CHUNK;
  while (suffix < room && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  return { prefix, suffix };
}

/** Reads a block's prose from its syntax node: masks what is not prose, collects links and comments. */
function readBlock(source: string, node: SyntaxNode): BlockParts {
  const from = node.from;
  const chars = source.slice(from, node.to).split(''); // UTF-16 code units: indexes stay offsets
  const parts: BlockParts = { text: '', links: [], comments: [], nonProse: [] };
  const mask = (a: number, b: number) => {
    for (let i = Math.max(a, from); i < Math.min(b, node.to); i++) if (chars[i - from] !== '\n' && chars[i - from] !== '\r') chars[i - from] = ' ';
  };
  const rel = (a: number, b: number): Span => ({ start: a - from, end: b - from });
  node.toTree().iterate({
    from: 0,
    enter(n: SyntaxNodeRef) {
      if (n.from === 0 && n.to === node.to - from && n.name === node.name) return true;
      const name = n.name;
      const a = n.from + from;
      const b = n.to + from;
      if (name === 'Comment') parts.comments.push({ ...commentOf(source, a, b), start: a - from, end: b - from });
      if (name === 'InlineCode' || name === 'HTMLTag' || name === 'Comment') parts.nonProse.push(rel(a, b));
      // An inline link with a destination, an autolink or a bare URL is a source for a claim.
      if ((name === 'Link' && n.node.getChild('URL')) || name === 'Autolink' || (name === 'URL' && n.node.parent?.name === node.name)) parts.links.push(rel(a, b));
      if (name === 'Escape') {
        mask(a, a + 1);
        return false;
      }
      if (MASKED.has(name)) {
        mask(a, b);
        return false;
      }
      return true;
    },
  });
  parts.text = chars.join('');
  return parts;
}

/**
 * Parses Markdown. With the previous version's state, only the changed region is re-parsed (lezer
 * reuses the rest of the tree) and unchanged blocks are read from the memo.
 */
export function parseMarkdown(text: string, previous?: ParseState): MarkdownModel & { state: ParseState; change?: TextChange } {
  try {
    return parseWithLezer(text, previous);
  } catch {
    // @lezer/markdown recurses on nesting: thousands of nested emphasis marks or brackets overflow the
    // stack. Such a document is still read, by the line-based reader (no incremental state kept).
    return { ...readMarkdownBlocks(text), state: { source: '', tree: undefined } };
  }
}

function parseWithLezer(text: string, previous?: ParseState): MarkdownModel & { state: ParseState; change?: TextChange } {
  const frontMatter = findFrontMatter(text);
  const source = frontMatter ? blank(text, 0, frontMatter.end) + text.slice(frontMatter.end) : text;
  let tree: Tree;
  let change: TextChange | undefined;
  if (previous?.tree && previous.source !== source) {
    const a = previous.source;
    change = diffEnds(a, source);
    // Widen the damaged region to the blank lines around it: @lezer/markdown would otherwise reuse the
    // block that follows the edit even when the edit makes the previous line continue into it (lazy
    // continuation), or a setext underline re-interprets the line before (found by the fuzz tests).
    const pre = Math.max(source.lastIndexOf('\n\n', change.prefix), 0);
    let after = source.indexOf('\n\n', source.length - change.suffix);
    if (after < 0) after = source.length;
    const suf = Math.max(0, Math.min(change.suffix, source.length - after));
    const fragments = TreeFragment.applyChanges(TreeFragment.addTree(previous.tree), [{ fromA: pre, toA: a.length - suf, fromB: pre, toB: source.length - suf }]);
    tree = parser.parse(source, fragments);
  } else {
    tree = previous?.tree ?? parser.parse(source);
    if (previous?.tree) change = { prefix: source.length, suffix: 0 };
  }

  // A block whose source lies wholly in the unchanged prefix or suffix, with the same node type and
  // length as a block of the previous version at the corresponding offset, has the same parts: they are
  // taken from the previous version (no slicing or hashing of the block's text). Others go through the memo.
  const prev = change && previous?.read ? previous.read : undefined;
  const delta = previous ? source.length - previous.source.length : 0;
  const suffixFrom = change ? source.length - change.suffix : Infinity;
  let cursor = 0;
  const reuse = (name: string, from: number, to: number): { block?: ProseBlock; parts: BlockParts } | undefined => {
    if (!prev || !change) return undefined;
    let want: number;
    if (to <= change.prefix) want = from;
    else if (from >= suffixFrom) want = from - delta;
    else return undefined;
    while (cursor < prev.length && prev[cursor].block.start < want) cursor++;
    const p = prev[cursor];
    if (!p || p.block.start !== want || p.name !== name || p.block.end - p.block.start !== to - from) return undefined;
    return { block: want === from ? p.block : undefined, parts: p.parts };
  };

  const blocks: ProseBlock[] = [];
  const read: NonNullable<ParseState['read']> = [];
  const comments: Comment[] = [];
  const nonProse: Span[] = frontMatter ? [{ start: 0, end: frontMatter.end }] : [];
  tree.iterate({
    enter(node: SyntaxNodeRef) {
      const name = node.name;
      if (NON_PROSE_BLOCKS.has(name)) {
        nonProse.push({ start: node.from, end: node.to });
        if (name === 'CommentBlock') comments.push(commentOf(source, node.from, node.to));
        return false;
      }
      const kind: BlockKind | undefined = name === 'Paragraph' ? 'paragraph' : name === 'TableCell' ? 'cell' : HEADINGS.test(name) ? 'heading' : undefined;
      if (!kind) return true;
      const at = node.from;
      const same = reuse(name, node.from, node.to);
      const parts = same?.parts ?? blockMemo.get(`${name}\u0000${source.slice(node.from, node.to)}`, () => readBlock(source, node.node));
      const shift = (x: Span) => ({ start: x.start + at, end: x.end + at });
      const block = same?.block ?? { kind, start: node.from, end: node.to, text: parts.text, links: parts.links.map(shift), id: parts };
      blocks.push(block);
      read.push({ block, name, parts });
      for (const c of parts.comments) comments.push({ ...c, start: c.start + at, end: c.end + at });
      for (const x of parts.nonProse) nonProse.push(shift(x));
      return false;
    },
  });
  return { blocks, comments, frontMatter, nonProse, state: { source, tree, read }, change };
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

/** Reads a corpus document by its file name: Markdown for .md/.markdown (the fast block reader), plain lines otherwise. */
export function parseByName(name: string, text: string): MarkdownModel {
  return /\.(md|markdown)$/i.test(name) ? readMarkdownBlocks(text) : parsePlainText(text);
}
