// Drafts no writer meant to produce, and some they do: each reads, analyses and answers without throwing,
// and every range stays exact in UTF-16 offsets.
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/core/analyze';
import { readDraft } from '../../server/src/core/draft/draft';
import { resolveSettings } from '../../server/src/core/settings';
import { hover } from '../../server/src/core/features/hover';
import { complete } from '../../server/src/core/features/completion';
import type { Finding } from '../../server/src/core/types';
import { bundledIndex } from '../helpers';

const settings = resolveSettings();

function check(text: string): Finding[] {
  const errors: string[] = [];
  const findings = analyze(text, bundledIndex(), settings, { onError: (rule, e) => errors.push(`${rule}: ${(e as Error).message}`) });
  assert.deepEqual(errors, []);
  for (const f of findings) {
    assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `${f.code} range ${f.start}-${f.end} outside the draft`);
    for (const fix of f.fixes) for (const e of fix.edits) assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length);
  }
  return findings;
}
const spans = (text: string, findings: Finding[], code: string) => findings.filter((f) => f.code === code).map((f) => text.slice(f.start, f.end));

describe('robustness: drafts', function () {
  this.timeout(60_000);

  it('a 5 MB draft is read and analysed, and an edit to it is analysed again', () => {
    const para = 'The Defense Acquisition Program Administration (DAPA) met on Monday, February 12, 2026. DAPA grew by 25% in 2016. ';
    const text = Array.from({ length: Math.ceil(5_000_000 / (para.length * 4 + 2)) }, () => para.repeat(4)).join('\n\n');
    assert.ok(text.length >= 5_000_000);
    const findings = check(text);
    assert.ok(findings.some((f) => f.code === 'date-weekday'), 'still finds the wrong weekday');
    const at = text.indexOf('. ', 2_500_000);
    const edited = text.slice(0, at) + ' word' + text.slice(at);
    const draft = readDraft(edited, readDraft(text));
    const again = analyze(edited, bundledIndex(), settings, { draft });
    assert.equal(again.length, findings.length);
  });

  it('lists and quotes nested hundreds deep', () => {
    const lists = Array.from({ length: 400 }, (_, i) => `${'  '.repeat(i)}- DAPA item ${i} on Monday, February 12, 2026`).join('\n');
    const quotes = Array.from({ length: 400 }, (_, i) => `${'>'.repeat(i + 1)} DAPA said so in 2016`).join('\n');
    for (const text of [lists, quotes, `${'> '.repeat(2000)}DAPA`, `${'- '.repeat(2000)}DAPA`]) check(text);
  });

  it('thousands of footnotes: each reference cites its sentence', () => {
    const body = Array.from({ length: 3000 }, (_, i) => `Exports rose by ${i + 1}% last year.[^${i}]`).join(' ');
    const notes = Array.from({ length: 3000 }, (_, i) => `[^${i}]: Source ${i}.`).join('\n');
    const findings = check(`${body}\n\n${notes}\n`);
    assert.deepEqual(findings.filter((f) => f.code === 'claim-unsourced'), []);
  });

  it('a table of 10,000 cells', () => {
    const row = (r: number) => `| ${Array.from({ length: 100 }, (_, c) => (c === 7 ? `DAPA ${r}` : `c${r}.${c}`)).join(' | ')} |`;
    const text = [row(0), `|${'---|'.repeat(100)}`, ...Array.from({ length: 99 }, (_, r) => row(r + 1))].join('\n');
    const draft = readDraft(text);
    assert.ok(draft.model.blocks.filter((b) => b.kind === 'cell').length >= 10_000);
    const findings = check(text);
    assert.deepEqual(spans(text, findings, 'acronym-undefined'), ['DAPA']);
  });

  it('Devanagari and Hangul around acronyms and dates', () => {
    const text = 'नमस्ते DAPA ने 2016 में काम किया। 한국 DAPA는 Monday, February 12, 2026에 회의를 했다.\n';
    const findings = check(text);
    assert.deepEqual(spans(text, findings, 'acronym-undefined'), ['DAPA']);
    assert.deepEqual(spans(text, findings, 'date-weekday'), ['Monday']);
  });

  it('emoji and other astral characters keep ranges exact in UTF-16 offsets', () => {
    const text = '😀😀 DAPA met on 𝒜 Monday, February 12, 2026 🇮🇳.\n';
    const findings = check(text);
    const und = findings.find((f) => f.code === 'acronym-undefined')!;
    assert.equal(und.start, 5, 'two emoji are four UTF-16 code units, then a space');
    assert.deepEqual(spans(text, findings, 'date-weekday'), ['Monday']);
    const h = hover(readDraft(text), bundledIndex(), 6);
    assert.ok(h && text.slice(h.start, h.end) === 'DAPA');
  });

  it('CRLF line endings and tabs', () => {
    const text = '# Brief\r\n\r\nThe ADD\tmet on Monday, February 12, 2026.\r\n\r\n- \tDAPA grew.\r\n';
    const findings = check(text);
    assert.deepEqual(spans(text, findings, 'date-weekday'), ['Monday']);
    assert.deepEqual(spans(text, findings, 'acronym-undefined').sort(), ['ADD', 'DAPA']);
    const at = text.indexOf('DAPA') + 2;
    assert.ok(complete(readDraft(text), bundledIndex(), at));
  });

  it('odd bytes: NUL, lone surrogates, BOM, form feeds, a 1 MB line', () => {
    for (const text of ['\u0000DAPA\u0000 in 2016', '\ud800 DAPA \udc00 in 2016', '\ufeffDAPA in 2016', 'a\fb\vc DAPA', `${'word '.repeat(200_000)}DAPA`]) check(text);
  });
});
