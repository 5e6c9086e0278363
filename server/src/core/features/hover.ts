// Hover: what an acronym stands for, what a name or term is, what a citation points to, which events
// the sources put on a date; each with the passage and a link that opens the source at it.
import type { Draft } from '../draft/draft';
import type { CorpusIndex, IndexedDoc } from '../corpus/index';
import { distinctExpansions } from '../corpus/search';
import { formatDate, compareAtGranularity } from '../extract/dates';
import { isAnaphoric } from '../extract/events';
import { targetAt } from './lookup';

export interface HoverResult {
  markdown: string;
  start: number;
  end: number;
}

/** A link to a line of a corpus document; `uri` is a file path or URI as the host gave it. */
export function sourceLink(uri: string, line: number): string {
  const u = /^[a-z][a-z0-9+.-]*:/i.test(uri) ? uri : 'file://' + encodeURI(uri.replace(/\\/g, '/').replace(/^(?!\/)/, '/'));
  return `${u}#L${line + 1}`;
}

const esc = (s: string) => s.replace(/([\\`*_[\]<>|])/g, '\\$1');

function docLabel(doc: IndexedDoc): string {
  const m = doc.extract.meta;
  const date = m.date ? `, ${formatDate(m.date)}` : '';
  return `*${esc(m.title)}*${date}`;
}

export function hover(draft: Draft, index: CorpusIndex, offset: number): HoverResult | undefined {
  const t = targetAt(draft, index, offset);
  if (!t) return undefined;
  const lines: string[] = [];
  switch (t.kind) {
    case 'acronym': {
      const own = draft.acronymDefs.find((d) => d.short === t.short);
      const sources = distinctExpansions(index, t.short);
      if (sources.length === 1 || (own && sources.length <= 1)) {
        const s = sources[0];
        const long = s?.long ?? own!.long;
        lines.push(`**${esc(t.short)}** — ${esc(long)}${s ? ` · ${docLabel(s.doc)}` : ' · *this draft*'}`);
        if (s) {
          const ev = index.evidence(s.doc, s.start, s.end);
          lines.push('', `> ${esc(ev.text)}`, '', `[Open source at line ${ev.line + 1}](${sourceLink(s.doc.uri, ev.line)})`);
        }
      } else {
        lines.push(`**${esc(t.short)}** — the sources expand it ${sources.length} ways:`, '');
        for (const s of sources.slice(0, 6)) {
          const ev = index.evidence(s.doc, s.start, s.end);
          lines.push(`- ${esc(s.long)} · ${docLabel(s.doc)} ([line ${ev.line + 1}](${sourceLink(s.doc.uri, ev.line)}))`);
        }
        if (own) lines.push('', `This draft: ${esc(own.long)}`);
      }
      break;
    }
    case 'citation': {
      const doc = index.byKey(t.ref.key);
      if (!doc) {
        lines.push(`**@${esc(t.ref.key)}** — no corpus document has this key.`);
        break;
      }
      const m = doc.extract.meta;
      const facts = [m.date && formatDate(m.date), m.publisher, m.author].filter(Boolean).join(' · ');
      lines.push(`**${esc(m.title)}**`, '');
      if (facts) lines.push(esc(facts), '');
      const first = firstLines(doc, 3);
      if (first) lines.push(`> ${esc(first)}`, '');
      lines.push(`\`@${esc(m.key)}\` · [Open source](${sourceLink(doc.uri, 0)})`);
      break;
    }
    case 'date': {
      const d = t.date;
      const when = { ...d.date, until: d.until };
      const events = index.eventsInYear(d.date.year).filter((e) => e.event.granularity !== 'year' || d.granularity === 'year');
      const same = events.filter((e) => compareAtGranularity(when, { ...e.event.date, until: e.event.until }) === 'agree');
      lines.push(`**${esc(d.text)}**${d.valid ? '' : ` — not a real date: ${esc(d.problem ?? '')}`}`);
      if (!same.length) lines.push('', 'No event in the sources on this date.');
      else {
        lines.push('', `The sources put ${same.length === 1 ? 'one event' : `${same.length} events`} here:`, '');
        const seen = new Set<string>();
        for (const e of same) {
          const ev = index.evidence(e.doc, e.event.sentenceStart, e.event.sentenceEnd, false);
          if (seen.has(ev.text)) continue;
          seen.add(ev.text);
          lines.push(`- ${esc(withSequel(index, e.doc, e.event.sentenceEnd, withAntecedent(index, e.doc, e.event.sentenceStart, ev.text.replace(ANSWER_MARK, ''))))} · ${docLabel(e.doc)} ([line ${ev.line + 1}](${sourceLink(e.doc.uri, ev.line)}))`);
          if (seen.size >= 5) break;
        }
      }
      break;
    }
    case 'name': {
      const best = t.definitions[0];
      const sources = t.info?.docCount ?? 0;
      const name = best?.def.person ?? t.info?.text ?? t.text;
      if (best) {
        const ev = index.evidence(best.doc, best.def.start, best.def.end, false);
        lines.push(`**${esc(name)}** — ${esc(best.def.definition)}`, '', `> ${esc(ev.text)}`, '', `${docLabel(best.doc)} · [line ${ev.line + 1}](${sourceLink(best.doc.uri, ev.line)})`);
      } else {
        lines.push(`**${esc(name)}**`);
        const doc = t.info && [...t.info.docs.keys()][0];
        if (doc) {
          const at = doc.extract.names.find((n) => n.key === t.key)?.first ?? 0;
          const ev = index.evidence(doc, at, at);
          lines.push('', `> ${esc(ev.text)}`, '', `${docLabel(doc)} · [line ${ev.line + 1}](${sourceLink(doc.uri, ev.line)})`);
        }
      }
      if (sources) lines.push('', `Mentioned in ${sources} source${sources === 1 ? '' : 's'}${t.info ? ` (${t.info.count} time${t.info.count === 1 ? '' : 's'})` : ''}.`);
      break;
    }
  }
  return { markdown: lines.join('\n'), start: t.start, end: t.end };
}

