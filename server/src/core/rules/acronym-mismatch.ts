// acronym-mismatch: the draft expands an acronym differently from every expansion in the sources.
// Tolerates case, hyphens and spaces, British/American spelling, "&"/"and" and function words (but "and").
import type { Rule, BlockContext, RawFinding } from './rule';
import { cite } from './rule';
import { distinctExpansions, expansionKey, sameExpansion } from '../corpus/search';
import { ordinalOf } from '../extract/events';

const FUNCTION_WORDS = new Set(['of', 'for', 'and', '&', 'on', 'the', 'in', 'to', 'de', 'a', 'an']);
const contentWords = (s: string) => s.split(/[\s-]+/).filter((w) => w && !FUNCTION_WORDS.has(w.toLowerCase())).length;

export const acronymMismatch: Rule = {
  code: 'acronym-mismatch',
  checkBlock({ facts, index }: BlockContext): RawFinding[] {
    const out: RawFinding[] = [];
    for (const d of facts.defs) {
      const sources = distinctExpansions(index, d.short);
      if (!sources.length) continue;
      if (sources.some((s) => sameExpansion(s.long, d.long))) continue;
      // An edition's ordinal before the name ("The fifth National Family Health Survey (NFHS-5)") says
      // which one, and a parent body's acronym ("ICAR-Indian Veterinary Research Institute (IVRI)") whose
      // it is; the name is the same.
      if (sources.some((s) => sameExpansion(withoutQualifier(s.long), withoutQualifier(d.long)))) continue;
      const mine = expansionKey(d.long);
      // The same words in another order ("External Affairs Ministry" for "Ministry of External Affairs").
      const sorted = (k: string) => k.split(' ').sort().join(' ');
      if (d.loose && sources.some((s) => sorted(expansionKey(s.long)) === sorted(mine))) continue;
      // Words that do not spell the acronym are an expansion only if about as long as the sources' own
      // ("Agency of Defence Research (ADD)"; not "Prime Minister Narendra Modi (PM)").
      if (d.loose && !sources.some((s) => Math.abs(contentWords(s.long) - contentWords(d.long)) <= 1)) continue;
      // A plural definition ("Urban Local Governments (ULBs)") takes the sources' expansion in the plural.
      const plural = facts.raw.charAt(d.shortStart + d.short.length) === 's';
      const written = (long: string) => (plural ? pluralOf(long) : long);
      const evidence = sources.slice(0, 3).map((s) => index.evidence(s.doc, s.start, s.end));
      const said = sources.slice(0, 3).map((s, i) => `“${s.long}” (${cite(evidence[i])})`).join(', or ');
      out.push({
        code: 'acronym-mismatch',
        start: d.longStart,
        end: d.longStart + d.long.length,
        message: `The draft expands ${d.short} as “${d.long}”, but the sources say ${said}.`,
        evidence,
        fixes: sources.slice(0, 3).map((s, i) => ({ title: `Use the sources' expansion “${written(s.long)}”`, edits: [{ start: d.longStart, end: d.longStart + d.long.length, newText: written(s.long) }], preferred: i === 0 })),
      });
    }
    return out;
  },
};

/** A long form without the ordinal word that opens it ("fifth National Family Health Survey"), or the
 * parent body's acronym hyphened to it ("ICAR-Indian Veterinary Research Institute"). */
function withoutQualifier(long: string): string {
  const parent = /^\p{Lu}{2,}-(?=\p{Lu}\p{Ll})/u.exec(long);
  if (parent) return long.slice(parent[0].length);
  const m = /^(\S+)\s+(?=\S)/.exec(long);
  return m && ordinalOf(m[1]) !== undefined ? long.slice(m[0].length) : long;
}

/** "Urban Local Body" → "Urban Local Bodies", "Commission" → "Commissions". */
function pluralOf(long: string): string {
  if (/[^aeiou]y$/i.test(long)) return long.slice(0, -1) + 'ies';
  if (/(?:s|x|z|ch|sh)$/i.test(long)) return long + 'es';
  return long + 's';
}
