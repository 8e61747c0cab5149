// What the hosts need from the machine: commands on PATH, Debian packages
// (installed with apt-get when running as root, as on CI), log tails.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Makes sure every need is met, installing the missing Debian packages with
 * apt-get when root; otherwise fails with a message naming what is missing.
 * @param {{ what: string, pkg: string, ok: () => boolean }[]} needs
 * @param {(line: string) => void} say
 */
export function ensurePackages(needs, say) {
  let missing = needs.filter((n) => !n.ok());
  if (!missing.length) return;
  const packages = [...new Set(missing.map((n) => n.pkg))];
  const command = `apt-get install -y ${packages.join(' ')}`;
  const names = () => missing.map((n) => n.what).join(', ');
  if (process.getuid?.() !== 0 || !which('apt-get')) {
    throw new Error(`cannot start a real VS Code: missing ${names()}.\n  Install them (Debian: \`sudo ${command}\`), or set VSCODE_EXECUTABLE to a desktop VS Code build.`);
  }
  say(`  installing Debian packages: ${packages.join(' ')}`);
  const started = Date.now();
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...packages]]) {
    const result = spawnSync('apt-get', args, { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (result.status !== 0) {
      throw new Error(`cannot start a real VS Code: \`apt-get ${args.join(' ')}\` failed (missing ${names()}).\n${(result.stderr || result.stdout || '').trim().split('\n').slice(-15).join('\n')}`);
    }
  }
  missing = needs.filter((n) => !n.ok());
  if (missing.length) throw new Error(`cannot start a real VS Code: still missing ${names()} after \`${command}\`.`);
  say(`  installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

export function debianPackageInstalled(pkg) {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

/** The path of a command on PATH, or undefined. */
export function which(command) {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    const file = join(dir, command);
    if (dir && existsSync(file)) return file;
  }
  return undefined;
}

/** The last lines of a log file, for error messages. */
export function tail(file, lines = 15) {
  if (!existsSync(file)) return `(${file} was not written)`;
  const text = readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  return `--- last lines of ${file} ---\n${text}`;
}
