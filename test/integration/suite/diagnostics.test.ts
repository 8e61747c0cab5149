/**
 * What the user sees when an article opens: one diagnostic per finding, on
 * the flagged characters, with Copydesk's source, rule code, docs link and
 * default severity — and nothing on correct usage.
 */
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { activateCopydesk, closeAllEditors, openArticle, rangeOf, ruleOf, sorted, summaries, waitForDiagnostics } from '../helpers';

/** articles/four-rules.txt: one finding of each rule, with the message its first line must read. */
const FOUR_RULES = [
  { rule: 'wrong-sense', text: 'cryptographic flight', message: 'Unexpected `cryptographic flight` in this context, expected `crypto theft`' },
  { rule: 'repeated-word', text: 'The the', message: 'Unexpected repeated word in `The the`, expected `The`' },
  { rule: 'currency-spacing', text: '$ 3.1', message: 'Unexpected space after `$`, expected `$3.1`' },
  { rule: 'hyphen-spacing', text: 'cross -border', message: 'Unexpected space before the hyphen in `cross -border`, expected `cross-border`' },
];

suite('Diagnostics', () => {
  suiteSetup(activateCopydesk);
  teardown(closeAllEditors);

  test('each rule flags its finding on the exact characters, with source, code, docs link and severity', async () => {
    const { document } = await openArticle('four-rules.txt');
    const diagnostics = sorted(await waitForDiagnostics(document.uri, (d) => d.length >= FOUR_RULES.length, 'a diagnostic per rule'));
    assert.deepEqual(summaries(document, diagnostics), [
      'wrong-sense 4:25-4:45 warning "cryptographic flight"',
      'repeated-word 5:1-5:8 warning "The the"',
      'currency-spacing 6:56-6:61 warning "$ 3.1"',
      'hyphen-spacing 7:28-7:41 warning "cross -border"',
    ]);
    for (const [i, expected] of FOUR_RULES.entries()) {
      const diagnostic = diagnostics[i]!;
      assert.ok(diagnostic.range.isEqual(rangeOf(document, expected.text)), `${expected.rule}: range ${JSON.stringify(diagnostic.range)}`);
      assert.equal(diagnostic.source, 'copydesk');
      assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
      assert.equal(ruleOf(diagnostic), expected.rule);
      const code = diagnostic.code as { value: string; target: vscode.Uri };
      assert.ok(code.target instanceof vscode.Uri, `${expected.rule}: code.target is a Uri`);
      assert.ok(code.target.path.endsWith('/docs/rules.md'), `${expected.rule}: code.target ${code.target.toString()}`);
      assert.equal(code.target.fragment, expected.rule);
      // The link opens a real file, shipped with the extension.
      assert.equal((await vscode.workspace.fs.stat(code.target.with({ fragment: '' }))).type, vscode.FileType.File);
      const [first, ...note] = diagnostic.message.split('\n');
      assert.equal(first, expected.message);
      assert.ok(note.join('\n').trim().length > 20, `${expected.rule}: the message explains the finding on its second line`);
    }
  });

  test('correct usage that resembles a finding is left alone', async () => {
    // The last line's "word word" is the only finding; once it shows, the document has been checked.
    const { document } = await openArticle('traps.txt');
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.length > 0, 'the sentinel diagnostic');
    assert.deepEqual(summaries(document, diagnostics), ['repeated-word 7:28-7:37 warning "word word"']);
  });

  test('Markdown articles are checked, their code blocks are not', async () => {
    const { document } = await openArticle('briefing.md');
    assert.equal(document.languageId, 'markdown');
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.length > 0, 'a diagnostic in Markdown');
    assert.deepEqual(summaries(document, diagnostics), ['hyphen-spacing 3:26-3:39 warning "Asia -Pacific"']);
  });
});
