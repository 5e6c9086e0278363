#!/usr/bin/env node
// `npm run bench`: performance, as ratios against floors and peers measured in the same run.
// Each measurement runs in its own process (fresh heap, its own peak RSS). Synthetic corpora are made
// deterministically from the seeds and kept in $DOSSIER_BENCH_DIR (default: the OS temp folder).
//   node bench/run.mjs [--sizes 1000,5000,10000] [--quick]
import { spawnSync } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (n, d) => (argv.includes(n) ? argv[argv.indexOf(n) + 1] : d);
const quick = argv.includes('--quick');
const sizes = opt('--sizes', quick ? '1000' : '1000,5000,10000').split(',').map(Number);
const base = process.env.DOSSIER_BENCH_DIR ?? path.join(os.tmpdir(), 'dossier-bench');

// The benchmarks run bundled by esbuild, as the server and the CLI ship (dist/), not through tsx: tsx's
// per-module transform (kept function names, older syntax targets) made the engine about a third slower.
// Packages stay outside the bundles, as in dist/.
const out = path.join(root, '.cache', 'bench');
const scripts = ['synth.cli.ts', 'index.bench.ts', 'lsp.bench.ts', 'features.bench.ts'];
await esbuild.build({ entryPoints: scripts.map((s) => path.join(root, 'bench', s)), outdir: out, bundle: true, format: 'cjs', platform: 'node', target: 'node20', packages: 'external', logLevel: 'warning', mainFields: ['module', 'main'] });

