// citation-unknown: a citation key that names no corpus document. Bracketed keys ([@key]) are always
// checked; a bare @key only when it is one edit or two from a real key, or is shaped as the keys are
// (parts joined by hyphens, with a year or a part of a real key: "@cohp-compensation-brief-2025"):
// otherwise it is likely a handle ("@narendramodi").
import type { Rule, BlockContext, RawFinding } from './rule';
import { closestKeys, editDistance } from '../corpus/search';

export const citationUnknown: Rule = {
  code: 'citation-unknown',
  checkBlock({ facts, index }: BlockContext): RawFinding[] {
    const out: RawFinding[] = [];
    for (const c of facts.citations) {
      if (index.byKey(c.key)) continue;
      const near = closestKeys(index, c.key);
      if (!c.bracketed && !(near.length && editDistance(near[0].toLowerCase(), c.key.toLowerCase()) <= 2) && !keyShaped(c.key, near)) continue;
      const titles = near.map((k) => `${k} (“${index.byKey(k)?.extract.meta.title ?? k}”)`);
      out.push({
        code: 'citation-unknown',
        start: c.start,
        end: c.end,
        message: `No corpus document has the key “${c.key}”.${titles.length ? ` Closest: ${titles.join(', ')}.` : ''}`,
        evidence: near.slice(0, 1).map((k) => {
          const d = index.byKey(k)!;
          return index.evidence(d, 0, Math.min(d.text.length, 1), false);
        }),
        fixes: near.map((k, i) => ({ title: `Change to @${k}`, edits: [{ start: c.start, end: c.end, newText: k }], preferred: i === 0 })),
      });
    }
    return out;
  },
};

/** A bare key written as the corpus's keys are: parts joined by hyphens (or underscores), with a year,
 * or with a part of four letters or more that the closest real key has too. */
function keyShaped(key: string, near: readonly string[]): boolean {
  const parts = key.toLowerCase().split(/[-_]/);
  if (parts.length < 3) return false;
  if (parts.some((p) => /^(?:19|20)\d\d$/.test(p))) return true;
  const theirs = new Set((near[0] ?? '').toLowerCase().split(/[-_]/));
  return parts.some((p) => p.length >= 4 && theirs.has(p));
}
