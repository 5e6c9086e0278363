#!/usr/bin/env node
// Extension-host suite: test/vscode/suite/*.test.js (mocha, the `vscode` API) inside a real VS Code
// extension host, with the extension loaded from this repository (--extensionDevelopmentPath) and the
// workspace test/vscode/fixtures/workspace (copied to a temp folder first).
//   node test/vscode/run.mjs          (npm test runs it through test/run.mjs)
// 1. node esbuild.mjs (dist/client.js, dist/server.js)
// 2. VS Code desktop through @vscode/test-electron, if a build is at hand: $DOSSIER_VSCODE_EXECUTABLE,
//    or VS Code 1.100.3 cached in $DOSSIER_VSCODE_CACHE (default ~/.cache/dossier-vscode-test), or
//    downloadable from update.code.visualstudio.com (checked first, 5 s); on Linux it needs a display
//    ($DISPLAY, or Xvfb, which is then started on a free display).
// 3. Otherwise code-server 4.100.3 (the UI suite's cache, test/ui/setup.mjs): the workbench is opened
//    in headless Chromium with ?payload=[["extensionDevelopmentPath",…],["extensionTestsPath",…]],
//    which makes the browser workbench run the tests in code-server's extension host and call
//    window.codeAutomationExit(code) when they end.
// 4. If neither can run: one line saying why, exit 0.
// Either way the suite appends its results to $DOSSIER_VSCODE_RESULTS (JSON lines, see
// suite/index.js); this prints one "ok N - test" / "not ok N - test: reason" line per test and
// "N passed, N failed". Exit 1 on any failure. Logs go to test-artifacts/vscode/.
// Environment:
//   DOSSIER_VSCODE_EXECUTABLE  a VS Code executable for @vscode/test-electron (no download)
//   DOSSIER_VSCODE_CACHE       where @vscode/test-electron keeps VS Code (default ~/.cache/dossier-vscode-test)
//   DOSSIER_VSCODE_HOST=electron|code-server  only try that one
//   DOSSIER_VSCODE_KEEP=1      keep the temp profile and workspace (the path is printed)
//   DOSSIER_UI_CACHE           code-server's cache (see test/ui/setup.mjs)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { ensureTools, loadPlaywright } from '../ui/setup.mjs';
import { REPO, USER_SETTINGS, elapsed, killGroupSync, launchChromium, makeSandbox, note, runCommand, runSuite, startCodeServer, withTimeout } from '../ui/server.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SUITE = path.join(HERE, 'suite', 'index.js');
const FIXTURE = path.join(HERE, 'fixtures', 'workspace');
const ARTIFACTS = path.join(REPO, 'test-artifacts', 'vscode');
const VSCODE_VERSION = '1.100.3'; // the Code inside code-server 4.100.3; engines.vscode is ^1.100.0
const CHROMIUM = '/usr/bin/chromium';
const REACH_TIMEOUT_MS = 5_000;
const DOWNLOAD_TIMEOUT_MS = 10 * 60_000;
const INSTALL_TIMEOUT_MS = 15 * 60_000; // first install of code-server (about 1 minute here)
const SUITE_TIMEOUT_MS = 8 * 60_000; // from opening the workbench (or starting VS Code) to the last test
const RUN_TIMEOUT_MS = 30 * 60_000; // everything

/** Why the hosts tried so far could not run (printed once one does run, or in the skip line). */
const reasonsSoFar = [];
const tail = (s, n = 20) => String(s).trimEnd().split('\n').slice(-n).join('\n');
const firstLine = (s) => String(s).split('\n')[0];

/** Why a host cannot run here (as opposed to: it ran and something failed). */
class Unavailable extends Error {}

// ---------------------------------------------------------------------------------------------
// Clean-up: every process this starts is tracked and ended, also on a signal or a time limit.

const cleanups = []; // async functions, run last-in first-out
const syncKills = new Set(); // pids of process groups to SIGKILL on exit
const tempDirs = new Set();
let stopping = false;

async function cleanup() {
  while (cleanups.length) {
    const fn = cleanups.pop();
    await withTimeout(Promise.resolve().then(fn), 20_000, 'cleaning up').catch((e) => note(e.message));
  }
  for (const d of tempDirs) {
    if (process.env.DOSSIER_VSCODE_KEEP === '1') note(`kept ${d}`);
    else fs.rmSync(d, { recursive: true, force: true });
  }
  tempDirs.clear();
}
process.on('exit', () => {
  for (const pid of syncKills) killGroupSync(pid);
  for (const pid of childTree()) { try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ } }
  if (process.env.DOSSIER_VSCODE_KEEP !== '1') for (const d of tempDirs) fs.rmSync(d, { recursive: true, force: true });
});
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    if (stopping) return;
    stopping = true;
    console.log(`# stopped by ${sig}`);
    withTimeout(cleanup(), 30_000, 'cleaning up').catch(() => {}).finally(() => process.exit(130));
  });
}

