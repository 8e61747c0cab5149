// Runs the integration suite in desktop VS Code through @vscode/test-electron:
// the build VSCODE_EXECUTABLE points at, or one it downloads (VSCODE_VERSION,
// default 1.100.3, the version the code-server host runs) into .vscode-test/.
import { spawn } from 'node:child_process';
import { lookup } from 'node:dns/promises';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { USER_SETTINGS } from './code-server.mjs';
import { ensurePackages, which } from './system.mjs';

export const DOWNLOAD_HOST = 'update.code.visualstudio.com';
export const DEFAULT_VERSION = '1.100.3';

/** True when the VS Code download server's name resolves (a quiet check: one DNS lookup, no request). */
export async function downloadServerResolves() {
  try {
    await Promise.race([lookup(DOWNLOAD_HOST), delay(3000).then(() => Promise.reject(new Error('timeout')))]);
    return true;
  } catch {
    return false;
  }
}

/** Whether desktop VS Code can show a window here (Linux needs a display, or Xvfb to make one). */
export function displayAvailable() {
  return process.platform !== 'linux' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY || !!which('Xvfb');
}

/** Downloads (or finds in .vscode-test/) the VS Code build to test with. */
export async function downloadVSCode(root, say) {
  const { downloadAndUnzipVSCode } = createRequire(join(root, 'package.json'))('@vscode/test-electron');
  const version = process.env.VSCODE_VERSION || DEFAULT_VERSION;
  say(`  VS Code ${version}: downloading (or reusing) a build in .vscode-test/`);
  return downloadAndUnzipVSCode({ version, cachePath: join(root, '.vscode-test') });
}

/**
 * @param {object} o
 * @param {string} o.root
 * @param {string} o.executable VS Code executable
 * @param {ReturnType<import('../run.mjs').prepareRun>} o.run
 * @param {Record<string, string>} o.env variables for the extension host
 * @param {(line: string) => void} o.say
 * @returns {Promise<{ exitCode: number, captured: string[] }>}
 */
export async function runInElectron({ root, executable, run, env, say }) {
  const { runTests } = createRequire(join(root, 'package.json'))('@vscode/test-electron');
  mkdirSync(join(run.userData, 'User'), { recursive: true });
  writeFileSync(join(run.userData, 'User/settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  let xvfb;
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    ensurePackages([{ what: 'a display for desktop VS Code (Xvfb; or set DISPLAY)', pkg: 'xvfb', ok: () => !!which('Xvfb') }], say);
    const number = 90 + Math.floor(Math.random() * 9);
    say(`  no display: starting Xvfb :${number}`);
    xvfb = spawn(which('Xvfb'), [`:${number}`, '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    process.env.DISPLAY = `:${number}`;
    // Wait for Xvfb's socket before VS Code connects to it.
    for (const started = Date.now(); !existsSync(`/tmp/.X11-unix/X${number}`); await delay(100)) {
      if (xvfb.exitCode !== null || Date.now() - started > 10_000) throw new Error(`Xvfb did not open display :${number}`);
    }
  }
  try {
    await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: root,
      extensionTestsPath: join(root, 'dist/test/integration/index.js'),
      extensionTestsEnv: env,
      launchArgs: [
        run.workspace,
        '--disable-extensions', // other extensions stay out; the one under test still loads
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        `--user-data-dir=${run.userData}`,
        `--extensions-dir=${run.extensions}`,
      ],
    });
    return { exitCode: 0, captured: [] };
  } catch (error) {
    if (error?.constructor?.name === 'TestRunFailedError') return { exitCode: error.code ?? 1, captured: [] };
    throw error;
  } finally {
    xvfb?.kill();
  }
}
