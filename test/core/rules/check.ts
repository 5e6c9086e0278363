// One helper for every rule table: analyse a draft against an index and compare the findings of one rule,
// as the text each finding covers.
import { strict as assert } from 'node:assert';
import { analyze } from '../../../server/src/core/analyze';
import { resolveSettings, type Settings } from '../../../server/src/core/settings';
import type { CorpusIndex } from '../../../server/src/core/corpus/index';
import type { Finding, RuleCode } from '../../../server/src/core/types';
import { bundledIndex } from '../../helpers';

export function findings(code: RuleCode, draft: string, opts: { index?: CorpusIndex; settings?: unknown } = {}): Finding[] {
  const settings: Settings = resolveSettings(opts.settings);
  return analyze(draft, opts.index ?? bundledIndex(), settings, { onError: (r, e) => assert.fail(`rule ${r} threw: ${(e as Error).stack}`) }).filter((f) => f.code === code);
}

/** Asserts the spans (as text) a rule flags in a draft. */
export function check(code: RuleCode, draft: string, expected: string[], opts: { index?: CorpusIndex; settings?: unknown } = {}): Finding[] {
  const got = findings(code, draft, opts);
  assert.deepEqual(got.map((f) => draft.slice(f.start, f.end)), expected, got.map((f) => f.message).join('\n'));
  return got;
}

/** Applies a finding's preferred fix. */
export function applyFix(draft: string, f: Finding): string {
  const fix = f.fixes.find((x) => x.preferred) ?? f.fixes[0];
  assert.ok(fix, `no fix for ${f.code}`);
  let out = draft;
  for (const e of [...fix.edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** A table row: a name, a draft, the flagged spans. */
export type Row = [string, string, string[]];

export function table(code: RuleCode, rows: Row[], opts: { index?: CorpusIndex; settings?: unknown } = {}): void {
  for (const [name, draft, want] of rows) it(name, () => check(code, draft, want, opts));
}
