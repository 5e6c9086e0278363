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
const blockMemo = new TextMemo<BlockParts>(1000, 1_000_000);

/** The parse of one version of a document, kept so that the next version parses incrementally. */
export interface ParseState {
  source: string;
  /** Absent when the document could not be parsed by @lezer/markdown (the next parse starts afresh). */
  tree?: Tree;
  /** This version's prose blocks with their parts (for the next version to reuse). */
  read?: { block: ProseBlock; name: string; parts: BlockParts }[];
  /** When typing changed the document since `tree` was parsed (without a re-parse): the tree's fragments
   * with every change since applied, valid for `source`. */
  fragments?: readonly TreeFragment[];
  /** This version's model (for the typing fast path). */
  model?: MarkdownModel;
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
      // A footnote reference ("[^1]") is a mark, not words: a sentence ending "Paris.[^1]" ends there.
      if (name === 'Link' && source.startsWith('[^', a) && !n.node.getChild('URL') && b - a <= 82 && source[b - 1] === ']') {
        mask(a, b);
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

/** A footnote's label ("[^1]", "[^note-3]"), as a regex source. */
export const FOOTNOTE_LABEL = String.raw`\[\^[^\]\s]{1,80}\]`;
/** A word written as citation keys are, in parts joined by hyphens ("cgpp-brief-25"), as a regex source. */
export const KEY_WORD = String.raw`[a-z][a-z0-9_]*(?:-[a-z0-9_]+)+`;
/** A footnote's definition read as a link reference definition whose destination is a citation ("[^1]:
 * [@ledger-2022]") or a word written as keys are ("[^3]: cgpp-brief-25"). */
const FOOTNOTE_CITATION = new RegExp(String.raw`^${FOOTNOTE_LABEL}:[ \t]*(?:\[?@|${KEY_WORD}[.;,]?\s*$)`);
const FOOTNOTE_LABEL_AT_START = new RegExp(`^${FOOTNOTE_LABEL}`);
/** A footnote's definition read as a link reference definition: its text, with its label ("[^1]") masked
 * as a footnote reference is. */
function readFootnote(source: string, from: number, to: number): BlockParts {
  const text = source.slice(from, to);
  const label = FOOTNOTE_LABEL_AT_START.exec(text)?.[0].length ?? 0;
  return { text: ' '.repeat(label) + text.slice(label), links: [], comments: [], nonProse: [] };
}

/**
 * Parses Markdown. With the previous version's state, only the changed region is re-parsed (lezer
 * reuses the rest of the tree) and unchanged blocks are read from the memo. `edited`: when the edit was
 * typing inside one block's prose, that block's index; every other block holds the previous parse's
 * content (moved by the edit when after it).
 */
export function parseMarkdown(text: string, previous?: ParseState): MarkdownModel & { state: ParseState; change?: TextChange; edited?: number } {
  try {
    return typed(text, previous) ?? parseWithLezer(text, previous);
  } catch {
    // @lezer/markdown recurses on nesting: thousands of nested emphasis marks or brackets overflow the
    // stack. Such a document is still read, by the line-based reader (no incremental state kept).
    return { ...readMarkdownBlocks(text), state: { source: '', tree: undefined } };
  }
}

/** Whether the line ending nearest `pos` is CRLF (a document's line endings are taken to be alike: a
 * wrong guess only widens the re-parsed region). */
function crlfAt(s: string, pos: number): boolean {
  const nl = s.indexOf('\n', pos);
  const at = nl >= 0 ? nl : s.lastIndexOf('\n', pos);
  return at > 0 && s.charCodeAt(at - 1) === 13;
}

/** Where the nearest blank line at or before `pos` starts; 0 when there is none. */
function blankLineBefore(s: string, pos: number): number {
  return Math.max(s.lastIndexOf(crlfAt(s, pos) ? '\n\r\n' : '\n\n', pos), 0);
}

/**
 * Where the nearest blank line at or after `pos` starts that ends every container: the line after it
 * starts at the margin and is no list item or quote (an indented line or a list marker may continue a list
 * across blank lines, and @lezer/markdown would reuse the old reading of what follows; found by the long
 * fuzz). The end of the text when there is none.
 */
function blankLineAfter(s: string, pos: number): number {
  const sep = crlfAt(s, pos) ? '\n\r\n' : '\n\n';
  for (let at = s.indexOf(sep, pos); at >= 0; at = s.indexOf(sep, at + sep.length)) {
    let next = at + sep.length;
    while (s[next] === '\r' || s[next] === '\n') next++;
    if (next >= s.length) return at;
    if (!CONTINUES.test(s.slice(next, next + 12))) return at;
  }
  return s.length;
}
/** The start of a line that may belong to a container opened above it. */
const CONTINUES = /^(?:[ \t]|[-+*>](?:[ \t\r\n]|$)|\d{1,9}[.)](?:[ \t\r\n]|$))/;

/** The previous version's reusable fragments after a change: the damaged region is widened to the blank
 * lines around it, since @lezer/markdown would otherwise reuse the block that follows the edit even when
 * the edit makes the previous line continue into it (lazy continuation), or a setext underline
 * re-interprets the line before (found by the fuzz tests). */
function refragment(previous: ParseState & { tree: Tree }, source: string, change: TextChange): readonly TreeFragment[] {
  const oldLength = previous.source.length;
  const pre = blankLineBefore(source, change.prefix);
  const after = blankLineAfter(source, source.length - change.suffix);
  const suf = Math.max(0, Math.min(change.suffix, source.length - after));
  return TreeFragment.applyChanges(previous.fragments ?? TreeFragment.addTree(previous.tree), [{ fromA: pre, toA: oldLength - suf, fromB: pre, toB: source.length - suf }]);
}

function parseWithLezer(text: string, previous?: ParseState): MarkdownModel & { state: ParseState; change?: TextChange } {
  const frontMatter = findFrontMatter(text);
  const source = frontMatter ? blank(text, 0, frontMatter.end) + text.slice(frontMatter.end) : text;
  let tree: Tree;
  let change: TextChange | undefined;
  if (previous?.tree && (previous.source !== source || previous.fragments)) {
    change = diffEnds(previous.source, source);
    tree = parser.parse(source, refragment(previous as ParseState & { tree: Tree }, source, change));
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
      // A footnote's definition that holds only a destination-like word ("[^1]: [@ledger-2022]") parses as
      // a link reference definition; it is a footnote, whose text is prose (its key a citation).
      // (Not one whose destination is a URL: "[^1]: https://..." stays a link's.)
      const footnote = name === 'LinkReference' && FOOTNOTE_CITATION.test(source.slice(node.from, Math.min(node.to, node.from + 200)));
      if (NON_PROSE_BLOCKS.has(name) && !footnote) {
        nonProse.push({ start: node.from, end: node.to });
        if (name === 'CommentBlock') comments.push(commentOf(source, node.from, node.to));
        return false;
      }
      // A task list item's text ("- [ ] Book the call for 31 April") is a Task node, not a Paragraph.
      const kind: BlockKind | undefined = name === 'Paragraph' || name === 'Task' || footnote ? 'paragraph' : name === 'TableCell' ? 'cell' : HEADINGS.test(name) ? 'heading' : undefined;
      if (!kind) return true;
      const at = node.from;
      const same = reuse(name, node.from, node.to);
      const parts = same?.parts ?? blockMemo.get(`${name}\u0000${source.slice(node.from, node.to)}`, () => (footnote ? readFootnote(source, node.from, node.to) : readBlock(source, node.node)));
      const shift = (x: Span) => ({ start: x.start + at, end: x.end + at });
      const block = same?.block ?? { kind, start: node.from, end: node.to, text: parts.text, links: parts.links.map(shift), id: parts };
      blocks.push(block);
      read.push({ block, name, parts });
      for (const c of parts.comments) comments.push({ ...c, start: c.start + at, end: c.end + at });
      for (const x of parts.nonProse) nonProse.push(shift(x));
      return false;
    },
  });
  const model: MarkdownModel = { blocks, comments, frontMatter, nonProse };
  return { ...model, state: { source, tree, read, model }, change };
}

