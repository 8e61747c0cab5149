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
import type { EntitiesView } from '../../src/vscode/entities';
import { copydeskApi, openEditor, rangeOf, ruleOf, waitFor, waitForDiagnostics, workspaceFile, workspaceRoot } from './helpers';

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
/** The article the sidebar screenshot shows: it names people (one spelled two ways), a company, places, figures and dates. */
const ENTITIES_ARTICLE = 'entities/harbour.txt';
const WIDEN_STEPS = 2;

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
  {
    name: 'entities-sidebar',
    shows: `the Entities sidebar listing the people, organisations, places, figures and dates of ${ENTITIES_ARTICLE}, its flagged spelling expanded`,
    async prepare() {
      const view = (await copydeskApi()).entities;
      const editor = await openEditor(workspaceFile(ENTITIES_ARTICLE));
      await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => ruleOf(x) === 'name-variants'), 'the name-variants diagnostic');
      await vscode.commands.executeCommand('workbench.action.closePanel');
      await vscode.commands.executeCommand('workbench.view.extension.copydesk');
      const groups = ['People', 'Organisations', 'Places', 'Figures', 'Dates'];
      await waitFor(
        () => view.view.visible && view.view.description === ENTITIES_ARTICLE && view.roots.map((g) => (g.type === 'group' ? g.label : '')).join() === groups.join(),
        `the Entities view to show ${ENTITIES_ARTICLE}`,
      );
      // Groups open expanded; also open the first person (the one spelled two ways).
      await expandEntity(view, 'Ilse Vandermeer');
      // A sidebar wide enough for the counts and variants: "Decrease Editor Width" gives the sidebar the room.
      for (let i = 0; i < WIDEN_STEPS; i++) await vscode.commands.executeCommand('workbench.action.decreaseViewWidth');
    },
    ready: { selector: '.monaco-list-row', text: 'spelling variant (flagged)' },
    async cleanup() {
      for (let i = 0; i < WIDEN_STEPS; i++) await vscode.commands.executeCommand('workbench.action.increaseViewWidth');
      await vscode.commands.executeCommand('workbench.view.explorer');
    },
  },
];

/**
 * Opens the entity `name` in the Entities view, as a user would by clicking
 * its twistie: `TreeView.reveal` with `expand`. The workbench may still be
 * drawing the tree when the view opens, so this repeats until the view
 * reports the expansion (each attempt waits up to two seconds for
 * onDidExpandElement).
 */
async function expandEntity(view: EntitiesView, name: string): Promise<void> {
  let last: unknown;
  for (let attempt = 1; attempt <= 10; attempt++) {
    const node = view.find(name);
    if (!node) throw new Error(`the Entities view has no entry "${name}"`);
    let subscription: vscode.Disposable | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const expanded = new Promise<boolean>((resolve) => {
      subscription = view.view.onDidExpandElement(({ element }) => {
        if (element.type === 'entity' && element.entry.name === name) resolve(true);
      });
      timer = setTimeout(() => resolve(false), 2000);
    });
    try {
      await view.view.reveal(node, { expand: true, select: true, focus: true });
    } catch (error) {
      last = error;
    }
    const done = await expanded;
    subscription?.dispose();
    clearTimeout(timer);
    if (done) return;
  }
  throw new Error(`the Entities view did not expand "${name}"${last ? `: ${String(last)}` : ''}`);
}

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
