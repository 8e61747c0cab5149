// Bundles Copydesk: the desktop extension, the web extension (vscode.dev),
// the CLI and the integration-test suite. Flags: --production (minify, no
// source maps), --watch (rebuild on change).
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync } from 'node:fs';

// The lexical data the core imports is generated from npm packages (a no-op when up to date).
for (const script of ['build-data.mjs', 'build-vectors.mjs']) execFileSync(process.execPath, [new URL(`./scripts/${script}`, import.meta.url).pathname], { stdio: 'inherit' });

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** @type {esbuild.BuildOptions} */
const common = {
  bundle: true,
  format: 'cjs',
  minify: production,
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  target: 'es2022',
  logLevel: 'warning',
  define: { COPYDESK_VERSION: JSON.stringify(version) },
  // jsonc-parser's UMD build hides its requires from bundlers; take its ESM build.
  mainFields: ['module', 'main'],
};

/** @type {esbuild.BuildOptions[]} */
const builds = [
  { ...common, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js', platform: 'node', external: ['vscode'] },
  // The web build must not pull in Node built-ins: platform "browser" fails the build if it does.
  { ...common, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', banner: { js: '#!/usr/bin/env node' } },
  // The integration suite: run() in index.js and one file per mocha suite, loaded by VS Code's extension host
  // (test/integration/run.mjs). mocha stays external: it loads from node_modules at run time.
  {
    ...common,
    entryPoints: ['test/integration/index.ts', 'test/integration/suite/*.test.ts'],
    outbase: 'test/integration',
    outdir: 'dist/test/integration',
    platform: 'node',
    external: ['vscode', 'mocha'],
  },
];

if (watch) {
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
  console.log('esbuild: watching for changes');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  // esbuild writes new files without the execute bit, and npm links no bin of the root package, so
  // `npx copydesk` on a fresh clone would fail with "Permission denied" without this.
  chmodSync(new URL('./dist/cli.js', import.meta.url), 0o755);
}