// ---- typing: the fast path --------------------------------------------------------------------------

const PLAIN = /^[\p{L}\p{N} ]*$/u;
const WORDY = /[\p{L}\p{N}]/u;
/** Punctuation that may stand next to an edit: it plays no part in inline markup (emphasis delimiters,
 * brackets, backticks, `<`, `!`, `&`, `\\` do, and stop the fast path). */
const SENTENCE_PUNCT = /[.,;?'"’”“‘]/;
/** In a whitespace-delimited run, what letters and digits could turn into markup: autolinks (www., a
 * scheme, an address), entities, escapes. */
const MARKUP_SEEDS = /www\.|:|@|&|\\/i;

/**
 * Letters, digits and spaces typed or deleted inside the prose of one paragraph or heading cannot change
 * the document's structure, if the edit stands between prose characters (a letter or digit on one side;
 * a letter, digit, space or sentence punctuation on the other; never markup), not in a line's first run of characters
 * (list markers, heading marks, setext underlines live there) and not in a run that could become an
 * autolink or entity, and not a space in a block with "](" (a space decides whether "[x](a b)" is a link).
 * Then the block's masked text takes the same edit and nothing is re-parsed; the
 * syntax tree stays as it was (its source is kept, and the next re-parse covers every edit since).
 * Returns undefined whenever any condition fails: the caller parses.
 */
function typed(text: string, previous?: ParseState): (MarkdownModel & { state: ParseState; change: TextChange; edited: number }) | undefined {
  const last = previous?.model;
  const read = previous?.read;
  if (!previous?.tree || !last || !read) return undefined;
  const fm = findFrontMatter(text);
  if (fm?.end !== last.frontMatter?.end) return undefined;
  const source = fm ? blank(text, 0, fm.end) + text.slice(fm.end) : text;
  const old = previous.source;
  if (old === source) return undefined;
  const change = diffEnds(old, source);
  const from = change.prefix;
  const oldEnd = old.length - change.suffix;
  const newEnd = source.length - change.suffix;
  const delta = source.length - old.length;
  if (fm && from <= fm.end + 1) return undefined;
  // The block holding the edit.
  let lo = 0;
  let hi = read.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (read[mid].block.start <= from) lo = mid;
    else hi = mid - 1;
  }
  const hit = read[lo];
  if (!hit || hit.block.start >= from || oldEnd >= hit.block.end || (hit.block.kind !== 'paragraph' && hit.block.kind !== 'heading')) return undefined;
  const { block, parts } = hit;
  const removed = old.slice(from, oldEnd);
  const inserted = source.slice(from, newEnd);
  if (!PLAIN.test(removed) || !PLAIN.test(inserted)) return undefined;
  // Neighbours: letters, digits or spaces, at least one of them a letter or digit, and prose (unmasked).
  const rel = from - block.start;
  const left = old[from - 1];
  const right = old[oldEnd];
  const prose = (c: string | undefined, at: number) => c !== undefined && (c === ' ' || ((WORDY.test(c) || SENTENCE_PUNCT.test(c)) && parts.text[at] === c));
  if (!prose(left, rel - 1) || !prose(right, oldEnd - block.start) || !(WORDY.test(left!) || WORDY.test(right!))) return undefined;
  for (let i = 0; i < removed.length; i++) if (removed[i] !== ' ' && parts.text[rel + i] !== removed[i]) return undefined;
  // Not in the first run of the line's content (where list markers, heading marks, thematic breaks and
  // setext underlines are decided). The masked text blanks container marks ("> ", list markers), so the
  // content of the line starts at its first non-space character there. A paragraph that starts with "["
  // may be a link reference definition; a line with "|" may be part of a table: both are left to the parser.
  const lineStart = Math.max(block.start, source.lastIndexOf('\n', from - 1) + 1);
  if (!/\S\s/.test(parts.text.slice(lineStart - block.start, rel))) return undefined;
  if (source[block.start] === '[') return undefined;
  let lineEnd = source.indexOf('\n', newEnd);
  if (lineEnd < 0) lineEnd = source.length;
  if (source.slice(lineStart, lineEnd).includes('|')) return undefined;
  // A space typed or deleted can make or unmake an inline link: a destination holds no space, so
  // "[text](a b)" is text and "[text](ab)" a link. In a block with "](", such edits are left to the parser.
  if (/\s/.test(removed + inserted) && source.slice(block.start, block.end + delta).includes('](')) return undefined;
  // The runs around the edit must not be able to become an autolink or an entity.
  let a = from;
  while (a > 0 && !/\s/.test(source[a - 1])) a--;
  let b = newEnd;
  while (b < source.length && !/\s/.test(source[b])) b++;
  if (MARKUP_SEEDS.test(source.slice(a, b))) return undefined;

  // Spans after the edit move; a span around it (a link's text) grows or shrinks with it.
  const relEnd = rel + removed.length;
  const moveRel = <T extends Span>(x: T): T => (x.start >= relEnd ? { ...x, start: x.start + delta, end: x.end + delta } : x.end > rel ? { ...x, end: x.end + delta } : x);
  const newParts: BlockParts = {
    text: parts.text.slice(0, rel) + inserted + parts.text.slice(rel + removed.length),
    links: parts.links.map(moveRel),
    comments: parts.comments.map(moveRel),
    nonProse: parts.nonProse.map(moveRel),
  };
  const abs = (x: Span, at: number) => ({ start: x.start + at, end: x.end + at });
  const edited: ProseBlock = { kind: block.kind, start: block.start, end: block.end + delta, text: newParts.text, links: newParts.links.map((x) => abs(x, block.start)), id: newParts };
  const nextRead: NonNullable<ParseState['read']> = [];
  const blocks: ProseBlock[] = [];
  for (let i = 0; i < read.length; i++) {
    const r = read[i];
    let nb: ProseBlock;
    if (i < lo) nb = r.block;
    else if (i === lo) nb = edited;
    else nb = { ...r.block, start: r.block.start + delta, end: r.block.end + delta, links: r.block.links.map((x) => abs(x, delta)) };
    blocks.push(nb);
    nextRead.push({ block: nb, name: r.name, parts: i === lo ? newParts : r.parts });
  }
  const shiftDoc = <T extends Span>(x: T): T => (x.start >= oldEnd ? { ...x, start: x.start + delta, end: x.end + delta } : x.end > from ? { ...x, end: x.end + delta } : x);
  const model: MarkdownModel = { blocks, comments: last.comments.map(shiftDoc), frontMatter: fm, nonProse: last.nonProse.map(shiftDoc) };
  return { ...model, change, edited: lo, state: { source, tree: previous.tree, fragments: refragment(previous as ParseState & { tree: Tree }, source, change), read: nextRead, model } };
}

