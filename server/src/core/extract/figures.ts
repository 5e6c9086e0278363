// Figures: the numbers a claim rests on. A percentage, an amount of money, or a number followed by a
// unit or a count noun is a figure; a year, a date, a list number or an ordinal alone is not.
// Every pattern is a single pass of character classes with no nested quantifiers: linear.

export type FigureKind = 'percent' | 'money' | 'count' | 'quantity' | 'multiple';

export interface Figure {
  start: number;
  end: number;
  text: string;
  /** The number as a plain value (18 for "18%", 5e9 for "$5 billion"). */
  value: number;
  kind: FigureKind;
}

const SCALE: Record<string, number> = {
  thousand: 1e3, lakh: 1e5, lakhs: 1e5, million: 1e6, mn: 1e6, m: 1e6, crore: 1e7, crores: 1e7, billion: 1e9,
  bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12, k: 1e3,
};
/** What follows "half" in a saying: "half the battle", "half the story", "only half the job". */
const HALF_SAYING = /^\s+the\s+(?:battle|story|job|work|picture|problem|answer|solution|task|fight|fun)\b/i;
const FRACTIONS: Record<string, number> = { third: 33.3, twothirds: 66.7, quarter: 25, threequarters: 75, fifth: 20, twofifths: 40, half: 50 };
const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, dozen: 12, dozens: 24, hundreds: 100,
  thousands: 1000, millions: 1e6, billions: 1e9,
};
const UNITS = /^(?:per\s?cent|percent|pc|percentage points?|pp|km|kilomet(?:er|re)s?|miles?|kg|tonnes?|tons?|mw|gw|kw|(?:kilo|mega|giga)watts?|[kmgt]wh|mhz|ghz|mt|mmt|barrels?|hectares?|acres?|sq\.?\s?km|metres?|meters?|feet|ft|litres?|liters?|degrees?|°c|bps|basis points?|cm|mm|(?:centi|milli)met(?:er|re)s?|inch(?:es)?|grams?|mg|ml|quintals?|cusecs?|cumecs?|decibels?|db|knots?|kmph|mph|[mg]bps|mtpa)\b|^[µμu]g\/m(?:³|3)/i;
// Count nouns: what policy writing counts. A number followed by one of these (or by an adjective and
// one of these) is a count of things.
const COUNT_NOUNS = /^(?:people|persons?|troops|soldiers|personnel|workers|jobs|students|users|visitors|tourists|companies|firms|units|vehicles|aircraft|ships|vessels|tanks|guns|missiles|weapons|projects|agreements|countries|nations|states|members|cases|deaths|casualties|refugees|villages|households|families|citizens|voters|seats|votes|delegates|officials|employees|engineers|scientists|startups|patents|exports|imports|schools|hospitals|beds|doctors|teachers|farmers|children|women|men|cities|districts|sites|plants|reactors|tonnes|dollars|rupees|won|yen|euros|items|products|contracts|deals|exercises|sorties|submarines|frigates|destroyers|howitzers|drones|satellites|launches|bases|posts|trucks|systems)\b/i;
/** Units written as acronyms that hold a scale: million litres a day, billion cubic metres, lakh and million tonnes. */
const SCALED_UNITS: Record<string, number> = { MLD: 1e6, BCM: 1e9, LMT: 1e5, MMT: 1e6 };
const SCALED_UNIT = new RegExp(String.raw`^\s?(${Object.keys(SCALED_UNITS).join('|')})(?![\p{L}\p{N}])`, 'iu');
const TIME_UNITS = /^(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries|times|others|ones|sides|percentiles)$/;
/** What follows "N times" in a ratio ("three times higher", "five times as many", "twice the size"). */
const RATIO_AFTER = /^\s+(?:more|less|fewer|higher|lower|larger|bigger|greater|smaller|faster|slower|as|the|that|over|its|their|his|her|what)\b/i;
const LABEL_BEFORE = /(?:^|[^\p{L}])(?:Articles|Sections|Rules|Clauses|Tier|Phase|Stage|Level|Grade|Class|Category|Type|Model|Version|Round|Part|Article|Section|Chapter|Schedule|Rule|Clause|Annex|Annexure|Appendix|Table|Figure|Fig\.|Chart|Box|Map|Exhibit|Item|Batch|Block|Sector|Zone|Ward|Unit|Wave|Season|Mission|Vision|Agenda|Pillar|Goal|SDG)\s$/u;
const CURRENCY_PREFIX = /^(?:US\$|\$|₹|€|£|¥|₩|Rs\.?\s?|INR\s?|USD\s?|KRW\s?|EUR\s?)$/;
// Digits grouped in thousands ("104,125") or in the Indian way, lakhs and crores ("1,04,125", "1,50,000").
const DIGITS = String.raw`\d{1,3}(?:,\d{2})+,\d{3}(?![\d,])|\d{1,3}(?:,\d{3})+|\d+`;
const NUMBER_RE = new RegExp(String.raw`(US\$|\$|₹|€|£|¥|₩|Rs\.?\s?|INR\s|USD\s|KRW\s|EUR\s)?(${DIGITS})(\.\d+)?`, 'g');
/** A table cell that is one number ("1,04,125", "8.2", "8.2 %"). */
// (A hedge may come first: "| Families to be displaced | about 2,509 |".)
const CELL_NUMBER = new RegExp(String.raw`^(\s*(?:(?:about|around|nearly|almost|roughly|approximately|approx\.|~)\s*)?)(${DIGITS})(\.\d+)?\s*(%)?\s*$`, 'i');

