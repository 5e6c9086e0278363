// Builds the .vsix, prepares a throwaway code-server profile and workspace, and starts code-server
// on a free loopback port. Every child process is started in its own process group so that stop()
// can end it with everything it spawned (extension host, language server).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO = path.resolve(HERE, '..', '..');

/** User settings: no trust prompt, no welcome page, nothing reaching out, nothing guessing words. */
export const USER_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.commandCenter.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.ignoreRecommendations': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'npm.fetchOnlinePackageInfo': false,
  // Completions must come from Dossier, not from words already in the file.
  'editor.wordBasedSuggestions': 'off',
  'editor.minimap.enabled': false,
  'editor.hover.delay': 200,
  'files.autoSave': 'off',
};

/** Runs a command with a time limit; resolves { code, output }. */
/** A line of the TAP-style log both harnesses print. */
export const note = (m) => console.log(`# ${m}`);
export const elapsed = (t) => `${((Date.now() - t) / 1000).toFixed(1)} s`;

export function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms / 1000} s`)), ms); }),
  ]).finally(() => clearTimeout(timer));
}

export function runCommand(cmd, args, { cwd = REPO, timeoutMs = 300_000, env = {} } = {}) {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const collect = (b) => { output += b; };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setTimeout(() => {
      output += `\n[killed after ${timeoutMs / 1000} s]`;
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
    }, timeoutMs);
    child.on('error', (e) => { clearTimeout(timer); resolve({ code: -1, output: output + String(e) }); });
    child.on('close', (code, signal) => { clearTimeout(timer); resolve({ code: code ?? signal, output }); });
  });
}

const tail = (s, n = 20) => s.trimEnd().split('\n').slice(-n).join('\n');

/** `npm run package` -> dist/dossier.vsix (or $DOSSIER_UI_VSIX, not rebuilt, to try the harness). */
export async function buildVsix(logDir) {
  if (process.env.DOSSIER_UI_VSIX) return path.resolve(process.env.DOSSIER_UI_VSIX);
  const r = await runCommand('npm', ['run', 'package'], { timeoutMs: 300_000 });
  fs.writeFileSync(path.join(logDir, 'package.log'), r.output);
  const vsix = path.join(REPO, 'dist', 'dossier.vsix');
  if (r.code !== 0 || !fs.existsSync(vsix)) throw new Error(`npm run package failed (${r.code}):\n${tail(r.output)}`);
  return vsix;
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * A temp root with the code-server profile (user-data, extensions, XDG dirs) and the workspace:
 *   workspace/corpus/<copied corpus note>   workspace/draft.md (test/ui/fixtures/draft.md)
 */
export function makeSandbox() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-ui-'));
  const dirs = {
    root,
    userData: path.join(root, 'user-data'),
    extensions: path.join(root, 'extensions'),
    xdg: path.join(root, 'xdg'),
    workspace: path.join(root, 'workspace'),
  };
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2) + '\n');
  // Own config file, so code-server does not write ~/.config/code-server/config.yaml.
  dirs.config = path.join(root, 'config.yaml');
  fs.writeFileSync(dirs.config, 'auth: none\ncert: false\n');
  fs.mkdirSync(path.join(dirs.workspace, 'corpus'));
  fs.copyFileSync(path.join(REPO, 'corpus', '001_6c54e90040af64f0.txt'), path.join(dirs.workspace, 'corpus', '001_6c54e90040af64f0.txt'));
  fs.copyFileSync(path.join(HERE, 'fixtures', 'draft.md'), path.join(dirs.workspace, 'draft.md'));
  return dirs;
}

function env(sandbox) {
  return { XDG_CONFIG_HOME: sandbox.xdg, XDG_DATA_HOME: sandbox.xdg, XDG_CACHE_HOME: sandbox.xdg };
}

/** code-server --install-extension into the sandbox profile. */
export async function installExtension(tools, sandbox, vsix) {
  const r = await runCommand('node', [tools.codeServerBin, '--config', sandbox.config, '--user-data-dir', sandbox.userData,
    '--extensions-dir', sandbox.extensions, '--install-extension', vsix, '--force'], { timeoutMs: 120_000, env: env(sandbox) });
  const installed = fs.readdirSync(sandbox.extensions).filter((d) => !d.startsWith('.') && d !== 'extensions.json');
  if (r.code !== 0 || installed.length === 0) throw new Error(`installing ${vsix} failed (${r.code}):\n${tail(r.output)}`);
  return installed;
}

/** Starts code-server on 127.0.0.1; resolves once /healthz answers. Output goes to logFile. */
export async function startCodeServer(tools, sandbox, logFile, { timeoutMs = 60_000 } = {}) {
  const port = await freePort();
  const log = fs.openSync(logFile, 'w');
  const child = spawn('node', [tools.codeServerBin,
    '--config', sandbox.config, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--user-data-dir', sandbox.userData, '--extensions-dir', sandbox.extensions, sandbox.workspace,
  ], { cwd: sandbox.root, env: { ...process.env, ...env(sandbox) }, stdio: ['ignore', log, log], detached: true });
  fs.closeSync(log);
  let exited = null;
  child.on('exit', (code, signal) => { exited = code ?? signal; });

  const stop = () => stopGroup(child);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited !== null) break;
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return { url, port, pid: child.pid, stop };
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`code-server did not answer on ${url} (${exited !== null ? `exited ${exited}` : 'timeout'}):\n${tail(fs.readFileSync(logFile, 'utf8'))}`);
}

/** SIGTERM to the process group, SIGKILL after 5 s. */
export async function stopGroup(child) {
  if (child.exitCode !== null || child.signalCode !== null) {
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* group gone */ }
    return;
  }
  const gone = new Promise((r) => child.once('exit', r));
  try { process.kill(-child.pid, 'SIGTERM'); } catch { return; }
  const t = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 5000);
  await gone;
  clearTimeout(t);
  // Children that outlived the parent (extension host, language server).
  try { process.kill(-child.pid, 'SIGKILL'); } catch { /* group gone */ }
}

/** Synchronous last resort for process 'exit': SIGKILL the group. */
export function killGroupSync(pid) {
  try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ }
}

/**
 * Runs a suite's `main` under a watchdog and always cleans up: prints a failing plan line when the run
 * is over time or the harness itself throws, and exits with main's code. `onTimeout` lets the suite stop
 * its own steps first.
 */
export async function runSuite(label, main, cleanup, timeoutMs, onTimeout = () => {}) {
  const watchdog = setTimeout(() => {
    onTimeout();
    console.log(`not ok - the ${label} ran over ${timeoutMs / 60_000} minutes; stopping`);
    console.log('0 passed, 1 failed');
    cleanup().finally(() => process.exit(1));
  }, timeoutMs);
  let code = 1;
  try {
    code = await main();
  } catch (e) {
    console.log(`not ok 1 - harness error: ${e.stack ?? e}`);
    console.log('0 passed, 1 failed');
  } finally {
    await cleanup();
    clearTimeout(watchdog);
  }
  process.exit(code);
}

/** Headless Debian Chromium through playwright-core, confined to this machine and to the sandbox. */
export function launchChromium(chromium, sandbox) {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    timeout: 60_000,
    // Chromium's own folders (crash reports) go to the sandbox, not ~/.config/chromium.
    env: { ...process.env, XDG_CONFIG_HOME: sandbox.xdg, XDG_CACHE_HOME: sandbox.xdg },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic',
      // Only this machine: any other host name fails to resolve at once.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'],
  });
}
