// Runs the integration suite inside code-server (a real VS Code 1.100.3: its
// server, web workbench and Node extension host), with Debian's Chromium,
// driven by playwright-core, as the window. Used where no desktop VS Code
// build can be downloaded (this project's machines and CI). See
// ../../../README.md#integration-tests and the project's notes on running a
// real VS Code here.
//
// The workbench URL carries the same two paths @vscode/test-electron passes on
// the command line (extensionDevelopmentPath, extensionTestsPath), so VS Code
// itself loads Copydesk in development mode, calls run() in the extension
// host, and reports the exit code through window.codeAutomationExit.
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, get } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { debianPackageInstalled, ensurePackages, tail, which } from './system.mjs';

export const CODE_SERVER_VERSION = '4.100.3'; // VS Code 1.100.3, the newest code-server that runs on Node 20
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
/** Debian packages the code-server install needs to build its native modules. */
const BUILD_PACKAGES = ['libkrb5-dev', 'libx11-dev', 'libxkbfile-dev', 'libsecret-1-dev', 'pkg-config', 'g++', 'make', 'python3'];
const VIEWPORT = { width: 1280, height: 800 };

/**
 * @param {object} o
 * @param {string} o.root repository root
 * @param {ReturnType<import('../run.mjs').prepareRun>} o.run folders and files of this run
 * @param {Record<string, string>} o.env variables for the extension host
 * @param {number} o.timeoutMs deadline for the whole suite
 * @param {(line: string) => void} o.say progress output
 * @returns {Promise<{ exitCode: number, captured: string[] }>}
 */
