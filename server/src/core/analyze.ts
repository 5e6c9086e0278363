// The engine's entry point for diagnostics: draft text + corpus index + settings -> findings.
// Never throws: a rule that fails on some input is skipped and reported through `onError`.
import type { Cancellation, Finding, RuleCode, Severity } from './types';
import { NEVER_CANCELLED } from './types';
import { changedUnits, safeReadDraft, type BlockFacts, type Draft, type DraftUnit } from './draft/draft';
import type { CorpusIndex } from './corpus/index';
import type { Settings } from './settings';
import { SearchCache } from './corpus/search';
import { RULES } from './rules/index';
import { claimSettings } from './rules/claim-unsourced';
import type { Rule, RawFinding } from './rules/rule';

export interface AnalyzeOptions {
  cache?: SearchCache;
  token?: Cancellation;
  onError?: (rule: string, error: unknown) => void;
  /** A draft already read for this text (hover and completion share it). */
  draft?: Draft;
}

const sharedCache = new SearchCache();

/** Block-local findings of every block rule, per index, per block content: relative offsets, and the
 * last absolute copy (reused while the block does not move). One entry a block, so a keystroke on a long
 * draft costs one lookup a block, not one a block and rule. Entries go with their block facts (WeakMap). */
interface BlockEntry {
  version: number;
  settings: string;
  rel: { f: RawFinding; severity: Severity }[];
  at: number;
  abs: Finding[];
}
const blockCache = new WeakMap<CorpusIndex, WeakMap<BlockFacts, BlockEntry>>();

/** A block finding's origin: one object for as long as its block and the analysis inputs are unchanged,
 * wherever the block moves. Findings with the same origin differ at most by an offset (the range and the
 * fix edits, shifted alike), so a host can key work on it that does not depend on the position: the
 * language server keeps each diagnostic's serialised form, less its range, this way. */
const ORIGIN = Symbol('origin');
export const originOf = (f: Finding): object | undefined => (f as { [ORIGIN]?: object })[ORIGIN];

/** A block's finding placed at `by`: one new object for the finding and each fix and edit it moves, and
 * its origin as a hidden (non-enumerable) property, so it stays plain data to every reader. */
function placed(f: RawFinding, severity: Severity, by: number): Finding {
  const abs: Finding = {
    code: f.code,
    start: f.start + by,
    end: f.end + by,
    message: f.message,
    evidence: f.evidence,
    fixes: f.fixes.length ? f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ start: e.start + by, end: e.end + by, newText: e.newText })) })) : f.fixes,
    severity,
  };
  Object.defineProperty(abs, ORIGIN, { value: f });
  return abs;
}

type BlockRule = Rule & { checkBlock: NonNullable<Rule['checkBlock']> };

/** A block's entry: its findings relative to the block, for this index version and these settings. */
function entryOf(perIndex: WeakMap<BlockFacts, BlockEntry>, rules: BlockRule[], facts: BlockFacts, ctx: { index: CorpusIndex; settings: Settings; cache: SearchCache }, settingsKey: string, onError?: (rule: string, error: unknown) => void): BlockEntry {
  let e = perIndex.get(facts);
  if (!e || e.version !== ctx.index.version || e.settings !== settingsKey) {
    const rel: BlockEntry['rel'] = [];
    for (const rule of rules) {
      try {
        const severity = ctx.settings.rules[rule.code] as Severity; // never "off": the caller leaves such rules out
        for (const f of rule.checkBlock({ facts, index: ctx.index, settings: ctx.settings, cache: ctx.cache })) rel.push({ f, severity });
      } catch (err) {
        onError?.(rule.code, err);
      }
    }
    e = { version: ctx.index.version, settings: settingsKey, rel, at: -1, abs: [] };
    perIndex.set(facts, e);
  }
  return e;
}

/** A block entry's findings at the block's place in this draft (re-placed only when the block moved). */
function placedFindings(e: BlockEntry, unit: DraftUnit): Finding[] {
  if (e.at !== unit.block.start) {
    e.at = unit.block.start;
    e.abs = e.rel.map(({ f, severity }) => placed(f, severity, unit.block.start));
  }
  return e.abs;
}

/** The block entries of each draft lineage's last analysis, aligned with its units: the next version
 * takes the entries of the blocks before and after its edit from here by position, and looks up only
 * the blocks the edit changed. */
const lastEntries = new WeakMap<object, { units: DraftUnit[]; entries: BlockEntry[]; version: number; settings: string }>();

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
  const active = RULES.filter((r) => settings.rules[r.code] !== 'off');
  const suppressions = draft.suppressions;
  const keep = (f: RawFinding) => !suppressions.isSuppressed(f.code, f.start);
  // Block rules: one cached entry a block for all of them.
  const local = active.filter((r): r is BlockRule => !!r.checkBlock);
  if (local.length) {
    let perIndex = blockCache.get(index);
    if (!perIndex) blockCache.set(index, (perIndex = new WeakMap()));
    const units = draft.units;
    const last = lastEntries.get(draft.lineage);
    const prev = last && last.version === index.version && last.settings === settingsKey ? last : undefined;
    // Blocks before the edit are the same unit objects; blocks after it have the same facts.
    const { a, b } = prev ? changedUnits(prev.units, units) : { a: 0, b: 0 };
    const moved = prev ? prev.units.length - units.length : 0;
    const entries: BlockEntry[] = [];
    let i = 0;
    for (; i < units.length; i++) {
      if (token.isCancellationRequested) break;
      const e = i < a ? prev!.entries[i] : i >= units.length - b ? prev!.entries[i + moved] : entryOf(perIndex, local, units[i].facts, ctx, settingsKey, opts.onError);
      entries.push(e);
      for (const f of placedFindings(e, units[i])) if (keep(f)) out.push(f);
    }
    if (i === units.length) lastEntries.set(draft.lineage, { units, entries, version: index.version, settings: settingsKey });
  }
  // Whole-draft rules.
  for (const rule of active) {
    if (!rule.check || token.isCancellationRequested) continue;
    const level = settings.rules[rule.code] as Severity;
    try {
      for (const f of rule.check(ctx)) if (keep(f)) out.push({ ...f, severity: level });
    } catch (e) {
      opts.onError?.(rule.code, e);
    }
  }
  return out.sort((a, b) => a.start - b.start || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
