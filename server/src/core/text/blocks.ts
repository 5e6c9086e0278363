// A fast, line-based Markdown reader for corpus documents.
//
// Drafts are parsed with @lezer/markdown (exact structure, incremental). For the corpus, which is read
// once per file and only needs prose blocks, that parse costs about 2.4 ms for a 1,500-word document,
// four times the whole benchmark floor (reading the file and counting its words). This reader makes one
// pass over the lines and one regex pass over each block for inline marks, and gives the same
// MarkdownModel: paragraphs, headings and table cells, with code, HTML, URLs and markup masked to spaces
// (same length, so offsets stay document offsets). It handles what sources contain: front matter, ATX
// and setext headings, fenced and indented code, HTML blocks and comments, lists, block quotes, tables.
// Every loop is linear in the input.
import { findFrontMatter, type MarkdownModel, type ProseBlock, type Span, type Comment } from './markdown';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const LIST = /^[ \t]{0,8}(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;
const QUOTE = /^[ \t]{0,3}(?:>[ \t]?)+/;
const HTML_BLOCK = /^ {0,3}<(?:!--|\/?(?:address|article|aside|blockquote|details|div|dl|fieldset|figure|footer|form|h[1-6]|header|hr|iframe|nav|ol|p|pre|script|section|style|table|tbody|td|tfoot|th|thead|tr|ul)\b)/i;
const TABLE_DELIM = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const HR = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;

// Inline marks masked to spaces: code spans, images, link destinations and brackets, autolinks, HTML
// tags and comments, bare URLs, emphasis runs, escapes, footnote references ("Paris.[^1] The" ends a
// sentence at "Paris."). One alternation, each branch a bounded class.
const INLINE = /(`+)[^`\n]{0,2000}?\1|!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)|\]\([^)\n]{0,2000}\)|<!--[\s\S]{0,2000}?-->|<\/?[A-Za-z][^>\n]{0,500}>|<[a-z][a-z0-9+.-]{1,31}:[^>\s]{0,2000}>|\b(?:https?:\/\/|www\.)[^\s<>()]{1,2000}|\*{1,3}|~{1,3}|(?<![\p{L}\p{N}])_{1,3}|_{1,3}(?![\p{L}\p{N}])|\\[^\s]|\[\^[^\]\s]{1,80}\]|[[\]]/gu;

const spaces = (s: string) => s.replace(/[^\n\r]/g, ' ');

function maskInline(raw: string, start: number, links: Span[], comments: Comment[], nonProse: Span[]): string {
  INLINE.lastIndex = 0;
  return raw.replace(INLINE, (m: string, _tick: string | undefined, at: number) => {
    const c = m[0];
    if (c === '\\') return ' ' + m.slice(1); // an escape: the backslash is markup, the character is prose
    if (c === '`') nonProse.push({ start: start + at, end: start + at + m.length });
    else if (m.startsWith('<!--')) {
      comments.push({ start: start + at, end: start + at + m.length, body: m.slice(4, -3).trim() });
      nonProse.push({ start: start + at, end: start + at + m.length });
    } else if (m.startsWith('](') || m.startsWith('http') || m.startsWith('www.') || /^<[a-z][a-z0-9+.-]*:/.test(m)) links.push({ start: start + at, end: start + at + m.length });
    else if (c === '<') nonProse.push({ start: start + at, end: start + at + m.length });
    return spaces(m);
  });
}

interface Line {
  start: number;
  end: number;
  text: string;
}

