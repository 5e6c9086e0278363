// What every analyzer sees and returns. One analyzer a file, named after its rule code.
import type { Cancellation, Finding, RuleCode } from '../types';
import type { Draft } from '../draft/draft';
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

export interface Rule {
  code: RuleCode;
  check(ctx: RuleContext): RawFinding[];
}

/** Names a passage's source for a message: “Title”, line N. */
export function cite(e: { title: string; line: number }): string {
  const t = e.title.length > 70 ? e.title.slice(0, 67).trimEnd() + '…' : e.title;
  return `“${t}”, line ${e.line + 1}`;
}
