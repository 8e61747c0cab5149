// `npm run bench`: Copydesk's speed and memory side by side with peers, in one run, on the Brown
// press section (ca01–ca44, 88,592 words). Each task runs in its own Node process, so its peak
// memory (maxRSS) is its own; times are medians of the repetitions after a warm-up. Results are
// printed as a table and written to test/artifacts/bench.json. Timings vary with the machine's
// load: compare the rows of one run, not runs on different days.
//   npm run bench                 every task
//   npm run bench -- harper.js    only the named tasks
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Bundled inside the repository so the peers' packages resolve from its node_modules.
const outfile = join(process.cwd(), 'node_modules', '.cache', 'copydesk-bench', 'tasks.cjs');
await esbuild.build({ entryPoints: ['test/bench/tasks.ts'], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'error', mainFields: ['module', 'main'], external: ['harper.js', 'harper.js/*', 'compromise', 'cspell-lib'], nodePaths: [join(process.cwd(), 'node_modules')] });

const run = (args) => spawnSync(process.execPath, [outfile, ...args], { encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, NODE_PATH: join(process.cwd(), 'node_modules') } });
const { tasks } = JSON.parse(run([]).stdout);
const only = process.argv.slice(2);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
console.log('| task | median ms | words/s | peak memory | runs | note |');
console.log('| --- | ---: | ---: | ---: | ---: | --- |');
for (const task of tasks) {
  if (only.length && !only.includes(task)) continue;
  const child = run([task]);
  if (child.status !== 0) {
    const why = (child.stderr || child.stdout).trim().split('\n').find((l) => /error/i.test(l)) ?? `exit ${child.status}`;
    rows.push({ task, error: why });
    console.log(`| ${task} | failed | | | | ${why} |`);
    continue;
  }
  const result = JSON.parse(child.stdout.trim().split('\n').pop());
  const m = median(result.ms);
  rows.push({ task, medianMs: Math.round(m), ...result });
  console.log(`| ${task} | ${m.toFixed(0)} | ${Math.round((result.words / m) * 1000).toLocaleString('en-US')} | ${result.maxRssMb} MB | ${result.ms.length} | ${result.note ?? ''} |`);
}
mkdirSync('test/artifacts', { recursive: true });
writeFileSync('test/artifacts/bench.json', `${JSON.stringify({ date: new Date().toISOString(), node: process.version, rows }, null, 2)}\n`);
