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

const DIFFERENT: Record<string, string> = {
  'HELLO is just a capitalized word.': 'an all-caps ordinary word is emphasis, not an acronym',
  '4/23(Fri)': 'no year: Dossier does not guess the current year',
  'WHO': 'WHO is on the well-known list of the bundled glossary',
};

describe('peer test cases', () => {
  for (const c of cases) {
    const code = c.rule === 'unexpanded-acronym' ? 'acronym-undefined' : 'date-weekday';
    const differs = DIFFERENT[c.text];
    const want = differs ? (c.expect === 'valid' ? 'invalid' : 'valid') : c.expect;
    it(`${c.rule}: ${JSON.stringify(c.text).slice(0, 70)} is ${want}${differs ? ` (peer says ${c.expect}: ${differs})` : ''}`, () => {
      const settings = c.options?.ignore_acronyms ? { dossier: { acronyms: { ignore: c.options.ignore_acronyms } } } : undefined;
      const got = findings(code, c.text, { settings });
      if (want === 'valid') assert.deepEqual(got.map((f) => f.message), []);
      else assert.equal(got.length, differs ? 1 : (c.errors ?? 1), got.map((f) => f.message).join('\n'));
    });
  }
});
