/**
 * Typing moves findings: diagnostics follow the text they flag, and a fix
 * asked for right after an edit (before the debounced re-check) still lands
 * on the flagged characters, never on the old offsets.
 */
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { actionTitled, activateCopydesk, afterChange, closeAllEditors, codeActions, openArticle, rangeOf, summaries, waitForDiagnostics } from '../helpers';

/** Types text at a position as the user would (the `type` command goes through the editor, like keystrokes). */
async function typeAt(editor: vscode.TextEditor, position: vscode.Position, text: string): Promise<void> {
  editor.selection = new vscode.Selection(position, position);
  await vscode.commands.executeCommand('type', { text });
}

suite('Edits above a finding', () => {
  suiteSetup(activateCopydesk);
  teardown(closeAllEditors);

  test('diagnostics move down and across with text typed above and before them', async () => {
    const { document, editor } = await openArticle('four-rules.txt');
    await waitForDiagnostics(document.uri, (d) => d.length >= 4, 'four diagnostics');
    await afterChange(document.uri, () => typeAt(editor, new vscode.Position(0, 0), 'UPDATED 14:05\n'), 'diagnostics to move down a line');
    const diagnostics = await afterChange(document.uri, () => typeAt(editor, new vscode.Position(7, 0), 'UPDATE: '), 'the last diagnostic to move right');
    assert.deepEqual(summaries(document, diagnostics), [
      'wrong-sense 5:25-5:45 warning "cryptographic flight"',
      'repeated-word 6:1-6:8 warning "The the"',
      'currency-spacing 7:56-7:61 warning "$ 3.1"',
      'hyphen-spacing 8:36-8:49 warning "cross -border"',
    ]);
    for (const text of ['cryptographic flight', 'The the', '$ 3.1', 'cross -border']) {
      assert.ok(
        diagnostics.some((d) => d.range.isEqual(rangeOf(document, text))),
        `a diagnostic covers "${text}" where it now is`,
      );
    }
  });

  test('a fix requested right after an edit lands on the moved text; the old position offers none', async () => {
    const { document, editor } = await openArticle('four-rules.txt');
    await waitForDiagnostics(document.uri, (d) => d.length >= 4, 'four diagnostics');
    const oldRange = rangeOf(document, '$ 3.1');
    // Insert before the amount on its own line and ask for fixes at once, without waiting for the re-check.
    await typeAt(editor, new vscode.Position(oldRange.start.line, 0), 'UPDATE: ');
    const newRange = rangeOf(document, '$ 3.1');
    assert.ok(!newRange.isEqual(oldRange), 'the amount moved');
    const atOld = await codeActions(document, oldRange);
    assert.deepEqual(atOld.map((a) => a.title), [], 'no fix at the old position of the amount');
    const fix = actionTitled(await codeActions(document, newRange), 'Replace with "$3.1"');
    const before = document.getText();
    assert.ok(await vscode.workspace.applyEdit(fix.edit!), 'applyEdit');
    assert.equal(document.getText(), before.replace('lost $ 3.1 million', 'lost $3.1 million'));
    assert.equal(document.lineAt(newRange.start.line).text, 'UPDATE: Its chief executive, Mina Park, said the exchange lost $3.1 million and would repay its customers.');
    const diagnostics = await waitForDiagnostics(document.uri, (d) => !d.some((x) => x.range.start.line === newRange.start.line), 'the currency diagnostic to go');
    assert.deepEqual(summaries(document, diagnostics), [
      'wrong-sense 4:25-4:45 warning "cryptographic flight"',
      'repeated-word 5:1-5:8 warning "The the"',
      'hyphen-spacing 7:28-7:41 warning "cross -border"',
    ]);
  });

  test('correcting a finding by hand clears its diagnostic and keeps the others in place', async () => {
    const { document, editor } = await openArticle('four-rules.txt');
    await waitForDiagnostics(document.uri, (d) => d.length >= 4, 'four diagnostics');
    const space = rangeOf(document, ' -border').start;
    const diagnostics = await afterChange(document.uri, () => editor.edit((edit) => edit.delete(new vscode.Range(space, space.translate(0, 1)))), 'the hyphen diagnostic to go');
    assert.equal(document.lineAt(space.line).text, 'Regulators promised closer cross-border cooperation on crypto crime.');
    assert.deepEqual(summaries(document, diagnostics), [
      'wrong-sense 4:25-4:45 warning "cryptographic flight"',
      'repeated-word 5:1-5:8 warning "The the"',
      'currency-spacing 6:56-6:61 warning "$ 3.1"',
    ]);
  });
});