function commentOf(text: string, from: number, to: number): Comment {
  const raw = text.slice(from, to);
  const body = raw.replace(/^<!--/, '').replace(/-->\s*$/, '').trim();
  return { start: from, end: to, body };
}

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>()]+/g;
const BULLET_RE = /^[ \t]*(?:[•·▪◦‣*+-]|\d{1,3}[.)])[ \t]+/;

/** Plain text: each non-empty line is a block; a leading `#` makes it a heading. Bullets and URLs are masked. */
/**
 * The width a plain-text file is hard-wrapped at, or 0 when it is not hard-wrapped (one paragraph a
 * line, as text copied from a web page usually is). A wrapped file's lines mostly end near one width
 * (72 to 140 characters); its longest lines (the 90th percentile) give that width.
 */
function wrapWidth(text: string, from: number): number {
  const lengths: number[] = [];
  for (let pos = from; pos < text.length; ) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const n = end - pos - (text[end - 1] === '\r' ? 1 : 0);
    if (n > 0) lengths.push(n);
    pos = end + 1;
  }
  if (lengths.length < 4) return 0;
  lengths.sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.9)];
  if (width < 60 || width > 140) return 0;
  // Enough lines run close to that width: a wrapped file, not a list of short lines with a few long ones.
  const near = lengths.filter((n) => n >= 0.75 * width && n <= width + 10).length;
  return near >= 3 && near >= lengths.length * 0.3 ? width : 0;
}

