// acronym-undefined: the first prose use of an acronym comes before any expansion of it.
import type { Rule, RuleContext, RawFinding } from './rule';
import { cite, shiftFinding } from './rule';
import { changedUnits, flatUses, lineageTable, type AcronymUse, type BlockFacts, type Draft, type DraftUnit } from '../draft/draft';
import { bestExpansion, distinctExpansions, isOrdinaryCapsWord } from '../corpus/search';
import { memoize } from '../text/memo';
import { normalizeWord, wordInfo } from '../text/words';
import type { CorpusIndex } from '../corpus/index';
import type { ProseBlock } from '../text/markdown';
import { inHeaderRow } from '../text/tables';

export function expandedText(long: string, use: Pick<AcronymUse, 'short' | 'suffix'>): string {
  if (use.suffix === 's') return `${long.replace(/(?<![sS])$/, 's')} (${use.short}s)`;
  if (use.suffix === "'s") return `${long} (${use.short})'s`;
  return `${long} (${use.short})`;
}

/**
 * "TAKEAWAY: ...", "**VERDICT:** ...": a word in capitals that opens its line (after list or emphasis
 * marks) and is followed by a colon labels the line, as "NOTE:" does. Asked only of words no source
 * defines: a source's acronym in that place ("NDC: the updated target ...") is still its acronym.
 */
function isLineLabel(text: string, use: Pick<AcronymUse, 'short' | 'start' | 'end'>): boolean {
  if (!/^[A-Z]{3,}$/.test(use.short)) return false;
  const lineStart = text.lastIndexOf('\n', use.start - 1) + 1;
  return /^[\s>*_+-]*$/.test(text.slice(lineStart, use.start)) && /^[*_]*:/.test(text.slice(use.end, use.end + 4));
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
    const first = w[0];
    const capital = first !== first.toLowerCase() || (first >= '0' && first <= '9');
    // Camel case ("XMLHttpRequest") only when a capital follows the first letter and there is a small
    // letter: rare, so the regex is too. "P2M" is one word, not three (it would spell itself).
    if (!/.\p{Lu}/u.test(w) || !/\p{Ll}/u.test(w)) {
      out.push({ initial: first.toUpperCase(), skip: false, capital, at: m.index });
      continue;
    }
    const parts = w.match(/\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?\p{Ll}+|\p{Lu}+|\p{N}+/gu) ?? [w];
    for (const p of parts) out.push({ initial: p[0].toUpperCase(), skip: false, capital: /^[\p{Lu}\p{N}]/u.test(p), at: m.index });
  }
  return out;
}

/** What one sentence offers for spotting expansions, memoised by its (masked) text. */
interface SentenceSpelling {
  /** Every acronym the sentence's runs of capitalised words spell ("SOC" for "Subject Of Cake"), with
   * the offset in the sentence where the run that spells it first ends. */
  spelled: Map<string, number>;
  /** The same, of runs that start a name (no capitalised word just before them: not "Ship Repair
   * Facility" inside "Integrated Ship Repair Facility"). */
  whole: Map<string, number>;
  /** Words the sentence writes in lower case. */
  lower: Set<string>;
}

const MAX_SPELLED = 12;

// Small: spellings of unchanged blocks stay with their facts; this serves blocks being re-read.
const sentenceSpelling = memoize((text: string): SentenceSpelling => {
  const words = initialsOf(text, 0, text.length);
  const spelled = new Map<string, number>();
  const whole = new Map<string, number>();
  // From each capitalised word, extend over capitalised words (a capitalised "Of" may count or not)
  // and lower-case function words. Branching only at capitalised function words; bounded length.
  const walk = (j: number, acc: string, starts: boolean) => {
    const end = words[j - 1].at;
    if (acc.length >= 2 && !(spelled.get(acc)! <= end)) spelled.set(acc, end);
    if (starts && acc.length >= 2 && !(whole.get(acc)! <= end)) whole.set(acc, end);
    if (acc.length >= MAX_SPELLED || j >= words.length) return;
    const w = words[j];
    if (w.capital) walk(j + 1, acc + w.initial, starts);
    if (w.skip) walk(j + 1, acc, starts);
  };
  for (let i = 0; i < words.length; i++) if (!words[i].skip && words[i].capital) walk(i + 1, words[i].initial, i === 0 || !words[i - 1].capital || words[i - 1].skip);
  const lower = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Ll}{2,}(?![\p{L}\p{N}])/gu)) lower.add(m[0]);
  return { spelled, whole, lower };
}, 4000);

