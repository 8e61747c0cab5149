/**
 * Runs the built `copydesk` binary (dist/cli.js, bundled by the global setup)
 * as a user or CI would, and checks its output formats and exit codes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const CLI = resolve(__dirname, '../../dist/cli.js');

function copydesk(args: string[], cwd: string, input?: string): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', input });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** The folders the tests made, removed when they finish. */
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function workspace(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-'));
  made.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe('copydesk check', () => {
  test('prints the JSON contract with 1-based lines and columns and 0-based UTF-16 offsets', () => {
    const dir = workspace({ 'articles/a.txt': 'Fee: $ 540,000 📉 in all, the ministry said.\n' });
    const { code, stdout } = copydesk(['check', '--format', 'json', 'articles'], dir);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.version).toBe(1);
    expect(report.files).toHaveLength(1);
    expect(report.files[0].path).toBe(join('articles', 'a.txt'));
    expect(report.files[0].entities).toBeInstanceOf(Array);
    expect(report.files[0].findings).toEqual([
      {
        rule: 'currency-spacing',
        category: 'cleanup',
        severity: 'warning',
        message: 'Unexpected space after `$`, expected `$540,000`',
        start: { line: 1, column: 6, offset: 5 },
        end: { line: 1, column: 15, offset: 14 },
        actual: '$ 540,000',
        suggestions: ['$540,000'],
        safe: true,
        note: expect.any(String),
        docs: 'docs/rules.md#currency-spacing',
      },
    ]);
  });

  test('text format is file:line:col  severity  message  [rule], with a summary on stderr', () => {
    const dir = workspace({ 'a.txt': 'Intro line.\nThey sent it to to the ministry.\n' });
    const { code, stdout, stderr } = copydesk(['check', 'a.txt'], dir);
    expect(code).toBe(0);
    expect(stdout).toBe('a.txt:2:14  warning  Unexpected repeated word in `to to`, expected `to`  [repeated-word]\n');
    expect(stderr).toBe('1 problem in 1 file (1 warning)\n');
  });

  test('exits 1 when a finding is at error severity, 0 with --exit-zero', () => {
    const dir = workspace({ 'a.txt': 'It was sent to to them.' });
    expect(copydesk(['check', '--rule', 'repeated-word=error', 'a.txt'], dir).code).toBe(1);
    expect(copydesk(['check', '--rule', 'repeated-word=error', '--exit-zero', 'a.txt'], dir).code).toBe(0);
  });

  test('exits 2 for usage errors and unreadable input, and still checks the other files', () => {
    const dir = workspace({ 'good.txt': 'It was sent to to them.', 'bin.txt': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]) });
    const missing = copydesk(['check', 'good.txt', 'missing.txt', 'bin.txt'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain('good.txt:1:13');
    expect(missing.stderr).toContain('copydesk: cannot read missing.txt: no such file or folder');
    expect(missing.stderr).toContain('copydesk: skipped bin.txt: it looks like a binary file');
    expect(copydesk(['check', '--format', 'xml', 'good.txt'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown format "xml"') });
    expect(copydesk(['check'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('no PATH given') });
    expect(copydesk(['lint', 'good.txt'], dir).code).toBe(2);
  });

  test('broken UTF-8 is read with replacement characters and a warning', () => {
    const bytes = new Uint8Array([...Buffer.from('Bad '), 0xc3, 0x28, ...Buffer.from(' byte. They sent it to to them.')]);
    const dir = workspace({ 'a.txt': bytes });
    const { code, stdout, stderr } = copydesk(['check', 'a.txt'], dir);
    expect(code).toBe(0);
    expect(stderr).toContain('invalid UTF-8');
    expect(stdout).toContain('[repeated-word]');
  });

  test('reads standard input with "-"', () => {
    const dir = workspace({});
    const { stdout } = copydesk(['check', '--stdin-filename', 'paste.txt', '-'], dir, 'They lost $ 5.');
    expect(stdout).toContain('paste.txt:1:11');
  });

  test('a 5 MB paste is checked in part, and says so', () => {
    const paragraph = 'The ministry said on Monday that it would publish the figures soon.\n';
    const dir = workspace({ 'big.txt': paragraph.repeat(Math.ceil(5_000_000 / paragraph.length)) });
    const { code, stderr } = copydesk(['check', 'big.txt'], dir);
    expect(code).toBe(0);
    expect(stderr).toMatch(/big\.txt: longer than copydesk\.maxFileSize; checked the first \d+ characters only/);
  });

  test('SARIF output is a valid 2.1.0 log', () => {
    const dir = workspace({ 'a.txt': 'They lost $ 5.' });
    const sarif = JSON.parse(copydesk(['check', '--format', 'sarif', 'a.txt'], dir).stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results[0]).toMatchObject({ ruleId: 'currency-spacing', level: 'warning', locations: [{ physicalLocation: { region: { startLine: 1, startColumn: 11 } } }] });
  });

  test('JSON carries fixes that edit elsewhere, entities with sources, and the translation score', () => {
    const dir = workspace({ 'a.txt': 'Hackers stole $310 million last year.\n' });
    const report = JSON.parse(copydesk(['check', '--format', 'json', 'a.txt'], dir).stdout);
    const finding = report.files[0].findings.find((f: { rule: string }) => f.rule === 'unsourced-figure');
    expect(finding.fixes).toEqual([{ title: 'Add "according to [source]" at the end of the sentence', edits: [{ start: { line: 1, column: 37, offset: 36 }, end: { line: 1, column: 37, offset: 36 }, text: ', according to [source]' }] }]);
    expect(report.files[0].entities).toContainEqual(expect.objectContaining({ kind: 'figure', name: '$310 million', source: null }));
    expect(typeof report.files[0].translationScore).toBe('number');
  });

  test('the text format says when an article looks machine-translated', () => {
    const dir = workspace({ 'mt.txt': `${'Hackers stole bitcoin from exchange wallets, police said. North Korean pirates took the tokens in a cryptographic flight. '.repeat(6)}\n` });
    const { stderr } = copydesk(['check', 'mt.txt'], dir);
    expect(stderr).toMatch(/^mt\.txt: looks machine-translated \(score \d+%\); read it closely$/m);
  });

  test('rules lists every rule', () => {
    const { stdout } = copydesk(['rules'], workspace({}));
    expect(stdout).toMatch(/^currency-spacing\s+cleanup\s+warning/m);
  });

  test('the binary runs through npx', () => {
    const out = execFileSync('npx', ['--no-install', 'copydesk', '--version'], { cwd: resolve(__dirname, '../..'), encoding: 'utf8' });
    expect(out.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('settings', () => {
  const article = 'Lazarus sent it to to them. The fee is $ 5.';

  test('reads copydesk.* from the nearest .vscode/settings.json, comments and trailing commas included', () => {
    const dir = workspace({
      '.vscode/settings.json': '{\n  // team rules\n  "copydesk.rules": { "currency-spacing": "off", },\n  "copydesk.ignore": ["to to"],\n}\n',
      'desk/a.txt': article,
    });
    expect(copydesk(['check', 'desk/a.txt'], dir).stdout).toBe('');
  });

  test('--config overrides the workspace settings key by key', () => {
    const dir = workspace({ '.vscode/settings.json': '{"copydesk.rules": {"currency-spacing": "off"}}', 'team.json': '{"copydesk.rules": {"currency-spacing": "error"}}', 'a.txt': article });
    const { code, stdout } = copydesk(['check', '--config', 'team.json', 'a.txt'], dir);
    expect(code).toBe(1);
    expect(stdout).toContain('error  Unexpected space after `$`');
  });

  test('a settings file with wrong types and unknown keys gives one warning and the defaults', () => {
    const dir = workspace({ '.vscode/settings.json': '{"copydesk.rules": {"nope": "error"}, "copydesk.ignore": 7}', 'a.txt': article });
    const { code, stdout, stderr } = copydesk(['check', 'a.txt'], dir);
    expect(code).toBe(0);
    expect(stderr.split('\n').filter((l) => l.includes('ignored invalid settings'))).toHaveLength(1);
    expect(stdout).toContain('[currency-spacing]');
    expect(stdout).toContain('[repeated-word]');
  });

  test('a settings file that is not JSON is named, and the defaults apply', () => {
    const dir = workspace({ '.vscode/settings.json': '{"copydesk.rules": ', 'a.txt': article });
    const { stderr, stdout } = copydesk(['check', 'a.txt'], dir);
    expect(stderr).toContain('not valid JSON with comments');
    expect(stdout).toContain('[currency-spacing]');
  });

  test('--print-config shows the effective configuration and where it came from', () => {
    const dir = workspace({ '.vscode/settings.json': '{"copydesk.ignore": ["Lazarus"]}', 'a.txt': article });
    const { code, stdout } = copydesk(['check', '--print-config', 'a.txt'], dir);
    expect(code).toBe(0);
    const printed = JSON.parse(stdout);
    expect(printed.settingsFiles).toEqual([join(dir, '.vscode', 'settings.json')]);
    expect(printed.config.ignore).toEqual(['Lazarus']);
  });
});
