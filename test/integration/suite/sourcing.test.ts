/**
 * Sourcing: a figure that no attribution in the text reaches is flagged as
 * unsourced-figure, at warning level for a claim (a percentage), on the
 * figure's own characters; attributed figures in the same article are not.
 */
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, teardown, test } from 'mocha';
import { activateCopydesk, closeAllEditors, openArticle, rangeOf, summaries, waitForDiagnostics } from '../helpers';

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
});