/** The spelling of each sentence of a block (aligned with facts.sentences), kept with the block's facts. */
const spellingByFacts = new WeakMap<BlockFacts, SentenceSpelling[]>();
function spellingsOf(facts: BlockFacts): SentenceSpelling[] {
  let s = spellingByFacts.get(facts);
  if (!s) spellingByFacts.set(facts, (s = facts.sentences.map((x) => sentenceSpelling(x.text))));
  return s;
}
const lowerTextByFacts = new WeakMap<BlockFacts, string>();
function lowerTextOf(facts: BlockFacts): string {
  let s = lowerTextByFacts.get(facts);
  if (s === undefined) lowerTextByFacts.set(facts, (s = facts.raw.toLowerCase()));
  return s;
}

/** How many sentences of the draft spell each acronym and write each lower-case word: kept up to date
 * block by block across versions (lineageTable), so asking costs a lookup, not a scan of the draft.
 * Sentence spellings are counted too, and a sentence's words enter or leave the word counts only when its
 * spelling does: an edit moves the words of the sentence it changed, not those of its whole block. */
interface SpellingCounts {
  sentences: Map<SentenceSpelling, number>;
  spelled: Map<string, number>;
  lower: Map<string, number>;
}
function counts(draft: Draft): SpellingCounts {
  const bump = <K>(m: Map<K, number>, k: K, by: number): number => {
    const n = (m.get(k) ?? 0) + by;
    if (n) m.set(k, n);
    else m.delete(k);
    return n;
  };
  const apply = (t: SpellingCounts, f: BlockFacts, by: number) => {
    for (const sp of spellingsOf(f)) {
      const n = bump(t.sentences, sp, by);
      if (by > 0 ? n !== 1 : n !== 0) continue;
      for (const k of sp.spelled.keys()) bump(t.spelled, k, by);
      for (const w of sp.lower) bump(t.lower, w, by);
    }
  };
  return lineageTable(draft, 'acronym-undefined:spelling', () => ({ sentences: new Map(), spelled: new Map(), lower: new Map() }), (t, f) => apply(t, f, 1), (t, f) => apply(t, f, -1));
}

/** A heading, or a cell of a table's header row ("| State | Rate under MGNREGS (₹ a day) |"): a label for
 * what follows, as a heading is, so an acronym in it is neither a first use nor an expansion. */
function isLabel(text: string, block: ProseBlock): boolean {
  return block.kind === 'heading' || (block.kind === 'cell' && inHeaderRow(text, block.start));
}

/**
 * Whether capitalised words spelling the acronym ("Subject Of Cake" for SOC, "XMLHttpRequest" for XHR)
 * stand in the block of its first use, before the end of that use's sentence: the writer has expanded it,
 * even without parentheses. Only there: "the State Tobacco Control Cell" twenty lines up expands nothing
 * for a reader who meets "the STCC" in another paragraph.
 */
function spelledOut(draft: Draft, short: string, until: number, block: ProseBlock, facts: BlockFacts, whole = false, heads?: readonly string[]): boolean {
  const letters = short.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();
  if (letters.length < 2 || !counts(draft).spelled.has(letters)) return false;
  const sp = spellingsOf(facts);
  for (let i = 0; i < sp.length; i++) {
    const last = (whole ? sp[i].whole : sp[i].spelled).get(letters);
    if (last === undefined || block.start + facts.sentences[i].start + last >= until) continue;
    // (With `heads`, only a name whose last word is one of theirs: "the National HPC Access Policy"
    // spells no NHAP that the sources call the "National HPC Access Portal".)
    if (!heads || heads.includes(headWord(facts.sentences[i].text.slice(last)))) return true;
  }
  return false;
}
const headWord = (text: string): string => normalizeWord(/^[\p{L}\p{N}&]*/u.exec(text)![0].toLowerCase());