/** "of 27", "of the 212" after a number, and a word after (not "of 2024's", "of 5.5"). */
const OF_WHOLE = new RegExp(String.raw`^\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?(${DIGITS})(?![\d.,]\d|['’%])(?=\s+\p{L})`, 'u');
const OF_WHICH = /\bof\s+(?:which|whom)\s+$/i;
/** A number listed after others ("..., 728 had been sanctioned and 477 were functional"). */
const LISTED = /(?:,|\band|\bwhile|\bbut|\bwhereas)\s+(?:(?:only|just|nearly|about|almost|barely)\s+)?$/;
const LISTED_VERB = /^\s+(?:were|are|was|is|had|have|has|remain(?:ed|s)?|stood)\b/;

/** Right before a bare number: a verb of change and its preposition ("rose from", "fell to", "reached"),
 * or the "from N to" of a change ("rose from 945 to"). */
const CHANGED = /(?:\b(?:rose|risen|rises|rising|fell|fallen|falls|grew|grown|grows|increased|decreased|declined|dropped|jumped|climbed|surged|doubled|reached|crossed|went\s+(?:up|down))\s+(?:(?:by|from|to|nearly|almost|about|around|over|just|only|more\s+than|less\s+than)\s+)*|\bfrom\s+\d[\d,]*(?:\.\d+)?\s+(?:in\s+\d{4}\s+)?to\s+)$/i;