/** Pids of every descendant of this process (Linux /proc; [] elsewhere). For VS Code desktop,
 *  which @vscode/test-electron starts in our own process group, so it cannot be ended as a group. */
function childTree(root = process.pid) {
  let entries;
  try { entries = fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d)); } catch { return []; }
  const parent = new Map();
  for (const d of entries) {
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      parent.set(Number(d), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch { /* gone */ }
  }
  const out = [];
  const walk = (p) => { for (const [c, pp] of parent) if (pp === p) { out.push(c); walk(c); } };
  walk(root);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Results

/** Parses the suite's JSON lines (a torn last line is ignored). */
function readResults(file) {
  if (!file || !fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).flatMap((l) => {
    try { return [JSON.parse(l)]; } catch { return []; }
  });
}

/** Prints one line per test and the totals; returns the exit code. */
function report(records, { exitCode, problem } = {}) {
  let passed = 0;
  let failed = 0;
  let n = 0;
  for (const r of records) {
    if (r.event === 'pass') {
      passed++;
      console.log(`ok ${++n} - ${r.title} (${r.ms ?? 0} ms)`);
    } else if (r.event === 'pending') {
      console.log(`ok ${++n} - ${r.title} # skipped`);
    } else if (r.event === 'fail') {
      failed++;
      const lines = String(r.error).split('\n');
      console.log(`not ok ${++n} - ${r.title}: ${lines[0]}`);
      const stack = lines.slice(1).filter((l) => l.trim()).slice(0, 12);
      if (stack.length) note(stack.join('\n# '));
    }
  }
  const ended = records.some((r) => r.event === 'end');
  if (problem || !ended || (exitCode !== undefined && exitCode !== 0 && failed === 0)) {
    failed++;
    const why = problem || (!ended ? 'the suite did not finish' : `the extension host reported exit code ${exitCode}`);
    console.log(`not ok ${++n} - extension-host run: ${firstLine(why)}`);
    const more = String(why).split('\n').slice(1);
    if (more.length) note(more.join('\n# '));
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

/** A temp folder with the workspace fixture copied in (the suite edits draft.md in memory only,
 *  but the fixture must never be touched) and a results file. */
function tempRun(prefix) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.add(root);
  const workspace = path.join(root, 'workspace');
  fs.cpSync(FIXTURE, workspace, { recursive: true });
  return { root, workspace, results: path.join(root, 'results.jsonl') };
}

// ---------------------------------------------------------------------------------------------
// 1. VS Code desktop through @vscode/test-electron

async function reachable(url) {
  try {
    await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(REACH_TIMEOUT_MS) });
    return { ok: true };
  } catch (e) {
    const cause = e.cause?.code || e.cause?.message || e.name;
    return { ok: false, why: e.name === 'TimeoutError' ? `no answer in ${REACH_TIMEOUT_MS / 1000} s` : `${cause}` };
  }
}

const needsDisplay = () => process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
function findXvfb() {
  const xvfb = ['/usr/bin/Xvfb', '/usr/local/bin/Xvfb'].find((p) => fs.existsSync(p));
  if (!xvfb) throw new Unavailable('there is no display for VS Code desktop ($DISPLAY unset, no Xvfb)');
  return xvfb;
}

/** A display for Electron on Linux: $DISPLAY, or a fresh Xvfb. Throws Unavailable. */
async function ensureDisplay() {
  if (!needsDisplay()) return {};
  const xvfb = findXvfb();
  const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'], detached: true });
  syncKills.add(child.pid);
  cleanups.push(() => { killGroupSync(child.pid); syncKills.delete(child.pid); });
  const display = await withTimeout(new Promise((resolve, reject) => {
    let out = '';
    child.stdio[3].on('data', (b) => { out += b; if (out.includes('\n')) resolve(`:${out.trim()}`); });
    child.on('exit', (code) => reject(new Unavailable(`Xvfb exited (${code}) before giving a display`)));
  }), 15_000, 'starting Xvfb').catch((e) => { throw e instanceof Unavailable ? e : new Unavailable(e.message); });
  note(`Xvfb on display ${display}`);
  return { DISPLAY: display };
}