/** Whether the draft writes this word in lower case anywhere. */
function draftHasLowerWord(draft: Draft, word: string): boolean {
  return counts(draft).lower.has(word);
}

/** Whether a source document (not the glossary) writes this acronym. */
function usedUnexpanded(index: CorpusIndex, short: string): boolean {
  return index.memo(`used-unexpanded\u0000${short}`, () => {
    const stem = wordInfo(short).stem;
    return stem !== undefined && index.docsWithStem(stem).some((d) => d.extract.meta.role !== 'glossary' && d.text.includes(short));
  });
}

/**
 * What a block offers the draft-wide search for first uses, kept with its facts: where it defines each
 * acronym, and its uses with every repeat of the same written acronym left out (a repeat can never be a
 * first use that the earlier one in the block was not). A keystroke re-reads one block's summary; the
 * search walks the others' few entries instead of every use in the draft.
 */
interface BlockSummary {
  defined: Map<string, number>;
  uses: { use: Omit<AcronymUse, 'sentence' | 'inHeading'>; sentenceEnd: number }[];
}
const summaries = new WeakMap<BlockFacts, BlockSummary>();
function summaryOf(facts: BlockFacts): BlockSummary {
  let s = summaries.get(facts);
  if (s) return s;
  s = { defined: new Map(), uses: [] };
  for (const d of facts.defs) {
    const at = Math.min(d.start, d.shortStart);
    if (!(s.defined.get(d.short)! <= at)) s.defined.set(d.short, at);
  }
  const written = new Set<string>();
  for (const f of facts.sentences) {
    for (const use of f.uses) {
      if (written.has(use.short)) continue;
      written.add(use.short);
      s.uses.push({ use, sentenceEnd: f.end });
    }
  }
  summaries.set(facts, s);
  return s;
}

/** A capitalised word (not an acronym) right after an acronym, in the same sentence: a name goes on. */
const NAME_AFTER = /^[ \t]+\p{Lu}\p{Ll}/u;

/** One run of the draft-wide check, with what a later version needs to tell whether it would come out
 * the same: the units it read, the unit of each acronym's first use, and the lower-case words it asked
 * the draft about. `at[i]` is the unit of finding `out[i]`. */
interface Run {
  units: DraftUnit[];
  key: string;
  firstUnit: Map<string, number>;
  lower: Map<string, boolean>;
  out: RawFinding[];
  at: number[];
}
const runs = new WeakMap<object, Run>();

