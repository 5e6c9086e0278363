// Makes (once) the synthetic corpus of N documents: node --import tsx bench/synth.cli.ts BASE N
import * as path from 'node:path';
import { ensureCorpus, ROOT } from './synth';
const [base, n] = process.argv.slice(2);
console.log(JSON.stringify({ dir: ensureCorpus(ROOT, base, Number(n)) }));
