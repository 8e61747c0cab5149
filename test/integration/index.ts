/**
 * Entry point of the integration suite, in the shape @vscode/test-electron
 * expects: VS Code loads this file in the extension host (as
 * `extensionTestsPath`) and awaits `run()`. The same file runs under
 * code-server (see run.mjs), where the path arrives in the workbench URL.
 *
 * Reporting: each line goes to the extension host's console and, when
 * COPYDESK_TEST_LOG is set, to that file (the runner prints it as it grows);
 * a JSON summary goes to COPYDESK_TEST_RESULTS, which the runner checks.
 */
import { appendFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

interface TestResult {
  title: string;
  state: 'passed' | 'failed';
  durationMs: number;
  error?: string;
}

const { EVENT_RUN_END, EVENT_SUITE_BEGIN, EVENT_TEST_FAIL, EVENT_TEST_PASS, EVENT_TEST_PENDING } = Mocha.Runner.constants;

function out(line: string): void {
  console.log(line);
  const log = process.env.COPYDESK_TEST_LOG;
  if (log) appendFileSync(log, `${line}\n`);
}

/** A spec-like reporter writing through `out`, so the runner sees lines from any host. */
class Reporter extends Mocha.reporters.Base {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    const results: TestResult[] = [];
    let pending = 0;
    const started = Date.now();
    runner.on(EVENT_SUITE_BEGIN, (suite: Mocha.Suite) => {
      if (suite.title) out(`\n${'  '.repeat(depth(suite))}${suite.title}`);
    });
    runner.on(EVENT_TEST_PASS, (test: Mocha.Test) => {
      results.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration ?? 0 });
      out(`${'  '.repeat(depth(test))}✔ ${test.title} (${test.duration ?? 0} ms)`);
    });
    runner.on(EVENT_TEST_FAIL, (test: Mocha.Test | Mocha.Hook, error: Error) => {
      const detail = describeError(error);
      results.push({ title: test.fullTitle(), state: 'failed', durationMs: test.duration ?? 0, error: detail });
      out(`${'  '.repeat(depth(test))}✘ ${test.title}\n${indent(detail, '      ')}`);
    });
    runner.on(EVENT_TEST_PENDING, (test: Mocha.Test) => {
      pending++;
      out(`${'  '.repeat(depth(test))}- ${test.title} (pending: not allowed)`);
    });
    runner.once(EVENT_RUN_END, () => {
      const passes = results.filter((r) => r.state === 'passed').length;
      const failures = results.length - passes;
      out(`\n${passes} passing, ${failures} failing, ${pending} pending (${((Date.now() - started) / 1000).toFixed(1)} s in the extension host)`);
      const file = process.env.COPYDESK_TEST_RESULTS;
      if (file) writeFileSync(file, JSON.stringify({ passes, failures, pending, tests: results }, null, 2));
    });
  }
}

/** How many suites (below the root) contain this test or suite. */
function depth(runnable: Mocha.Runnable | Mocha.Suite): number {
  let n = 0;
  for (let s = runnable.parent; s && !s.root; s = s.parent) n++;
  return n;
}

function describeError(error: Error): string {
  const stack = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)).slice(0, 4).join('\n');
  return `${error.message}${stack ? `\n${stack}` : ''}`;
}

function indent(text: string, prefix: string): string {
  return text.split('\n').map((line) => prefix + line).join('\n');
}

/** Runs every suite in ./suite; the screenshot suite first, while the workbench shows only the sample article. */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, forbidOnly: true, forbidPending: true, reporter: Reporter });
  const dir = join(__dirname, 'suite');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.test.js'))
    .sort((a, b) => Number(b.startsWith('screenshots')) - Number(a.startsWith('screenshots')) || a.localeCompare(b));
  if (!files.length) return Promise.reject(new Error(`no suites in ${dir}`));
  for (const file of files) mocha.addFile(join(dir, file));
  out(`VS Code ${vscode.version} (${vscode.env.appName}, ${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'} UI), extension host on Node ${process.version}`);
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
    } catch (error) {
      // A suite that cannot even load (a syntax error, a missing module): say why before failing.
      out(`The suite could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      reject(error);
    }
  });
}