/**
 * Plain text: a block a line, or, in a hard-wrapped file, a block a paragraph: a line that runs to near
 * the wrap width goes on into the next line (unless that one is a heading or list item), so a sentence
 * broken across lines stays one sentence. Block text keeps the line breaks (as Markdown paragraphs do).
 */
export function parsePlainText(text: string): MarkdownModel {
  const frontMatter = findFrontMatter(text);
  const blocks: ProseBlock[] = [];
  let pos = frontMatter ? frontMatter.end : 0;
  const width = wrapWidth(text, pos);
  let open: ProseBlock | undefined;
  let tentative: ProseBlock | undefined;
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
      // A short line that stops mid-sentence ("... during the night of") runs on into a next line that
      // starts in lower case or with a number and goes on ("28 October 2025, with ..."), however ragged.
      if (!open && tentative && !mark && (/^[ \t]*\p{Ll}/u.test(line) || (/^[ \t]*\d+(?![.)\d])/.test(line) && line.trim().split(/\s+/).length >= 4))) open = tentative;
      tentative = undefined;
      if (open && !mark) {
        // The previous line wrapped into this one: one block, with the line break (and any CR) kept.
        open.text += text.slice(open.end, pos) + line;
        open.end = lineEnd;
        open.links.push(...links);
      } else {
        open = { kind, start: pos, end: lineEnd, text: line, links };
        blocks.push(open);
      }
      if (!(width && kind !== 'heading' && lineEnd - pos >= 0.75 * width)) {
        if (kind !== 'heading' && /[\p{L},]$/u.test(line.trimEnd()) && line.trim().split(/\s+/).length >= 3) tentative = open;
        open = undefined;
      }
    } else {
      open = undefined;
      tentative = undefined;
    }
    pos = end + 1;
  }
  return { blocks, comments: [], frontMatter, nonProse: frontMatter ? [{ start: 0, end: frontMatter.end }] : [] };
}

/** Reads a corpus document by its file name: Markdown for .md/.markdown (the fast block reader), plain lines otherwise. */
/** Which parser reads a file of this name: Markdown, or plain text. */
export function parserOf(name: string): 'markdown' | 'plain' {
  return /\.(md|markdown)$/i.test(name) ? 'markdown' : 'plain';
}

export function parseByName(name: string, text: string): MarkdownModel {
  return parserOf(name) === 'markdown' ? readMarkdownBlocks(text) : parsePlainText(text);
}
