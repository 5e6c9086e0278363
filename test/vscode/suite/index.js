// Entry point of the extension-host suite: VS Code (or code-server) loads this file because it is
// passed as --extensionTestsPath, and calls run(). It runs every suite/*.test.js with mocha (bdd)
// and reports each test twice:
//   - on the console (what @vscode/test-electron shows);
//   - as JSON lines appended to the file named by DOSSIER_VSCODE_RESULTS, if set (what
//     test/vscode/run.mjs reads: the console of a code-server extension host is not at hand).
//       {"event":"start","total":N}
//       {"event":"pass"|"fail"|"pending","title":"…","ms":N,"error":"…"}
//       {"event":"end","passed":N,"failed":N}
// The promise run() returns rejects when a test failed, which makes the extension host report a
// non-zero exit code.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

/** Mocha's CommonJS build. Mocha 12 is an ES module package whose CJS entry still require()s ES
 *  modules: that needs Node >= 20.19, which an older Electron lacks, so fall back to import(). */
async function loadMocha() {
  try {
    return require('mocha/lib/mocha.cjs');
  } catch (e) {
    if (e && e.code !== 'ERR_REQUIRE_ESM' && e.code !== 'MODULE_NOT_FOUND' && e.code !== 'ERR_PACKAGE_PATH_NOT_EXPORTED') throw e;
  }
  const m = await import('mocha');
  return m.default || m;
}

function resultWriter() {
  const file = process.env.DOSSIER_VSCODE_RESULTS;
  return (record) => {
    if (!file) return;
    try {
      fs.appendFileSync(file, JSON.stringify(record) + '\n');
    } catch (e) {
      console.error(`dossier suite: cannot write ${file}: ${e.message}`);
    }
  };
}

function makeReporter(Mocha) {
  const { Base } = Mocha.reporters;
  const { EVENT_RUN_BEGIN, EVENT_RUN_END, EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING } = Mocha.Runner.constants;
  const write = resultWriter();
  return class DossierReporter extends Base {
    constructor(runner, options) {
      super(runner, options);
      let n = 0;
      let passed = 0;
      let failed = 0;
      runner.once(EVENT_RUN_BEGIN, () => write({ event: 'start', total: runner.total }));
      runner.on(EVENT_TEST_PASS, (test) => {
        passed++;
        console.log(`ok ${++n} - ${test.fullTitle()} (${test.duration} ms)`);
        write({ event: 'pass', title: test.fullTitle(), ms: test.duration });
      });
      runner.on(EVENT_TEST_FAIL, (test, err) => {
        failed++;
        const message = String((err && (err.stack || err.message)) || err);
        console.log(`not ok ${++n} - ${test.fullTitle()}: ${message}`);
        write({ event: 'fail', title: test.fullTitle(), ms: test.duration, error: message });
      });
      runner.on(EVENT_TEST_PENDING, (test) => {
        console.log(`ok ${++n} - ${test.fullTitle()} # skipped`);
        write({ event: 'pending', title: test.fullTitle() });
      });
      runner.once(EVENT_RUN_END, () => {
        console.log(`${passed} passed, ${failed} failed`);
        write({ event: 'end', passed, failed });
      });
    }
  };
}

async function run() {
  const Mocha = await loadMocha();
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: makeReporter(Mocha) });
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  await new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} extension-host test(s) failed`)) : resolve()));
    } catch (e) {
      // A test file that does not load: report it like a failed test.
      resultWriter()({ event: 'fail', title: 'loading the suite', ms: 0, error: String(e && e.stack ? e.stack : e) });
      resultWriter()({ event: 'end', passed: 0, failed: 1 });
      reject(e);
    }
  });
}

module.exports = { run };