async function runElectron() {
  const require = createRequire(import.meta.url);
  let testElectron;
  try {
    testElectron = require('@vscode/test-electron');
  } catch (e) {
    throw new Unavailable(`@vscode/test-electron is not installed (${firstLine(e.message)})`);
  }
  const cachePath = path.resolve(process.env.DOSSIER_VSCODE_CACHE || path.join(os.homedir(), '.cache', 'dossier-vscode-test'));
  let executable = process.env.DOSSIER_VSCODE_EXECUTABLE;
  if (!executable) {
    const platform = process.platform === 'linux' ? (process.arch === 'arm64' ? 'linux-arm64' : 'linux-x64') : undefined;
    const cached = platform && fs.existsSync(path.join(cachePath, `vscode-${platform}-${VSCODE_VERSION}`, 'is-complete'));
    if (!cached) {
      // Behind a proxy the check below means nothing (fetch ignores proxies): let the download decide.
      if (!process.env.HTTPS_PROXY && !process.env.https_proxy) {
        const r = await reachable('https://update.code.visualstudio.com/api/releases/stable');
        if (!r.ok) throw new Unavailable(`no VS Code build can be downloaded here (update.code.visualstudio.com: ${r.why})`);
      }
    }
    if (needsDisplay()) findXvfb(); // before any download
    fs.mkdirSync(cachePath, { recursive: true });
    const t = Date.now();
    try {
      executable = await withTimeout(testElectron.downloadAndUnzipVSCode({ version: VSCODE_VERSION, cachePath, timeout: 30_000 }), DOWNLOAD_TIMEOUT_MS, 'downloading VS Code');
    } catch (e) {
      throw new Unavailable(`VS Code ${VSCODE_VERSION} could not be downloaded (${firstLine(e.message)})`);
    }
    note(`VS Code ${VSCODE_VERSION}: ${executable} (${elapsed(t)})`);
  }
  const displayEnv = await ensureDisplay();
  Object.assign(process.env, displayEnv); // runTests starts VS Code with process.env

  const run = tempRun('dossier-vscode-');
  const userData = path.join(run.root, 'user-data');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2) + '\n');
  const extensions = path.join(run.root, 'extensions');
  fs.mkdirSync(extensions);
  cleanups.push(() => {
    // VS Code desktop is started by runTests without a process group of its own: end its tree.
    for (const pid of childTree()) { try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ } }
    try { fs.cpSync(path.join(userData, 'logs'), path.join(ARTIFACTS, 'logs'), { recursive: true }); } catch { /* no logs */ }
  });

  const t = Date.now();
  let exitCode;
  let problem;
  try {
    exitCode = await withTimeout(testElectron.runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: REPO,
      extensionTestsPath: SUITE,
      launchArgs: [run.workspace, '--disable-extensions', '--disable-workspace-trust', '--disable-telemetry',
        '--skip-welcome', `--user-data-dir=${userData}`, `--extensions-dir=${extensions}`],
      extensionTestsEnv: { DOSSIER_VSCODE_RESULTS: run.results, ...displayEnv },
    }), SUITE_TIMEOUT_MS, 'the VS Code test run');
  } catch (e) {
    // TestRunFailedError: VS Code exited non-zero (failed tests are in the results).
    if (e instanceof testElectron.TestRunFailedError) exitCode = e.code ?? e.signal ?? 1;
    else problem = e.message || String(e);
  }
  note(`VS Code desktop (${executable}) ran the suite in ${elapsed(t)}${exitCode !== undefined ? ` (exit code ${exitCode})` : ''}`);
  return report(readResults(run.results), { exitCode, problem });
}

// ---------------------------------------------------------------------------------------------
// 2. code-server's extension host, the workbench in headless Chromium

