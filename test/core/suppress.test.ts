import { strict as assert } from 'node:assert';
import { findings } from './rules/check';

const codes = (draft: string) => ['acronym-undefined', 'date-invalid'].flatMap((c) => findings(c as never, draft).map((f) => `${f.code}:${draft.slice(f.start, f.end)}`));

describe('suppression comments', () => {
  const cases: [string, string, string[]][] = [
    ['none', 'DAPA met on 30 February 2026.', ['acronym-undefined:DAPA', 'date-invalid:30 February 2026']],
    ['next line, all rules', '<!-- dossier-disable-next-line -->\nDAPA met on 30 February 2026.', []],
    ['next line, one rule', '<!-- dossier-disable-next-line date-invalid -->\nDAPA met on 30 February 2026.', ['acronym-undefined:DAPA']],
    ['next line only', '<!-- dossier-disable-next-line -->\nFine.\n\nDAPA met on 30 February 2026.', ['acronym-undefined:DAPA', 'date-invalid:30 February 2026']],
    ['region', 'Fine.\n\n<!-- dossier-disable acronym-undefined -->\n\nDAPA met.\n\n<!-- dossier-enable acronym-undefined -->\n\nADD met on 30 February 2026.', ['acronym-undefined:ADD', 'date-invalid:30 February 2026']],
    ['region of all rules, one re-enabled', '<!-- dossier-disable -->\n\nDAPA met.\n\n<!-- dossier-enable date-invalid -->\n\nADD met on 30 February 2026.', ['date-invalid:30 February 2026']],
    ['whole file', '<!-- dossier-disable-file -->\n\nDAPA met on 30 February 2026.', []],
    ['a comment in code does not count', '```\n<!-- dossier-disable-file -->\n```\n\nDAPA met.', ['acronym-undefined:DAPA']],
  ];
  for (const [name, draft, want] of cases) it(name, () => assert.deepEqual(codes(draft), want));
});
