/**
 * Team settings in the workspace's `.vscode/settings.json` take effect at
 * once, whether the file changes on disk or through VS Code's configuration
 * API; and the lightbulb's Ignore / Disable actions write that file, keeping
 * its comments and other keys.
 */
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import type { CopydeskApi } from '../../../src/vscode/extension';
import {
  actionTitled,
  afterChange,
  closeAllEditors,
  codeActions,
  copydeskApi,
  copydeskOutput,
  openArticle,
  rangeOf,
  readSettings,
  readSettingsText,
  summaries,
  waitFor,
  waitForDiagnostics,
  waitForSetting,
  workspaceRoot,
  writeSettingsText,
} from '../helpers';

const COMMENT = '// Shared settings of the integration-test workspace.';
const ALL_FOUR = [
  'wrong-sense 4:25-4:45 warning "cryptographic flight"',
  'repeated-word 5:1-5:8 warning "The the"',
  'currency-spacing 6:56-6:61 warning "$ 3.1"',
  'hyphen-spacing 7:28-7:41 warning "cross -border"',
];

/**
 * The config every setting falls back to. (VS Code hands over package.json's
 * default for copydesk.checkedFigures, [], which reads as "no checked figures
 * for any file".)
 */
const DEFAULTS = {
  rules: {},
  names: [],
  glossary: [],
  ignore: [],
  sources: { verbs: [], names: [] },
  languages: ['plaintext', 'markdown'],
  maxFileSize: 1_000_000,
  exchangeRates: {},
  checkedFigures: [{ path: '*', figures: [] }],
};

/** `original` (the test workspace's settings file, comment and all) with `keys` in place of its copydesk.rules. */
function withKeys(original: string, keys: string): string {
  const changed = original.replace(/"copydesk\.rules": \{[^}]*\}/, keys.trim());
  assert.notEqual(changed, original, 'the test settings file has a copydesk.rules entry to replace');
  return changed;
}