async function runCodeServer() {
  if (!fs.existsSync(CHROMIUM)) throw new Unavailable(`${CHROMIUM} is missing (.ci/prerequisites installs it)`);
  let tools;
  try {
    tools = await withTimeout(ensureTools({ log: note }), INSTALL_TIMEOUT_MS, 'installing code-server');
  } catch (e) {
    throw new Unavailable(`code-server could not be installed (${firstLine(e.message)})`);
  }
  if (reasonsSoFar.length) note(`VS Code desktop not used: ${reasonsSoFar.join('; ')}`);
  note(`code-server ready (${tools.installed ? `installed in ${tools.seconds} s` : 'cached'}) in ${tools.dir}`);

  // The UI suite's throwaway profile (settings, config, XDG folders), with our workspace instead of
  // its own; nothing installed in its extensions folder: Dossier comes from the repository.
  const sandbox = makeSandbox();
  tempDirs.add(sandbox.root);
  fs.rmSync(sandbox.workspace, { recursive: true, force: true });
  fs.cpSync(FIXTURE, sandbox.workspace, { recursive: true });
  const results = path.join(sandbox.root, 'results.jsonl');
  cleanups.push(() => {
    try { fs.cpSync(path.join(sandbox.userData, 'logs'), path.join(ARTIFACTS, 'logs'), { recursive: true }); } catch { /* no logs */ }
  });

  // code-server passes its environment on to the extension host it starts.
  process.env.DOSSIER_VSCODE_RESULTS = results;
  let t = Date.now();
  const server = await startCodeServer(tools, sandbox, path.join(ARTIFACTS, 'code-server.log'));
  syncKills.add(server.pid);
  cleanups.push(async () => { await server.stop(); syncKills.delete(server.pid); });
  note(`code-server on ${server.url} (${elapsed(t)})`);

  const { chromium } = loadPlaywright(tools.dir);
  const browser = await launchChromium(chromium, sandbox);
  cleanups.push(() => browser.close());
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  const consoleLog = fs.createWriteStream(path.join(ARTIFACTS, 'workbench-console.log'));
  cleanups.push(() => new Promise((r) => consoleLog.end(r)));
  page.on('console', (m) => consoleLog.write(`[${m.type()}] ${m.text()}\n`));
  page.on('pageerror', (e) => consoleLog.write(`[pageerror] ${e.stack || e.message}\n`));

  // The browser workbench calls window.codeAutomationExit(code, logs) when the test runner is done.
  let exitCode;
  await page.exposeFunction('codeAutomationExit', (code) => { exitCode = code; });
  let crashed = false;
  page.on('crash', () => { crashed = true; });

  // vscode-remote URIs of this server: the extension and the tests run in its extension host.
  const authority = `127.0.0.1:${server.port}`;
  const remote = (p) => `vscode-remote://${authority}${encodeURI(p.split(path.sep).join('/'))}`;
  const payload = [['extensionDevelopmentPath', remote(REPO)], ['extensionTestsPath', remote(SUITE)]];
  const url = `${server.url}/?folder=${encodeURIComponent(sandbox.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  t = Date.now();
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });

  // Until the workbench reports the exit code (or the results end and it does not follow soon).
  const deadline = Date.now() + SUITE_TIMEOUT_MS;
  let endedAt;
  let problem;
  let announced = false;
  for (;;) {
    if (exitCode !== undefined) break;
    const records = readResults(results);
    if (!announced && records.some((r) => r.event === 'start')) {
      announced = true;
      note(`the extension host started the suite (${elapsed(t)} after opening the workbench)`);
    }
    if (records.some((r) => r.event === 'end')) {
      endedAt ??= Date.now();
      if (Date.now() - endedAt > 15_000) break; // results are complete; the exit call never came
    }
    if (crashed) { problem = 'the workbench page crashed'; break; }
    try { process.kill(server.pid, 0); } catch { problem = 'code-server exited during the run'; break; }
    if (Date.now() > deadline) {
      problem = `no result from the extension host after ${SUITE_TIMEOUT_MS / 60_000} minutes` +
        (announced ? '' : ' (the suite never started: see test-artifacts/vscode/logs and workbench-console.log)');
      break;
    }
    await new Promise((r) => setTimeout(r, 250)); // poll interval
  }
  note(`code-server's extension host ran the suite in ${elapsed(t)}${exitCode !== undefined ? ` (exit code ${exitCode})` : ''}`);
  if (problem) {
    await page.screenshot({ path: path.join(ARTIFACTS, 'workbench.png'), timeout: 15_000 }).catch(() => {});
    const log = path.join(ARTIFACTS, 'code-server.log');
    if (fs.existsSync(log)) problem += `\nend of code-server.log:\n${tail(fs.readFileSync(log, 'utf8'), 10)}`;
  }
  return report(readResults(results), { exitCode, problem });
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const t0 = Date.now();
  fs.rmSync(ARTIFACTS, { recursive: true, force: true });
  fs.mkdirSync(ARTIFACTS, { recursive: true });

  const build = await runCommand('node', ['esbuild.mjs'], { timeoutMs: 180_000 });
  if (build.code !== 0 || !fs.existsSync(path.join(REPO, 'dist', 'client.js'))) {
    console.log(`not ok 1 - build (node esbuild.mjs exited ${build.code})`);
    note(tail(build.output).replace(/\n/g, '\n# '));
    console.log('0 passed, 1 failed');
    return 1;
  }

  const only = process.env.DOSSIER_VSCODE_HOST;
  const hosts = [['electron', runElectron], ['code-server', runCodeServer]].filter(([name]) => !only || only === name);
  const reasons = reasonsSoFar;
  for (const [name, fn] of hosts) {
    try {
      const code = await fn();
      note(`total ${elapsed(t0)}`);
      return code;
    } catch (e) {
      if (!(e instanceof Unavailable)) {
        console.log(`not ok 1 - extension-host run (${name}): ${firstLine(e.message)}`);
        const more = String(e.stack || '').split('\n').slice(1, 8);
        if (more.length) note(more.join('\n# '));
        console.log('0 passed, 1 failed');
        return 1;
      }
      reasons.push(e.message);
      await cleanup(); // before the next host
    }
  }
  console.log(`extension-host suite: skipped — ${reasons.join(', and ') || `DOSSIER_VSCODE_HOST=${only} names no host`}`);
  return 0;
}

await runSuite('extension-host suite', main, cleanup, RUN_TIMEOUT_MS, () => {
  stopping = true;
});
