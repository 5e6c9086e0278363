#!/usr/bin/env node
// `npm test`: build, type-check, then every suite. Each step streams its own output; the first failure
// stops the run with its exit code. The last line sums the tests of every suite:
// `total: N passed, N failed`.
//   1. esbuild bundles (dist/)
//   2. tsc --noEmit (strict)
//   3. mocha: core tables, file-system layer, CLI, protocol tests against dist/server.js, short fuzz
//   4. the extension-host suite (VS Code desktop where it can be downloaded, else code-server)
//   5. the UI suite in a real VS Code (code-server + headless Chromium)
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const steps = [
  ['build', 'node', ['esbuild.mjs']],
  ['typecheck', 'npx', ['tsc', '--noEmit', '-p', '.']],
  ['unit, CLI and protocol tests', 'npx', ['mocha']],
];
if (existsSync('test/vscode/run.mjs')) steps.push(['extension-host suite', 'node', ['test/vscode/run.mjs']]);
if (existsSync('test/ui/run.mjs') && process.env.DOSSIER_SKIP_UI !== '1') steps.push(['UI suite (code-server)', 'node', ['test/ui/run.mjs']]);

let passed = 0;
let failed = 0;
/** Counts what a step reports: mocha's "N passing" / "N failing", the suites' "N passed, N failed". */
function count(text) {
  for (const m of text.matchAll(/^\s*(\d+) passing\b/gm)) passed += Number(m[1]);
  for (const m of text.matchAll(/^\s*(\d+) failing\b/gm)) failed += Number(m[1]);
  for (const m of text.matchAll(/^(\d+) passed, (\d+) failed$/gm)) {
    passed += Number(m[1]);
    failed += Number(m[2]);
  }
}

function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => {
      process.stdout.write(d);
      out += d;
    });
    child.on('close', (code, signal) => {
      count(out.replace(/\x1b\[[0-9;]*m/g, ''));
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

for (const [name, cmd, args] of steps) {
  console.log(`\n== ${name}`);
  const code = await run(cmd, args);
  if (code !== 0) {
    console.error(`\n== ${name} failed (exit ${code})`);
    console.log(`total: ${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(code || 1);
  }
}
console.log('\n== all test steps passed');
console.log(`total: ${passed} passed, ${failed} failed`);
