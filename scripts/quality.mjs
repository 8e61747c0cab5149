// `npm run quality`: bundles test/quality/run.ts and runs it (pass --verbose for misses and false alarms).
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const outfile = join(mkdtempSync(join(tmpdir(), 'copydesk-quality-')), 'run.cjs');
await esbuild.build({ entryPoints: ['test/quality/run.ts'], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning', mainFields: ['module', 'main'] });
execFileSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
