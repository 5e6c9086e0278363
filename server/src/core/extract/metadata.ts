// Document metadata: YAML front matter when present, otherwise inferred from the top of the document.
import { parse as parseYaml } from 'yaml';
import type { MarkdownModel } from '../text/markdown';
import { findDates, type SimpleDate } from './dates';

export interface DocMetadata {
  /** Citation key: front-matter `id`, else the file name without extension. */
  key: string;
  title: string;
  date?: SimpleDate;
  publisher?: string;
  author?: string;
  url?: string;
  /** `glossary` for the acronym glossary (acronyms and allow-list only, never cited). */
  role?: 'source' | 'glossary';
  /** The key comes from front matter (content), not from the file name. */
  idFromFrontMatter?: boolean;
  /** The date is the document's own (front matter, or a short date line near the top), not a date
   * its first sentences mention: a release's "today" is that day. */
  datedLine?: boolean;
  /** The document has no title of its own: the title is made from the file name (see titleFromName). */
  titleFromName?: boolean;
  /** Problems met while reading the metadata (bad YAML, ...), for the corpus summary. */
  warnings: string[];
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : undefined);

export function keyFromName(name: string): string {
  const base = name.replace(/^.*[\\/]/, '');
  return base.replace(/\.[^.]+$/, '') || base;
}

/** The title of a document without one of its own, from its key (see readMetadata). */
export function titleFromName(key: string, text: string): string {
  return recaseTitle(key, text.slice(0, 200_000));
}

function dateFromValue(v: unknown): SimpleDate | undefined {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return { year: v.getUTCFullYear(), month: v.getUTCMonth() + 1, day: v.getUTCDate() };
  const s = str(v);
  if (!s) return undefined;
  const m = findDates(s).find((d) => d.valid);
  return m?.date;
}

/** Words of an all-caps title, re-cased as the document body writes them ("INDIA-KOREA" -> "India-Korea"). */
function recaseTitle(title: string, body: string): string {
  const letters = title.replace(/[^\p{L}]/gu, '');
  if (!letters || letters !== letters.toUpperCase() || letters.length < 8) return title;
  const seen = new Map<string, Map<string, number>>();
  for (const m of body.matchAll(/[\p{L}][\p{L}'’-]*/gu)) {
    const k = m[0].toLowerCase();
    let forms = seen.get(k);
    if (!forms) seen.set(k, (forms = new Map()));
    forms.set(m[0], (forms.get(m[0]) ?? 0) + 1);
  }
  let first = true;
  return title.replace(/[\p{L}][\p{L}'’-]*/gu, (w) => {
    const forms = seen.get(w.toLowerCase());
    let best = w.toLowerCase();
    if (forms) {
      const cased = [...forms].filter(([f]) => f !== f.toUpperCase()).sort((a, b) => b[1] - a[1]);
      // A short word the body only ever writes in capitals is an acronym: keep it.
      best = cased.length ? cased[0][0] : w.length <= 5 ? w : w.toLowerCase();
    }
    if (first) best = best[0].toUpperCase() + best.slice(1);
    first = false;
    return best;
  });
}

const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
const isTitleLike = (s: string) => {
  const n = wordCount(s);
  return n >= 3 && n <= 20 && !/[.:;,]$/.test(s) && /^\p{Lu}/u.test(s);
};

/** Front matter larger than this is not parsed: metadata needs a handful of keys, and YAML parsers are
 * slow on huge mappings. */
const MAX_FRONT_MATTER = 64 * 1024;

export function readMetadata(name: string, text: string, model: MarkdownModel): DocMetadata {
  const warnings: string[] = [];
  let fm: Record<string, unknown> = {};
  if (model.frontMatter && model.frontMatter.yaml.length > MAX_FRONT_MATTER) {
    warnings.push(`front matter of ${Math.round(model.frontMatter.yaml.length / 1024)} KB is over the ${MAX_FRONT_MATTER / 1024} KB limit: ignored, metadata inferred`);
  } else if (model.frontMatter) {
    try {
      // uniqueKeys off: the check is quadratic in the number of keys (found with a 40,000-key block).
      const doc = parseYaml(model.frontMatter.yaml, { maxAliasCount: 50, uniqueKeys: false });
      if (doc && typeof doc === 'object' && !Array.isArray(doc)) fm = doc as Record<string, unknown>;
      else if (doc != null) warnings.push('front matter is not a mapping');
    } catch (e) {
      warnings.push(`front matter is not valid YAML: ${(e as Error).message.split('\n')[0]}`);
    }
  }
  const key = str(fm.id)?.replace(/\s+/g, '-') ?? keyFromName(name);
  const role = fm.role === 'glossary' ? 'glossary' : 'source';

  // Title: front matter, else the first heading, else the most title-like line above the first long
  // paragraph, else the first line (its first sentence, without a leading "[tag]").
  let title = str(fm.title);
  const top = model.blocks.slice(0, 12);
  const firstLong = top.findIndex((b) => wordCount(b.text) >= 25);
  const head = firstLong < 0 ? top : top.slice(0, firstLong);
  if (!title) title = head.find((b) => b.kind === 'heading')?.text.trim();
  if (!title) {
    const candidates = head.map((b) => b.text.trim()).filter((t) => isTitleLike(t) && !findDates(t).some((d) => d.granularity === 'day'));
    title = candidates.sort((a, b) => wordCount(b) - wordCount(a))[0];
  }
  if (!title && model.blocks.length) {
    const line = model.blocks[0].text.trim().replace(/^\[[^\]]{1,40}\]\s*/, '');
    const end = line.search(/[.?!](\s|$)/);
    title = end > 0 && end < 200 ? line.slice(0, end + 1) : line.slice(0, 200);
  }
  const untitled = !title;
  title = recaseTitle(title || key, text.slice(0, 200_000));

  let date = dateFromValue(fm.date);
  let datedLine = !!date;
  if (!date) {
    for (const b of model.blocks.slice(0, 15)) {
      const words = wordCount(b.text);
      if (words > 40) continue;
      const d = findDates(b.text).find((m) => m.valid && m.granularity === 'day' && !m.until);
      if (d) {
        date = d.date;
        datedLine = words <= 12;
        break;
      }
    }
  }
  return { key, idFromFrontMatter: !!str(fm.id), ...(untitled ? { titleFromName: true } : {}), ...(datedLine ? { datedLine } : {}), title, date, publisher: str(fm.publisher), author: str(fm.author), url: str(fm.url), role, warnings };
}
