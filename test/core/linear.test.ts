// No pathological patterns: every analyzer, run alone on adversarial drafts of size n and 4n, takes time
// that grows linearly. Linear time gives a ratio near 4, quadratic near 16; the bound of 10 leaves room
// for a shared, noisy machine and still catches anything quadratic. Each timing is the best of five runs,
// each on a fresh variant of the draft (the engine memoises by text, so a repeated draft would cost nothing).
// The regular expressions themselves are linear by construction (no nested quantifiers over overlapping
// classes; see the comments next to them); these tests check the code around them too.
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/core/analyze';
import { resolveSettings } from '../../server/src/core/settings';
import { RULE_CODES, type RuleCode } from '../../server/src/core/types';
import { bundledIndex } from '../helpers';
import { extractDocument } from '../../server/src/core/corpus/document';

const adversarial: [string, (n: number) => string][] = [
  ['capitals', (n) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.repeat(n / 26)],
  ['acronym runs', (n) => 'AB CD EF GH '.repeat(n / 12)],
  ['digits', (n) => '7'.repeat(n)],
  ['opening brackets', (n) => '('.repeat(n)],
  ['brackets and at-signs', (n) => '[@'.repeat(n / 2)],
  ['footnote marks', (n) => '[^'.repeat(n / 2)],
  ['quotes', (n) => '"“ '.repeat(n / 3)],
  ['near-miss expansions', (n) => 'Defense Acquisition Program Administration (DAP '.repeat(n / 48)],
  ['near-miss reversed expansions', (n) => 'DAPA (Defense Acquisition Program '.repeat(n / 34)],
  ['near-miss dates', (n) => 'Monday, February 30, 20'.repeat(n / 23)],
  ['dated events', (n) => 'The Act East Policy was launched in 2016. '.repeat(n / 42)],
  ['superlatives', (n) => 'the most the largest '.repeat(n / 21)],
  ['attributions', (n) => 'according to experts say '.repeat(n / 25)],
  ['abbreviations', (n) => 'U.S. Gen. e.g. '.repeat(n / 15)],
  ['citations', (n) => '[@nope] @x '.repeat(n / 11)],
  ['many short paragraphs', (n) => 'DAPA in 2016.\n\n'.repeat(n / 15)],
];

const off = Object.fromEntries(RULE_CODES.map((c) => [c, 'off']));
const only = (code: RuleCode) => resolveSettings({ dossier: { rules: { ...off, [code]: 'warning' } } });

function best(text: (k: number) => string, code: RuleCode): number {
  const settings = only(code);
  let t = Infinity;
  // The best of five: a garbage-collection pause in one run must not read as superlinear time.
  for (let k = 0; k < 5; k++) {
    const s = text(k);
    const t0 = process.hrtime.bigint();
    analyze(s, bundledIndex(), settings);
    t = Math.min(t, Number(process.hrtime.bigint() - t0));
  }
  return t;
}

describe('linear time: every analyzer on adversarial drafts', function () {
  this.timeout(120_000);
  const n = 8_000;
  for (const code of RULE_CODES) {
    it(code, () => {
      const worst: string[] = [];
      for (const [name, make] of adversarial) {
        // A variant per run: a different word up front changes the first block, so nothing is memoised.
        const variant = (size: number) => (k: number) => `Variant${name.length}x${k}${Math.random().toString(36).slice(2, 6)} ${make(size)}`;
        best(variant(n), code); // warm up
        // Up to three measurements: a quadratic analyzer is over the bound every time, a pause on a
        // shared machine (timings here are a few milliseconds) only once in a while.
        let ratio = Infinity;
        for (let attempt = 0; attempt < 3 && ratio >= 10; attempt++) ratio = Math.min(ratio, best(variant(4 * n), code) / Math.max(best(variant(n), code), 1));
        worst.push(`${name}: ${ratio.toFixed(1)}`);
        assert.ok(ratio < 10, `${code} on ${name}: time ratio ${ratio.toFixed(1)} for 4x the input`);
      }
    });
  }
});

describe('linear time: corpus extraction on the same adversarial documents', function () {
  this.timeout(120_000);
  for (const name of ['a.md', 'a.txt']) {
    it(name, () => {
      for (const [what, make] of adversarial) {
        const time = (size: number) => {
          let t = Infinity;
          for (let k = 0; k < 3; k++) {
            const text = `Variant${k} ${make(size)}`;
            const t0 = process.hrtime.bigint();
            extractDocument({ uri: name, name, text });
            t = Math.min(t, Number(process.hrtime.bigint() - t0));
          }
          return t;
        };
        time(8_000);
        let ratio = Infinity;
        for (let attempt = 0; attempt < 3 && ratio >= 10; attempt++) ratio = Math.min(ratio, time(32_000) / Math.max(time(8_000), 1));
        assert.ok(ratio < 10, `extraction of ${name} on ${what}: time ratio ${ratio.toFixed(1)} for 4x the input`);
      }
    });
  }
});