function run(script, args, env = {}) {
  const r = spawnSync(process.execPath, [path.join(out, script.replace(/\.ts$/, '.js')), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`${script} ${args.join(' ')} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}
const ms = (x) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const verdict = (ok) => (ok ? 'meets bar' : 'MISSES bar');

const dirs = {};
for (const n of [...new Set([...sizes, 1000])]) dirs[n] = run('synth.cli.ts', [base, String(n)]).dir;
dirs.bundled = path.join(root, 'corpus');

console.log('# Dossier benchmark\n');
console.log(`machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}\n`);
console.log('## Corpus index (floor: read every file and count its lower-cased words in a Map)\n');
console.log('Reload restores the index snapshot; documents\' parts are read when queries first need them, so the');
console.log('first check of a 2,000-word brief after a reload, and building the completion tables, are timed too.\n');
console.log('The build runs as the server\'s does: a thread reads, extracts and writes the snapshot (with more');
console.log('extraction threads, one a core less one, where there are more than two cores), the first thread restores');
console.log('it and builds the completion tables. With extraction threads, the writing thread waits for them the rest of');
console.log('the time; "own work" is the build less that wait. The 1,000-document corpus is also built with two');
console.log('extraction threads. A one-file update is extracted by the thread that built (as the server\'s are) and');
console.log('merged by the first.\n');
console.log('| corpus | docs | floor | build (threads) | build/floor | own work / floor | reload | first check / completion tables after reload | one-file update p50 (max) | peak RSS build / reload |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
const rows = [];
for (const n of ['bundled', ...sizes]) {
  const b = run('index.bench.ts', [dirs[n], 'build']);
  const r = run('index.bench.ts', [dirs[n], 'reload']);
  rows.push({ n, b, r });
  console.log(`| ${n} | ${b.docs} | ${ms(b.floorMs)} | ${ms(b.buildMs)} (${b.threads}) | ${ratio(b.buildMs, b.floorMs)} | ${ratio(b.buildMs - b.waitedMs, b.floorMs)} | ${ms(r.reloadMs)} | ${ms(r.firstCheckMs)} / ${ms(r.warmCompletionMs)} | ${ms(b.updateP50Ms)} (${ms(b.updateMaxMs)}) | ${b.peakRssMB.toFixed(0)} / ${r.peakRssMB.toFixed(0)} MB |`);
}
if (dirs[1000]) {
  const two = run('index.bench.ts', [dirs[1000], 'build'], { DOSSIER_EXTRACT_THREADS: '2' });
  console.log(`| 1000, two extraction threads | ${two.docs} | ${ms(two.floorMs)} | ${ms(two.buildMs)} (${two.threads}) | ${ratio(two.buildMs, two.floorMs)} | ${ratio(two.buildMs - two.waitedMs, two.floorMs)} | | | ${ms(two.updateP50Ms)} (${ms(two.updateMaxMs)}) | ${two.peakRssMB.toFixed(0)} MB |`);
}
const at = (n) => rows.find((x) => x.n === n);
const bars = [];
for (const { n, b } of rows) if (n !== 'bundled') bars.push([`build ≤ 3× floor at ${n}`, b.buildMs <= 3 * b.floorMs]);
if (at(5000)) bars.push(['reload ≤ 0.5 s at 5,000', at(5000).r.reloadMs <= 500]);
for (const { n, b } of rows) if (n !== 'bundled') bars.push([`one-file update ≤ 10 ms at ${n}`, b.updateP50Ms <= 10]);
if (at(1000)) bars.push(['peak RSS ≤ 250 MB at 1,000', at(1000).b.peakRssMB <= 250]);
// Scale (10,000 documents): memory, reload, and the build ratio no worse than at 1,000 (a quarter of slack).
if (at(10000)) {
  const big = at(10000);
  bars.push(['peak RSS ≤ 1 GB at 10,000 (build and reload)', Math.max(big.b.peakRssMB, big.r.peakRssMB) <= 1024]);
  bars.push(['reload ≤ 2 s at 10,000', big.r.reloadMs <= 2000]);
  if (at(1000)) bars.push([`build/floor at 10,000 (${ratio(big.b.buildMs, big.b.floorMs)}) as at 1,000 (${ratio(at(1000).b.buildMs, at(1000).b.floorMs)})`, big.b.buildMs / big.b.floorMs <= 1.25 * (at(1000).b.buildMs / at(1000).b.floorMs)]);
}

console.log('\n## Keystroke → publishDiagnostics over stdio (corpus of 1,000 documents loaded; the last row: the largest corpus)\n');
console.log('The floor publishes an empty list; "floor + payload" publishes the very diagnostics Dossier published for');
console.log('the brief, without computing them: what delivering them costs (serialising, piping, parsing). The three');
console.log('servers run side by side and take each edit in turn.\n');
console.log('| brief | diagnostics | floor p50 | floor + payload p50 | dossier p50 | p95 | p50/floor | p50/(floor + payload) |');
console.log('|---|---|---|---|---|---|---|---|');
let keystroke1000;
for (const words of [2000, 40000]) {
  // A keystroke's time on a shared machine varies from one to the next by more than the margins the bars
  // leave: 240 of them (a few seconds) give a steady median at either length.
  const edits = String((quick ? 30 : 60) * 4);
  const x = run('lsp.bench.ts', [dirs[1000], String(words), edits]);
  console.log(`| ${x.words} words | ${x.diagnostics} | ${ms(x.floor.p50)} | ${ms(x.payload.p50)} | ${ms(x.dossier.p50)} | ${ms(x.dossier.p95)} | ${ratio(x.dossier.p50, x.floor.p50)} | ${ratio(x.dossier.p50, x.payload.p50)} |`);
  bars.push([`keystroke p50 ≤ ${words === 2000 ? 5 : 3}× floor at ${words} words`, x.dossier.p50 <= (words === 2000 ? 5 : 3) * x.floor.p50]);
  if (words === 2000) keystroke1000 = x;
}
// Scale: the same keystroke with the largest corpus loaded, as a ratio to its own floor.
const largest = Math.max(...sizes);
if (largest > 1000) {
  const x = run('lsp.bench.ts', [dirs[largest], '2000', String((quick ? 30 : 60) * 4)]);
  console.log(`| ${x.words} words, ${largest.toLocaleString('en')}-doc corpus | ${x.diagnostics} | ${ms(x.floor.p50)} | ${ms(x.payload.p50)} | ${ms(x.dossier.p50)} | ${ms(x.dossier.p95)} | ${ratio(x.dossier.p50, x.floor.p50)} | ${ratio(x.dossier.p50, x.payload.p50)} |`);
  const r1 = keystroke1000.dossier.p50 / keystroke1000.floor.p50;
  const rN = x.dossier.p50 / x.floor.p50;
  bars.push([`keystroke/floor at ${largest} documents (${rN.toFixed(2)}×) as at 1,000 (${r1.toFixed(2)}×)`, rN <= 1.25 * r1]);
}
console.log('\n## Completion, hover and analysis (server side) and textlint on the same 2,000-word brief\n');
console.log('| corpus docs | completion p50 / p99 | hover p50 / p99 | analysis of an edit p50 | full analysis p50 | textlint p50 | textlint / edit |');
console.log('|---|---|---|---|---|---|---|');
for (const n of sizes) {
  const x = run('features.bench.ts', [dirs[n]]);
  console.log(`| ${x.docs} | ${ms(x.completion.p50)} / ${ms(x.completion.p99)} | ${ms(x.hover.p50)} / ${ms(x.hover.p99)} | ${ms(x.edit.p50)} | ${ms(x.analyze.p50)} | ${ms(x.textlint.p50)} | ${ratio(x.textlint.p50, x.edit.p50)} |`);
  bars.push([`completion p50 ≤ 1 ms, p99 ≤ 10 ms at ${n}`, x.completion.p50 <= 1 && x.completion.p99 <= 10]);
  bars.push([`hover p50 ≤ 3 ms, p99 ≤ 20 ms at ${n}`, x.hover.p50 <= 3 && x.hover.p99 <= 20]);
  bars.push([`≥ 6× faster than textlint at ${n} (an edit's analysis vs textlint's check of the brief)`, x.textlint.p50 >= 6 * x.edit.p50]);
}

console.log('\n## Bars\n');
for (const [name, ok] of bars) console.log(`- ${name}: ${verdict(ok)}`);