export async function runInCodeServer({ root, run, env, timeoutMs, say }) {
  const cache = join(root, '.cache', `code-server-${CODE_SERVER_VERSION}`);
  ensureSystemPackages(cache, say);
  const entry = await ensureCodeServer(cache, say);
  const { chromium } = createRequire(join(root, 'package.json'))('playwright-core');

  const cleanups = [];
  const cleanup = async () => {
    for (const step of cleanups.splice(0).reverse()) await step().catch(() => {});
  };
  let interrupted;
  const onSignal = (signal) => {
    interrupted = signal;
    say(`\n  ${signal}: stopping Chromium and code-server`);
    void cleanup().then(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.once(signal, onSignal);
  try {
    // 1. The capture server: the suite asks it for screenshots (see ../screenshots.ts).
    let page;
    const captured = [];
    const capture = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', async () => {
        let name = 'screenshot';
        try {
          const request = JSON.parse(body);
          name = String(request.name).replace(/[^a-z0-9-]/gi, '_');
          await page.locator(request.selector, { hasText: request.text }).first().waitFor({ state: 'visible', timeout: 15_000 });
          const file = join(run.screenshots, `${name}.png`);
          await page.screenshot({ path: file, animations: 'disabled' });
          await page.keyboard.press('Escape');
          captured.push(file);
          say(`    screenshot ${relative(root, file)} (${Math.round(statSync(file).size / 1024)} KB)`);
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ file }));
        } catch (error) {
          await page?.screenshot({ path: join(run.screenshots, `${name}.failed.png`) }).catch(() => {});
          res.writeHead(500).end(`${error?.message ?? error} (page as it was: test/artifacts/screenshots/${name}.failed.png)`);
        }
      });
    });
    const capturePort = await listen(capture);
    cleanups.push(() => new Promise((r) => capture.close(r)));

    // 2. code-server, on a free loopback port, with this run's workspace, profile and settings.
    const port = await freePort();
    writeUserSettings(run.userData);
    writeFileSync(run.codeServerConfig, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
    const logFd = openSync(run.codeServerLog, 'w');
    const server = spawn(
      process.execPath,
      [
        entry,
        '--config', run.codeServerConfig,
        '--auth', 'none',
        '--bind-addr', `127.0.0.1:${port}`,
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--extensions-dir', run.extensions,
        '--user-data-dir', run.userData,
        run.workspace,
      ],
      {
        detached: true, // its own process group: stopping it stops its extension host too
        stdio: ['ignore', logFd, logFd],
        env: {
          ...process.env,
          ...env,
          COPYDESK_SCREENSHOT_URL: `http://127.0.0.1:${capturePort}/capture`,
          XDG_DATA_HOME: join(run.dir, 'data'), // code-server's own logs and heartbeat stay in this run's folder
          // Keep the marketplace queries on this machine (they fail fast instead of looking up a remote host).
          EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/item', resourceUrlTemplate: 'http://127.0.0.1:9/{publisher}/{name}/{version}/{path}' }),
        },
      },
    );
    closeSync(logFd);
    let serverExit;
    const serverExited = new Promise((r) => server.once('exit', (code, signal) => r((serverExit = signal ?? code))));
    cleanups.push(() => stopGroup(server, serverExited));
    const started = Date.now();
    while (!(await healthy(port))) {
      if (serverExit !== undefined) throw new Error(`code-server exited (${serverExit}) before it served the workbench.\n${tail(run.codeServerLog)}`);
      if (Date.now() - started > 60_000) throw new Error(`code-server did not answer on 127.0.0.1:${port} within 60 s.\n${tail(run.codeServerLog)}`);
      await delay(200);
    }
    say(`  code-server ${CODE_SERVER_VERSION} listening on 127.0.0.1:${port} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

    // 3. Chromium opens the workbench in extension-development mode; the extension host starts with it.
    // Signals are handled below, so that code-server is stopped too (playwright's own handlers would exit first).
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false, env: { ...process.env, XDG_CONFIG_HOME: join(run.dir, 'chromium-config') } }).catch((error) => {
      throw new Error(`Chromium (${CHROMIUM}) did not start: ${error.message.split('\n')[0]}`);
    });
    cleanups.push(() => browser.close());
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    page = await context.newPage();
    page.on('console', (message) => appendFileSync(run.browserLog, `[${message.type()}] ${message.text()}\n`));
    page.on('pageerror', (error) => appendFileSync(run.browserLog, `[pageerror] ${error.message}\n`));
    let exited;
    const exitCode = new Promise((r) => (exited = r));
    await page.exposeFunction('codeAutomationExit', (code) => exited(Number(code)));
    await page.exposeFunction('codeAutomationLog', (type, args) => appendFileSync(run.workbenchLog, `[${type}] ${(args ?? []).map(String).join(' ')}\n`));
    const authority = `127.0.0.1:${port}`;
    const remote = (path) => `vscode-remote://${authority}${encodeURI(path)}`;
    const payload = [
      ['extensionDevelopmentPath', remote(root)],
      ['extensionTestsPath', remote(join(root, 'dist/test/integration/index.js'))],
    ];
    await page.goto(`http://${authority}/?folder=${encodeURIComponent(run.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);

    // 4. Follow the suite's log until the extension host reports its exit code.
    const follow = followFile(run.testLog, (text) => process.stdout.write(text.replace(/^(?=.)/gm, '  ')));
    cleanups.push(async () => follow.stop());
    const loaded = Date.now();
    let finished = false;
    const code = await Promise.race([
      exitCode,
      serverExited.then((how) =>
        finished ? 0 : Promise.reject(new Error(interrupted ? `interrupted by ${interrupted}` : `code-server stopped (${how}) while the suite ran.\n${tail(run.codeServerLog)}`)),
      ),
      (async () => {
        while (!finished && Date.now() - loaded < timeoutMs) {
          if (!existsSync(run.testLog) && Date.now() - loaded > 120_000)
            throw new Error(`the extension host did not start the suite within 120 s of opening the workbench.\n${tail(run.codeServerLog)}\nbrowser console: ${relative(root, run.browserLog)}`);
          await delay(500);
        }
        if (!finished) throw new Error(`the suite did not finish within ${timeoutMs / 1000} s (COPYDESK_INTEGRATION_TIMEOUT).`);
        return 0;
      })(),
    ]).finally(() => (finished = true));
    follow.stop();
    return { exitCode: code, captured };
  } finally {
    for (const signal of signals) process.off(signal, onSignal);
    await cleanup();
  }
}

/** Chromium, ripgrep and (for a first install) the build tools. */
function ensureSystemPackages(cache, say) {
  const installed = existsSync(join(cache, '.installed'));
  ensurePackages(
    [
      { what: `Chromium (${CHROMIUM})`, pkg: 'chromium', ok: () => existsSync(CHROMIUM) },
      { what: 'ripgrep (rg)', pkg: 'ripgrep', ok: () => !!which('rg') },
      ...(installed ? [] : BUILD_PACKAGES.map((pkg) => ({ what: pkg, pkg, ok: () => debianPackageInstalled(pkg) || (['g++', 'make', 'python3', 'pkg-config'].includes(pkg) && !!which(pkg)) }))),
    ],
    say,
  );
}

/**
 * Installs code-server into .cache/code-server-<version> (once; later runs reuse it).
 * Its own install script cannot run here (it downloads ripgrep and refuses root), so
 * this performs its steps: dependencies without scripts, Debian's rg in place of the
 * download, native modules rebuilt against this Node's headers.
 */
async function ensureCodeServer(cache, say) {
  const stamp = join(cache, '.installed');
  const entry = join(cache, 'node_modules/code-server/out/node/entry.js');
  const nodeAbi = `node ${process.versions.node.split('.')[0]} (${process.versions.modules})`;
  if (existsSync(stamp) && existsSync(entry) && JSON.parse(readFileSync(stamp, 'utf8')).node === nodeAbi) return entry;
  if (process.versions.node.split('.')[0] !== '20') say(`  warning: code-server ${CODE_SERVER_VERSION} is made for Node 20; this is Node ${process.version}`);

  say(`  installing code-server ${CODE_SERVER_VERSION} into ${relative(dirname(dirname(cache)), cache)} (first run only, about a minute)`);
  const started = Date.now();
  rmSync(cache, { recursive: true, force: true });
  mkdirSync(cache, { recursive: true });
  writeFileSync(join(cache, 'package.json'), JSON.stringify({ name: 'copydesk-code-server-cache', private: true, description: 'code-server for the integration tests; made by test/integration/run.mjs' }, null, 2));
  const log = join(cache, 'install.log');
  const nodedir = nodeHeaders();
  const env = {
    ...process.env,
    npm_config_unsafe_perm: 'true', // code-server's scripts refuse root without it
    npm_config_yes: 'true', // node-pty's script runs `npx node-gyp`
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    ...(nodedir ? { npm_config_nodedir: nodedir } : {}), // build against local headers; node-gyp cannot download them here
  };
  const vscode = join(cache, 'node_modules/code-server/lib/vscode');
  const npm = (cwd, ...args) => {
    appendFileSync(log, `\n$ (cd ${cwd} && npm ${args.join(' ')})\n`);
    const result = spawnSync('npm', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
    appendFileSync(log, `${result.stdout ?? ''}${result.stderr ?? ''}`);
    if (result.status !== 0) {
      throw new Error(
        `installing code-server failed at \`npm ${args.join(' ')}\` in ${relative(cache, cwd) || '.'}${nodedir ? '' : ' (no Node.js headers found next to node, so node-gyp tried to download them)'}.\n` +
          `${tail(log, 20)}\nFull log: ${log}`,
      );
    }
  };
  npm(cache, 'install', `code-server@${CODE_SERVER_VERSION}`, '--ignore-scripts');
  npm(vscode, 'install', '--omit=dev', '--ignore-scripts');
  // @vscode/ripgrep's script downloads rg from GitHub unless bin/rg exists: use Debian's.
  mkdirSync(join(vscode, 'node_modules/@vscode/ripgrep/bin'), { recursive: true });
  symlinkSync(which('rg'), join(vscode, 'node_modules/@vscode/ripgrep/bin/rg'));
  npm(vscode, 'rebuild');
  // What code-server's postinstall does after its install: the asar link and the CLI helper links.
  symlinkSync('node_modules', join(vscode, 'node_modules.asar'));
  for (const [dir, source, link] of [['remote-cli', 'code-linux.sh', 'code-server'], ['helpers', 'browser-linux.sh', 'browser.sh']]) {
    if (existsSync(join(vscode, 'bin', dir, source))) symlinkSync(source, join(vscode, 'bin', dir, link));
  }
  npm(join(vscode, 'extensions'), 'install', '--omit=dev');
  npm(cache, 'rebuild', 'argon2');
  if (!existsSync(entry)) throw new Error(`installing code-server failed: ${entry} is missing. Full log: ${log}`);
  writeFileSync(stamp, JSON.stringify({ version: CODE_SERVER_VERSION, node: nodeAbi, installedAt: new Date().toISOString() }, null, 2));
  say(`  code-server installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return entry;
}

/** A folder holding include/node/common.gypi for the running Node, for node-gyp's --nodedir. */
function nodeHeaders() {
  const candidates = [process.env.npm_config_nodedir, resolve(dirname(process.execPath), '..'), '/usr', '/usr/local'].filter(Boolean);
  return candidates.find((dir) => {
    const version = join(dir, 'include/node/node_version.h');
    if (!existsSync(join(dir, 'include/node/common.gypi')) || !existsSync(version)) return false;
    const major = /#define NODE_MAJOR_VERSION (\d+)/.exec(readFileSync(version, 'utf8'))?.[1];
    return major === process.versions.node.split('.')[0];
  });
}

/** User settings of the test profile: no welcome pages, no update checks, a quiet light workbench for screenshots. */
function writeUserSettings(userData) {
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(join(userData, 'User/settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
}

export const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.colorTheme': 'Default Light Modern',
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'chat.commandCenter.enabled': false,
  'editor.minimap.enabled': false,
  'editor.occurrencesHighlight': 'off', // no stray word highlights in screenshots
  'editor.quickSuggestions': { other: 'off', comments: 'off', strings: 'off' },
  'files.autoSave': 'off',
};

function listen(server) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server.address().port));
  });
}

async function freePort() {
  const server = createServer();
  const port = await listen(server);
  await new Promise((r) => server.close(r));
  return port;
}

function healthy(port) {
  return new Promise((resolve) => {
    const req = get({ host: '127.0.0.1', port, path: '/healthz', timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
  });
}

/** Stops a detached child and its process group (code-server, its extension host and helpers). */
async function stopGroup(child, exited) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const signal = (name) => {
    try {
      process.kill(-child.pid, name);
    } catch {
      /* already gone */
    }
  };
  signal('SIGTERM');
  const stopped = await Promise.race([exited.then(() => true), delay(5000).then(() => false)]);
  if (!stopped) signal('SIGKILL');
}

/** Calls `onText` with what is appended to `file`, checking every 200 ms until stopped. */
function followFile(file, onText) {
  let offset = 0;
  const read = () => {
    if (!existsSync(file)) return;
    const buffer = readFileSync(file);
    if (buffer.length > offset) {
      onText(buffer.subarray(offset).toString('utf8'));
      offset = buffer.length;
    }
  };
  const timer = setInterval(read, 200);
  return {
    stop() {
      clearInterval(timer);
      read();
    },
  };
}

function relative(from, to) {
  return to.startsWith(`${from}/`) ? to.slice(from.length + 1) : to;
}