function compute({ draft, index, settings }: RuleContext, key: string): Run {
  const out: RawFinding[] = [];
  const where: number[] = [];
  const firstUnit = new Map<string, number>();
  const lower = new Map<string, boolean>();
  const hasLower = (w: string) => {
    let v = lower.get(w);
    if (v === undefined) lower.set(w, (v = draftHasLowerWord(draft, w)));
    return v;
  };
  const ignore = new Set(settings.acronyms.ignore);
  // Where each acronym is first expanded in the draft (the short form's offset), and what the
  // definitions themselves cover (uses inside a definition are not uses).
  const definedAt = new Map<string, number>();
  for (const { block, facts } of draft.units) {
    // A heading names a section; an expansion in it does not expand the acronym for the prose (as
    // style guides ask: expand at the first use in the text, not in a heading).
    if (isLabel(draft.text, block)) continue;
    for (const [short, at] of summaryOf(facts).defined) {
      const abs = block.start + at;
      // "PM JANMAN" expanded expands "JANMAN" too: the writer may drop the prefix later.
      for (const s of short.includes(' ') ? [short, short.slice(short.lastIndexOf(' ') + 1)] : [short]) if (!(definedAt.get(s)! <= abs)) definedAt.set(s, abs);
    }
  }
  // First prose uses, from each block's first uses (document offsets only for these few).
  const firsts: { use: Pick<AcronymUse, 'short' | 'suffix' | 'start' | 'end'>; sentenceEnd: number; block: ProseBlock; facts: BlockFacts; unit: number }[] = [];
  const seen = new Set<string>();
  // A hyphenated run of capitals ("PM-KISAN") is one acronym when a definition or the corpus knows it
  // whole, else its parts are acronyms of their own ("US-UK").
  const knownWhole = (short: string) => definedAt.has(short) || ignore.has(short) || index.isWellKnown(short) || index.acronym(short).length > 0;
  draft.units.forEach(({ block, facts }, unit) => {
    if (isLabel(draft.text, block)) return;
    for (const { use: x, sentenceEnd } of summaryOf(facts).uses) {
      const visit = (u: Pick<AcronymUse, 'short' | 'suffix' | 'start' | 'end'>) => {
        if (seen.has(u.short)) return;
        seen.add(u.short);
        firstUnit.set(u.short, unit);
        firsts.push({ use: { short: u.short, suffix: u.suffix, start: block.start + u.start, end: block.start + u.end }, sentenceEnd: block.start + sentenceEnd, block, facts, unit });
      };
      const take = (y: Omit<AcronymUse, 'sentence' | 'inHeading'>): void => {
        // Most uses repeat an acronym seen before: skip them before anything else.
        if (!y.parts) {
          if (!seen.has(y.short) && (!y.ifKnown || knownWhole(y.short))) visit(y);
        } else if (knownWhole(y.short)) visit(y);
        else for (const p of y.parts) take(p);
      };
      take(x);
    }
  });
  const family = (short: string, base: string) => short === base || (short.startsWith(base) && /^[-‐‑]?\d+$/.test(short.slice(base.length)));
  const knownFamily = (base: string, at: number): boolean => {
    for (const [short, where] of definedAt) if (where < at && family(short, base)) return true;
    return false;
  };
  for (const { use, sentenceEnd, block, facts, unit } of firsts) {
    const at = definedAt.get(use.short);
    if (at !== undefined && at <= sentenceEnd) continue;
    if (ignore.has(use.short) || index.isWellKnown(use.short)) continue;
    // A well-known acronym with a number ("FY23", "G7") is well known; one of a numbered family the
    // draft has expanded before ("COP28" after "COP21", "GCF-2" after "GCF") is that family's.
    const numbered = /^(\p{Lu}{2,})[-‐‑]?\d+$/u.exec(use.short);
    if (numbered && (ignore.has(numbered[1]) || index.isWellKnown(numbered[1]) || knownFamily(numbered[1], use.start))) continue;
    // A hyphenated acronym whose lettered parts are all well known ("COVID-19", "G7-NATO") needs no expansion.
    if (use.short.includes('-') && use.short.split(/[-‐‑]/).filter((x) => /\p{L}/u.test(x)).every((x) => ignore.has(x) || index.isWellKnown(x))) continue;
    const sources = distinctExpansions(index, use.short);
    // A source's long form written out (any case) earlier in the same block counts as the expansion.
    const own = lowerTextOf(facts);
    if (sources.slice(0, 8).some((s) => { const at = own.indexOf(s.long.toLowerCase()); return at >= 0 && at + block.start < sentenceEnd; })) continue;
    // Capitalised words that spell it in its paragraph. (Words inside a longer name spell it only as a
    // source's long form, checked above: "Ship Repair Facility" in "Integrated Ship Repair Facility" is no
    // expansion of SRF, "Ship Recycling Facility".)
    if (spelledOut(draft, use.short, sentenceEnd, block, facts) && (!sources.length || spelledOut(draft, use.short, sentenceEnd, block, facts, true, sources.map((s) => headWord(/[\p{L}\p{N}&]+$/u.exec(s.long)?.[0] ?? ''))))) continue;
    if (!sources.length && (isOrdinaryCapsWord(use.short, index, hasLower) || isLineLabel(draft.text, use))) continue;
    // A common acronym that only the glossary defines (DRDO, UPSC): writers use it as a name, unless
    // the settings ask for common acronyms to be expanded too.
    const glossaryOnly = sources.length > 0 && sources.every((s) => s.doc.extract.meta.role === 'glossary');
    if (glossaryOnly && !settings.acronyms.expandCommon) continue;
    // The first word of a name ("IIT Madras", "JEE Main", "NITI Aayog") that no source document
    // expands: the writer names the institution as everyone does, and there is no expansion to offer
    // but the glossary's.
    if (!use.suffix && sources.every((s) => s.doc.extract.meta.role === 'glossary') && NAME_AFTER.test(draft.text.slice(use.end, use.end + 40))) continue;
    // The sources write it and none expands it ("NTPC began blending ..."): they use it as a name, as
    // the writer does.
    if (!sources.length && usedUnexpanded(index, use.short)) continue;
    const best = bestExpansion(index, use.short);
    if (best) {
      const ev = index.evidence(best.doc, best.start, best.end);
      const others = sources.length - 1;
      where.push(unit);
      out.push({
        code: 'acronym-undefined',
        start: use.start,
        end: use.end,
        message: `${use.short} is used before it is expanded. The sources expand it as “${best.long}” (${cite(ev)})${others > 0 ? `; ${others} other expansion${others > 1 ? 's' : ''} also appear` : ''}.`,
        evidence: [ev],
        fixes: [{ title: `Expand to “${expandedText(best.long, use)}”`, edits: [{ start: use.start, end: use.end, newText: expandedText(best.long, use) }], preferred: true }],
      });
    } else {
      where.push(unit);
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
  return { units: draft.units, key, firstUnit, lower, out, at: where };
}

/**
 * The last run's findings for this version, when an edit cannot have changed them: the blocks it changed
 * hold no first use, define the same acronyms before and after (what they spell counts only for first
 * uses in them), use only acronyms first used before them, and the lower-case words the run asked about are still (or still not) in the
 * draft. Findings after the edit move with it. Most keystrokes are such; the rest recompute.
 */
function reuse(run: Run, draft: Draft, key: string): Run | undefined {
  const prev = run.units;
  const cur = draft.units;
  if (run.key !== key) return undefined;
  if (prev === cur) return run;
  const { a, b } = changedUnits(prev, cur);
  const oldEnd = prev.length - b;
  const newEnd = cur.length - b;
  for (const u of run.firstUnit.values()) if (u >= a && u < oldEnd) return undefined;
  const keys = (units: DraftUnit[], from: number, to: number, of: (f: BlockFacts) => Iterable<string>) => {
    const out = new Set<string>();
    for (let i = from; i < to; i++) for (const k of of(units[i].facts)) out.add(k);
    return out;
  };
  const same = (x: Set<string>, y: Set<string>) => x.size === y.size && [...x].every((k) => y.has(k));
  const defined = (f: BlockFacts) => summaryOf(f).defined.keys();
  // (What a changed block spells matters only to first uses in it, which recompute above and below.)
  if (!same(keys(prev, a, oldEnd, defined), keys(cur, a, newEnd, defined))) return undefined;
  for (let i = a; i < newEnd; i++) {
    if (isLabel(draft.text, cur[i].block)) continue;
    for (const { use } of summaryOf(cur[i].facts).uses) {
      for (const x of flatUses(use)) if (!(run.firstUnit.get(x.short)! < a)) return undefined;
    }
  }
  for (const [w, v] of run.lower) if (draftHasLowerWord(draft, w) !== v) return undefined;
  const moved = cur.length - prev.length;
  const delta = b ? cur[newEnd].block.start - prev[oldEnd].block.start : 0;
  const firstUnit = new Map<string, number>();
  for (const [k, u] of run.firstUnit) firstUnit.set(k, u >= oldEnd ? u + moved : u);
  const out: RawFinding[] = [];
  const at: number[] = [];
  run.out.forEach((f, i) => {
    const u = run.at[i];
    out.push(u >= oldEnd ? shiftFinding(f, delta) : f);
    at.push(u >= oldEnd ? u + moved : u);
  });
  return { units: cur, key, firstUnit, lower: run.lower, out, at };
}

export const acronymUndefined: Rule = {
  code: 'acronym-undefined',
  check(ctx: RuleContext): RawFinding[] {
    const { draft, index, settings } = ctx;
    const key = `${index.version}\u0000${settings.acronyms.expandCommon}\u0000${settings.acronyms.ignore.join('\u0000')}`;
    const last = runs.get(draft.lineage);
    const run = (last && reuse(last, draft, key)) ?? compute(ctx, key);
    runs.set(draft.lineage, run);
    return run.out;
  },
};
