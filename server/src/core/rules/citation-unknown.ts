// citation-unknown: a citation key that names no corpus document. Bracketed keys ([@key]) are always
// checked; a bare @key only when it is one edit or two from a real key (otherwise it is likely a handle).
import type { Rule, BlockContext, RawFinding } from './rule';
import { closestKeys, editDistance } from '../corpus/search';

export const citationUnknown: Rule = {
  code: 'citation-unknown',
  checkBlock({ facts, index }: BlockContext): RawFinding[] {
    const out: RawFinding[] = [];
    for (const c of facts.citations) {
      if (index.byKey(c.key)) continue;
      const near = closestKeys(index, c.key);
      if (!c.bracketed && !(near.length && editDistance(near[0].toLowerCase(), c.key.toLowerCase()) <= 2)) continue;
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
