// Passages that define a name or term, for hover: colon definitions at the start of a block
// ("Hanwha Land Systems: A major South Korean defense contractor ..."), appositives ("General Manoj
// Pande, Chief of the Army Staff of India, ..."), copular sentences ("Lakhvinder Singh is the Director
// of ..."), dashes ("Act East policy—a diplomatic, economic, and strategic initiative ...—") and posts
// written before a person's name ("ISRO chairman S. Somanath").
// Each gets a score by form, so the best definition of a term comes first.
import { foldName, POST_MODIFIERS, TITLE_WORDS, type NameMention } from './names';
import { NOT_SUPERLATIVE_EST } from '../text/words';

export type DefinitionKind = 'colon' | 'appositive' | 'copula' | 'dash' | 'title';

/** "A monocable detachable gondola is ", "An EPR certificate is ", "An abadi is ", "The negative list is ",
 * "Passive cooling is ": a lower-case term the sentence defines (its first word capitalised only because
 * it opens the sentence; after "The" or no article, of two words or more). */
const LOWER_TERM = /^\s*(?:(?:An?)\s+(?=\p{Ll}|\p{Lu}{2,6}\s)|The\s+(?=\p{Ll}[\p{Ll}-]+(?:\s+\p{Ll}[\p{Ll}-]+){1,3}\s+(?:is|refers|means)\s)|(?!(?:The|This|That|These|Those|It|Its|Their|Our|Your|His|Her|My|Such|Each|Every|Another|Some|Most|Many|Much|All|Both|Any|No|One|What|Which|Who|How|Why|Where|When|Here|There|Also|Only|Even)\s)(?=\p{Lu}\p{Ll}+(?:\s+\p{Ll}[\p{Ll}-]+){1,3}\s+(?:is|refers|means)\s))((?!(?:lot|few|number|couple|bit|range|variety|total|majority|series|set|pair|handful|part|share|third|quarter|half|key|major|big|good|great|new|further|similar|common|first|second|last|next|main|same|other|whole|only|government|state|country|ministry|scheme|policy|programme|program|plan|project|report|government's)\s)(?:\p{Ll}[\p{Ll}-]+|\p{Lu}{2,6}|\p{Lu}\p{Ll}+)(?:\s+\p{Ll}[\p{Ll}-]+){0,3})\s+(?:is|refers\s+to|means)\s+/u;
/** A preposition that opens the sentence right before a name. */
const OPENING_PREPOSITION = /^[^\p{L}]*(?:Without|With|For|After|Before|Like|Unlike|Despite|Besides|Beyond|Through|Under|Against|Apart\s+from|Except)\s+(?:the\s+)?$/u;
/** A capitalised word and lower-case words, a colon, then an article: "Challenge mode: a selection method". */
const LOWER_COLON = /^\s*(\p{Lu}\p{Ll}+(?:\s+\p{Ll}[\p{Ll}-]+){1,3}):\s+(?=(?:an?|the)\s)/u;
const FUNCTION_END = /\s(?:of|in|on|at|to|for|from|with|by|and|or|the|a|an)$/;

export interface TermDefinition {
  /** The term as written. */
  term: string;
  key: string;
  person?: string;
  definition: string;
  kind: DefinitionKind;
  score: number;
  /** Span of the term and its definition in the document. */
  start: number;
  end: number;
}

const ARTICLE = /^(?:an?|the|one of the)\s/i;
/** What a copular definition's predicate opens with: an article, or a possessive name ("India's
 * principal law for ..."). */
const COPULA_OBJECT = /^(?:an?|the|one of the|\p{Lu}[\p{L}.-]*['’]s)\s/iu;
/** Nouns of a post or a standing, besides the titles written before names ("senior fellow"). */
const POSTS = new Set(['fellow', 'member', 'researcher', 'lecturer', 'partner', 'author', 'correspondent', 'reporter', 'columnist', 'consultant', 'expert', 'specialist', 'historian', 'diplomat', 'lawyer', 'advocate']);
/** Modifiers of a post besides those written before names ("associate professor", "visiting fellow"). */
const RANKS = new Set(['additional', 'associate', 'assistant', 'visiting', 'distinguished', 'adjunct']);
/**
 * A post written in lower case with no article ("senior fellow", "secretary in the Department of ...",
 * "former chief economist at ..."), as bylines and reports write a person's role: its first word past
 * the post's modifiers names a post.
 */
function isPost(w: string[]): boolean {
  let i = 0;
  while (i < w.length - 1 && (POST_MODIFIERS.has(w[i]) || RANKS.has(w[i]))) i++;
  const head = w[i];
  return /^\p{Ll}/u.test(w[0]) && (TITLE_WORDS.has(head) || POSTS.has(head) || POSTS.has(head.replace(/s$/, '')));
}
const MAX_DEF = 240;
/** After a one-word name that opens a sentence: "is a/an/the" and a predicate with no digit or
 * superlative, and no possessive near its start ("is the world's ..."; "is the brand under which the
 * ... Working Women's Hostels Corporation runs hostels" defines). */
const ONE_WORD_DEFINED = new RegExp(String.raw`^\s+(?:is|was)\s+(?:an?|the)\s+(?![^.;]{0,24}['’]s\b)(?![^.;]*(?:\d|\b(?!(?:${NOT_SUPERLATIVE_EST})\b)\p{L}+est\b|\b(?:most|least|first|second|third|only|largest|biggest|leading)\b))\p{Ll}`, 'u');

const clip = (s: string) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > MAX_DEF ? t.slice(0, MAX_DEF - 1).replace(/\s+\S*$/, '') + '…' : t;
};
const words = (s: string) => s.split(/\s+/).filter(Boolean);
const contentWords = (s: string) => words(s).filter((w) => /^\p{Ll}/u.test(w) && !/^(a|an|the|of|in|on|for|and|to|at|by|with)$/.test(w)).length;

/**
 * Definitions in one sentence. `sentence` is the sentence's text, `base` its document offset, `names`
 * the names found in it (document offsets), `blockStart` whether the sentence opens its block.
 */
export function findTermDefinitions(sentence: string, base: number, names: NameMention[], blockStart: boolean): TermDefinition[] {
  const out: TermDefinition[] = [];
  // What may stand before a sentence's subject: space, a FAQ answer's "A." and an article ("A. The
  // National Fisheries Development Board (NFDB) is an autonomous body ..."; "A Lightning Mitra is a
  // trained village volunteer ...").
  const lead = /^\s*(?:(?:A|Ans|Answer)[.:]\s+)?(?:(?:The|An?)\s+)?/.exec(sentence)![0].length;
  for (const n of names) {
    // "Predictably, ..." and "Short-term, ..." start a sentence; they are not terms. But a one-word name
    // that opens a plain copular definition is ("Vahan is the national vehicle registration database
    // ..."): a class named with an article, no rank or figure ("India is the world's fourth-largest ..."
    // says something of India, it does not say what India is).
    if (n.initial && !/\s/.test(n.text) && !/^\p{Lu}{2,}/u.test(n.text) && !ONE_WORD_DEFINED.test(sentence.slice(n.end - base))) continue;
    const rel = n.end - base;
    let after = sentence.slice(rel);
    let skip = 0;
    // A bracketed acronym, a law's year or a version after the name: "(NFDB) is ...", "the Epidemic
    // Diseases Act, 1897 is ...", "Nikusth 2.0 is ..." (the version is the name's).
    const acr = /^\s*\([^()]{1,20}\)/.exec(after) ?? /^,?\s+(?:1[5-9]|20)\d\d(?=\s+(?:is|was|are|were|remains|serves as)\s)/.exec(after) ?? /^\s+\d{1,2}\.\d(?![\d.])/.exec(after);
    if (acr) {
      skip = acr[0].length;
      after = after.slice(skip);
    }
    const atStart = n.start - base <= lead;
    const push = (kind: DefinitionKind, score: number, def: string, defEnd: number, from = n.start) => {
      const definition = clip(def.replace(/[\s,;:—–-]+$/, ''));
      if (words(definition).length < 2) return;
      out.push({ term: n.text, key: n.key, person: n.person, definition, kind, score, start: from, end: base + defEnd });
    };
    // The post written before a person's name ("ISRO chairman S. Somanath"): the passage is both.
    if (n.title && n.person) {
      const at = sentence.lastIndexOf(n.title, n.start - base);
      push('title', 2.8, n.title, n.end - base, at >= 0 ? base + at : n.start);
    }
    let m: RegExpExecArray | null;
    if (atStart && blockStart && (m = /^\s*:\s+/.exec(after)) && ARTICLE.test(after.slice(m[0].length))) {
      const from = rel + skip + m[0].length;
      // A definition says something in lower-case words; "Introduction: A New Chapter" is a heading.
      if (contentWords(sentence.slice(from)) >= 2) push('colon', 4, sentence.slice(from), sentence.length);
      continue;
    }
    // (Not a name that a phrase opening the sentence governs: "Without Arka, a 6 km global run would not
    // finish ..." says nothing of what Arka is.)
    if ((m = /^,\s+/.exec(after)) && !OPENING_PREPOSITION.test(sentence.slice(0, n.start - base))) {
      const from = rel + skip + m[0].length;
      const rest = sentence.slice(from);
      // (A bracket inside it is part of it: "Joint Secretary (Reproductive and Child Health) in MoHFW".)
      const stop = rest.replace(/\([^()]{1,60}\)/g, (x) => '_'.repeat(x.length)).search(/[,;.()—–]|\s-\s/);
      const app = stop < 0 ? rest : rest.slice(0, stop);
      const w = words(app);
      const next = stop < 0 ? '' : rest.slice(stop, stop + 6);
      // The appositive must end at a comma, a semicolon, a dash or the end of the sentence ("the U.S." does not).
      const endsWell = stop < 0 || /^[,;—–]|^\s-\s/.test(next) || /^[.!?]["”’)]*\s*$/.test(rest.slice(stop));
      const capitalStart = /^\p{Lu}/u.test(app);
      const hasLower = w.some((x) => /^\p{Ll}/u.test(x));
      // "North Korea, China, and Russia" is a list, not an appositive: the candidate must be a phrase
      // with lower-case words, end at a comma or the sentence's end, and not run into "and".
      if (endsWell && w.length >= 2 && w.length <= 16 && hasLower && (capitalStart || ARTICLE.test(app) || isPost(w)) && !/^,\s*(and|or)\s/.test(next)) {
        // A capitalised phrase is a description when it has "of", "at", ... or starts with a possessive
        // ("India's first solar observatory"); otherwise it is likely the next item of a list.
        if (!(capitalStart && !/\b(of|at|for|in)\b/.test(app) && !ARTICLE.test(app) && !/^\p{Lu}[\p{L}.-]*['’]s\s/u.test(app))) {
          push('appositive', capitalStart ? 3.5 : 3, app, from + app.length);
          continue;
        }
      }
    }
    if (atStart && (m = /^\s+(?:is|was|are|were|remains|serves as)\s+/.exec(after)) && COPULA_OBJECT.test(after.slice(m[0].length))) {
      const from = rel + skip + m[0].length;
      // (A copular definition says what a thing is better than a lower-case appositive does: "Thozhi is
      // the brand under which ... runs hostels" over "Thozhi, the State's hostel brand"; a post written as
      // a title, "is the Mission Director of ...", better still, over "an officer of the Indian
      // Administrative Service"; a capitalised appositive ranks above both.)
      const titled = /^the\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*\s+of\b/u.test(sentence.slice(from));
      push('copula', titled ? 3.2 : 3.05, sentence.slice(from).replace(/[.!?]+$/, ''), sentence.length);
      continue;
    }
    if ((m = /^\s*[—–]\s*|^\s+-\s+/.exec(after)) && ARTICLE.test(after.slice(m[0].length))) {
      const from = rel + skip + m[0].length;
      const rest = sentence.slice(from);
      const stop = rest.search(/[—–;.]|\s-\s/);
      const def = stop < 0 ? rest : rest.slice(0, stop);
      push('dash', 2.5, def, from + def.length);
    }
  }
  // A term in lower case, after "A" or "An", defined by the sentence it opens ("A monocable detachable
  // gondola is a ropeway in which ...", "An EPR certificate is a digital credit ..."): two to four words,
  // the first of them may be an acronym.
  const lower = /\s(?:is|refers|means)\s/.test(sentence) ? LOWER_TERM.exec(sentence) : null;
  if (lower && !FUNCTION_END.test(lower[1]) && COPULA_OBJECT.test(sentence.slice(lower[0].length))) {
    const from = lower[0].length;
    const definition = clip(sentence.slice(from).replace(/[.!?]+$/, '').replace(/[\s,;:—–-]+$/, ''));
    const at = sentence.indexOf(lower[1]);
    if (words(definition).length >= 2) out.push({ term: lower[1], key: foldName(lower[1]), definition, kind: 'copula', score: 3.05, start: base + at, end: base + sentence.length });
  }
  // "Challenge mode: a selection method in which ...": a lower-case term defined by the colon that opens
  // its block, as a glossary or a FAQ's answer writes it.
  const colon = blockStart && sentence.includes(':') ? LOWER_COLON.exec(sentence) : null;
  if (colon && !FUNCTION_END.test(colon[1])) {
    const definition = clip(sentence.slice(colon[0].length).replace(/[.!?]+$/, '').replace(/[\s,;:—–-]+$/, ''));
    if (contentWords(definition) >= 2) out.push({ term: colon[1], key: foldName(colon[1]), definition, kind: 'colon', score: 4, start: base + sentence.indexOf(colon[1]), end: base + sentence.length });
  }
  const seen = new Set<string>();
  return out.filter((d) => !seen.has(`${d.key}\u0000${d.definition}`) && !!seen.add(`${d.key}\u0000${d.definition}`));
}