/** Figures in a text (offsets relative to it). */
export function findFigures(text: string): Figure[] {
  const out: Figure[] = [];
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(text); m; m = NUMBER_RE.exec(text)) {
    const start = m.index;
    let end = m.index + m[0].length;
    // Part of a longer token (a key, a code, "COP21", "1.2.3"): not a figure.
    if (start > 0 && /[\p{L}_@/.-]/u.test(text[start - 1]) && !m[1]) continue;
    // A side of a ratio or a time ("blended at 1:100", "10:30"): no figure of its own (a source's split of
    // a hundred gives percentages: passageFigures).
    if ((text[start - 1] === ':' && /\d/.test(text[start - 2] ?? '')) || (text[end] === ':' && /\d/.test(text[end + 1] ?? ''))) continue;
    // The margin of "50 ± 1 per cent" is no figure of its own.
    if (text[start - 1] === '±' || text[start - 2] === '±') continue;
    // A label's number ("Tier 2 cities", "Phase 3 trials", "Article 370"): a name, not a count.
    if (!m[1] && LABEL_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    if (/^[\p{L}_]/u.test(text.slice(end, end + 1)) && !/^[kmb]\b/i.test(text.slice(end, end + 2))) {
      // "21st", "5G": ordinals and codes are not figures.
      continue;
    }
    if (/^\.\d/.test(text.slice(end, end + 2))) continue;
    let value = Number((m[2] + (m[3] ?? '')).replace(/,/g, ''));
    const currency = !!m[1] && CURRENCY_PREFIX.test(m[1]);
    let rest = text.slice(end, end + 40);
    let kind: FigureKind | undefined = currency ? 'money' : undefined;
    // "50 ± 1 per cent" is 50 per cent.
    const pct = /^(?:\s?±\s?\d+(?:\.\d+)?)?\s?(%|per\s?cent\b|percent\b)/i.exec(rest);
    if (pct) {
      end += pct[0].length;
      out.push({ start, end, text: text.slice(start, end), value, kind: 'percent' });
      continue;
    }
    const scale = /^[\s-]?(thousand|lakhs?|million|mn|crores?|billion|bn|trillion|tn|[kmb])\b/i.exec(rest);
    // (Not a letter that labels, after a label like it: "Articles 323A and 323B".)
    if (scale && /^[kmb]$/i.test(scale[1]) && !currency && /\d\p{L}\s*(?:,|and|or|&)\s*$/u.test(text.slice(Math.max(0, start - 12), start))) continue;
    if (scale) {
      value *= SCALE[scale[1].toLowerCase()] ?? 1;
      end += scale[0].length;
      rest = text.slice(end, end + 40);
      kind ??= 'quantity';
      // "₹1.5 lakh crore", "₹50 thousand crore": a scale of a scale.
      const more = /^\s(crores?|billion|million)\b/i.exec(rest);
      if (more && /^(?:thousand|lakhs?)$/i.test(scale[1])) {
        value *= SCALE[more[1].toLowerCase()] ?? 1;
        end += more[0].length;
        rest = text.slice(end, end + 40);
      }
    }
    const cur = /^\s?(dollars|rupees|won|yen|euros|pounds|USD|INR|KRW)\b/i.exec(rest);
    if (cur) {
      end += cur[0].length;
      kind = 'money';
    }
    // (A unit whose letters hold a scale: "1,580 MLD" is 1,580 million litres a day, "3.2 LMT" 3.2 lakh tonnes.)
    const scaledUnit = !kind ? SCALED_UNIT.exec(rest) : null;
    if (scaledUnit) {
      value *= SCALED_UNITS[scaledUnit[1].toUpperCase()];
      end += scaledUnit[0].length;
      kind = 'quantity';
    } else if (!kind || kind === 'quantity') {
      const unit = /^\s?/.exec(rest)![0];
      const after = rest.slice(unit.length);
      if (UNITS.test(after)) {
        end += unit.length + UNITS.exec(after)![0].length;
        kind = 'quantity';
      } else {
        // A count: the number, optionally one modifier word, then a count noun ("10,000 additional troops").
        // "100 of them", "40 of these": a count of the things just named.
        // Or "17 of the country's metro systems", "4,850 of the 2024 samples": a count of those things.
        const ofThe = /^\s+of\s+(?:the\s+|its\s+|their\s+)?(?:\p{L}+['’]s\s+)?(?:(?:19|20)\d{2}(?:[-\u2013]\d{2})?\s+)?(?:[\p{L}-]+\s+){0,2}?(\p{L}{3,}[^s\W]s)\b/u.exec(rest);
        const ofThem = /^\s+of\s+(?:them|these|those)\b/i.exec(rest) ?? (ofThe && !TIME_UNITS.test(ofThe[1]) && /^\s+of\s+(?:the|its|their|\p{L}+['’]s)\s/u.test(rest) ? ofThe : null);
        // "6 of 27 memoranda", "46 of the 212 CCIs": a part of a whole counted, whatever the things are.
        const ofWhole = OF_WHOLE.exec(rest);
        if (ofWhole && !m[1] && !m[3] && !isYear(m[2]) && !isYear(ofWhole[1]) && Number(ofWhole[1].replace(/,/g, '')) > value) {
          end += ofWhole[0].length;
          out.push({ start, end, text: text.slice(start, end), value, kind: 'count' });
          continue;
        }
        if (ofThem && !isYear(m[2], m[3])) {
          end += ofThem[0].length;
          out.push({ start, end, text: text.slice(start, end), value, kind: 'count' });
          continue;
        }
        // "70 districts ..., of which 25 were ...": a count of the things the sentence just counted.
        if (OF_WHICH.test(text.slice(Math.max(0, start - 16), start)) && value >= 2 && !isYear(m[2], m[3]) && /\d\s+\p{L}+/u.test(text.slice(Math.max(0, start - 200), start))) {
          out.push({ start, end, text: text.slice(start, end), value, kind: 'count' });
          continue;
        }
        // "740 schools, 728 had been sanctioned and 477 were functional": a bare number with a verb after
        // it, in a list of counts, counts the same things (the last count before it named them).
        if (LISTED.test(text.slice(Math.max(0, start - 16), start)) && LISTED_VERB.test(rest) && value >= 2 && !isYear(m[2], m[3]) && /\d\s+\p{L}+/u.test(text.slice(Math.max(0, start - 200), start))) {
          out.push({ start, end, text: text.slice(start, end), value, kind: 'count' });
          continue;
        }
        // "The number of centres rose from 945 to 1,622": a bare number a verb of change goes from or to
        // counts what its subject counts.
        if (CHANGED.test(text.slice(Math.max(0, start - 60), start)) && value >= 2 && !isYear(m[2], m[3]) && !/^\s*(?:years?|months?|days?|weeks?)\b/i.test(rest)) {
          out.push({ start, end, text: text.slice(start, end), value, kind: 'count' });
          continue;
        }
        const direct = /^\s/.test(rest) ? COUNT_NOUNS.exec(rest.slice(1)) : null;
        // One or two modifiers: "10,000 additional troops", "14 priority LoC projects".
        // (Not a preposition: "1.6 for air-cooled systems" counts no systems.)
        const one = direct ? null : /^\s(?!(?:of|in|on|at|to|for|from|by|per|than|with|against|over|under|into|across)\s)[\p{Ll}-]+\s/u.exec(rest);
        const two = one && !COUNT_NOUNS.test(rest.slice(one[0].length)) ? /^\s[\p{Ll}-]+\s[\p{L}-]+\s/u.exec(rest) : null;
        const mod = two ?? one;
        // Or any plural noun right after digits ("31 comments", "408 grievances"), but units of time
        // ("5 years") and "times".
        // (Not after a name, whose number is a version or a label: "PMKVY 4.0 funds".)
        // (The sentence's first word is capitalised as any is: "About 10,000 locomotives".)
        const named = /\p{Lu}[\p{L}-]*\s$/u.exec(text.slice(Math.max(0, start - 24), start));
        const plural = direct || (named && (/\p{L}/u.test(text.slice(0, start - named[0].length)) || !/^\p{Lu}\p{Ll}+\s$/u.test(named[0]) || m[3] !== undefined)) ? null : /^\s(\p{Ll}{3,}[^s\W]s)\b/u.exec(rest);
        const modified = mod ? COUNT_NOUNS.exec(rest.slice(mod[0].length))?.[0] : undefined;
        // "invoked more than 200 times since 1950": a count of occurrences ("three times higher" is a ratio).
        const occurrences = !direct && !modified && plural?.[1] === 'times' && value >= 2 && !RATIO_AFTER.test(rest.slice(plural[0].length)) ? 'times' : undefined;
        let noun = direct?.[0] ?? modified ?? occurrences ?? (plural && !TIME_UNITS.test(plural[1]) ? plural[1] : undefined);
        // Or a plural noun after up to three words that name its kind ("25 business activities", "14
        // Coastal Economic Zones", "29 deep-seated and critical minerals").
        let span = modified ? mod![0].length : 1;
        if (!noun && !plural && !/\p{Lu}[\p{L}-]*\s$/u.test(text.slice(Math.max(0, start - 24), start))) {
          const kinded = /^\s(?:[\p{L}-]+\s(?:(?:and|or)\s)?){1,3}?(\p{L}{2,}[^s\W]s)\b/u.exec(rest);
          if (kinded && !TIME_UNITS.test(kinded[1]) && !/^\s(?:of|in|on|at|to|for|and|or|per|from|by|the|a|an)\s/i.test(kinded[0])) {
            noun = kinded[1];
            span = kinded[0].length - noun.length;
          }
        }
        // Or a plural acronym ("operates 14 ICPs", "38 PACS" is no plural: its "S" is a letter of it).
        // (With the guards of a plural: not after a name, "AMRUT 2.0 STPs", "NH 44 ROBs".)
        if (!noun && value >= 2 && !named && m[3] === undefined) {
          const acronyms = /^\s(\p{Lu}{2,}s)\b/u.exec(rest);
          if (acronyms) {
            noun = acronyms[1];
            span = 1;
          }
        }
        if (noun && !isYear(m[2], m[3])) {
          end += span + noun.length;
          kind = 'count';
        }
      }
    }
    if (!kind) continue;
    out.push({ start, end, text: text.slice(start, end), value, kind });
  }
  // A multiple ("three times faster", "5 times as many") and a time that changed ("from 90 days to 4
  // days"): statistics, though a count of times or a span of days alone is none.
  for (const m of text.matchAll(MULTIPLE)) {
    const n = /^\d/.test(m[1]) ? Number(m[1]) : WORD_NUMBERS[m[1].toLowerCase()];
    if (n && n >= 2 && !out.some((f) => f.start < m.index! + m[0].length && m.index! < f.end)) out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], value: n, kind: 'multiple' });
  }
  // A span of time in a sentence about an average ("took an average of 38 days", "The median turnaround
  // was 26 days", "On average, a complaint took 14 months"): a statistic, though a span alone is none.
  if (AVERAGE.test(text)) for (const m of text.matchAll(SPAN_OF_TIME)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (!out.some((f) => f.start < end && start < f.end)) out.push({ start, end, text: m[0], value: Number(m[1]), kind: 'quantity' });
  }
  // A measure's value ("a PUE of 1.18", "a Power Usage Effectiveness (PUE) of 1.18", "an IMR of 28"): a
  // statistic, with a fraction or after an acronym (not "a period of 5 years", "the age of 18").
  // (Only where a number follows "of": most sentences with " of " have none, and the pattern is costly.)
  if (OF_NUMBER.test(text)) for (const m of text.matchAll(MEASURE_OF)) {
    if (!m[3].includes('.') && !m[2] && !/^\p{Lu}{2,}s?$/u.test(m[1])) continue;
    if (isYear(m[3].replace(/\..*/, ''), m[3].includes('.') ? m[3].slice(m[3].indexOf('.')) : undefined)) continue;
    const start = m.index! + m[0].length - m[3].length;
    const end = m.index! + m[0].length;
    if (!out.some((f) => f.start < end && start < f.end)) out.push({ start, end, text: m[3], value: Number(m[3]), kind: 'quantity' });
  }
  if (/\bfrom\b/i.test(text)) for (const m of text.matchAll(TIME_CHANGE)) {
    // Each side: its number to the end of its unit (groups 1-2 and 3-4).
    for (const [n, unit] of [[1, 2], [3, 4]]) {
      const start = m.indices![n][0];
      const end = m.indices![unit][1];
      if (!out.some((f) => f.start < end && start < f.end)) out.push({ start, end, text: text.slice(start, end), value: Number(m[n].replace(/,/g, '')), kind: 'quantity' });
    }
  }
  return out.concat(wordFigures(text)).sort((a, b) => a.start - b.start);
}

const MULTIPLE = /(?<![\d.,])\b(\d{1,3}(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)\s+times\s+(?:more|less|fewer|higher|lower|larger|bigger|greater|smaller|faster|slower|as\s+(?:many|much|large|fast|high|likely)|that\s+of|the)\b/gi;
const TIME_CHANGE = /\bfrom\s+(?:an?\s+average\s+of\s+|about\s+|around\s+|nearly\s+|over\s+)?(\d[\d,]*(?:\.\d+)?)\s(days|weeks|months|hours|minutes|years)\s+to\s+(?:under\s+|less\s+than\s+|about\s+|around\s+|just\s+)?(\d[\d,]*(?:\.\d+)?)\s(days|weeks|months|hours|minutes|years)\b/dgi;

const AVERAGE = /\b(?:average|median|mean)\b/i;
const SPAN_OF_TIME = /(?<![\d.,])(\d+(?:\.\d+)?)\s+(?:working\s+|calendar\s+)?(?:days|weeks|months|years|hours|minutes)\b/gi;
const OF_NUMBER = /\sof\s+(?:(?:about|around|nearly|over|just)\s+)?\d/;
const MEASURE_OF = /\b(?:an?|the|its|their)\s+(?:[\p{L}-]+\s+){0,3}?([\p{L}-]+)(\s+\(\p{Lu}{2,}\))?\s+of\s+(?:about\s+|around\s+|nearly\s+|over\s+|just\s+)?(\d+(?:\.\d+)?)(?!\d|[.,]\d|\s*(?:%|per\s?cent|percent|crore|lakh|million|billion|trillion|thousand|hundred))/gu;
function isYear(intPart: string, frac?: string): boolean {
  return !frac && /^(1[5-9]|20)\d\d$/.test(intPart);
}

/** Cardinal number words and the multipliers that scale them ("two hundred and fifty", "ten lakh"). */
const CARDINALS = new Map<string, number>(
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
    .split(' ').map((w, i) => [w, i] as [string, number])
    .concat('twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').map((w, i) => [w, 20 + 10 * i] as [string, number])),
);
const MULTIPLIERS: Record<string, number> = { hundred: 100, thousand: 1e3, lakh: 1e5, lakhs: 1e5, million: 1e6, crore: 1e7, crores: 1e7, billion: 1e9, trillion: 1e12 };
/** Rough plurals: "hundreds of schools", "dozens of firms". */
const ROUGH = new Set(['dozen', 'dozens', 'hundreds', 'thousands', 'millions', 'billions']);
const NUMBER_WORD = /\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|lakhs?|million|crores?|billion|trillion|dozens?|hundreds|thousands|millions|billions)\b/giu;
const NUMBER_NEXT = /^(?:[\s-]+(?:and\s+)?)(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|lakhs?|million|crores?|billion|trillion)\b/i;

/** The value of a run of number words ("one hundred", "twenty-five", "two hundred and fifty", "ten lakh"). */
function wordValue(words: string[]): number {
  if (words.length === 1 && ROUGH.has(words[0])) return WORD_NUMBERS[words[0]] ?? 0;
  let total = 0, current = 0;
  for (const w of words) {
    const c = CARDINALS.get(w);
    if (c !== undefined) current += c;
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (MULTIPLIERS[w]) { total += (current || 1) * MULTIPLIERS[w]; current = 0; }
  }
  return total + current;
}

/** What may follow a share in words ("a third of", "fell by a third in 2024"); a noun after "a third" makes
 * it an ordinal ("a third site"). */
const SHARE_NEXT = /^\s+(?:of|the|its|their|all|in|on|at|from|to|since|between|over|during|and|or|as|by|for|this|that|per|than|while|when)\b/i;

/** "two-thirds", "half of", "a third of", "three times", "one hundred cities", "twenty per cent" are
 * figures too, worded. */
function wordFigures(text: string): Figure[] {
  const out: Figure[] = [];
  NUMBER_WORD.lastIndex = 0;
  for (let m = NUMBER_WORD.exec(text); m; m = NUMBER_WORD.exec(text)) {
    const start = m.index;
    let end = start + m[0].length;
    const words = [m[0].toLowerCase()];
    for (let next = NUMBER_NEXT.exec(text.slice(end, end + 30)); next && !ROUGH.has(words[0]); next = NUMBER_NEXT.exec(text.slice(end, end + 30))) {
      words.push(next[1].toLowerCase());
      end += next[0].length;
    }
    NUMBER_WORD.lastIndex = end;
    // A multiplier alone counts only after "a" ("a hundred districts"): "50 billion" is the digits' figure,
    // "several billion dollars" no figure at all.
    if ((words[0] === 'hundred' || MULTIPLIERS[words[0]]) && !/(?:^|\s)an?\s+$/i.test(text.slice(Math.max(0, start - 3), start))) continue;
    const value = wordValue(words);
    const rest = text.slice(end, end + 40);
    const pct = /^\s(?:per\s?cent|percent)\b/i.exec(rest);
    if (pct && !ROUGH.has(words[0])) {
      out.push({ start, end: end + pct[0].length, text: text.slice(start, end + pct[0].length), value, kind: 'percent' });
      continue;
    }
    const money = /^\s(?:[a-z]+\s)?(dollars|rupees|euros|pounds|yen)\b/i.exec(rest);
    if (money) {
      out.push({ start, end: end + money[0].length, text: text.slice(start, end + money[0].length), value, kind: 'money' });
      continue;
    }
    // A count of things: at least two (one of anything is no statistic), then at most one modifier.
    const direct = /^\s(?:of\s+)?([a-z]+)\b/i.exec(rest);
    const noun = direct && COUNT_NOUNS.test(direct[1]) ? direct : /^\s(?:of\s+)?[a-z-]+\s([a-z]+)\b/i.exec(rest);
    // (Or any plural noun after a number with its scale: "three lakh lives", "two million hectares".)
    const scaled = !ROUGH.has(words[0]) && words.length > 1 && MULTIPLIERS[words[words.length - 1]] ? /^\s(\p{Ll}{3,}[^s\W]s)\b/u.exec(rest) : null;
    // (And a number with its scale that ends its clause: "a population of more than five lakh.")
    const bare = !ROUGH.has(words[0]) && words.length > 1 && MULTIPLIERS[words[words.length - 1]] && /^(?:[.,;:)]|$)/.test(rest);
    if (bare) {
      out.push({ start, end, text: text.slice(start, end), value, kind: 'count' });
      continue;
    }
    if (scaled && !TIME_UNITS.test(scaled[1])) {
      out.push({ start, end: end + scaled[0].length, text: text.slice(start, end + scaled[0].length), value, kind: 'count' });
      continue;
    }
    if (noun && value >= 2 && COUNT_NOUNS.test(noun[1]) && (!/^\sof\s/i.test(rest) || ROUGH.has(words[0]))) {
      out.push({ start, end: end + noun[0].length, text: text.slice(start, end + noun[0].length), value, kind: 'count' });
    }
  }
  // Shares in words are percentages ("three-quarters" is 75 per cent, "nine in ten" 90), so that "about
  // three-quarters" meets a source's "74 per cent"; multiples ("doubled") carry no value.
  const frac = /\b(?:(one|a)[- ]third|two[- ]thirds|(one|a)[- ]quarter|three[- ]quarters|(one|a)[- ]fifth|two[- ]fifths|(?:one[- ])?half|doubled|tripled|(?:two|three|four|five|ten)fold)\b/gi;
  for (let m = frac.exec(text); m; m = frac.exec(text)) {
    const share = FRACTIONS[m[0].toLowerCase().replace(/^(?:one|a)[- ]/, '').replace(/[- ]/g, '')];
    // "a half-day", "half a million": only a share of something ("half of", "half the", "half its").
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 9);
    if (share === 50 && !/^\s+(?:of|the|its|their|all)\b/i.test(after)) continue;
    // "is only half the job", "half the battle": a saying, no share of anything counted.
    if (share === 50 && HALF_SAYING.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
    // "a third site", "a fifth round": an ordinal before its noun, no share ("a third of", "by a third");
    // so is one in a compound ("a third-phase proposal", "a third-party audit").
    if (/^(?:one|a)[- ]/i.test(m[0]) && ((/^\s+\p{L}/u.test(after) && !SHARE_NEXT.test(after)) || /^-\p{L}/u.test(after))) continue;
    // "meets only once a quarter": how often, no share.
    if (/^a[- ]quarter$/i.test(m[0]) && /\b(?:once|twice|thrice|times)\s+$/i.test(text.slice(Math.max(0, m.index - 7), m.index)) && !/^\s+of\b/i.test(after)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], value: share ?? 0, kind: share ? 'percent' : 'quantity' });
  }
  // "a six-member committee", "the 15-member panel": a count of members.
  const members = /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|\d{1,3})-member\b/gi;
  for (let m = members.exec(text); m; m = members.exec(text)) {
    const n = /^\d/.test(m[1]) ? Number(m[1]) : WORD_NUMBERS[m[1].toLowerCase()];
    if (n) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], value: n, kind: 'count' });
  }
  const inN = /\b(one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+(two|three|four|five|six|seven|eight|nine|ten)\b/gi;
  for (let m = inN.exec(text); m; m = inN.exec(text)) {
    const a = WORD_NUMBERS[m[1].toLowerCase()] ?? 1;
    const b = WORD_NUMBERS[m[2].toLowerCase()];
    if (b && a < b) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], value: Number(((100 * a) / b).toFixed(1)), kind: 'percent' });
  }
  return out;
}

