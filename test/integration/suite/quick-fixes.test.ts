/**
 * The lightbulb: which fixes VS Code collects from Copydesk for a finding,
 * which one is preferred, and that applying a fix changes exactly the
 * flagged characters and nothing else.
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
  editsOf,
  openArticle,
  rangeOf,
  replaced,
  ruleOf,
  summaries,
  waitForDiagnostics,
} from '../helpers';

const WHERE = '(.vscode/settings.json)';

/** articles/four-rules.txt: each finding, its replacement, and whether the rule marks that fix safe. */
const FINDINGS = [
  { rule: 'wrong-sense', text: 'cryptographic flight', fix: 'crypto theft', safe: false },
  { rule: 'repeated-word', text: 'The the', fix: 'The', safe: true },
  { rule: 'currency-spacing', text: '$ 3.1', fix: '$3.1', safe: true },
  { rule: 'hyphen-spacing', text: 'cross -border', fix: 'cross-border', safe: true },
];

suite('Quick fixes', () => {
  suiteSetup(activateCopydesk);
  teardown(closeAllEditors);

  test('each finding offers replace, ignore and disable; only safe fixes are preferred', async () => {
    const { document } = await openArticle('four-rules.txt');
    await waitForDiagnostics(document.uri, (d) => d.length >= FINDINGS.length, 'four diagnostics');
    for (const finding of FINDINGS) {
      const range = rangeOf(document, finding.text);
      const actions = await codeActions(document, range);
      assert.deepEqual(
        actions.map((a) => `${a.title}${a.isPreferred ? ' [preferred]' : ''}`).sort(),
        [
          `Disable ${finding.rule} in this workspace ${WHERE}`,
          `Ignore "${finding.text}" in this workspace ${WHERE}`,
          `Replace with "${finding.fix}"${finding.safe ? ' [preferred]' : ''}`,
        ].sort(),
        `actions offered on "${finding.text}"`,
      );
      // (vscode.executeCodeActionProvider returns titles, kinds, edits and commands, not the actions' diagnostics.)
      for (const action of actions) assert.equal(action.kind?.value, vscode.CodeActionKind.QuickFix.value, `${action.title}: kind`);
      const replace = actionTitled(actions, `Replace with "${finding.fix}"`);
      const { start, end } = range;
      assert.deepEqual(editsOf(replace.edit, document.uri), [`${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1} → ${JSON.stringify(finding.fix)}`]);
      const ignore = actionTitled(actions, `Ignore "${finding.text}" in this workspace ${WHERE}`);
      assert.equal(ignore.command?.command, 'copydesk.ignore');
      assert.deepEqual(ignore.command?.arguments?.map(String), [document.uri.toString(), finding.text]);
      const disable = actionTitled(actions, `Disable ${finding.rule} in this workspace ${WHERE}`);
      assert.equal(disable.command?.command, 'copydesk.disableRule');
      assert.deepEqual(disable.command?.arguments?.map(String), [document.uri.toString(), finding.rule]);
    }
  });

  test('no Copydesk action away from a finding', async () => {
    const { document } = await openArticle('four-rules.txt');
    await waitForDiagnostics(document.uri, (d) => d.length >= FINDINGS.length, 'four diagnostics');
    const headline = document.lineAt(0).range;
    assert.deepEqual((await codeActions(document, headline)).map((a) => a.title), []);
  });

  test('applying each replacement changes exactly the flagged characters, and its diagnostic goes', async () => {
    const { document } = await openArticle('four-rules.txt');
    await waitForDiagnostics(document.uri, (d) => d.length >= FINDINGS.length, 'four diagnostics');
    // Applied one after another, so every later fix also proves it was built on the edited text.
    for (const [i, finding] of FINDINGS.entries()) {
      const before = document.getText();
      const range = rangeOf(document, finding.text);
      const action = actionTitled(await codeActions(document, range), `Replace with "${finding.fix}"`);
      const diagnostics = await afterChange(document.uri, async () => assert.ok(await vscode.workspace.applyEdit(action.edit!), 'applyEdit'), `${finding.rule} to go`);
      assert.equal(document.getText(), replaced(before, document.offsetAt(range.start), document.offsetAt(range.end), finding.fix));
      assert.deepEqual(
        diagnostics.map(ruleOf).sort(),
        FINDINGS.slice(i + 1)
          .map((f) => f.rule)
          .sort(),
        `after fixing ${finding.rule}`,
      );
    }
  });

  test('"Fix all" fixes every safe finding of one rule and leaves the other rules alone', async () => {
    const { document } = await openArticle('repeats.txt');
    await waitForDiagnostics(document.uri, (d) => d.length >= 3, 'three diagnostics');
    const actions = await codeActions(document, rangeOf(document, 'to to'));
    assert.deepEqual(
      actions.map((a) => a.title).sort(),
      ['Disable repeated-word in this workspace (.vscode/settings.json)', 'Fix all repeated-word problems', 'Ignore "to to" in this workspace (.vscode/settings.json)', 'Replace with "to"'],
    );
    const fixAll = actionTitled(actions, 'Fix all repeated-word problems');
    const diagnostics = await afterChange(document.uri, () => vscode.workspace.applyEdit(fixAll.edit!));
    assert.equal(
      document.getText(),
      'Council notes\n\nThe council met on Monday to discuss the budget.\nMembers said the new library would open in spring.\nA grant of $ 40,000 was approved for the park, the mayor, Ana Ruiz, said.\n',
    );
    assert.deepEqual(summaries(document, diagnostics), ['currency-spacing 5:12-5:20 warning "$ 40,000"']);
  });

  test('the source.fixAll.copydesk action applies safe fixes only, leaving reviewed-only fixes to the editor', async () => {
    const { document } = await openArticle('four-rules.txt');
    await waitForDiagnostics(document.uri, (d) => d.length >= FINDINGS.length, 'four diagnostics');
    const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
    const actions = await codeActions(document, whole, 'source.fixAll.copydesk');
    assert.deepEqual(
      actions.map((a) => `${a.title} <${a.kind?.value}>`),
      ['Fix all safe Copydesk problems <source.fixAll.copydesk>'],
    );
    const before = document.getText();
    const diagnostics = await afterChange(document.uri, () => vscode.workspace.applyEdit(actions[0]!.edit!));
    const expected = FINDINGS.filter((f) => f.safe).reduce((text, f) => text.replace(f.text, f.fix), before);
    assert.equal(document.getText(), expected);
    assert.ok(document.getText().includes('cryptographic flight'), 'the unsafe wrong-sense fix is not applied');
    assert.deepEqual(summaries(document, diagnostics), ['wrong-sense 4:25-4:45 warning "cryptographic flight"']);
  });
});