export function readMarkdownBlocks(text: string): MarkdownModel {
  const frontMatter = findFrontMatter(text);
  const blocks: ProseBlock[] = [];
  const comments: Comment[] = [];
  const nonProse: Span[] = frontMatter ? [{ start: 0, end: frontMatter.end }] : [];
  const lines: Line[] = [];
  for (let pos = frontMatter ? frontMatter.end : 0; pos <= text.length; ) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const lineEnd = end > pos && text[end - 1] === '\r' ? end - 1 : end;
    lines.push({ start: pos, end: lineEnd, text: text.slice(pos, lineEnd) });
    pos = end + 1;
  }

  let para: Line[] = [];
  let paraPrefix: number[] = [];
  const flush = (kind: ProseBlock['kind'] = 'paragraph') => {
    if (!para.length) return;
    const start = para[0].start + paraPrefix[0];
    const end = para[para.length - 1].end;
    // Masked text of the whole span: container marks (quote and list markers) of later lines blanked.
    let raw = text.slice(start, end);
    for (let i = 1; i < para.length; i++) {
      const from = para[i].start - start;
      raw = raw.slice(0, from) + ' '.repeat(paraPrefix[i]) + raw.slice(from + paraPrefix[i]);
    }
    const links: Span[] = [];
    const masked = maskInline(raw, start, links, comments, nonProse);
    if (masked.trim()) blocks.push({ kind, start, end, text: masked, links });
    para = [];
    paraPrefix = [];
  };

  let fence: string | undefined;
  let fenceStart = 0;
  let html = false;
  let htmlStart = 0;
  let prevBlank = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    let t = line.text;
    if (fence !== undefined) {
      if (new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`).test(t)) {
        nonProse.push({ start: fenceStart, end: line.end });
        fence = undefined;
      }
      continue;
    }
    if (html) {
      if (!t.trim()) {
        html = false;
        nonProse.push({ start: htmlStart, end: line.start });
      }
      continue;
    }
    const quote = QUOTE.exec(t);
    let prefix = quote ? quote[0].length : 0;
    t = t.slice(prefix);
    if (!t.trim()) {
      flush();
      prevBlank = true;
      continue;
    }
    const f = FENCE.exec(t);
    if (f) {
      flush();
      fence = f[1];
      fenceStart = line.start;
      continue;
    }
    if (prevBlank && /^(?: {4}|\t)/.test(t) && !para.length && !LIST.test(t)) {
      nonProse.push({ start: line.start, end: line.end });
      continue;
    }
    if (HTML_BLOCK.test(t)) {
      flush();
      if (/^ {0,3}<!--/.test(t)) {
        // A comment block: to its end marker (it may span lines).
        let j = i;
        const startAt = line.start + prefix;
        while (j < lines.length && !lines[j].text.includes('-->')) j++;
        const endAt = j < lines.length ? lines[j].start + lines[j].text.indexOf('-->') + 3 : text.length;
        comments.push({ start: startAt, end: endAt, body: text.slice(startAt + 4, endAt - 3).trim() });
        nonProse.push({ start: startAt, end: endAt });
        i = j;
        prevBlank = false;
        continue;
      }
      html = true;
      htmlStart = line.start;
      continue;
    }
    prevBlank = false;
    if (HR.test(t) && !(para.length && SETEXT.test(t))) {
      flush();
      continue;
    }
    const atx = ATX.exec(t);
    if (atx) {
      flush();
      para = [{ ...line, text: line.text }];
      paraPrefix = [prefix + atx[0].length];
      // Closing hashes are not prose.
      const close = /[ \t]+#+[ \t]*$/.exec(line.text);
      if (close) para[0] = { ...line, end: line.end - close[0].length };
      flush('heading');
      continue;
    }
    if (para.length && SETEXT.test(t)) {
      flush('heading');
      continue;
    }
    if (t.includes('|') && i + 1 < lines.length && TABLE_DELIM.test(lines[i + 1].text) && !para.length) {
      // A table: every cell of the header and body rows is a block.
      let j = i;
      for (; j < lines.length && lines[j].text.includes('|') && lines[j].text.trim(); j++) {
        if (j === i + 1) continue; // the delimiter row
        const row = lines[j];
        const re = /[^|]+/g;
        for (let m = re.exec(row.text); m; m = re.exec(row.text)) {
          const lead = m[0].length - m[0].trimStart().length;
          const cell = m[0].trim();
          if (!cell || /^\\$/.test(cell)) continue;
          para = [{ start: row.start + m.index + lead, end: row.start + m.index + lead + cell.length, text: cell }];
          paraPrefix = [0];
          flush('cell');
        }
      }
      i = j - 1;
      continue;
    }
    const list = LIST.exec(t);
    if (list) {
      flush();
      prefix += list[0].length;
    }
    para.push(line);
    paraPrefix.push(Math.min(prefix, line.text.length));
  }
  flush();
  if (fence !== undefined) nonProse.push({ start: fenceStart, end: text.length });
  if (html) nonProse.push({ start: htmlStart, end: text.length });
  return { blocks, comments, frontMatter, nonProse };
}