/**
 * Figures in a table row of a source ("Schools with a single teacher | 1,10,971 | 1,04,125"): a bare
 * number in a cell takes its unit from the row's label, its first cell ("Dropout rate (%)", "Students
 * enrolled (crore)", "Outlay (₹ crore)"); with none, it counts what the label names. A label that is no
 * words (a timeline's year) makes no figures, nor does a bare year.
 */
export function rowFigures(text: string): Figure[] {
  const out: Figure[] = [];
  const cells: { start: number; text: string }[] = [];
  for (let at = 0; at <= text.length; ) {
    const bar = text.indexOf('|', at);
    const end = bar < 0 ? text.length : bar;
    cells.push({ start: at, text: text.slice(at, end) });
    at = end + 1;
  }
  const label = cells.find((c) => c.text.trim());
  if (!label || !/\p{L}{3}/u.test(label.text) || cells.length < 2) return out;
  const percent = /%|\bper\s?cent\b|\bpercent(?:age)?\b/i.test(label.text);
  const scale = /\b(thousand|lakh|crore|million|billion|trillion)s?\b/i.exec(label.text);
  const money = /[₹$€£]|\bRs\.?(?![\p{L}])|\b(?:INR|USD)\b/u.test(label.text);
  for (const c of cells) {
    if (c === label) continue;
    const m = CELL_NUMBER.exec(c.text);
    if (!m) continue;
    let value = Number((m[2] + (m[3] ?? '')).replace(/,/g, ''));
    const kind: FigureKind = percent || m[4] ? 'percent' : money ? 'money' : 'count';
    if (kind === 'count' && !scale && (value < 2 || isYear(m[2], m[3]))) continue;
    if (kind !== 'percent' && scale) value *= SCALE[scale[1].toLowerCase()];
    const start = c.start + m[1].length;
    // (From the number on: a hedge before it is no part of its span.)
    const written = c.text.slice(m[1].length).trim();
    out.push({ start, end: start + written.length, text: written, value, kind });
  }
  return out;
}

