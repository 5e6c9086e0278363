// Installs code-server and playwright-core into a cache folder outside the repository
// (default ~/.cache/dossier-ui, or $DOSSIER_UI_CACHE), once. A marker file records what was
// installed; when it matches, ensureTools() returns at once.
//
// The recipe (from the issue) avoids npm install scripts, which this npm (11.x) warns about,
// and rebuilds the native modules explicitly against the machine's Node (20):
//   cache/          npm install code-server@4.100.3 playwright-core --ignore-scripts; npm rebuild argon2
//   lib/vscode/     npm install --omit=dev --ignore-scripts; npm rebuild <native modules>;
//                   node-gyp rebuild in node_modules/node-pty; /usr/bin/rg into @vscode/ripgrep;
//                   node_modules.asar -> node_modules
//   lib/vscode/extensions/  npm install --omit=dev --ignore-scripts
// code-server 4.104+ needs Node 22, so it stays on 4.100.3.
//
// Run on its own (`node test/ui/setup.mjs`) it only installs and prints where.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
export const PLAYWRIGHT_CORE_VERSION = '1.65.1';
// Bump when the recipe below changes, so existing caches are redone.
const RECIPE = 1;
const MARKER = 'dossier-ui-installed.json';
const STEP_TIMEOUT_MS = 10 * 60_000;

export function cacheDir() {
  return path.resolve(process.env.DOSSIER_UI_CACHE || path.join(os.homedir(), '.cache', 'dossier-ui'));
}

/** What the marker must say for the cache to be reused. */
function wanted() {
  return {
    recipe: RECIPE,
    codeServer: CODE_SERVER_VERSION,
    playwrightCore: PLAYWRIGHT_CORE_VERSION,
    // Native modules are built for one Node ABI.
    nodeModules: process.versions.modules,
    platform: `${process.platform}-${process.arch}`,
  };
}

function paths(dir) {
  const codeServer = path.join(dir, 'node_modules', 'code-server');
  return {
    dir,
    codeServer,
    codeServerBin: path.join(codeServer, 'out', 'node', 'entry.js'),
    vscode: path.join(codeServer, 'lib', 'vscode'),
    marker: path.join(dir, MARKER),
    log: path.join(dir, 'install.log'),
  };
}

/** Loads playwright-core from the cache. */
export function loadPlaywright(dir = cacheDir()) {
  return createRequire(path.join(dir, 'package.json'))('playwright-core');
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

// Install commands still running when this process exits (a time limit, a signal) are killed.
const running = new Set();
process.on('exit', () => {
  for (const pid of running) {
    try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ }
  }
});

/** Runs one command, its output appended to the install log; throws with the log's tail on failure. */
function run(p, cwd, cmd, args, extraEnv = {}) {
  return new Promise((resolve, reject) => {
    const line = `$ (cd ${cwd} && ${cmd} ${args.join(' ')})\n`;
    fs.appendFileSync(p.log, line);
    const out = fs.openSync(p.log, 'a');
    const child = spawn(cmd, args, {
      cwd,
      stdio: ['ignore', out, out],
      env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false', ...extraEnv },
      detached: true,
    });
    fs.closeSync(out);
    running.add(child.pid);
    const timer = setTimeout(() => {
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
    }, STEP_TIMEOUT_MS);
    child.on('error', (e) => { clearTimeout(timer); running.delete(child.pid); reject(e); });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      running.delete(child.pid);
      if (code === 0) return resolve();
      const tail = fs.readFileSync(p.log, 'utf8').split('\n').slice(-25).join('\n');
      reject(new Error(`${line.trim()} failed (${code ?? signal}); end of ${p.log}:\n${tail}`));
    });
  });
}

/** node-gyp: the copy bundled with npm (no download), else through npx. */
function nodeGyp() {
  const npmCli = spawnSync('node', ['-e', 'process.stdout.write(require.resolve("npm/package.json",{paths:[require("path").dirname(process.execPath)+"/../lib/node_modules"]}))'], { encoding: 'utf8' });
  const bundled = npmCli.status === 0 ? path.join(path.dirname(npmCli.stdout), 'node_modules', 'node-gyp', 'bin', 'node-gyp.js') : '';
  if (bundled && fs.existsSync(bundled)) return ['node', [bundled]];
  return ['npx', ['--yes', 'node-gyp']];
}

/** Node's headers for node-gyp: npm's nodedir setting if any (this machine: /usr), so nothing is downloaded. */
function nodedirArgs() {
  const r = spawnSync('npm', ['config', 'get', 'nodedir'], { encoding: 'utf8' });
  const dir = (r.stdout || '').trim();
  if (r.status === 0 && dir && dir !== 'undefined' && dir !== 'null') return [`--nodedir=${dir}`];
  if (fs.existsSync('/usr/include/node/node_api.h')) return ['--nodedir=/usr'];
  return [];
}

function isReady(p) {
  const have = readJson(p.marker);
  return !!have && JSON.stringify(have.versions) === JSON.stringify(wanted()) && fs.existsSync(p.codeServerBin);
}

/**
 * One installer at a time per cache (two test runs at once): a lock folder holding the owner's pid.
 * A lock whose owner is gone is taken over. Returns a release function.
 */
