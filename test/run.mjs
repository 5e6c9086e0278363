#!/usr/bin/env node
// `npm test`: build, type-check, then every suite. Each step prints its own result; the first failure
// stops the run with its exit code.
//   1. esbuild bundles (dist/)
//   2. tsc --noEmit (strict)
//   3. mocha: core tables, CLI, protocol tests against dist/server.js, short fuzz
//   4. the extension-host suite (@vscode/test-electron), or one line saying why it cannot run here
//   5. the UI suite in a real VS Code (code-server + headless Chromium)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const steps = [
  ['build', 'node', ['esbuild.mjs']],
  ['typecheck', 'npx', ['tsc', '--noEmit', '-p', '.']],
  ['unit, CLI and protocol tests', 'npx', ['mocha']],
];
if (existsSync('test/vscode/run.mjs')) steps.push(['extension-host suite', 'node', ['test/vscode/run.mjs']]);
if (existsSync('test/ui/run.mjs') && process.env.DOSSIER_SKIP_UI !== '1') steps.push(['UI suite (code-server)', 'node', ['test/ui/run.mjs']]);

for (const [name, cmd, args] of steps) {
  console.log(`\n== ${name}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\n== ${name} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status || 1);
  }
}
console.log('\n== all test steps passed');
