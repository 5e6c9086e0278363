// Labelled sets on topics the rules were not written for (test/evalsets/*: sources, drafts, gold.json in
// the format of the labelled sets the language server is scored on). Each set's drafts are analysed
// against its sources and the bundled corpus, and the diagnostics compared with the labels by rule and
// line: precision and recall over the set must hold the bar (0.95 / 0.90). A failure lists
// every miss.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CORPUS_DIR, indexOf, ROOT } from '../helpers';
import { analyze } from '../../server/src/core/analyze';
import { resolveSettings } from '../../server/src/core/settings';
import { LineIndex } from '../../server/src/core/text/lines';

interface Gold {
  rules: string[];
  settings?: { dossier?: { corpus?: { paths?: string[] } } };
  drafts: Record<string, { findings?: { rule: string; line: number }[]; ignore?: { rule: string; line: number }[] }>;
}

const SETS = path.join(ROOT, 'test', 'evalsets');
const files = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /\.(md|markdown|txt)$/.test(f)).sort() : []);

describe('labelled sets on other topics', () => {
  for (const name of fs.readdirSync(SETS).sort()) {
    const dir = path.join(SETS, name);
    if (!fs.existsSync(path.join(dir, 'gold.json'))) continue;
    it(`${name}: precision ≥ 0.95 and recall ≥ 0.90`, () => {
      const gold = JSON.parse(fs.readFileSync(path.join(dir, 'gold.json'), 'utf8')) as Gold;
      const folders = gold.settings?.dossier?.corpus?.paths ?? ['corpus', 'sources'];
      const docs = [
        ...files(CORPUS_DIR).map((f) => ({ name: f, text: fs.readFileSync(path.join(CORPUS_DIR, f), 'utf8'), bundled: true })),
        ...folders.flatMap((folder) => files(path.join(dir, folder)).map((f) => ({ name: f, text: fs.readFileSync(path.join(dir, folder, f), 'utf8') }))),
      ];
      const index = indexOf(docs);
      const settings = resolveSettings(gold.settings ?? {});
      const rules = new Set(gold.rules);
      let tp = 0;
      let fp = 0;
      let fn = 0;
      const misses: string[] = [];
      for (const [rel, g] of Object.entries(gold.drafts)) {
        const text = fs.readFileSync(path.join(dir, rel), 'utf8');
        const lines = new LineIndex(text);
        const want = new Map<string, number>();
        for (const f of g.findings ?? []) want.set(`${f.rule}@${f.line}`, (want.get(`${f.rule}@${f.line}`) ?? 0) + 1);
        const ignore = new Set((g.ignore ?? []).map((f) => `${f.rule}@${f.line}`));
        for (const f of analyze(text, index, settings)) {
          if (!rules.has(f.code)) continue;
          const key = `${f.code}@${lines.position(f.start).line + 1}`;
          if ((want.get(key) ?? 0) > 0) {
            want.set(key, want.get(key)! - 1);
            tp++;
          } else if (!ignore.has(key)) {
            fp++;
            misses.push(`FP ${rel}:${key}: ${f.message}`);
          }
        }
        for (const [key, n] of want) {
          fn += n;
          if (n > 0) misses.push(`FN ${rel}:${key}`);
        }
      }
      const precision = tp / Math.max(1, tp + fp);
      const recall = tp / Math.max(1, tp + fn);
      assert.ok(precision >= 0.95 && recall >= 0.9, `precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)}\n${misses.join('\n')}`);
    });
  }
});