async function lock(p, log) {
  const dir = path.join(p.dir, 'install.lock');
  const deadline = Date.now() + 30 * 60_000;
  fs.mkdirSync(p.dir, { recursive: true });
  for (let waiting = false; ; ) {
    try {
      fs.mkdirSync(dir);
      fs.writeFileSync(path.join(dir, 'pid'), String(process.pid));
      return () => fs.rmSync(dir, { recursive: true, force: true });
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
    }
    const owner = Number(fs.readFileSync(path.join(dir, 'pid'), { encoding: 'utf8', flag: 'a+' }) || 0);
    let alive = false;
    try { alive = owner > 0 && process.kill(owner, 0); } catch { /* no such process */ }
    if (!alive) {
      // Just created (no pid yet) or left by a dead installer: give it a moment, then take it over.
      await new Promise((r) => setTimeout(r, 1000));
      if (!fs.existsSync(path.join(dir, 'pid')) || fs.readFileSync(path.join(dir, 'pid'), 'utf8') === String(owner || '')) {
        fs.rmSync(dir, { recursive: true, force: true });
      }
      continue;
    }
    if (Date.now() > deadline) throw new Error(`${dir} is held by process ${owner} for over 30 minutes`);
    if (!waiting) log(`waiting for another install (process ${owner}) to finish`);
    waiting = true;
    await new Promise((r) => setTimeout(r, 2000));
  }
}

/**
 * Makes sure code-server and playwright-core are installed in the cache.
 * Returns { dir, codeServerBin, vscode, installed: boolean, seconds }.
 */
export async function ensureTools({ log = () => {} } = {}) {
  const p = paths(cacheDir());
  if (isReady(p)) return { ...p, installed: false, seconds: 0 };
  const release = await lock(p, log);
  try {
    // Another run may have finished the install while this one waited.
    if (isReady(p)) return { ...p, installed: false, seconds: 0 };
    return await install(p, log);
  } finally {
    release();
  }
}

async function install(p, log) {
  const want = wanted();

  const started = Date.now();
  log(`installing code-server ${CODE_SERVER_VERSION} and playwright-core ${PLAYWRIGHT_CORE_VERSION} into ${p.dir} (log: ${p.log})`);
  if (!fs.existsSync('/usr/bin/rg')) throw new Error('/usr/bin/rg is missing: run .ci/prerequisites (Debian package ripgrep)');
  // Start clean: a half-done or older install is not patched over.
  fs.rmSync(p.marker, { force: true });
  fs.rmSync(path.join(p.dir, 'node_modules'), { recursive: true, force: true });
  fs.rmSync(path.join(p.dir, 'package-lock.json'), { force: true });
  fs.writeFileSync(p.log, `install started ${new Date().toISOString()}\n`);
  // Own package.json, so npm installs here and not in some folder above.
  fs.writeFileSync(path.join(p.dir, 'package.json'), JSON.stringify({ name: 'dossier-ui-cache', private: true }, null, 2) + '\n');

  const step = async (what, cwd, cmd, args, env) => {
    const t = Date.now();
    await run(p, cwd, cmd, args, env);
    log(`  ${what} (${Math.round((Date.now() - t) / 1000)} s)`);
  };

  await step('code-server and playwright-core', p.dir, 'npm', ['install', '--no-save', `code-server@${CODE_SERVER_VERSION}`, `playwright-core@${PLAYWRIGHT_CORE_VERSION}`, '--ignore-scripts']);
  await step('argon2 rebuilt', p.dir, 'npm', ['rebuild', 'argon2']);
  await step('VS Code server dependencies', p.vscode, 'npm', ['install', '--omit=dev', '--ignore-scripts']);
  await step('VS Code native modules rebuilt', p.vscode, 'npm', ['rebuild', '@vscode/spdlog', 'kerberos', 'native-watchdog', '@parcel/watcher', '@vscode/deviceid']);
  const [gyp, gypArgs] = nodeGyp();
  await step('node-pty built', path.join(p.vscode, 'node_modules', 'node-pty'), gyp, [...gypArgs, 'rebuild', ...nodedirArgs()]);

  // @vscode/ripgrep downloads its binary in a postinstall script; use Debian's instead.
  const rgDir = path.join(p.vscode, 'node_modules', '@vscode', 'ripgrep', 'bin');
  fs.mkdirSync(rgDir, { recursive: true });
  fs.copyFileSync('/usr/bin/rg', path.join(rgDir, 'rg'));
  fs.chmodSync(path.join(rgDir, 'rg'), 0o755);
  // The server looks its modules up through node_modules.asar.
  const asar = path.join(p.vscode, 'node_modules.asar');
  fs.rmSync(asar, { force: true, recursive: true });
  fs.symlinkSync('node_modules', asar);

  await step('built-in extensions dependencies', path.join(p.vscode, 'extensions'), 'npm', ['install', '--omit=dev', '--ignore-scripts']);

  // Smoke check: the server starts far enough to print its version.
  // (Its config file goes to a throwaway XDG_CONFIG_HOME, not ~/.config/code-server.)
  const xdg = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-ui-version-'));
  const v = spawnSync('node', [p.codeServerBin, '--version'], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, XDG_CONFIG_HOME: xdg, XDG_DATA_HOME: xdg } });
  fs.rmSync(xdg, { recursive: true, force: true });
  const version = (v.stdout || '').split('\n').find((l) => l.startsWith(CODE_SERVER_VERSION));
  if (v.status !== 0 || !version) throw new Error(`code-server --version failed: ${v.stdout}${v.stderr}`);
  const seconds = Math.round((Date.now() - started) / 1000);
  fs.writeFileSync(p.marker, JSON.stringify({ versions: want, codeServerVersion: version, installedAt: new Date().toISOString(), seconds }, null, 2) + '\n');
  log(`installed in ${seconds} s`);
  return { ...p, installed: true, seconds };
}

// `node test/ui/setup.mjs`: install only.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  ensureTools({ log: (m) => console.log(m) })
    .then((r) => console.log(r.installed ? `ready: ${r.codeServerBin}` : `already installed: ${r.codeServerBin}`))
    .catch((e) => { console.error(e.message); process.exit(1); });
}
