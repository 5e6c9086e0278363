// acronym-undefined: the first prose use of an acronym comes before any expansion of it.
import type { Rule, RuleContext, RawFinding } from './rule';
import { cite } from './rule';
import { derive, type AcronymUse, type Draft } from '../draft/draft';
import { bestExpansion, distinctExpansions, isOrdinaryCapsWord } from '../corpus/search';
import { memoize } from '../text/memo';

export function expandedText(long: string, use: Pick<AcronymUse, 'short' | 'suffix'>): string {
  if (use.suffix === 's') return `${long.replace(/(?<![sS])$/, 's')} (${use.short}s)`;
  if (use.suffix === "'s") return `${long} (${use.short})'s`;
  return `${long} (${use.short})`;
}

const SKIP = new Set(['of', 'and', 'for', 'the', 'in', 'on', 'to', 'at', '&', 'de']);

/** Word parts that give initials: words, and camel-case parts of a word ("XMLHttpRequest" -> XML, Http, Request). */
function initialsOf(text: string, from: number, to: number): { initial: string; skip: boolean; capital: boolean; at: number }[] {
  const out: { initial: string; skip: boolean; capital: boolean; at: number }[] = [];
  const re = /[\p{L}\p{N}&]+/gu;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const w = m[0];
    const lower = w.toLowerCase();
    if (SKIP.has(lower)) {
      out.push({ initial: w[0].toUpperCase(), skip: true, capital: /^\p{Lu}/u.test(w), at: m.index });
      continue;
    }
    const parts = w.match(/\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?\p{Ll}+|\p{Lu}+|\p{N}+/gu) ?? [w];
    for (const p of parts) out.push({ initial: p[0].toUpperCase(), skip: false, capital: /^[\p{Lu}\p{N}]/u.test(p), at: m.index });
  }
  return out;
}

const blockInitials = memoize((text: string) => initialsOf(text, 0, text.length), 5000);

/**
 * Whether capitalised words spelling the acronym ("Subject Of Cake" for SOC, "XMLHttpRequest" for XHR)
 * stand anywhere before the end of the sentence of its first use: the writer has expanded it, even
 * without parentheses.
 */
export function spelledOut(draft: Draft, short: string, until: number): boolean {
  const letters = short.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();
  if (letters.length < 2) return false;
  // Initials block by block (memoised by block text: a keystroke changes one block).
  const words = derive(draft, 'initials', () => draft.model.blocks.flatMap((b) => blockInitials(draft.text.slice(b.start, b.end)).map((w) => ({ ...w, at: w.at + b.start }))));
  for (let i = 0; i < words.length && words[i].at < until; i++) {
    if (words[i].skip || !words[i].capital || words[i].initial !== letters[0]) continue;
    let k = 0;
    let j = i;
    while (j < words.length && k < letters.length) {
      const w = words[j];
      if (w.initial === letters[k] && w.capital) k++;
      else if (!w.skip) break;
      j++;
    }
    if (k === letters.length) return true;
  }
  return false;
}

export const acronymUndefined: Rule = {
  code: 'acronym-undefined',
  check({ draft, index, settings }: RuleContext): RawFinding[] {
    const out: RawFinding[] = [];
    const ignore = new Set(settings.acronyms.ignore);
    // Where each acronym is first expanded in the draft (the short form's offset), and what the
    // definitions themselves cover (uses inside a definition are not uses).
    const definedAt = new Map<string, number>();
    for (const d of draft.acronymDefs) {
      const at = Math.min(d.start, d.shortStart);
      if (!definedAt.has(d.short) || definedAt.get(d.short)! > at) definedAt.set(d.short, at);
    }
    const seen = new Set<string>();
    for (const use of draft.acronymUses) {
      if (use.inHeading || seen.has(use.short)) continue;
      seen.add(use.short);
      const at = definedAt.get(use.short);
      if (at !== undefined && at <= use.sentence.end) continue;
      if (ignore.has(use.short) || index.isWellKnown(use.short)) continue;
      const sources = distinctExpansions(index, use.short);
      const lower = derive(draft, 'lower', () => draft.text.toLowerCase());
      if (sources.slice(0, 8).some((s) => { const at = lower.indexOf(s.long.toLowerCase()); return at >= 0 && at < use.sentence.end; })) continue;
      if (spelledOut(draft, use.short, use.sentence.end)) continue;
      if (!sources.length && isOrdinaryCapsWord(use.short, index, draft.text)) continue;
      const best = bestExpansion(index, use.short);
      if (best) {
        const ev = index.evidence(best.doc, best.start, best.end);
        const others = sources.length - 1;
        out.push({
          code: 'acronym-undefined',
          start: use.start,
          end: use.end,
          message: `${use.short} is used before it is expanded. The sources expand it as “${best.long}” (${cite(ev)})${others > 0 ? `; ${others} other expansion${others > 1 ? 's' : ''} also appear` : ''}.`,
          evidence: [ev],
          fixes: [{ title: `Expand to “${expandedText(best.long, use)}”`, edits: [{ start: use.start, end: use.end, newText: expandedText(best.long, use) }], preferred: true }],
        });
      } else {
        out.push({
          code: 'acronym-undefined',
          start: use.start,
          end: use.end,
          message: `${use.short} is used before it is expanded, and no source in the corpus defines it.`,
          evidence: [],
          fixes: [],
        });
      }
    }
    return out;
  },
};
