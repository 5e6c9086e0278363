// Deterministic synthetic corpora made from the seed articles: N documents of about 1,500 words, each a
// shuffle of seed sentences with varied names, figures, dates and acronym definitions, so that the index
// has the shape of a real corpus (many distinct names and acronyms, dated events, figures).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseByName } from '../server/src/core/text/markdown';
import { splitSentences } from '../server/src/core/text/sentences';

/** The project folder: found from here upwards, so the benchmarks run from their sources or bundled. */
export const ROOT = ((): string => {
  for (let d = __dirname; ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, 'package.json')) && fs.existsSync(path.join(d, 'corpus', 'glossary.md'))) return d;
    if (path.dirname(d) === d) return path.resolve(__dirname, '..');
  }
})();

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SYLLABLES = ['ka', 'ro', 'mi', 'ta', 'sen', 'dor', 'vel', 'an', 'ish', 'po', 'lu', 'gar', 'nek', 'zu', 'bra', 'tor'];
const NOUNS = ['Agency', 'Council', 'Initiative', 'Forum', 'Programme', 'Authority', 'Commission', 'Dialogue', 'Institute', 'Partnership', 'Corridor', 'Mission'];
const ADJS = ['Regional', 'Maritime', 'National', 'Strategic', 'Joint', 'Coastal', 'Digital', 'Northern', 'Southern', 'Eastern', 'Western', 'Central'];

export function seedSentences(root: string): string[] {
  const out: string[] = [];
  const dir = path.join(root, 'corpus');
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    for (const b of parseByName(f, text).blocks) for (const s of splitSentences(b.text, b.start)) {
      const t = text.slice(s.start, s.end).trim();
      if (t.split(/\s+/).length >= 8) out.push(t);
    }
  }
  return out;
}

function word(r: () => number, n = 2): string {
  let w = '';
  for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
  return w[0].toUpperCase() + w.slice(1);
}

export function makeDocument(i: number, sentences: string[], words = 1500): string {
  const r = rng(1000 + i);
  const pick = <T>(a: T[]) => a[Math.floor(r() * a.length)];
  const year = 1990 + Math.floor(r() * 35);
  const lines: string[] = [`# ${pick(ADJS)} ${word(r)} ${pick(NOUNS)} and the ${word(r)} question`, '', `${pick(MONTHS)} ${1 + Math.floor(r() * 28)}, ${year}`, ''];
  let count = 0;
  while (count < words) {
    const para: string[] = [];
    for (let k = 0; k < 4 + Math.floor(r() * 4); k++) {
      let s = pick(sentences);
      // Vary figures and years so documents differ.
      s = s.replace(/\b(19|20)\d\d\b/g, () => String(1960 + Math.floor(r() * 65))).replace(/\b\d{1,2}%/g, () => `${1 + Math.floor(r() * 60)}%`);
      const roll = r();
      if (roll < 0.12) {
        const long = [pick(ADJS), word(r), pick(NOUNS)];
        const acr = long.map((w) => w[0]).join('') + word(r, 1)[0];
        s = `The ${long.join(' ')} ${acr.length > 3 ? '' : ''}(${long.map((w) => w[0]).join('')}) was ${pick(['launched', 'established', 'announced', 'signed'])} in ${pick(MONTHS)} ${1960 + Math.floor(r() * 65)}.`;
      } else if (roll < 0.2) {
        s = `${word(r)} ${word(r)}, ${pick(['Director', 'Minister', 'Secretary', 'Chief'])} of the ${pick(ADJS)} ${pick(NOUNS)}, said the plan would cost $${1 + Math.floor(r() * 90)} billion.`;
      }
      para.push(s);
      count += s.split(/\s+/).length;
    }
    lines.push(para.join(' '), '');
  }
  return lines.join('\n');
}

/** Writes (once) a synthetic corpus of n documents under dir and returns its folder. */
export function ensureCorpus(root: string, base: string, n: number): string {
  const dir = path.join(base, `synthetic-${n}`);
  const marker = path.join(dir, '.complete');
  if (fs.existsSync(marker)) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const sentences = seedSentences(root);
  for (let i = 0; i < n; i++) fs.writeFileSync(path.join(dir, `doc-${String(i).padStart(5, '0')}.md`), makeDocument(i, sentences));
  fs.writeFileSync(marker, '');
  return dir;
}

/** A brief of about `words` words with the mistakes Dossier looks for, made from the seeds. */
export function makeBrief(root: string, words = 2000, seed = 7): string {
  const sentences = seedSentences(root);
  const r = rng(seed);
  const fixed = [
    "India's Act East Policy, launched in 2016, gives the partnership a regional frame.",
    'DAPA and the ADD are natural partners for the defence industry.',
    'The sixth Foreign Policy and Security Dialogue (FPSD) opened in Seoul on Monday, February 12, 2026.',
    "South Korea's defence spending has increased by 25% over the past five years.",
    'A follow-up review was planned for 30 February 2026 [@nope2026].',
  ];
  const out: string[] = ['# A brief on India and Korea', ''];
  let count = 0;
  let k = 0;
  while (count < words) {
    const para: string[] = [];
    for (let j = 0; j < 5; j++) {
      const s = k % 9 === 0 ? fixed[(k / 9) % fixed.length] : sentences[Math.floor(r() * sentences.length)];
      k++;
      para.push(s);
      count += s.split(/\s+/).length;
    }
    out.push(para.join(' '), '');
    if (k % 40 === 0) out.push(`## Section ${k / 40}`, '');
  }
  return out.join('\n');
}
