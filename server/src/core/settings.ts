// Settings, defined once. The `contributes.configuration` block of package.json is generated from
// SETTINGS (npm run manifest) and a test keeps the two equal. The same keys are read from
// `.dossier.jsonc` files and from the editor (the file wins over editor settings; see README).
import { RULE_CODES, type RuleCode, type RuleLevel } from './types';

export type CitationRequirement = 'always' | 'unsupported' | 'off';

export interface Settings {
  rules: Record<RuleCode, RuleLevel>;
  acronyms: { ignore: string[]; expandCommon: boolean };
  claims: { requireCitation: CitationRequirement };
  corpus: { paths: string[]; includeBundled: boolean; maxFileSizeKB: number; sharedSnapshot: string };
}

export const DEFAULT_LEVELS: Record<RuleCode, RuleLevel> = {
  'acronym-undefined': 'information',
  'acronym-mismatch': 'warning',
  'claim-unsourced': 'warning',
  'date-conflict': 'warning',
  'date-weekday': 'warning',
  'date-invalid': 'error',
  'citation-unknown': 'warning',
};

const RULE_DESCRIPTIONS: Record<RuleCode, string> = {
  'acronym-undefined': 'An acronym is used before it is expanded.',
  'acronym-mismatch': 'An acronym is expanded differently from every expansion in the sources.',
  'claim-unsourced': 'A statistic, quotation, superlative or vague attribution has no citation.',
  'date-conflict': 'A date contradicts what the sources (or the draft itself) say about the same event.',
  'date-weekday': 'A weekday does not fall on the date it accompanies.',
  'date-invalid': 'A date that cannot exist (30 February, month 13).',
  'citation-unknown': 'A citation key names no corpus document.',
};

export interface SettingDefinition {
  key: string;
  type: 'string' | 'boolean' | 'array' | 'number';
  default: unknown;
  description: string;
  enum?: string[];
  scope?: 'resource' | 'window' | 'machine-overridable';
}

const LEVELS = ['off', 'hint', 'information', 'warning', 'error'];

export const SETTINGS: SettingDefinition[] = [
  ...RULE_CODES.map((code): SettingDefinition => ({
    key: `dossier.rules.${code}`,
    type: 'string',
    enum: LEVELS,
    default: DEFAULT_LEVELS[code],
    description: `${RULE_DESCRIPTIONS[code]} Severity, or off.`,
    scope: 'resource',
  })),
  { key: 'dossier.acronyms.ignore', type: 'array', default: [], description: 'Acronyms never reported as undefined, in addition to the well-known list of the bundled glossary.', scope: 'resource' },
  { key: 'dossier.acronyms.expandCommon', type: 'boolean', default: false, description: 'Also report common acronyms that only the glossary defines (DRDO, UPSC, ...) when they are used before they are expanded. Off by default: writers use them as names.', scope: 'resource' },
  { key: 'dossier.claims.requireCitation', type: 'string', enum: ['always', 'unsupported', 'off'], default: 'always', description: 'always: every claim needs a citation; unsupported: flag only claims no corpus passage supports (for exam answers); off: never.', scope: 'resource' },
  { key: 'dossier.corpus.paths', type: 'array', default: ['corpus', 'sources'], description: 'Corpus folders or globs, relative to each workspace folder.', scope: 'resource' },
  { key: 'dossier.corpus.includeBundled', type: 'boolean', default: true, description: 'Also index the corpus bundled with Dossier.', scope: 'resource' },
  { key: 'dossier.corpus.maxFileSizeKB', type: 'number', default: 4096, description: 'Corpus files larger than this are skipped (with a message naming the file).', scope: 'resource' },
  { key: 'dossier.corpus.sharedSnapshot', type: 'string', default: '', description: 'A prebuilt index snapshot (made by `dossier index --snapshot FILE`), relative to the workspace folder: corpus files whose content it holds are taken from it instead of being extracted on first start.', scope: 'resource' },
  { key: 'dossier.trace.server', type: 'string', enum: ['off', 'messages', 'verbose'], default: 'off', description: 'Traces the communication between VS Code and the Dossier language server.', scope: 'window' },
];

export function defaultSettings(): Settings {
  return {
    rules: { ...DEFAULT_LEVELS },
    acronyms: { ignore: [], expandCommon: false },
    claims: { requireCitation: 'always' },
    corpus: { paths: ['corpus', 'sources'], includeBundled: true, maxFileSizeKB: 4096, sharedSnapshot: '' },
  };
}

const isLevel = (v: unknown): v is RuleLevel => typeof v === 'string' && LEVELS.includes(v);

/**
 * Reads settings from any mix of nested objects ({ dossier: { rules: {...} } }, { rules: {...} }) and
 * dotted keys ({ "dossier.rules.date-conflict": "off" }), later sources winning. Unknown or ill-typed
 * values are ignored, never thrown on.
 */
export function resolveSettings(...sources: unknown[]): Settings {
  const s = defaultSettings();
  for (const src of sources) {
    if (!src || typeof src !== 'object') continue;
    const flat = flatten(src as Record<string, unknown>);
    for (const [rawKey, v] of Object.entries(flat)) {
      const key = rawKey.replace(/^dossier\./, '');
      const rule = /^rules\.(.+)$/.exec(key);
      if (rule) {
        if ((RULE_CODES as readonly string[]).includes(rule[1]) && isLevel(v)) s.rules[rule[1] as RuleCode] = v;
        continue;
      }
      switch (key) {
        case 'acronyms.ignore':
          if (Array.isArray(v)) s.acronyms.ignore = v.filter((x): x is string => typeof x === 'string');
          break;
        case 'acronyms.expandCommon':
          if (typeof v === 'boolean') s.acronyms.expandCommon = v;
          break;
        case 'claims.requireCitation':
          if (v === 'always' || v === 'unsupported' || v === 'off') s.claims.requireCitation = v;
          break;
        case 'corpus.paths':
          if (Array.isArray(v)) s.corpus.paths = v.filter((x): x is string => typeof x === 'string');
          break;
        case 'corpus.includeBundled':
          if (typeof v === 'boolean') s.corpus.includeBundled = v;
          break;
        case 'corpus.maxFileSizeKB':
          if (typeof v === 'number' && v > 0) s.corpus.maxFileSizeKB = v;
          break;
        case 'corpus.sharedSnapshot':
          if (typeof v === 'string') s.corpus.sharedSnapshot = v;
          break;
      }
    }
  }
  return s;
}

function flatten(obj: Record<string, unknown>, prefix = '', out: Record<string, unknown> = {}, depth = 0): Record<string, unknown> {
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object' && !Array.isArray(v) && depth < 6) flatten(v as Record<string, unknown>, key, out, depth + 1);
    else out[key] = v;
  }
  return out;
}

/** The `contributes.configuration` block for package.json. */
export function configurationContribution(): unknown {
  const properties: Record<string, unknown> = {};
  for (const d of SETTINGS) {
    const p: Record<string, unknown> = { type: d.type, default: d.default, description: d.description };
    if (d.enum) p.enum = d.enum;
    if (d.type === 'array') p.items = { type: 'string' };
    if (d.scope) p.scope = d.scope;
    properties[d.key] = p;
  }
  return { title: 'Dossier', properties };
}
