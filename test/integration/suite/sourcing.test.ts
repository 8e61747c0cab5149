/**
 * Sourcing: a figure that no attribution in the text reaches is flagged as
 * unsourced-figure, at warning level for a claim (a percentage), on the
 * figure's own characters; attributed figures in the same article are not.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { suite, suiteSetup, teardown, test } from 'mocha';
import { actionTitled, activateCopydesk, afterChange, closeAllEditors, codeActions, editsOf, openArticle, rangeOf, summaries, waitForDiagnostics } from '../helpers';

suite('Sourcing', () => {
  suiteSetup(activateCopydesk);
  teardown(closeAllEditors);

  test('a figure nobody is given as the source of is flagged as unsourced-figure', async () => {
    const { document } = await openArticle('sourcing.txt');
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.length > 0, 'the unsourced-figure diagnostic');
    assert.deepEqual(summaries(document, diagnostics), ['unsourced-figure 3:33-3:36 warning "40%"']);
    assert.ok(diagnostics[0]!.range.isEqual(rangeOf(document, '40%')));
    assert.equal(diagnostics[0]!.message.split('\n')[0], 'Unsourced figure `40%`: no one in the text is given as its source');
  });

  test('the lightbulb adds "according to [source]" before the sentence\'s full stop, and offers to mark the figure as checked', async () => {
    const { document } = await openArticle('sourcing.txt');
    const [diagnostic] = await waitForDiagnostics(document.uri, (d) => d.length > 0, 'the unsourced-figure diagnostic');
    const original = document.getText();
    const actions = await codeActions(document, diagnostic!.range);
    actionTitled(actions, 'Mark "40%" as checked in this document (.vscode/settings.json)');
    const add = actionTitled(actions, 'Add "according to [source]" at the end of the sentence');
    const stop = rangeOf(document, 'last year.').end.translate(0, -1);
    assert.deepEqual(editsOf(add.edit, document.uri), [`3:${stop.character + 1}-3:${stop.character + 1} → ", according to [source]"`]);
    await afterChange(document.uri, () => vscode.workspace.applyEdit(add.edit!));
    assert.equal(document.lineAt(2).text, 'Sales of electric scooters rose 40% in the city last year, according to [source].');
    // Put the fixture back before teardown saves open documents.
    const restore = new vscode.WorkspaceEdit();
    restore.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), original);
    await vscode.workspace.applyEdit(restore);
  });
});