function firstLines(doc: IndexedDoc, n: number): string {
  const s = doc.extract.sentences;
  const out: string[] = [];
  for (let i = 0; i < s.length / 2 && out.length < n; i++) {
    const text = doc.text.slice(s[2 * i], s[2 * i + 1]).replace(/\s+/g, ' ').trim();
    // Prose, not the title again or a shouted heading.
    // Prose sentences: long enough, ending as sentences end (site furniture like "Relevant for: X | Y" does not).
    if (text.split(' ').length >= 10 && /[.!?]["”’)]?$/.test(text) && text !== text.toUpperCase() && text !== doc.extract.meta.title) out.push(text);
  }
  const joined = out.join(' ');
  return joined.length > 400 ? joined.slice(0, 399).replace(/\s+\S*$/, '') + '…' : joined;
}

/** A FAQ answer's mark ("A. The portal was launched ..."), not part of what the source says. */
const ANSWER_MARK = /^(?:A|Ans)[.:]\s+(?=\p{Lu})/u;

/**
 * The event's sentence with the next one when that goes on about it with a pronoun in the same paragraph
 * ("Draft amendments were published for comment on 21 June 2021. They proposed to ban flash sales ..."):
 * what the event was is often said there.
 */
function withSequel(index: CorpusIndex, doc: IndexedDoc, sentenceEnd: number, text: string): string {
  const s = doc.extract.sentences;
  let lo = 0;
  let hi = s.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s[2 * mid] < sentenceEnd) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= s.length / 2) return text;
  const [start, end] = [s[2 * lo], s[2 * lo + 1]];
  if (/\n\s*\n/.test(doc.text.slice(sentenceEnd, start))) return text;
  const next = index.evidence(doc, start, end, false).text;
  if (!/^(?:It|They|This|These)\s/.test(next)) return text;
  return `${text} ${next.length > 160 ? `${next.slice(0, 140).replace(/\s+\S*$/, '')} …` : next}`;
}

/** A passage that opens with "It" or "The agreement" is shown after the sentence before it (its start),
 * which names what "It" is: "The Governing Council of NITI Aayog comprises ... It first met on 8 February
 * 2015." */
function withAntecedent(index: CorpusIndex, doc: IndexedDoc, sentenceStart: number, text: string): string {
  if (!isAnaphoric(text) || sentenceStart < 2) return text;
  const prev = index.sentenceAt(doc, sentenceStart - 2);
  if (prev.end > sentenceStart || prev.start >= prev.end) return text;
  const p = index.evidence(doc, prev.start, prev.end, false).text;
  return `${p.length > 140 ? `${p.slice(0, 120).replace(/\s+\S*$/, '')} …` : p} ${text}`;
}
