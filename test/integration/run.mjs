#!/usr/bin/env node
// Runs the integration suite (dist/test/integration, built from
// test/integration by esbuild.mjs) inside a real VS Code, and fails unless
// it ran and every test passed. `npm test` calls it after the unit tests.
//
//   node test/integration/run.mjs [--host electron|code-server] [--update-screenshots]
//
// Which VS Code:
//   1. --host or COPYDESK_VSCODE_HOST, if given;
//   2. VSCODE_EXECUTABLE set: that desktop build, through @vscode/test-electron;
//   3. VS Code's download server resolves (and Linux has a display or Xvfb):
//      @vscode/test-electron downloads VSCODE_VERSION (default 1.100.3);
//   4. otherwise (no route to Microsoft's servers, as on this project's
//      machines and CI): code-server 4.100.3 (VS Code 1.100.3) driven by
//      Debian's Chromium, installed on first use into .cache/ (see
//      hosts/code-server.mjs). Only this host takes screenshots.
// If the chosen VS Code cannot be installed or started, the run fails with
// what is missing. It never passes without running the suite.
//
// Output, all under test/artifacts/ (gitignored): integration.log (the
// suite's report), results.json, screenshots/*.png, run/ (workspace copy,
// profile, code-server and browser logs). --update-screenshots also copies
// the screenshots to media/screenshots/ for the README.
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CODE_SERVER_VERSION, runInCodeServer } from './hosts/code-server.mjs';
import { DOWNLOAD_HOST, displayAvailable, downloadServerResolves, downloadVSCode, runInElectron } from './hosts/electron.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const args = process.argv.slice(2);
const say = (line) => console.log(line);

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`\nIntegration tests FAILED: ${error?.message ?? error}`);
    console.log('integration: 0 passed, 1 failed');
    process.exit(1);
  },
);

async function main() {
  const started = Date.now();
  say('\nIntegration tests (a real VS Code)');
  for (const file of ['dist/extension.js', 'dist/test/integration/index.js']) {
    if (!existsSync(join(root, file))) throw new Error(`${file} is missing: build first (npm run build).`);
  }
  const run = prepareRun();
  // COPYDESK_TEST_LOGS: the profile's logs folder, where VS Code keeps Copydesk's output channel (read by the settings suite).
  const env = { COPYDESK_TEST_LOG: run.testLog, COPYDESK_TEST_RESULTS: run.results, COPYDESK_TEST_LOGS: join(run.userData, 'logs') };
  const timeoutMs = Number(process.env.COPYDESK_INTEGRATION_TIMEOUT ?? 300) * 1000;

  const choice = await chooseHost();
  say(`  host: ${choice.host} — ${choice.why}`);
  let outcome;
  if (choice.host === 'electron') {
    let executable = process.env.VSCODE_EXECUTABLE;
    if (!executable) {
      try {
        executable = await downloadVSCode(root, say);
      } catch (error) {
        if (choice.forced) throw new Error(`@vscode/test-electron could not download VS Code: ${error.message}`);
        say(`  could not download VS Code (${error.message}); using code-server instead`);
      }
    }
    if (executable) outcome = await runInElectron({ root, executable, run, env, say });
  }
  outcome ??= await runInCodeServer({ root, run, env, timeoutMs, say });

  if (!existsSync(run.results)) {
    throw new Error(`the suite reported no results (extension host exit code ${outcome.exitCode}): it did not run.\n  Logs: ${rel(run.testLog)}, ${rel(run.dir)}/`);
  }
  const results = JSON.parse(readFileSync(run.results, 'utf8'));
  const problems = [];
  if (results.passes === 0) problems.push('no test passed');
  if (results.pending) problems.push(`${results.pending} pending test(s): .skip is not allowed`);
  if (results.failures) problems.push(`${results.failures} failed: ${results.tests.filter((t) => t.state === 'failed').map((t) => t.title).join('; ')}`);
  if (outcome.exitCode !== 0 && !problems.length) problems.push(`the extension host exited with code ${outcome.exitCode}`);
  if (choice.host === 'code-server' && !problems.length && !outcome.captured.length) problems.push('no screenshot was taken');

  if (outcome.captured.length) {
    say(`  screenshots: ${outcome.captured.map(rel).join(', ')}`);
    if (args.includes('--update-screenshots')) {
      const media = join(root, 'media/screenshots');
      mkdirSync(media, { recursive: true });
      for (const file of outcome.captured) copyFileSync(file, join(media, basename(file)));
      say(`  copied to media/screenshots/`);
    }
  }
  say(`  done in ${((Date.now() - started) / 1000).toFixed(0)} s; report in ${rel(run.testLog)}`);
  if (problems.length) {
    console.error(`\nIntegration tests FAILED: ${problems.join('; ')}`);
    console.log(`integration: ${results.passes} passed, ${results.failures || 1} failed`);
    return 1;
  }
  console.log(`integration: ${results.passes} passed, 0 failed`);
  return 0;
}

async function chooseHost() {
  const flag = args.indexOf('--host');
  const forced = (flag >= 0 ? args[flag + 1] : undefined) ?? process.env.COPYDESK_VSCODE_HOST;
  if (forced) {
    if (!['electron', 'code-server'].includes(forced)) throw new Error(`unknown host "${forced}" (electron or code-server)`);
    return { host: forced, why: 'chosen by --host / COPYDESK_VSCODE_HOST', forced: true };
  }
  const codeServer = `code-server ${CODE_SERVER_VERSION} (VS Code 1.100.3) in Chromium`;
  if (process.env.VSCODE_EXECUTABLE) return { host: 'electron', why: `VSCODE_EXECUTABLE=${process.env.VSCODE_EXECUTABLE}` };
  if (!displayAvailable()) return { host: 'code-server', why: `${codeServer}: no display and no Xvfb for desktop VS Code` };
  if (await downloadServerResolves()) return { host: 'electron', why: `${DOWNLOAD_HOST} is reachable, so @vscode/test-electron can download VS Code` };
  return { host: 'code-server', why: `${codeServer}: ${DOWNLOAD_HOST} is not reachable, so no desktop build can be downloaded (set VSCODE_EXECUTABLE to use one)` };
}

/** Fresh folders and file names for this run under test/artifacts/. */
export function prepareRun() {
  const artifacts = join(root, 'test/artifacts');
  const dir = join(artifacts, 'run');
  const screenshots = join(artifacts, 'screenshots');
  for (const old of [dir, screenshots, join(artifacts, 'results.json'), join(artifacts, 'integration.log')]) rmSync(old, { recursive: true, force: true });
  const workspace = join(dir, 'workspace');
  // The test workspace: fixtures and settings from test/integration/workspace, the sample articles for the screenshots.
  cpSync(join(root, 'test/integration/workspace'), workspace, { recursive: true });
  cpSync(join(root, 'samples'), join(workspace, 'samples'), { recursive: true });
  for (const folder of ['user-data', 'extensions']) mkdirSync(join(dir, folder), { recursive: true });
  mkdirSync(screenshots, { recursive: true });
  return {
    dir,
    workspace,
    screenshots,
    userData: join(dir, 'user-data'),
    extensions: join(dir, 'extensions'),
    testLog: join(artifacts, 'integration.log'),
    results: join(artifacts, 'results.json'),
    codeServerConfig: join(dir, 'code-server.yaml'),
    codeServerLog: join(dir, 'code-server.log'),
    browserLog: join(dir, 'browser-console.log'),
    workbenchLog: join(dir, 'workbench.log'),
  };
}

function rel(path) {
  return path.startsWith(`${root}/`) ? path.slice(root.length + 1) : path;
}