suite('Workspace settings', () => {
  let original = '';
  let api: CopydeskApi;

  suiteSetup(async () => {
    api = await copydeskApi();
    original = readSettingsText();
    assert.ok(original.includes(COMMENT), 'the test workspace settings file starts with its comment');
  });

  teardown(async () => {
    await closeAllEditors();
    writeSettingsText(original);
    await waitForSetting('rules', { 'repeated-word': 'warning' });
    await waitForSetting('ignore', []);
    await waitForSetting('languages', ['plaintext', 'markdown']);
    await waitForSetting('names', {});
    await waitForSetting('glossary', {});
    await waitForSetting('maxFileSize', 1_000_000);
  });

  async function openFourRules(): Promise<vscode.TextDocument> {
    const { document } = await openArticle('four-rules.txt');
    assert.deepEqual(summaries(document, await waitForDiagnostics(document.uri, (d) => d.length >= 4, 'four diagnostics')), ALL_FOUR);
    return document;
  }

  test('rule levels written to .vscode/settings.json on disk apply without a reload', async () => {
    const document = await openFourRules();
    writeSettingsText(
      original.replace('"repeated-word": "warning"', '"repeated-word": "information",\n    "currency-spacing": "error",\n    "hyphen-spacing": "off",\n    "wrong-sense": "hint"'),
    );
    const final = ['wrong-sense 4:25-4:45 hint "cryptographic flight"', 'repeated-word 5:1-5:8 information "The the"', 'currency-spacing 6:56-6:61 error "$ 3.1"'];
    const diagnostics = await waitForDiagnostics(document.uri, (d) => JSON.stringify(summaries(document, d)) === JSON.stringify(final), 'the new rule levels');
    assert.deepEqual(summaries(document, diagnostics), final);
  });

  test('copydesk.ignore set through the configuration API hides the finding and lands in the file', async () => {
    const document = await openFourRules();
    const diagnostics = await afterChange(document.uri, () =>
      vscode.workspace.getConfiguration('copydesk', workspaceRoot()).update('ignore', ['cryptographic flight'], vscode.ConfigurationTarget.WorkspaceFolder),
    );
    assert.deepEqual(summaries(document, diagnostics), ALL_FOUR.slice(1));
    const settings = readSettings();
    assert.deepEqual(settings['copydesk.ignore'], ['cryptographic flight']);
    assert.equal(settings['editor.wordWrap'], 'on');
    assert.ok(readSettingsText().includes(COMMENT), 'the comment survives');
  });

  test('copydesk.languages decides which documents are checked', async () => {
    const document = await openFourRules();
    await afterChange(document.uri, () => vscode.workspace.getConfiguration('copydesk', workspaceRoot()).update('languages', ['markdown'], vscode.ConfigurationTarget.WorkspaceFolder));
    assert.deepEqual(vscode.languages.getDiagnostics(document.uri), [], 'plain text is no longer checked');
    const { document: markdown } = await openArticle('briefing.md');
    assert.deepEqual(summaries(markdown, await waitForDiagnostics(markdown.uri, (d) => d.length > 0, 'Markdown diagnostics')), ['hyphen-spacing 3:26-3:39 warning "Asia -Pacific"']);
  });

  test('the Ignore quick fix adds the phrase to copydesk.ignore in .vscode/settings.json', async () => {
    const document = await openFourRules();
    const ignore = actionTitled(await codeActions(document, rangeOf(document, 'The the')), 'Ignore "The the" in this workspace (.vscode/settings.json)');
    let result: unknown;
    const diagnostics = await afterChange(document.uri, async () => {
      result = await vscode.commands.executeCommand(ignore.command!.command, ...(ignore.command!.arguments ?? []));
    });
    assert.equal(result, true, 'the command reports that it saved the setting');
    assert.deepEqual(summaries(document, diagnostics), [ALL_FOUR[0], ALL_FOUR[2], ALL_FOUR[3]]);
    const settings = readSettings();
    assert.deepEqual(settings['copydesk.ignore'], ['The the']);
    assert.deepEqual(settings['copydesk.rules'], { 'repeated-word': 'warning' }, 'other copydesk keys are kept');
    assert.equal(settings['editor.wordWrap'], 'on', 'other keys are kept');
    assert.ok(readSettingsText().includes(COMMENT), 'the comment survives');
  });

  test('the Disable quick fix turns the rule off in copydesk.rules, keeping the other rule levels', async () => {
    const document = await openFourRules();
    const disable = actionTitled(await codeActions(document, rangeOf(document, 'cross -border')), 'Disable hyphen-spacing in this workspace (.vscode/settings.json)');
    let result: unknown;
    const diagnostics = await afterChange(document.uri, async () => {
      result = await vscode.commands.executeCommand(disable.command!.command, ...(disable.command!.arguments ?? []));
    });
    assert.equal(result, true, 'the command reports that it saved the setting');
    assert.deepEqual(summaries(document, diagnostics), ALL_FOUR.slice(0, 3));
    const settings = readSettings();
    assert.deepEqual(settings['copydesk.rules'], { 'repeated-word': 'warning', 'hyphen-spacing': 'off' });
    assert.equal(settings['editor.wordWrap'], 'on', 'other keys are kept');
    assert.ok(readSettingsText().includes(COMMENT), 'the comment survives');
  });

  test('a canonical name and a glossary entry written to .vscode/settings.json on disk apply without a reload', async () => {
    const { document } = await openArticle('desk-terms.txt');
    assert.deepEqual(api.checker.resultFor(document)?.result.findings, [], 'with the default settings, nothing to flag');
    assert.deepEqual(vscode.languages.getDiagnostics(document.uri), []);
    writeSettingsText(withKeys(original, '"copydesk.names": {"Lee Bo-ram": []},\n  "copydesk.glossary": {"fiscal paradise": "tax haven"}'));
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.length === 3, 'the canonical-name and glossary diagnostics');
    assert.deepEqual(summaries(document, diagnostics), [
      'name-variants 3:32-3:41 warning "Lee Boram"',
      'wrong-sense 3:96-3:111 warning "fiscal paradise"',
      'name-variants 4:1-4:10 warning "Lee Boram"',
    ]);
    assert.deepEqual(
      diagnostics.map((d) => d.message.split('\n')[0]),
      [
        'Unexpected `Lee Boram`, expected `Lee Bo-ram` (the canonical spelling in copydesk.names)',
        'Unexpected `fiscal paradise` in this context, expected `tax haven`',
        'Unexpected `Lee Boram`, expected `Lee Bo-ram` (the canonical spelling in copydesk.names)',
      ],
    );
    assert.match(diagnostics[1]!.message, /the team glossary says `tax haven`/);
    const replace = actionTitled(await codeActions(document, rangeOf(document, 'fiscal paradise')), 'Replace with "tax haven"');
    await afterChange(document.uri, () => vscode.workspace.applyEdit(replace.edit!));
    assert.ok(document.lineAt(2).text.endsWith('would stop being a tax haven for shell companies.'), document.lineAt(2).text);
  });

  test('invalid values and unknown keys in .vscode/settings.json: one warning in the Copydesk output, and the defaults apply', async () => {
    const { document } = await openArticle('desk-terms.txt');
    // First valid team settings, so that falling back to the defaults is visible.
    writeSettingsText(withKeys(original, '"copydesk.glossary": {"fiscal paradise": "tax haven"},\n  "copydesk.rules": {"wrong-sense": "error"}'));
    assert.deepEqual(summaries(document, await waitForDiagnostics(document.uri, (d) => d.length === 1, 'the glossary diagnostic')), ['wrong-sense 3:96-3:111 error "fiscal paradise"']);
    const logBefore = copydeskOutput() ?? '';

    writeSettingsText(
      withKeys(
        original,
        [
          '"copydesk.rules": "loud"',
          '"copydesk.glossary": {"fiscal paradise": 7}',
          '"copydesk.names": "Lee Bo-ram"',
          '"copydesk.sources": {"verbs": "said", "people": ["Lee Boram"]}',
          '"copydesk.maxFileSize": "big"',
          '"copydesk.exchangeRates": {"won": 1380}',
          // An unknown top-level key: VS Code marks it in the settings editor; Copydesk never reads it.
          '"copydesk.colour": "blue"',
        ].join(',\n  '),
      ),
    );
    await waitForSetting('rules', 'loud');
    await waitForDiagnostics(document.uri, (d) => d.length === 0, 'the glossary diagnostic to go (the invalid glossary falls back to none)');
    assert.deepEqual(api.checker.configFor(document), DEFAULTS, 'every invalid value falls back to its default');

    // What the output channel received since the valid settings were read.
    const since = (): string => {
      const output = copydeskOutput();
      assert.ok(output !== undefined, `Copydesk's output channel log is under COPYDESK_TEST_LOGS (${process.env.COPYDESK_TEST_LOGS})`);
      return output.slice(logBefore.length);
    };
    const warnings = await waitFor(
      () => {
        const lines = since().split('\n').filter((line) => line.includes('Copydesk ignored invalid settings'));
        return lines.length ? lines : undefined;
      },
      'the warning in the Copydesk output channel',
      () => JSON.stringify(since()),
    );
    assert.equal(warnings.length, 1, `one warning: ${JSON.stringify(warnings)}`);
    const [warning] = warnings;
    assert.match(warning!, /\[warning\] Copydesk ignored invalid settings and used the defaults for: /);
    for (const named of ['copydesk.rules (', 'copydesk.glossary.fiscal paradise (', 'copydesk.names (', 'copydesk.sources.verbs (', 'copydesk.sources.people (unknown key', 'copydesk.maxFileSize (', 'copydesk.exchangeRates.won (']) {
      assert.ok(warning!.includes(named), `the warning names ${named}…: ${warning}`);
    }
  });

  test('copydesk.maxFileSize below the article length checks only its first part', async () => {
    const { document } = await openArticle('long-hearing.txt');
    const whole = ['hyphen-spacing 3:29-3:42 warning "cross -border"', 'currency-spacing 13:36-13:44 warning "$ 75,000"'];
    assert.deepEqual(summaries(document, await waitForDiagnostics(document.uri, (d) => d.length === 2, 'two diagnostics')), whole);
    const full = api.checker.resultFor(document)!.result;
    assert.equal(full.truncatedAt, undefined, 'checked whole');
    assert.ok(document.getText().length > 1200);
    const limit = document.getText().slice(0, 1000).lastIndexOf('\n');
    assert.ok(
      full.entities.some((entity) => entity.mentions.some((m) => m.start > limit)),
      'checked whole, the article has entities past the first 1,000 characters',
    );

    const configuration = vscode.workspace.getConfiguration('copydesk', workspaceRoot());
    const part = await afterChange(document.uri, () => configuration.update('maxFileSize', 1000, vscode.ConfigurationTarget.WorkspaceFolder));
    assert.deepEqual(summaries(document, part), whole.slice(0, 1), 'only the finding in the first 1,000 characters');
    // The cut is at the last line break before the limit, so no paragraph is checked in half.
    const result = api.checker.resultFor(document)!.result;
    assert.equal(result.truncatedAt, limit, 'the result (shown in the status bar as "partial") says where checking stopped');
    assert.ok(
      result.entities.every((entity) => entity.mentions.every((m) => m.end <= limit)),
      'the sidebar lists only entities of the checked part',
    );

    const back = await afterChange(document.uri, () => configuration.update('maxFileSize', undefined, vscode.ConfigurationTarget.WorkspaceFolder));
    assert.deepEqual(summaries(document, back), whole);
    assert.equal(api.checker.resultFor(document)?.result.truncatedAt, undefined);
  });
});
