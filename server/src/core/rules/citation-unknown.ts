// citation-unknown: a citation key that names no corpus document. Bracketed keys ([@key]) are always
// checked. A bare @key is checked when it is one edit or two from a real key, or is shaped as the keys
// are (parts joined by hyphens, with a year or a part of a real key: "@cohp-compensation-brief-2025");
// in a draft that cites with brackets or footnotes, also when it is written as keys are (lower case, with
// a hyphen or a digit: "as @bima-sugam-faq notes"). Otherwise it is likely a handle ("@narendramodi").
import type { Rule, BlockContext, RawFinding, RuleContext } from './rule';
import { shiftFinding } from './rule';
import { closestKeys, editDistance } from '../corpus/search';
import type { CorpusIndex } from '../corpus/index';
import type { CitationRef } from '../draft/draft';

export const citationUnknown: Rule = {
  code: 'citation-unknown',
  checkBlock({ facts, index }: BlockContext): RawFinding[] {
    const out: RawFinding[] = [];
    for (const c of facts.citations) {
      if (index.byKey(c.key)) continue;
      if (!c.bracketed && !nearOrShaped(index, c.key)) continue;
      out.push(unknownKey(index, c));
    }
    return out;
  },
  // A bare key in a draft that cites: whether it is a citation depends on the rest of the draft.
  check({ draft, index }: RuleContext): RawFinding[] {
    if (!draft.units.some(({ facts }) => facts.footnotes.length > 0 || facts.citations.some((c) => c.bracketed))) return [];
    const out: RawFinding[] = [];
    for (const { block, facts } of draft.units) {
      for (const c of facts.citations) {
        if (c.bracketed || !KEY_WRITTEN.test(c.key) || index.byKey(c.key) || nearOrShaped(index, c.key)) continue;
        out.push(shiftFinding(unknownKey(index, c), block.start));
      }
    }
    return out;
  },
};

/** Written as citation keys are, not as handles: lower case, with a hyphen or a digit ("smith2020"). */
const KEY_WRITTEN = /^(?=[^A-Z]*$)[a-z][a-z0-9_:.-]*(?:-|\d)[a-z0-9_:.-]*$/;

/** A bare key within two edits of a real one, or shaped as the corpus's keys are. */
function nearOrShaped(index: CorpusIndex, key: string): boolean {
  const near = closestKeys(index, key);
  return (near.length > 0 && editDistance(near[0].toLowerCase(), key.toLowerCase()) <= 2) || keyShaped(key, near);
}

function unknownKey(index: CorpusIndex, c: CitationRef): RawFinding {
  const near = closestKeys(index, c.key);
  const titles = near.map((k) => `${k} (“${index.byKey(k)?.extract.meta.title ?? k}”)`);
  return {
    code: 'citation-unknown',
    start: c.start,
    end: c.end,
    message: `No corpus document has the key “${c.key}”.${titles.length ? ` Closest: ${titles.join(', ')}.` : ''}`,
    evidence: near.slice(0, 1).map((k) => {
      const d = index.byKey(k)!;
      return index.evidence(d, 0, Math.min(d.text.length, 1), false);
    }),
    fixes: near.map((k, i) => ({ title: `Change to @${k}`, edits: [{ start: c.start, end: c.end, newText: k }], preferred: i === 0 })),
  };
}

/** A bare key written as the corpus's keys are: parts joined by hyphens (or underscores), with a year,
 * or with a part of four letters or more that the closest real key has too. */
function keyShaped(key: string, near: readonly string[]): boolean {
  const parts = key.toLowerCase().split(/[-_]/);
  if (parts.length < 3) return false;
  if (parts.some((p) => /^(?:19|20)\d\d$/.test(p))) return true;
  const theirs = new Set((near[0] ?? '').toLowerCase().split(/[-_]/));
  return parts.some((p) => p.length >= 4 && theirs.has(p));
}
