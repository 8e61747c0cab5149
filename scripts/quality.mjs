// `npm run quality`: bundles test/quality/run.ts and runs it (pass --verbose for misses and false alarms).
// `npm run lexicon` runs test/quality/lexicon.ts the same way (`--entry FILE`).
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const at = args.indexOf('--entry');
const entry = at >= 0 ? args.splice(at, 2)[1] : 'test/quality/run.ts';
const outfile = join(mkdtempSync(join(tmpdir(), 'copydesk-quality-')), 'run.cjs');
await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning', mainFields: ['module', 'main'] });
execFileSync(process.execPath, [outfile, ...args], { stdio: 'inherit' });