/** Numbered things listed by their numbers ("Units 1 and 2", "units 3, 4 and 5"): a count of them. */
const NUMBERED_LIST = /\b(\p{L}+s)\s+(\d{1,3}(?:,\s*\d{1,3})*\s+and\s+\d{1,3})\b/gu;

/** A ratio of two to four parts ("51:49", "40:30:30"), not a time or a verse ("10:30", "3:16" sum to no 100). */
const SHARES = /(?<![\d.:])\d{1,2}(?:\.\d+)?(?::\d{1,2}(?:\.\d+)?){1,3}(?![\d:]|\s*(?:am|pm|a\.m\.|p\.m\.|hrs|hours)\b)/gi;

/** A round number after "a" with no noun of its own ("a population of more than a million"). */
const ROUND_ALONE = /\ban?\s+(hundred|thousand|lakh|million|crore|billion)\b/gi;

/** The figures of a source passage: a table row's too (see rowFigures), numbered things listed, a round
 * number without its noun, and the percentages of a ratio. */
export function passageFigures(text: string): Figure[] {
  const found = findFigures(text);
  // In a source, "Units 1 and 2 are Russian-designed" backs a draft's "two Russian-designed units" (in a
  // draft, a list of labels is no statistic).
  if (/\d\s+and\s+\d/.test(text)) {
    for (const m of text.matchAll(NUMBERED_LIST)) {
      const n = m[2].split(/,\s*|\s+and\s+/).length;
      if (!found.some((f) => f.start < m.index! + m[0].length && m.index! < f.end)) found.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], value: n, kind: 'count' });
    }
  }
  // "among the top 10 shipbuilding nations by 2030 and among the top 5 by 2047": a bare number after the
  // words an earlier count follows counts the same things (the noun is left out the second time).
  for (const f of found.slice()) {
    if (f.kind !== 'count' || !/^\d/.test(f.text)) continue;
    const lead = /(?:^|\s)(\p{L}+\s+\p{L}+)\s+$/u.exec(text.slice(Math.max(0, f.start - 30), f.start));
    if (!lead) continue;
    const again = new RegExp(`\\b${lead[1].replace(/\s+/g, '\\s+')}\\s+(\\d{1,3}(?:,\\d{3})*)\\b(?![.,]?\\d|\\s*(?:%|per\\s?cent|percent))`, 'giu');
    again.lastIndex = f.end;
    for (let m = again.exec(text); m; m = again.exec(text)) {
      const at = m.index + m[0].length - m[1].length;
      if (!found.some((g) => g.start < at + m![1].length && at < g.end)) found.push({ start: at, end: at + m[1].length, text: m[1], value: Number(m[1].replace(/,/g, '')), kind: 'count' });
    }
  }
  // "the number of integrated central schemes now stands at 16": in a source, the bare number counts the
  // things the phrase names, and backs a draft's "16 central schemes".
  if (/\bnumber\s+of\s/i.test(text)) {
    for (const m of text.matchAll(NUMBER_OF)) {
      const at = m.index! + m[0].length - m[1].length;
      if (!isYear(m[1]) && !found.some((f) => f.start < at + m[1].length && at < f.end)) found.push({ start: at, end: at + m[1].length, text: m[1], value: Number(m[1].replace(/,/g, '')), kind: 'count' });
    }
  }
  // "200 mills — 99 cooperative and 101 private —": in a source, two bare numbers each before a word and
  // joined by "and" split a count between kinds; each counts (a draft's "101 private mills").
  if (/\d\s+\p{Ll}{3,}\s+and\s+\d/u.test(text)) {
    for (const m of text.matchAll(SPLIT_COUNT)) {
      for (const [n, at] of [[m[1], m.index!], [m[2], m.index! + m[0].length - m[2].length - (m[3]?.length ?? 0)]] as const) {
        // (Not years: "between the 2019 polls and 2024 polls".)
        if (!isYear(n) && !found.some((f) => f.start < at + n.length && at < f.end)) found.push({ start: at, end: at + n.length, text: n, value: Number(n.replace(/,/g, '')), kind: 'count' });
      }
    }
  }
  // "a population of more than a million": in a source, a round number without its noun backs a
  // draft's "more than a million people".
  for (const m of text.matchAll(ROUND_ALONE)) {
    const end = m.index! + m[0].length;
    if (!found.some((f) => f.start < end && m.index! < f.end)) found.push({ start: m.index!, end, text: m[0], value: MULTIPLIERS[m[1].toLowerCase()], kind: 'count' });
  }
  // A split written as a ratio of a hundred ("in the ratio 51:49", "shared 60:40") gives each side's
  // percentage.
  if (text.includes(':')) {
    for (const m of text.matchAll(SHARES)) {
      const parts = m[0].split(':');
      if (Math.abs(parts.reduce((a, b) => a + Number(b), 0) - 100) > 1e-9) continue;
      let at = m.index!;
      for (const t of parts) {
        found.push({ start: at, end: at + t.length, text: t, value: Number(t), kind: 'percent' });
        at += t.length + 1;
      }
    }
  }
  if (!text.includes('|')) return found;
  const row = rowFigures(text).filter((r) => !found.some((f) => f.start < r.end && r.start < f.end));
  return row.length ? found.concat(row) : found;
}

