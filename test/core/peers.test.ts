// The test cases of two peer textlint rules (textlint-rule-unexpanded-acronym and
// textlint-rule-date-weekday-mismatch), run through Dossier's rules. Where Dossier decides differently
// on purpose, the case is listed in DIFFERENT with the reason.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findings } from './rules/check';
import { ROOT } from '../helpers';

interface Case {
  rule: string;
  expect: 'valid' | 'invalid';
  errors?: number;
  text: string;
  options?: { ignore_acronyms?: string[] };
  source?: string;
}
const cases: Case[] = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/peer-cases.json'), 'utf8'));

const SOC = "When it comes to the Subject Of Cake (the sweet and delicious baked delicacy), one should\nalways remember (or at least consider).this foodstuff's effect on one's ever-expanding waistline.\n\nNow we know what SOC stands for";
const SPELLED_ELSEWHERE = 'words that spell an acronym expand it in the paragraph of its first use only, and SOC is first used in the next one';
const DIFFERENT: Record<string, string | { reason: string; errors: number }> = {
  'HELLO is just a capitalized word.': 'an all-caps ordinary word is emphasis, not an acronym',
  '4/23(Fri)': 'no year: Dossier does not guess the current year',
  'WHO': 'WHO is on the well-known list of the bundled glossary',
  [SOC]: SPELLED_ELSEWHERE,
  // Still invalid, with SOC flagged besides TTP.
  [`${SOC} but there is no mention of TTP.`]: { reason: SPELLED_ELSEWHERE, errors: 2 },
};

describe('peer test cases', () => {
  for (const c of cases) {
    const code = c.rule === 'unexpanded-acronym' ? 'acronym-undefined' : 'date-weekday';
    const d = DIFFERENT[c.text];
    const differs = typeof d === 'string' ? d : d?.reason;
    // A case listed with a count keeps the peer's verdict and differs in how many findings it has.
    const want = typeof d === 'string' ? (c.expect === 'valid' ? 'invalid' : 'valid') : c.expect;
    const errors = typeof d === 'object' ? d.errors : differs ? 1 : (c.errors ?? 1);
    it(`${c.rule}: ${JSON.stringify(c.text).slice(0, 70)} is ${want}${differs ? ` (peer says ${c.expect}${typeof d === 'object' ? ` with ${c.errors ?? 1}` : ''}: ${differs})` : ''}`, () => {
      const settings = c.options?.ignore_acronyms ? { dossier: { acronyms: { ignore: c.options.ignore_acronyms } } } : undefined;
      const got = findings(code, c.text, { settings });
      if (want === 'valid') assert.deepEqual(got.map((f) => f.message), []);
      else assert.equal(got.length, errors, got.map((f) => f.message).join('\n'));
    });
  }
});
