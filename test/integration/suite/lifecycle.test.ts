/**
 * Documents come and go: closing one clears its diagnostics from the
 * Problems panel; opening it again brings them back.
 */
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { activateCopydesk, closeAllEditors, openArticle, openEditor, summaries, waitForDiagnostics } from '../helpers';

suite('Document lifecycle', () => {
  suiteSetup(activateCopydesk);
  teardown(closeAllEditors);

  test('closing a document clears its diagnostics; reopening restores them', async () => {
    const { document } = await openArticle('repeats.txt');
    const uri = document.uri;
    const open = summaries(document, await waitForDiagnostics(uri, (d) => d.length >= 3, 'three diagnostics'));
    assert.equal(open.length, 3);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    // VS Code disposes the closed document (onDidCloseTextDocument), Copydesk drops its diagnostics.
    await waitForDiagnostics(uri, (d) => d.length === 0, 'the closed document to have no diagnostics');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'the document is closed');
    const { document: reopened } = await openEditor(uri);
    assert.deepEqual(summaries(reopened, await waitForDiagnostics(uri, (d) => d.length >= 3, 'diagnostics after reopening')), open);
  });
});
