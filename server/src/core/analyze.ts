// The engine's entry point for diagnostics: draft text + corpus index + settings -> findings.
// Never throws: a rule that fails on some input is skipped and reported through `onError`.
import type { Cancellation, Finding } from './types';
import { NEVER_CANCELLED } from './types';
import { safeReadDraft, type Draft } from './draft/draft';
import type { CorpusIndex } from './corpus/index';
import type { Settings } from './settings';
import { SearchCache } from './corpus/search';
import { RULES } from './rules/index';

export interface AnalyzeOptions {
  cache?: SearchCache;
  token?: Cancellation;
  onError?: (rule: string, error: unknown) => void;
  /** A draft already read for this text (hover and completion share it). */
  draft?: Draft;
}

const sharedCache = new SearchCache();

export function analyze(text: string, index: CorpusIndex, settings: Settings, opts: AnalyzeOptions = {}): Finding[] {
  const token = opts.token ?? NEVER_CANCELLED;
  const draft: Draft = opts.draft ?? safeReadDraft(text, (e) => opts.onError?.('parse', e));
  const ctx = { draft, index, settings, cache: opts.cache ?? sharedCache, token };
  const out: Finding[] = [];
  for (const rule of RULES) {
    const level = settings.rules[rule.code];
    if (level === 'off' || token.isCancellationRequested) continue;
    try {
      for (const f of rule.check(ctx)) {
        if (draft.suppressions.isSuppressed(f.code, f.start)) continue;
        out.push({ ...f, severity: level });
      }
    } catch (e) {
      opts.onError?.(rule.code, e);
    }
  }
  return out.sort((a, b) => a.start - b.start || a.code.localeCompare(b.code));
}
