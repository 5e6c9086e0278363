#!/usr/bin/env node
// UI suite: the Dossier .vsix in a real VS Code (code-server) driven by headless Chromium.
//   node test/ui/run.mjs
// 1. code-server + playwright-core in a cache outside the repo (test/ui/setup.mjs; reused when present)
// 2. npm run package -> dist/dossier.vsix
// 3. a throwaway profile with the vsix installed, a workspace with corpus/ and draft.md
// 4. code-server on a free 127.0.0.1 port, Debian's /usr/bin/chromium through playwright-core
// 5. the steps of test/ui/steps.mjs, one "ok N - step" / "not ok N - step: reason" line each and a
//    screenshot test-artifacts/ui/NN-step.png; then "N passed, N failed".
// Environment:
//   DOSSIER_UI_CACHE  the cache folder (default ~/.cache/dossier-ui)
//   DOSSIER_UI_VSIX   use this .vsix instead of building dist/dossier.vsix (to try the harness)
//   DOSSIER_UI_KEEP=1 keep the temp profile and workspace (its path is printed)
// Needs Debian's chromium and ripgrep: .ci/prerequisites installs them.
import fs from 'node:fs';
import path from 'node:path';
import { ensureTools, loadPlaywright } from './setup.mjs';
import { REPO, buildVsix, elapsed, installExtension, killGroupSync, launchChromium, makeSandbox, note, runSuite, startCodeServer, withTimeout } from './server.mjs';
import { steps } from './steps.mjs';

const ARTIFACTS = path.join(REPO, 'test-artifacts', 'ui');
const STEP_TIMEOUT_MS = 120_000;
const INSTALL_TIMEOUT_MS = 15 * 60_000; // first install of code-server (about 1 minute here)
const RUN_TIMEOUT_MS = 25 * 60_000; // whole run, install included
const CHROMIUM = '/usr/bin/chromium';

const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 50);

let server; // { pid, stop }
let browser;
let sandbox;
let stopping = false; // set by a signal: the steps stop, nothing more is reported
// Last resort if the process ends some other way: no code-server or temp folder left behind
// (playwright-core kills the Chromium it launched by itself on exit).
process.on('exit', () => {
  if (server) killGroupSync(server.pid);
  if (sandbox && process.env.DOSSIER_UI_KEEP !== '1') fs.rmSync(sandbox.root, { recursive: true, force: true });
});
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    if (stopping) return;
    stopping = true;
    console.log(`# stopped by ${sig}`);
    withTimeout(cleanup(), 20_000, 'cleaning up').catch(() => {}).finally(() => process.exit(130));
  });
}

async function cleanup() {
  if (browser) await withTimeout(browser.close(), 15_000, 'closing Chromium').catch((e) => note(e.message));
  browser = undefined;
  if (server) await withTimeout(server.stop(), 15_000, 'stopping code-server').catch((e) => { note(e.message); killGroupSync(server.pid); });
  server = undefined;
  // VS Code's logs (extension host, the Dossier output channel) stay with the screenshots.
  if (sandbox) {
    try {
      fs.cpSync(path.join(sandbox.userData, 'logs'), path.join(ARTIFACTS, 'logs'), { recursive: true });
    } catch { /* no logs */ }
  }
  if (sandbox && process.env.DOSSIER_UI_KEEP !== '1') fs.rmSync(sandbox.root, { recursive: true, force: true });
  else if (sandbox) note(`kept ${sandbox.root}`);
}

/** First error lines of the Dossier output channel and the extension host log, to tell why at a glance. */
function extensionErrors() {
  const out = [];
  const walk = (dir) => {
    for (const e of fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }) : []) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/^(Dossier\.log|remoteexthost\.log)$/.test(e.name)) {
        const lines = fs.readFileSync(p, 'utf8').split('\n');
        lines.forEach((l, i) => {
          if (!/\[error\]/.test(l) || (e.name !== 'Dossier.log' && !/dossier/i.test(l))) return;
          // With the first line of the stack trace that follows, if any: usually the reason.
          const next = lines[i + 1] && !/^\d{4}-\d\d-\d\d /.test(lines[i + 1]) ? ` ${lines[i + 1].trim()}` : '';
          out.push(`${e.name}: ${(l + next).slice(0, 300)}`);
        });
      }
    }
  };
  if (sandbox) walk(path.join(sandbox.userData, 'logs'));
  return out.slice(0, 8);
}

async function main() {
  const t0 = Date.now();
  fs.rmSync(ARTIFACTS, { recursive: true, force: true });
  fs.mkdirSync(ARTIFACTS, { recursive: true });

  // Setup: any failure here is reported as one failed step.
  let page;
  let url;
  try {
    if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run .ci/prerequisites`);
    const tools = await withTimeout(ensureTools({ log: note }), INSTALL_TIMEOUT_MS, 'installing code-server');
    note(`code-server ready (${tools.installed ? `installed in ${tools.seconds} s` : 'cached'}) in ${tools.dir}`);
    let t = Date.now();
    const vsix = await buildVsix(ARTIFACTS);
    note(`vsix ${path.relative(REPO, vsix) || vsix} (${elapsed(t)})`);
    sandbox = makeSandbox();
    t = Date.now();
    const installed = await installExtension(tools, sandbox, vsix);
    note(`installed ${installed.join(', ')} (${elapsed(t)})`);
    t = Date.now();
    server = await startCodeServer(tools, sandbox, path.join(ARTIFACTS, 'code-server.log'));
    url = server.url;
    note(`code-server on ${url} (${elapsed(t)})`);
    const { chromium } = loadPlaywright(tools.dir);
    browser = await launchChromium(chromium, sandbox);
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
  } catch (e) {
    console.log(`not ok 1 - setup: ${e.message.replace(/\n/g, '\n# ')}`);
    console.log('0 passed, 1 failed');
    return 1;
  }

  let passed = 0;
  let failed = 0;
  for (const [i, step] of steps.entries()) {
    const n = i + 1;
    const shot = path.join(ARTIFACTS, `${String(n).padStart(2, '0')}-${slug(step.name)}.png`);
    const t = Date.now();
    let error;
    let detail;
    try {
      detail = await withTimeout(step.run({ page, url }), STEP_TIMEOUT_MS, step.name);
    } catch (e) {
      error = e;
    }
    if (stopping) return 130;
    // animations: 'disabled' runs finite animations (the hover's fade-in) to their end first.
    await page.screenshot({ path: shot, timeout: 15_000, animations: 'disabled' }).catch((e) => note(`screenshot failed: ${e.message}`));
    if (error) {
      failed++;
      console.log(`not ok ${n} - ${step.name}: ${String(error.message).split('\n')[0]}`);
      const more = String(error.message).split('\n').slice(1).join('\n');
      if (more) note(more.replace(/\n/g, '\n# '));
    } else {
      passed++;
      console.log(`ok ${n} - ${step.name} (${elapsed(t)}${detail ? `; ${String(detail).replace(/\s+/g, ' ').trim()}` : ''})`);
    }
    if (step.after) {
      await withTimeout(step.after({ page, url }), 30_000, `${step.name}: tidying up`).catch((e) => note(`tidying up after step ${n} failed: ${e.message.split('\n')[0]}`));
    }
  }
  if (failed) for (const line of extensionErrors()) note(line);
  note(`screenshots in ${path.relative(REPO, ARTIFACTS)}/; total ${elapsed(t0)}`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

await runSuite('UI suite', main, cleanup, RUN_TIMEOUT_MS, () => {
  stopping = true;
});