/** "99 cooperative and 101 private": two bare counts, each before a word, joined by "and". */
const SPLIT_COUNT = /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)\s+\p{Ll}{3,}\s+and\s+(\d{1,3}(?:,\d{3})+|\d+)(\s+\p{Ll}{3,})/gu;
/** "The number of <things> (now) stands at / rose to / reached <N>": a bare count of the things named. */
const NUMBER_OF = /\bnumber\s+of\s+[\p{L}\s'’-]{3,60}?\s+(?:(?:now|has|had|have|currently|then)\s+)?(?:stands?|stood|is|was|are|were|rose|risen|grew|grown|reached|fell|fallen|totals?|totalled|increased|decreased|declined|went\s+up|climbed)\s+(?:to\s+|at\s+)?(\d{1,3}(?:,\d{3})+|\d+)(?![.,]?\d|\s*(?:%|per\b|percent|crore|lakh|million|billion|thousand|hundred|kg|km|MW|GW|tonnes|in\s+every|out\s+of))/giu;

/** Words that can make a figure without a digit (a cheap test before the full scan). */
export const NUMBER_WORDS = /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|lakhs?|millions?|crores?|billions?|trillion|dozens?|third|thirds|quarters?|fifths?|half|doubled|tripled|fold|member)\b/i;

/** A comparable key for a figure: value and kind ("percent:18"). */
export function figureKey(f: Figure): string {
  return `${f.kind === 'count' || f.kind === 'quantity' ? 'n' : f.kind}:${Number(f.value.toPrecision(6))}`;
}
