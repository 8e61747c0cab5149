/**
 * Runs first, before other suites open articles: puts the workbench in each
 * state of SCREENSHOTS and, under code-server, has the driver capture it
 * (see ../screenshots.ts).
 */
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import { activateCopydesk, closeAllEditors } from '../helpers';
import { capture, SCREENSHOTS } from '../screenshots';

suite('Screenshots', () => {
  suiteSetup(async () => {
    await activateCopydesk();
    await closeAllEditors();
  });
  suiteTeardown(closeAllEditors);

  for (const shot of SCREENSHOTS) {
    test(`${shot.name}: ${shot.shows}`, async () => {
      await shot.prepare();
      const file = await capture(shot);
      console.log(file ? `      saved ${file}` : `      (no screenshot driver in this host: ${shot.name} not captured)`);
      await shot.cleanup?.();
    });
  }
});
