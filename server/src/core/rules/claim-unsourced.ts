// claim-unsourced: a sentence that states a statistic, quotes someone, ranks something or leans on a
// vague attribution, with no citation ([@key], @key, [^note] or a link) in it. The message says whether a
// corpus passage supports the claim; the fix cites the best supporting source.
import type { Rule, BlockContext, RawFinding, RuleContext } from './rule';
import { cite, quoteAround, shiftFinding } from './rule';
import { tablesOf, type BlockFacts, type Draft } from '../draft/draft';
import type { CorpusIndex } from '../corpus/index';
import type { Settings } from '../settings';
import type { Passage, SearchCache } from '../corpus/search';
import { figureKey, findFigures, passageFigures, type Figure } from '../extract/figures';
import { afterLeadingTimeClause, besideTable, findSupport } from '../corpus/search';
import { isAnaphoric, ordinalOf, subjectSpan } from '../extract/events';
import { EVALUATIVE_EST, NOT_SUPERLATIVE_EST } from '../text/words';
import type { Fix } from '../types';
import { memoize } from '../text/memo';
import { assertsNothing, QUESTION_TO_ASK } from '../text/sentences';
import { keyTerms, STOPWORDS } from '../text/words';

// Each pattern is a fixed alternation or a single negated class: no nested quantifiers, linear.
const QUOTE_RE = /[“"]([^”"\n]{1,600})[”"]|‘([^’\n]{1,600})’(?!\p{L})/gu;
/** "the first state to notify ...", "the only state to have met ...": primacy; not the first of a
 * sequence ("the first step to", "the first meeting to review"), nor what is first due ("the first hub
 * ITIs are to be selected"), nor a judgement ("the only way to ..."). */
const NOT_FIRST_OF = 'step|steps|phase|stage|round|part|instalment|tranche|batch|meeting|session|day|week|month|year|time|lot|list|way|option|choice|answer|solution|remedy|hope|route|means|thing';
const BEFORE_TO = 'is|are|was|were|be|been|due|expected|set|likely|scheduled|planned|going|able|about|yet|ready';
const SUPERLATIVE_RE = new RegExp(String.raw`\b(?:the|its|their|his|her|our|\p{Lu}\p{L}*['’]s)\s+(?:(?:single|second|third|fourth|fifth|fastest-growing|very)[\s-]+)?(?:largest|biggest|highest|lowest|greatest|smallest|fastest|slowest|strongest|weakest|richest|poorest|oldest|youngest|longest|shortest|deepest|best|worst|leading|foremost|most\s+\p{L}{3,}|least\s+\p{L}{3,})\b|\bworld['’]s\b|\bin the world\b|\b(?:the|its|their|his|her|our|\p{Lu}\p{L}*['’]s)\s+(?:(?:single|second|third|very)\s+)?(?!(?:${NOT_SUPERLATIVE_EST}|${EVALUATIVE_EST})\b)\p{L}{2,}est\b|\b(?:the|its|their)\s+(?:${EVALUATIVE_EST})\s+(?:[\p{L}-]+\s+){0,2}?(?:yet|ever|so\s+far|on\s+record|in\s+(?:history|decades|years))\b|\bthan\s+(?:that\s+of\s+|those\s+of\s+|in\s+)?(?:any|every|all)\s+(?:the\s+)?other\b|\bthan\s+(?:anyone|anything|anywhere)\s+else\b|\branks?\s+(?:first|second|third|\d{1,3}(?:st|nd|rd|th)\b|\d{1,3}(?=\s*(?:[.,;](?!\d)|$|\s(?:in|among|out|of|on|globally|worldwide|overall)\b)))|\branked\b(?!\s+(?:on|by|using|according|in\s+terms)\b)|\bnumber one\b|\btop\s+\d+\b|\b(?:the|its|their)\s+(?:first(?:-ever)?|only)(?=\s+(?!(?:${NOT_FIRST_OF})\b)(?:(?!(?:${NOT_FIRST_OF}|${BEFORE_TO})\b)[\p{L}-]+\s+){1,4}?to\s+(?:be\s+)?(?!(?:the|a|an|its|their|this|that|these|those|his|her|our|be|it|them|him|us|all|each|every|both)\b)\p{Ll}{2,})`, 'iu');
const VAGUE_RE = /\b(?:according to (?:one|some|an|a few|many|several|various|recent|unnamed|certain)\b|according to (?:the\s+)?(?:(?:industry|market|expert|official|independent|government|private|internal|early|unofficial|rough|conservative|local|media|other|most|latest|preliminary|[a-z]{3,})\s+){0,3}(?:estimates?|reports?|sources|experts|analysts|studies|observers|officials|insiders|accounts|surveys|data|figures|projections|calculations)\b|(?<!\b(?:what|how|whether)\s+(?:the\s+|our\s+|these\s+)?)(?:experts?|analysts?|observers|officials|sources|critics|scholars|economists|researchers|scientists|activists|campaigners|insiders|diplomats|stakeholders|advocates|commentators|associations|groups|bodies|unions|employers|industry)(?: (?:in|at|from|of) (?:the )?[A-Z][\w.-]*(?: [A-Z][\w.-]*)?)?(?: (?:privately|publicly|openly|widely|generally|often|now|also))? (?:say|says|believe|argue|suggest|agree|note|warn|estimate|claim|expect|fear|insist|admit|concede|acknowledge|contend|maintain|reckon)\b|(?<!\b(?:what|how|whether)\s+(?:the\s+|our\s+|these\s+)?)(?:studies|research|reports|data|surveys|estimates) (?:show|shows|suggest|suggests|indicate|indicates|have shown|has shown|find|found)\b|it is (?:said|believed|estimated|reported|claimed|widely (?:believed|accepted|known|acknowledged))\b|\b(?:some|many|most) (?:say|argue|believe|claim)\b|\b(?:some|many|most) (?:[a-z]+ ){0,2}[a-z]+s (?:say|argue|believe|claim|think|feel|agree|warn|fear)\b|\breportedly\b|\bis widely (?:believed|regarded|seen|considered)\b)/i;

/** Any unnamed group said to hold a view, at the start of a sentence or clause: "Rating agencies say ...",
 * "Many farm unions argue ...", "but exporters warn ..." (a name before the group makes it a source:
 * "Moody's analysts say" stays to the list above; "The census says" is a source, not a group). */
const GROUP_SAYS = /(?:^[^\p{L}]*|[,;:]\s+|\b(?:but|and|while|though|although|yet)\s+)(?:(?:some|many|most|several|other|few|both)\s+)?(?:\p{Ll}[\p{L}-]+\s+|\p{Lu}\p{Ll}[\p{L}-]*\s+(?=\p{Ll}))?[\p{L}-]*[^\s\p{P}suiSUI]s(?:\s+(?:in|at|from|across|of)\s+(?:(?:other|the|some|several|many|most|two|three|four|five)\s+)?[\p{L}-]+)?\s+(?:say|argue|believe|warn|insist|contend|allege|reckon|claim(?=\s+that\b))\b(?!\s+(?:little|much|nothing|more|less|a\s+lot)\b)/u;

export type ClaimKind = 'statistic' | 'quotation' | 'superlative' | 'attribution';

const KIND_LABEL: Record<ClaimKind, string> = {
  statistic: 'A statistic',
  quotation: 'A direct quotation',
  superlative: 'A superlative or ranking',
  attribution: 'A vague attribution',
};

export const claimKind = memoize(detectClaim, 4000);

/** QUOTE_RE for matchAll only, which starts at a regex's lastIndex and never moves it: this one stays 0
 * whatever exec loops over QUOTE_RE leave behind. */
const QUOTES = new RegExp(QUOTE_RE.source, 'gu');
/** A quotation, not a scare quote: five words or more inside the marks. */
const quotedCount = (m: RegExpMatchArray) => (m[1] ?? m[2] ?? '').split(/\s+/).filter(Boolean).length;
const isQuotation = (m: RegExpMatchArray) => quotedCount(m) >= 5;
/** Someone's words: three or more in quotation marks in a sentence that says who said them ("Dr. Sen said
 * that most plans were "plans without money""). */
const SPEECH = /\b(?:said|says|say|told|tells|called|calls|described|describes|termed|terms|wrote|writes|argued|argues|stated|states|remarked|added|put\s+it)\b/;

const smallWordCount = (f: Figure) => f.kind === 'count' && f.value < 100 && !/\d/.test(f.text);

function detectClaim(text: string): ClaimKind | undefined {
  // (Only a question and nothing more: not "...; 40 per cent were not", a clause of "which" or a reason
  // after it, nor "why", which takes its content as given.)
  if (assertsNothing(text) || (QUESTION_TO_ASK.test(text) && !/;|,\s+(?:which|since|because|as|given)\b|\bwhy\b/i.test(text))) return undefined;
  if (VAGUE_RE.test(text) || GROUP_SAYS.test(text)) return 'attribution';
  const figures = findFigures(text).filter((f) => !wordLimit(text, f) && !acronymFigure(text, f) && !namingFigure(text, f));
  // A small count written in words ("two states asked for more time", "forty women's self-help groups")
  // narrates; a statistic is written in digits or with a unit.
  if (figures.length && !figures.every((f) => adviceFigure(text, f.start) || smallWordCount(f))) return 'statistic';
  for (const m of text.matchAll(QUOTES)) if (isQuotation(m) || (quotedCount(m) >= 3 && SPEECH.test(text))) return 'quotation';
  if (SUPERLATIVE_RE.test(text) && (!isRecommendation(text) || rankedBeforeAdvice(text)) && !onlySelections(text)) return 'superlative';
  return undefined;
}

/** A ranking stated in a clause of its own before the advice ("Bamboo is the fastest-growing plant on
 * earth, so supply should recover quickly"): the advice does not make it a wish. */
function rankedBeforeAdvice(text: string): boolean {
  const modal = MODAL_WORD.exec(text);
  const ranked = SUPERLATIVE_RE.exec(text);
  return !!modal && !!ranked && ranked.index < modal.index && CLAUSE_BREAK.test(text.slice(ranked.index, modal.index));
}
const CLAUSE_BREAK = /,\s*(?:so|and|but|yet|while|which|hence|therefore)\b|;/i;

const SUPERLATIVES = new RegExp(SUPERLATIVE_RE.source, 'giu');

/**
 * A superlative's own phrase, to the next clause break, with the sentence's names; and its last word
 * ("largest", "polluted" of "the most polluted"). The first superlative of SUPERLATIVE_RE that ranks one
 * thing ("the largest ...", "India's biggest ...").
 */
function superlativeFocus(text: string): { phrase: string; word: string } | undefined {
  SUPERLATIVES.lastIndex = 0;
  for (let m = SUPERLATIVES.exec(text); m; m = SUPERLATIVES.exec(text)) {
    if (!/^(?:the|its|their|his|her|our|\p{Lu}\p{L}*['’]s)\s/iu.test(m[0])) continue;
    const phrase = /^\s+([^,;:.()]{3,80})/u.exec(text.slice(m.index + m[0].length));
    if (!phrase) return undefined;
    // (Not those of a clause of time before it: "When the Central Approval and Monitoring Committee met
    // on 17 June 2025, it cleared ..., with Madhya Pradesh receiving the largest share".)
    const names = (text.slice(afterLeadingTimeClause(text, m.index)).match(/(?<![\p{L}\p{N}])\p{Lu}[\p{L}-]+/gu) ?? []).join(' ');
    return { phrase: `${phrase[1]} ${names}`, word: /\p{L}+$/u.exec(m[0])![0] };
  }
  return undefined;
}
/** A rank given by a verb without "the": "Lucknow performed worst", "Kerala fared best". */
const RANKED_VERB = /\b(?:performed|fared|did|ranked|scored|came)\s+(?:the\s+)?(?:worst|best|\p{L}{2,}est)\b/u;
/** Whether a passage ranks as a claim does: it has a superlative, and the claim's own superlative word
 * when it has one ("the largest number ... in Asia" is not backed by "the sixth country in the world"). */
function ranksAlike(claim: string, passage: string): boolean {
  if (!SUPERLATIVE_RE.test(passage) && !RANKED_VERB.test(passage) && !ranksOf(passage).length) return false;
  const word = superlativeFocus(claim)?.word;
  return !word || usesWord(claim, word, passage);
}

/** Whether a passage ranks with the claim's superlative word as the claim does: "the fourth-largest" is
 * no "largest" for a claim that gives no rank. */
function usesWord(claim: string, word: string, passage: string): boolean {
  if (ranksOf(claim).length) return new RegExp(`\\b${word}\\b`, 'i').test(passage);
  return new RegExp(`(?<!\\b${ORD}[-\\s]+)\\b${word}\\b`, 'i').test(passage) || (FIRST_WORDS.test(word) && FIRST_PLACE.test(passage));
}
/** First place said without a superlative ("No other country produces as many doses", "more than any
 * other State"): it backs "the largest", "the most", "the biggest". */
const FIRST_PLACE = /\bno other\b[^.;]{0,60}\bas (?:many|much|large|big|high)\b|\bmore\b[^.;]{0,60}\bthan any other\b/i;
const FIRST_WORDS = /^(?:largest|biggest|most|highest|greatest|leading|top)$/i;
/** "the feeders with the highest losses", "the States that have the most registered establishments": a
 * superlative that picks out which ones ranks nothing ("among the countries with the highest ..." does). */
const SELECTING = /(?<!\bamong\s+(?:the\s+)?)\b\p{L}{3,}s\s+(?:with|that\s+\p{L}+|which\s+\p{L}+|where|whose)\s+(?:[^,;.]{0,30}\s)?$/u;
function onlySelections(text: string): boolean {
  SUPERLATIVES.lastIndex = 0;
  for (let m = SUPERLATIVES.exec(text); m; m = SUPERLATIVES.exec(text)) {
    if (!SELECTING.test(text.slice(Math.max(0, m.index - 60), m.index))) return false;
  }
  return true;
}

/**
 * A recommendation ("Prioritise the most vulnerable.", "Focus on the largest emitters."): a verb of
 * advice first, then its object. It asks for something; it does not claim a ranking. (Figures and
 * quotations in it are still claims.)
 */
const ADVICE = /^[^\p{L}]*(?:(?:prioriti[sz]e|extend|restore|cover|enable|empower|rationali[sz]e|incentivi[sz]e|subsidi[sz]e|bring|open|close|end|stop|replace|merge|pilot|test|audit|map|measure|notify|publish|share|train|hire|recruit|clarify|define|codify|amend|repeal|finish|complete|speed|release|pay|link|ensure|expand|strengthen|build|invest|focus|adopt|make|use|increase|reduce|cut|improve|promote|encourage|develop|create|establish|introduce|raise|allow|require|provide|support|target|direct|push|seek|press|ask|avoid|consider|align|tie|fund|negotiate|engage|leverage|scale|streamline|simplify|enhance|reform|revise|review|monitor|track|protect|help|reach|start|begin|set|give|let|keep|put|shift|move|channel|mobilise|mobilize|prepare|plan|work|learn|study|address|tackle|reward|design|phase|pursue|back|choose|pick|offer|treat|serve|include|install|deploy|upgrade|connect|meter|retire|convert|unbundle|privati[sz]e|corporati[sz]e|digiti[sz]e|regulate|mandate|cap|lift|waive|exempt|restructure|recapitali[sz]e))\s+(?:(?:on|to|up|out|in|with|for)\s+)?(\S+)/iu;
const OBJECT_START = /^(?:the|a|an|more|all|its|their|our|every|each|those|these|what|which|who|first|only)$/i;

/** Whether a sentence opens with a verb of advice and then its object: a determiner or a name ("Extend
 * PM-KISAN to tenants"), not a lower-case noun ("Cover crops are ..." is a statement). */
/** "States should meter the most loss-making feeders first", "The ministry needs to ...": advice with a
 * subject (not "should be the largest", a claim about what is). */
// ("Karnataka will have to bear 40% of the cost" states what a rule imposes: no advice.)
const MODAL = String.raw`(?:should|must|ought\s+to|needs?\s+to|(?<!\b(?:will|would|shall)\s+)(?:has|have)\s+to)`;
const MODAL_ADVICE = new RegExp(String.raw`^[^.;:]{0,80}?\b${MODAL}\s+(?:also\s+|now\s+|first\s+)?(?!be\b|been\b|have\b|remain\b)\p{L}`, 'iu');
/** The subject and modal of advice ("States should"), which are no clause of their own. */
const MODAL_SUBJECT = new RegExp(String.raw`^[^.;:]{0,80}?\b${MODAL}\b`, 'i');
/** Where a sentence's modal of advice stands ("should", "must"). */
const MODAL_WORD = new RegExp(String.raw`\b${MODAL}\b`, 'i');

/** An imperative of any verb: a capitalised first word that is no determiner, preposition, adverb or
 * plural, then a determiner ("Fold the cesses ...", "Staff the benches ...", "Legislate the debt path",
 * "Reserve half the quota ..."); also two verbs joined before a determiner or a number ("Insulate or
 * bury 11 kV lines ..."). */
const IMPERATIVE = /^[^\p{L}]*(?!(?:The|A|An|This|That|These|Those|It|Its|Their|Our|His|Her|Only|Even|All|Half|Both|Most|Just|Nearly|Almost|Among|Of|In|For|With|At|By|On|From|To|As|Since|After|Before|During|Under|Over|Across|Unlike|Like|Despite|Without|Within|Between|Into|Through|About|Around|Then|Now|Today|Yet|Still|Also|And|But|Or|So|If|When|While|Where|Why|How|What|Which|Who|Per|Via|Once|Each|Every|Such|Many|Several|Few|Some|Any|No|Not|More|Less|Other|Another|Here|There|Thus|Hence|Meanwhile|Indeed|However|Together|Altogether|Overall|Again|Later|Earlier|Soon)\b)\p{Lu}\p{Ll}+(?<![^su]s|ly|ing|ed)\s+(?:(?:half\s+(?:of\s+)?)?(?:the|a|an|its|their|our|all|every|each|these|those)\s|(?:or|and)\s+\p{Ll}{3,}(?<![^su]s|ly|ing|ed)\s+(?:the|a|an|its|their|our|all|every|each|these|those|\d))/u;

function isRecommendation(text: string, forFigures = false): boolean {
  if (MODAL_ADVICE.test(text) || IMPERATIVE.test(text)) return true;
  const m = ADVICE.exec(text);
  if (!m) return false;
  if (OBJECT_START.test(m[1]) || /^\p{Lu}/u.test(m[1])) return true;
  // A lower-case object ("Fund awareness camps in the districts with the most exports") when no verb
  // follows that would make the first word a noun ("Cover crops are the most effective ..."). For a
  // figure, a word ("Phase 3 trials ...") and a verb in the past tense ("Cover crops reached 30 lakh
  // hectares") make it a statement too.
  const rest = text.slice(m[0].length);
  return !FINITE.test(rest) && !(forFigures && (!/^\p{Ll}/u.test(m[1]) || PAST.test(rest)));
}
const FINITE = /\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|remains?|seems?|became|becomes?)\b/i;

/**
 * A figure that is part of what a recommendation asks for ("Extend UDAN to the 50 least-connected
 * districts first", "Raise health spending to 2.5 per cent of GDP"): a target, not a statement of fact.
 * One after a clause of its own ("Extend the scheme, which covers 12 crore farmers, ...") still claims.
 */
function adviceFigure(text: string, at: number): boolean {
  if (!isRecommendation(text, true)) return false;
  const before = text.slice(0, at);
  if (!ADVICE_CLAUSE.test(before.replace(MODAL_SUBJECT, ''))) return true;
  // Or a figure in a later clause that gives advice of its own ("..., and the CCEA should review the
  // ₹300 subsidy against refill rates"): from that clause's modal on.
  const clause = /[,;]\s*(?:and|but|while)?\s*[^,;:()]{0,80}$/.exec(before);
  return !!clause && MODAL_WORD.test(clause[0]) && !ADVICE_CLAUSE.test(clause[0].slice(clause[0].search(MODAL_WORD)).replace(/^\S+/, ''));
}
/** An answer's length or marks ("NOTE: answer in 250 words.", "(15 marks)", "Word limit: 250 words."): an
 * instruction to the writer, not a figure about the world. */
function wordLimit(text: string, f: { start: number; text: string }): boolean {
  // "(15 marks, 250 words)": the allowance may follow another in the same bracket.
  return /^\d[\d,]*\s+(?:words|marks)$/i.test(f.text) && /(?:\b(?:in|within|under|about|max(?:imum)?|limit|length|of)|\((?:\s*\d[\d,]*\s+(?:words|marks)\s*[,;/|])?)\s*:?\s*$/i.test(text.slice(Math.max(0, f.start - 24), f.start));
}

/** A figure after "the" and before one thing it names ("the ₹300 subsidy", "the 75 lakh tranche", "the
 * 14.2 kg cylinder"): which thing the sentence means, not a figure about the world (not a change: "the 5
 * per cent rise", nor things counted: "the 1,337 stations"). */
function namingFigure(text: string, f: Figure): boolean {
  const det = /\b(the|its|their|this|that)\s+$/i.exec(text.slice(Math.max(0, f.start - 8), f.start));
  if (!det) return false;
  // ("found that 41 per cent had ...": "that" after a verb opens a clause; after a preposition, "of that
  // 5 per cent rise", it is a determiner.)
  if (det[1].toLowerCase() === 'that' && !/(?:^|\s)(?:of|in|on|at|for|with|from|by|to|about|under|over|beyond)\s+that\s+$/i.test(text.slice(Math.max(0, f.start - 16), f.start))) return false;
  // (A count's noun is in its text: "the 23 schools that serve ..." counts schools.)
  const noun = f.kind === 'count' ? /([\p{Ll}-]{3,})$/u.exec(f.text)?.[1] : /^\s+([\p{Ll}-]{3,})\b/u.exec(text.slice(f.end, f.end + 30))?.[1];
  return !!noun && !/[^s]s$/.test(noun) && !CHANGE_NOUN.test(noun);
}
const CHANGE_NOUN = /^(?:rise|fall|increase|decrease|decline|drop|growth|jump|cut|hike|reduction|gain|loss|surge|dip|slump|shortfall|gap|deficit|surplus)$/;

/** A figure that spells out an acronym with its number ("20 percent ethanol blending (E20)"): part of a
 * name, not a figure about the world. */
function acronymFigure(text: string, f: { end: number; value: number }): boolean {
  const m = /^[^.;:,()]{0,40}?\((\p{Lu}[\p{L}-]{0,8}(\d+(?:\.\d+)?)[\p{L}]{0,3})\)/u.exec(text.slice(f.end, f.end + 60));
  return !!m && Number(m[2]) === f.value;
}

/** A verb in the past tense with its object or figure after it: a statement ("... reached 30 lakh"). */
const PAST = /\b(?:\p{Ll}{2,}ed|rose|grew|fell|hit|won|made|took|saw|got|stood|ran|spent|sold|bought|lost|met|paid)\s+(?:\d|(?:the|a|an|by|to|in|on|over|about|nearly|some|more|less|from|up|down)\b)/u;
const ADVICE_CLAUSE = /[,;:(]|\b(?:which|that|who|whose|because|since|as|where|while|although|given|is|are|was|were|has|have|had|now|currently|already)\b/i;

/** Whether the sentence (or a citation right after its final punctuation) carries a source. Offsets
 * relative to the block; a citation belongs to the block of its sentence. */
export function hasCitation(facts: BlockFacts, s: { start: number; end: number }): boolean {
  let end = s.end;
  // A citation may follow the period: "... in 2023. [@key]" or "...2023.[^3]"
  const tail = /^\s{0,2}(\[@[^\]\n]*\]|\[\^[^\]\s]+\])/.exec(facts.raw.slice(s.end, s.end + 200));
  if (tail) end = s.end + tail[0].length;
  return overlaps(facts.citations, s.start, end) || overlaps(facts.footnotes, s.start, end) || facts.links.some((x) => x.start < end && x.end > s.start);
}

/** Whether any span of a list sorted by start overlaps [start, end): a binary search, not a scan. */
function overlaps(spans: { start: number; end: number }[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo].start < end;
}

/** Where to insert a citation: before the sentence's final punctuation (and closing quotes). */
export function citationInsertAt(text: string, s: { start: number; end: number }): number {
  let i = s.end;
  while (i > s.start && /[”"’')\]]/.test(text[i - 1])) i--;
  if (i > s.start && /[.!?…]/.test(text[i - 1])) return i - 1;
  return s.end;
}

const quoteWords = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Whether a passage contains most of the words of the sentence's quotations (in any order), or a short
 * quotation's words as written ("the hubs are the engine" inside a longer quotation). */
function carriesQuote(passage: string, sentence: string): boolean {
  const all = quoteWords(passage);
  const have = new Set(all);
  return quotationsOf(sentence).some((q) => {
    const words = quoteWords(q);
    return words.length < 5 ? ` ${all.join(' ')} `.includes(` ${words.join(' ')} `) : words.filter((w) => have.has(w)).length >= 0.8 * words.length;
  });
}

/** The sentence's quotations of three words or more. */
function quotationsOf(sentence: string): string[] {
  const out: string[] = [];
  QUOTE_RE.lastIndex = 0;
  for (let m = QUOTE_RE.exec(sentence); m; m = QUOTE_RE.exec(sentence)) if (quoteWords(m[1] ?? m[2] ?? '').length >= 3) out.push(m[1] ?? m[2]);
  return out;
}

/** Where a quoted passage is about what the claim is about: its first figure that `wanted` picks, else
 * the first word it shares with the claim, else its start. */
function focusOf(passage: string, wanted: (f: Figure) => boolean, claim: string): number {
  const figure = passageFigures(passage).find(wanted);
  if (figure) return figure.start;
  const words = new Set(quoteWords(claim).filter((w) => w.length > 3));
  for (const m of passage.matchAll(/[\p{L}\p{N}]+/gu)) if (words.has(m[0].toLowerCase())) return m.index!;
  return 0;
}

/** A passage's text for judging a ranking: with the sentence after it when that one goes on about it
 * ("India has about 6.9 million tonnes of REO reserves ... This is about 6 percent of world reserves, the
 * fifth-largest after China ..."). */
function rankingText(index: CorpusIndex, p: Passage): string {
  let text = index.evidence(p.doc, p.start, p.end, false).text;
  // A passage about the sentence before it ("It can process 300 tonnes a day") ranks with that one too
  // ("The largest CBG plant in the country ... was commissioned on ...").
  if (isAnaphoric(text) && p.start > 1) {
    const prev = index.sentenceAt(p.doc, p.start - 2);
    if (prev.end <= p.start && p.start - prev.end <= 3) text = `${index.evidence(p.doc, prev.start, prev.end, false).text} ${text}`;
  }
  // A table row ranks with the prose beside its table that names the row ("| Gujarat | ... | 78% | 1 |",
  // then "Gujarat ranks first in coverage because ...").
  const beside = besideTable(p.doc, p.start, p.end);
  if (beside) return `${text} ${beside}`;
  // (Only white space or a footnote mark between: "... by volume.[^4] No other country ...".)
  const gap = /^(?:\s|\[\^[^\]\s]{1,12}\])*/.exec(p.doc.text.slice(p.end, p.end + 40))![0].length;
  const next = index.sentenceAt(p.doc, p.end + Math.max(1, gap));
  if (next.start <= p.end || next.start - p.end > Math.max(3, gap)) return text;
  const following = index.evidence(p.doc, next.start, next.end, false).text;
  return isAnaphoric(following) || /^\W*No other\b/i.test(following) || sameOpeningName(text, following) ? `${text} ${following}` : text;
}

/** Whether two sentences open with the same name ("India has 6,138 specified dams ... India ranks third
 * in the world ..."): the second goes on about the first's subject. */
function sameOpeningName(a: string, b: string): boolean {
  const name = (s: string) => /^[^\p{L}]*(\p{Lu}[\p{L}-]+)/u.exec(s)?.[1];
  const x = name(a);
  return x !== undefined && x === name(b) && !STOPWORDS.has(x.toLowerCase());
}

/** A claim's support: the passage that backs it as a whole (the kind may turn from statistic to
 * superlative when the figure is backed and the ranking beside it is not), else the closest passage. */
function supportOf(kind: ClaimKind, text: string, index: CorpusIndex, cache: SearchCache): { kind: ClaimKind; support?: Passage; closest?: Passage } {
  let { support, closest } = findSupport(index, text, cache);
  // The passage's ranking text, read once for whichever passage is the support.
  let rankedFor: Passage | undefined;
  let ranking = '';
  const ranked = (p: Passage) => {
    if (rankedFor !== p) [rankedFor, ranking] = [p, rankingText(index, p)];
    return ranking;
  };
  // A quotation is supported only by a passage that has its words, not one on the same subject; a
  // ranking only by a passage that ranks too ("the largest programme ... in the world" is not supported
  // by a passage that describes the programme).
  if (support && ((kind === 'quotation' && !carriesQuote(index.evidence(support.doc, support.start, support.end, false).text, text)) || (kind === 'superlative' && !ranksAlike(text, ranked(support))))) {
    closest = support;
    support = undefined;
  }
  // A quotation from the middle of a longer one is found by its own words: the sentence that says who
  // spoke may not be the one that holds them.
  if (!support && kind === 'quotation') {
    for (const q of quotationsOf(text)) {
      const own = findSupport(index, q, cache).support;
      if (own && carriesQuote(index.evidence(own.doc, own.start, own.end, false).text, text)) {
        support = own;
        break;
      }
    }
  }
  // A supported figure does not carry a ranking in the same sentence that its passage does not make
  // ("Delhi is the most polluted capital in the world, and its PM10 level fell by 9 per cent").
  if (support && kind === 'statistic' && SUPERLATIVE_RE.test(text) && !isRecommendation(text) && !onlySelections(text) && !SUPERLATIVE_RE.test(ranked(support)) && !RANKED_VERB.test(ranked(support))) {
    kind = 'superlative';
    closest = support;
    support = undefined;
  }
  // A ranking is judged by its own phrase and the sentence's names ("As the largest consumer of Korean
  // defence products, India is still seen in Seoul as a customer": "the largest consumer of Korean
  // defence products" and India), by a passage that ranks with the same word.
  if (!support && kind === 'superlative') {
    const focus = superlativeFocus(text);
    // (Among the passages that rank with its word: the best match by words may rank otherwise.)
    // The ranked thing must be the passage's too ("the world's largest exporter of green hydrogen" is not
    // backed by "the largest single order so far" of green hydrogen): the phrase's head word, by its stem.
    // (Its first five letters: "producer" and "produces", "exporter" and "exports".)
    const head = focus ? keyTerms(focus.phrase.split(/\s+/)[0] ?? '')[0]?.slice(0, 5) : undefined;
    const found = focus ? findSupport(index, focus.phrase, cache, { key: `rank:${focus.word}:${text}`, test: (p) => { const ranking = rankingText(index, p); return usesWord(text, focus.word, ranking) && (!head || keyTerms(ranking).some((t) => t.startsWith(head))); } }).support : undefined;
    if (found) {
      support = found;
      closest = undefined;
    }
  }
  // A rank is backed only by a passage that gives the same rank ("ranks ninth" does not back "ranks
  // fourth", nor "the third-largest" "the second-largest").
  if (support) {
    const mine = ranksOf(text);
    if (mine.length && !mine.every((r) => ranksOf(ranked(support!)).includes(r))) {
      closest = support;
      support = undefined;
    }
  }
  return { kind, support, closest };
}

const ORD = String.raw`(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,3}(?:st|nd|rd|th))`;
/** A rank: "ranks ninth", "ranked 3rd", "stands fifth", "the third-largest", "second most populous". */
const RANK = new RegExp(String.raw`\b(?:rank(?:s|ed)?|placed|stands?|stood|came|comes)\s+(?:at\s+)?${ORD}\b|\b${ORD}[-\s]+(?:largest|biggest|highest|lowest|greatest|smallest|most|least|fastest|richest|poorest|longest|oldest|leading)\b`, 'gi');

/** A rank with what is ranked between: "ranks Odisha first", "ranked Tamil Nadu 3rd". */
const RANK_NAMED = new RegExp(String.raw`\b(?:[Rr]ank(?:s|ed)?|[Pp]laced)\s+(?:\p{Lu}[\p{L}-]*\s+){1,3}${ORD}\b`, 'gu');

/** The ranks a text gives, as numbers. */
function ranksOf(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(RANK)) out.push(ordinalOf(m[1] ?? m[2])!);
  for (const m of text.matchAll(RANK_NAMED)) out.push(ordinalOf(m[1])!);
  return out;
}

/** Where a sentence joins two clauses: ", and", ", but", ", while", ", whereas", ", yet", ";". */
const CLAUSE_JOIN = /,\s+(?:and|but|while|whereas|yet)\s+|;\s+/g;

/** A sentence's clauses, when it joins two or more of four words or more each (else none). */
function clausesOf(text: string): string[] {
  const parts = text.split(CLAUSE_JOIN).map((p) => p.trim());
  return parts.length > 1 && parts.every((p) => p.split(/\s+/).length >= 4) ? parts : [];
}

/**
 * The finding for one uncited claim: `text` is what the corpus is searched with (the sentence, or a table
 * row), [start, end) the span reported, `insertAt` where the fix puts the citation (offsets relative to
 * whatever the caller shifts them by).
 */
function claimFinding(kind: ClaimKind, text: string, start: number, end: number, insertAt: number, index: CorpusIndex, mode: Settings['claims']['requireCitation'], cache: SearchCache): RawFinding | undefined {
  const judged = supportOf(kind, text, index, cache);
  let { support, closest } = judged;
  kind = judged.kind;
  // Two claims joined in one sentence may stand on two passages ("About 20 percent of the world's design
  // engineers work in India, and C2S aims to train 85,000 engineers"): the sentence is supported when
  // each of its clauses that makes a claim is.
  let also: Passage[] = [];
  if (!support) {
    const clauses = clausesOf(text).map((c) => ({ c, k: claimKind(c) })).filter((x): x is { c: string; k: ClaimKind } => x.k !== undefined);
    if (clauses.length) {
      const found = clauses.map(({ c, k }) => supportOf(k, c, index, cache).support);
      if (found.every((p): p is Passage => p !== undefined)) {
        support = found[0];
        also = found.slice(1).filter((p) => p.doc !== support!.doc);
        closest = undefined;
      }
    }
  }
  if (support && mode === 'unsupported') return undefined;
  let message: string;
  const fixes: Fix[] = [];
  const evidence = [];
  if (support) {
    const ev = index.evidence(support.doc, support.start, support.end, false);
    evidence.push(ev);
    message = `${KIND_LABEL[kind]} with no citation. ${cite(ev)}, supports it: “${quoteAround(ev.text, focusOf(ev.text, (f) => support!.sharedFigures.includes(figureKey(f)), text))}”`;
    const keys = [ev.docKey, ...also.map((p) => p.doc.extract.meta.key)].filter((k, i, all) => all.indexOf(k) === i);
    fixes.push({ title: `Cite ${keys.join(' and ')}`, edits: [{ start: insertAt, end: insertAt, newText: ` [${keys.map((k) => `@${k}`).join('; ')}]` }], preferred: true });
  } else if (closest) {
    const ev = index.evidence(closest.doc, closest.start, closest.end, false);
    evidence.push(ev);
    const says = closest.otherFigures.length ? `, says ${closest.otherFigures.slice(0, 2).join(' and ')}` : ', is the closest passage';
    message = `${KIND_LABEL[kind]} with no citation, and no source supports it. ${cite(ev)}${says}: “${quoteAround(ev.text, focusOf(ev.text, (f) => closest!.otherFigures.includes(f.text), text))}”`;
  } else {
    message = `${KIND_LABEL[kind]} with no citation, and no passage in the corpus supports it.`;
  }
  return { code: 'claim-unsourced', start, end, message, evidence, fixes };
}

/** The name a sentence's opening "The <noun>" refers back to in the sentence before: that noun with the
 * capitalised words before it and a bracketed acronym after it ("The ratio" → "Gross Enrolment Ratio
 * (GER)"), when the previous sentence has the noun. */
function referent(prev: string, text: string): string | undefined {
  const m = /^[^\p{L}]*The\s+(\p{Ll}[\p{L}-]{2,})\b/u.exec(text);
  if (!m) return undefined;
  const at = prev.search(new RegExp(`(?<![\\p{L}])${m[1].slice(0, Math.max(3, m[1].length - 2))}`, 'iu'));
  if (at < 0) return undefined;
  const left = /(?:\p{Lu}[\p{L}-]*\s+){0,4}$/u.exec(prev.slice(0, at))?.[0] ?? '';
  const right = /^[\p{L}-]*(?:\s*\([^()]{1,15}\))?/u.exec(prev.slice(at))?.[0] ?? '';
  return left + right;
}

const FOOTNOTE_DEFINITION = /^\s*\[\^[^\]\s]+\]:/;

/** Quotations of five words or more that run over several sentences of a block ("The maps exist. What
 * does not exist yet is a warning ..."): the index of the sentence each opens in, to the one it closes in. */
function quotationsAcross(facts: BlockFacts): Map<number, number> {
  const out = new Map<number, number>();
  const { raw, sentences } = facts;
  if (sentences.length < 2 || !/["\u201c\u2018]/.test(raw)) return out;
  const at = (offset: number) => sentences.findIndex((x) => offset >= x.start && offset < x.end);
  for (const m of raw.matchAll(QUOTES)) {
    if (!isQuotation(m)) continue;
    const a = at(m.index!), b = at(m.index! + m[0].length - 1);
    if (a >= 0 && b > a && !out.has(a)) out.set(a, b);
  }
  return out;
}

/** Whether a block carries a source anywhere: a citation, a footnote reference or a link. */
const cited = (f: BlockFacts) => f.citations.length > 0 || f.footnotes.length > 0 || f.links.length > 0;

/**
 * The settings a draft is checked with. A draft that cites nothing anywhere (no `[@key]`, footnote or
 * link) is uncited writing, an exam answer say: there `always` reads as `unsupported`, so it is told of
 * the claims no source supports, not of every figure it was never meant to cite. From its first
 * citation on, `always` holds.
 */
export function claimSettings(draft: Draft, settings: Settings): Settings {
  if (settings.claims.requireCitation !== 'always' || draft.units.some((u) => cited(u.facts))) return settings;
  return { ...settings, claims: { ...settings.claims, requireCitation: 'unsupported' } };
}

/** A paragraph that opens as an exam question: "Q.", "Q3)", "Q:", "Question:", "Question 2.", bold or not. */
const EXAM_QUESTION = /^[\s>*_]*(?:Q|Qn|Ques|Question)\s*\d{0,2}\s*[.:)]/;

export const claimUnsourced: Rule = {
  code: 'claim-unsourced',
  checkBlock({ facts, index, settings, cache }: BlockContext): RawFinding[] {
    const mode = settings.claims.requireCitation;
    // Table cells are read by row, with the table's caption and source line (check, below).
    if (mode === 'off' || facts.kind === 'heading' || facts.kind === 'cell') return [];
    // A footnote's text ("[^3]: Lakhvinder Singh, "Reigniting the flame ...", The Hindu") is the source
    // itself: its quoted titles and figures are no claims.
    if (FOOTNOTE_DEFINITION.test(facts.raw)) return [];
    // An exam question ("**Q. Despite a long list of waiting parents, thousands of children grow up in
    // institutions. Examine ... (15 marks, 250 words)**") is the examiner's text: its premise is given,
    // not claimed by the writer.
    if (EXAM_QUESTION.test(facts.raw)) return [];
    const out: RawFinding[] = [];
    const across = quotationsAcross(facts);
    facts.sentences.forEach((s, i) => {
      // A quotation of several sentences is one claim, made where it opens, sourced anywhere in it.
      const last = across.get(i);
      if (last !== undefined) {
        const span = { start: s.start, end: facts.sentences[last].end };
        if (claimKind(s.text) === 'attribution' || facts.sentences.slice(i, last + 1).some((x) => hasCitation(facts, x))) return;
        const f = claimFinding('quotation', facts.raw.slice(span.start, span.end), s.start, s.end, citationInsertAt(facts.raw, span), index, mode, cache);
        if (f) out.push(f);
        return;
      }
      if ([...across].some(([a, b]) => i > a && i <= b)) return;
      const kind = claimKind(s.text);
      if (!kind || hasCitation(facts, s)) return;
      // "It has six members": the corpus is searched with the previous sentence's subject too; "The ratio
      // stood at 28.4 per cent", with the name the previous sentence gave it ("Gross Enrolment Ratio (GER)").
      const prev = i > 0 ? facts.sentences[i - 1].text : '';
      const searched = !prev ? s.text : isAnaphoric(s.text) ? `${subjectSpan(prev)} ${s.text}` : `${referent(prev, s.text) ?? ''} ${s.text}`.trimStart();
      const f = claimFinding(kind, searched, s.start, s.end, citationInsertAt(facts.raw, s), index, mode, cache);
      if (f) out.push(f);
    });
    return out;
  },
  // A claim in a table cell is sourced by a citation anywhere in its row, or in the caption or source
  // line just before or after the table; the corpus is searched with the whole row ("Bilateral trade |
  // $25 billion"), not the lone cell, and a row's bare numbers are its figures, as in a source's row.
  check({ draft, index, settings, cache, token }: RuleContext): RawFinding[] {
    const mode = settings.claims.requireCitation;
    if (mode === 'off') return [];
    const out: RawFinding[] = [];
    for (const table of tablesOf(draft)) {
      if (token.isCancellationRequested) break;
      if ((table.before && cited(table.before.facts)) || (table.after && cited(table.after.facts))) continue;
      // (A row of numbers alone, "| 2019 | 6.97 | 57.5% |", is said of its columns: the header's words
      // name what it counts.)
      const header = table.rows.length > 1 ? table.rows[0].map((u) => u.block.text.trim()).filter(Boolean).join(' | ') : '';
      for (const row of table.rows) {
        if (row.some((u) => cited(u.facts))) continue;
        let rowText = row.map((u) => u.block.text.trim()).filter(Boolean).join(' | ');
        if (header && row !== table.rows[0] && !keyTerms(rowText).length) rowText = `${rowText} | ${header}`;
        for (const u of row) {
          for (const s of u.facts.sentences) {
            const kind = claimKind(s.text);
            if (!kind) continue;
            const f = claimFinding(kind, rowText, s.start, s.end, citationInsertAt(u.facts.raw, s), index, mode, cache);
            if (f) out.push(shiftFinding(f, u.block.start));
          }
        }
      }
    }
    return out;
  },
};
