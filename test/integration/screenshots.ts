/**
 * Screenshots of what a person sees, taken while the suite runs under
 * code-server (run.mjs drives the browser and serves the capture requests).
 *
 * Each entry puts the workbench in one state through the VS Code API,
 * checking through the API that Copydesk did its part, then asks the driver
 * to capture the page once an element with the given text is visible. A new
 * screenshot (the entities sidebar, say) is one more entry in SCREENSHOTS.
 *
 * Under @vscode/test-electron there is no driver: the entries still run and
 * assert, and nothing is captured (capture() says so in the log).
 */
import * as assert from 'node:assert/strict';
import { request } from 'node:http';
import * as vscode from 'vscode';
import { openEditor, rangeOf, ruleOf, waitForDiagnostics, workspaceRoot } from './helpers';

export interface Screenshot {
  /** File name under test/artifacts/screenshots/ and media/screenshots/, without `.png`. */
  name: string;
  /** What the picture shows, for the log. */
  shows: string;
  /** Brings the workbench to the state to capture. */
  prepare(): Promise<void>;
  /** The driver captures once an element matching `selector` and containing `text` is visible. */
  ready: { selector: string; text: string };
  /** Puts the workbench back (the driver also presses Escape after each capture). */
  cleanup?(): Promise<void>;
}

/** The sample article the screenshots show (copied into the test workspace by the runner). */
const SAMPLE = 'samples/crypto-heist-translated.txt';
const PHRASE = 'cryptographic flight';

async function showSample(): Promise<vscode.TextEditor> {
  const editor = await openEditor(vscode.Uri.joinPath(workspaceRoot(), SAMPLE));
  const document = editor.document;
  const phrase = rangeOf(document, PHRASE);
  const diagnostics = await waitForDiagnostics(document.uri, (d) => d.some((x) => x.range.isEqual(phrase)), `a diagnostic on "${PHRASE}"`);
  assert.ok(diagnostics.length > 1, 'the sample shows several findings');
  assert.ok(
    diagnostics.every((d) => d.source === 'copydesk'),
    `every diagnostic comes from Copydesk: ${diagnostics.map((d) => `${d.source}/${ruleOf(d)}`).join(', ')}`,
  );
  return editor;
}

export const SCREENSHOTS: Screenshot[] = [
  {
    name: 'problems-panel',
    shows: `the Problems panel listing Copydesk's findings on ${SAMPLE}`,
    async prepare() {
      await showSample();
      await vscode.commands.executeCommand('workbench.actions.view.problems');
    },
    ready: { selector: '.markers-panel', text: 'Unexpected `cryptographic flight` in this context' },
  },
  {
    name: 'quick-fix-menu',
    shows: `the quick-fix menu open on "${PHRASE}"`,
    async prepare() {
      const editor = await showSample();
      const phrase = rangeOf(editor.document, PHRASE);
      const inside = phrase.start.translate(0, 3);
      editor.selection = new vscode.Selection(inside, inside);
      editor.revealRange(phrase, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
      await vscode.commands.executeCommand('editor.action.quickFix');
    },
    ready: { selector: '.action-widget', text: 'Replace with "crypto theft"' },
    async cleanup() {
      await vscode.commands.executeCommand('hideCodeActionWidget');
    },
  },
];

/**
 * Asks the driver to capture the page as `<name>.png`, once `ready` is visible.
 * Returns the saved file's path, or undefined when no driver is attached.
 */
export function capture(shot: Screenshot): Promise<string | undefined> {
  const url = process.env.COPYDESK_SCREENSHOT_URL;
  if (!url) return Promise.resolve(undefined);
  const body = JSON.stringify({ name: shot.name, ...shot.ready });
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        if (res.statusCode === 200) resolve((JSON.parse(text) as { file: string }).file);
        else reject(new Error(`screenshot ${shot.name} failed: ${text}`));
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}
