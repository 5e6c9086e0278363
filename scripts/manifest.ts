// Writes package.json `contributes` from the settings table and the command list, so that the manifest
// and the code cannot drift apart (test/core/settings.test.ts checks they agree).
//   npx tsx scripts/manifest.ts [--check]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { configurationContribution } from '../server/src/core/settings';

export const COMMANDS = [
  { command: 'dossier.reindex', title: 'Reindex corpus', category: 'Dossier' },
  { command: 'dossier.showCorpusSummary', title: 'Show corpus summary', category: 'Dossier' },
  { command: 'dossier.insertCitation', title: 'Insert citation…', category: 'Dossier' },
  { command: 'dossier.addToIgnoreList', title: 'Add acronym to ignore list', category: 'Dossier' },
];

export function contributes(): unknown {
  return {
    configuration: configurationContribution(),
    commands: COMMANDS,
    menus: {
      commandPalette: [
        { command: 'dossier.insertCitation', when: 'editorLangId == markdown' },
        { command: 'dossier.addToIgnoreList', when: 'false' },
      ],
    },
    snippets: [{ language: 'markdown', path: './snippets/markdown.json' }],
  };
}

if (require.main === module) {
  const file = path.join(__dirname, '..', 'package.json');
  const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
  const want = contributes();
  if (process.argv.includes('--check')) {
    const same = JSON.stringify(pkg.contributes) === JSON.stringify(want);
    console.log(same ? 'package.json contributes is up to date' : 'package.json contributes is stale: run npm run manifest');
    process.exit(same ? 0 : 1);
  }
  pkg.contributes = want;
  fs.writeFileSync(file, JSON.stringify(pkg, null, 2) + '\n');
  console.log('package.json contributes written');
}
