// Suppression comments, markdownlint style:
//   <!-- dossier-disable-next-line [RULE ...] -->   the line after the comment
//   <!-- dossier-disable [RULE ...] --> ... <!-- dossier-enable [RULE ...] -->
//   <!-- dossier-disable-file -->
// No rule named means every rule.
import type { Comment } from '../text/markdown';
import { LineIndex } from '../text/lines';
import { RULE_CODES } from '../types';

export interface Suppressions {
  isSuppressed(code: string, offset: number): boolean;
}

interface Region {
  rules: Set<string> | 'all';
  from: number;
  to: number;
}

const matches = (rules: Set<string> | 'all', code: string) => rules === 'all' || rules.has(code);

const NONE: Suppressions = { isSuppressed: () => false };

export function readSuppressions(comments: Comment[], text: string): Suppressions {
  if (!comments.some((c) => c.body.startsWith('dossier-'))) return NONE;
  const lines = new LineIndex(text);
  const regions: Region[] = [];
  const open = new Map<string, number>(); // rule or '*' -> start offset
  let fileAll = false;
  for (const c of comments) {
    const m = /^dossier-(disable-next-line|disable-file|disable|enable)\b(.*)$/s.exec(c.body);
    if (!m) continue;
    const names = m[2].split(/[\s,]+/).filter(Boolean);
    const rules: Set<string> | 'all' = names.length ? new Set(names) : 'all';
    switch (m[1]) {
      case 'disable-file':
        if (rules === 'all') fileAll = true;
        else regions.push({ rules, from: 0, to: text.length });
        break;
      case 'disable-next-line': {
        const line = lines.lineAt(c.end) + 1;
        regions.push({ rules, from: lines.lineStart(line), to: lines.lineEnd(line) + 1 });
        break;
      }
      case 'disable':
        for (const r of rules === 'all' ? ['*'] : rules) if (!open.has(r)) open.set(r, c.end);
        break;
      case 'enable':
        if (rules === 'all') {
          for (const [r, from] of open) regions.push({ rules: r === '*' ? 'all' : new Set([r]), from, to: c.start });
          open.clear();
        } else {
          for (const r of rules) {
            const from = open.get(r);
            if (from !== undefined) {
              regions.push({ rules: new Set([r]), from, to: c.start });
              open.delete(r);
            } else if (open.has('*')) {
              // Re-enabling one rule inside "disable all": close "all" here and keep the others disabled.
              regions.push({ rules: 'all', from: open.get('*')!, to: c.start });
              open.delete('*');
              for (const other of RULE_CODES) if (!rules.has(other) && !open.has(other)) open.set(other, c.start);
            }
          }
        }
        break;
    }
  }
  for (const [r, from] of open) regions.push({ rules: r === '*' ? 'all' : new Set([r]), from, to: text.length });
  return {
    isSuppressed(code: string, offset: number): boolean {
      if (fileAll) return true;
      for (const g of regions) {
        if (offset >= g.from && offset < g.to && matches(g.rules, code)) return true;
      }
      return false;
    },
  };
}
