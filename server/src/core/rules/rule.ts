// What every analyzer sees and returns. One analyzer a file, named after its rule code.
import type { Cancellation, Finding, RuleCode } from '../types';
import type { BlockFacts, Draft } from '../draft/draft';
import type { CorpusIndex } from '../corpus/index';
import type { Settings } from '../settings';
import type { SearchCache } from '../corpus/search';

export interface RuleContext {
  draft: Draft;
  index: CorpusIndex;
  settings: Settings;
  /** Memo of corpus searches, keyed by text and index version; shared across document versions. */
  cache: SearchCache;
  token: Cancellation;
}

/** A finding before the runner applies the configured severity. */
export type RawFinding = Omit<Finding, 'severity'>;

/** What a block-local check sees: one block's facts (offsets relative to the block), never the rest. */
export interface BlockContext {
  facts: BlockFacts;
  index: CorpusIndex;
  settings: Settings;
  cache: SearchCache;
}

/**
 * An analyzer. `checkBlock` is for findings that depend on one block alone (and the corpus and settings):
 * the runner caches them by the block's content, so a keystroke re-checks only the block it changed.
 * `check` sees the whole draft, for findings that depend on what comes before (first use, consistency).
 * A rule may have both.
 */
export interface Rule {
  code: RuleCode;
  checkBlock?(ctx: BlockContext): RawFinding[];
  check?(ctx: RuleContext): RawFinding[];
}

/** Names a passage's source for a message: “Title”, line N. */
export function cite(e: { title: string; line: number }): string {
  const t = e.title.length > 70 ? e.title.slice(0, 67).trimEnd() + '…' : e.title;
  return `“${t}”, line ${e.line + 1}`;
}

/**
 * A passage quoted in a message: whole when short, else about `max` characters around `at` (the figure
 * or words the message is about), cut at word boundaries and marked with ellipses. The full passage is
 * one click away (the finding's evidence, the diagnostic's related information); the message stays
 * readable on one line of a problems list, and a long draft's publications stay small.
 */
export function quoteAround(text: string, at: number, max = 140): string {
  if (text.length <= max) return text;
  let from = Math.max(0, Math.min(at - Math.floor(max / 3), text.length - max));
  let to = Math.min(text.length, from + max);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    from = space >= 0 && space < at ? space + 1 : from;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    to = space > Math.max(from, at) ? space : to;
  }
  return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/^…/, '').replace(/[\s,;:]+$/, '')}${to < text.length ? '…' : ''}`;
}

/** A finding moved by `by` characters, its fixes' edits with it (findings kept relative to a sentence or
 * block are placed in the document this way). */
export function shiftFinding(f: RawFinding, by: number): RawFinding {
  if (!by) return f;
  return { ...f, start: f.start + by, end: f.end + by, fixes: f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })) })) };
}
