/**
 * Team settings in the workspace's `.vscode/settings.json` take effect at
 * once, whether the file changes on disk or through VS Code's configuration
 * API; and the lightbulb's Ignore / Disable actions write that file, keeping
 * its comments and other keys.
 */
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import {
  actionTitled,
  activateCopydesk,
  afterChange,
  closeAllEditors,
  codeActions,
  openArticle,
  rangeOf,
  readSettings,
  readSettingsText,
  summaries,
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

suite('Workspace settings', () => {
  let original = '';

  suiteSetup(async () => {
    await activateCopydesk();
    original = readSettingsText();
    assert.ok(original.includes(COMMENT), 'the test workspace settings file starts with its comment');
  });

  teardown(async () => {
    await closeAllEditors();
    writeSettingsText(original);
    await waitForSetting('rules', { 'repeated-word': 'warning' });
    await waitForSetting('ignore', []);
    await waitForSetting('languages', ['plaintext', 'markdown']);
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
});
