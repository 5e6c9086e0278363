// The engine's entry point for diagnostics: draft text + corpus index + settings -> findings.
// Never throws: a rule that fails on some input is skipped and reported through `onError`.
import type { Cancellation, Finding, RuleCode, Severity } from './types';
import { NEVER_CANCELLED } from './types';
import { safeReadDraft, type BlockFacts, type Draft, type DraftUnit } from './draft/draft';
import type { CorpusIndex } from './corpus/index';
import type { Settings } from './settings';
import { SearchCache } from './corpus/search';
import { RULES } from './rules/index';
import { claimSettings } from './rules/claim-unsourced';
import { shiftFinding, type Rule, type RawFinding } from './rules/rule';

export interface AnalyzeOptions {
  cache?: SearchCache;
  token?: Cancellation;
  onError?: (rule: string, error: unknown) => void;
  /** A draft already read for this text (hover and completion share it). */
  draft?: Draft;
}

const sharedCache = new SearchCache();

/** Block-local findings, per index, per block content, per rule: relative offsets, and the last absolute
 * copy (reused while the block does not move). Entries go with their block facts (WeakMap). */
interface BlockEntry {
  version: number;
  settings: string;
  rel: RawFinding[];
  at: number;
  abs: Finding[];
}
const blockCache = new WeakMap<CorpusIndex, WeakMap<BlockFacts, Map<RuleCode, BlockEntry>>>();


function blockFindings(rule: Rule & { checkBlock: NonNullable<Rule['checkBlock']> }, unit: DraftUnit, ctx: { index: CorpusIndex; settings: Settings; cache: SearchCache }, settingsKey: string): Finding[] {
  let perIndex = blockCache.get(ctx.index);
  if (!perIndex) blockCache.set(ctx.index, (perIndex = new WeakMap()));
  let perBlock = perIndex.get(unit.facts);
  if (!perBlock) perIndex.set(unit.facts, (perBlock = new Map()));
  let e = perBlock.get(rule.code);
  if (!e || e.version !== ctx.index.version || e.settings !== settingsKey) {
    const rel = rule.checkBlock({ facts: unit.facts, index: ctx.index, settings: ctx.settings, cache: ctx.cache });
    e = { version: ctx.index.version, settings: settingsKey, rel, at: -1, abs: [] };
    perBlock.set(rule.code, e);
  }
  if (e.at !== unit.block.start) {
    const severity = ctx.settings.rules[rule.code] as Severity; // never "off": the runner skips such rules
    e.at = unit.block.start;
    e.abs = e.rel.map((f) => ({ ...shiftFinding(f, unit.block.start), severity }));
  }
  return e.abs;
}

/** The same string object for equal settings, so the block cache compares keys by identity, not by
 * content, for every block on every keystroke. */
let lastSettings = '';
function internSettings(key: string): string {
  if (key !== lastSettings) lastSettings = key;
  return lastSettings;
}

export function analyze(text: string, index: CorpusIndex, given: Settings, opts: AnalyzeOptions = {}): Finding[] {
  const token = opts.token ?? NEVER_CANCELLED;
  const draft: Draft = opts.draft ?? safeReadDraft(text, (e) => opts.onError?.('parse', e));
  const settings = claimSettings(draft, given);
  const ctx = { draft, index, settings, cache: opts.cache ?? sharedCache, token };
  const settingsKey = internSettings(JSON.stringify(settings));
  const out: Finding[] = [];
  for (const rule of RULES) {
    const level = settings.rules[rule.code];
    if (level === 'off' || token.isCancellationRequested) continue;
    const suppressed = (f: RawFinding) => draft.suppressions.isSuppressed(f.code, f.start);
    try {
      if (rule.checkBlock) {
        const local = rule as Rule & { checkBlock: NonNullable<Rule['checkBlock']> };
        for (const unit of draft.units) {
          if (token.isCancellationRequested) break;
          for (const f of blockFindings(local, unit, ctx, settingsKey)) if (!suppressed(f)) out.push(f);
        }
      }
      if (rule.check) for (const f of rule.check(ctx)) if (!suppressed(f)) out.push({ ...f, severity: level });
    } catch (e) {
      opts.onError?.(rule.code, e);
    }
  }
  return out.sort((a, b) => a.start - b.start || a.code.localeCompare(b.code));
}
