import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { resolveSettings, defaultSettings } from '../../server/src/core/settings';
import { contributes } from '../../scripts/manifest';
import { findings } from './rules/check';
import { ROOT } from '../helpers';

describe('settings', () => {
  it('defaults', () => assert.deepEqual(resolveSettings(), defaultSettings()));
  it('nested, dotted and prefixless keys; later sources win', () => {
    const s = resolveSettings({ dossier: { rules: { 'date-conflict': 'off' } } }, { 'dossier.acronyms.ignore': ['XQZW'] }, { claims: { requireCitation: 'unsupported' } });
    assert.equal(s.rules['date-conflict'], 'off');
    assert.deepEqual(s.acronyms.ignore, ['XQZW']);
    assert.equal(s.claims.requireCitation, 'unsupported');
  });
  it('ignores ill-typed values instead of throwing', () => {
    const s = resolveSettings({ dossier: { rules: { 'date-conflict': 'loud', nope: 'off' }, acronyms: { ignore: 'DAPA' } } }, null, 42, 'x');
    assert.deepEqual(s, defaultSettings());
  });
  it('a rule level changes the severity; off removes the rule', () => {
    assert.equal(findings('date-invalid', 'On 30 February 2026.', { settings: { 'dossier.rules.date-invalid': 'hint' } })[0].severity, 'hint');
    assert.deepEqual(findings('date-invalid', 'On 30 February 2026.', { settings: { 'dossier.rules.date-invalid': 'off' } }), []);
  });
  it('package.json contributes is generated from the settings table', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(pkg.contributes, JSON.parse(JSON.stringify(contributes())), 'run npm run manifest');
  });
});
