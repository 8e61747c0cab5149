/**
 * Names across documents: Copydesk indexes the folder's other articles in the
 * background, so a person spelled one way in the open article and another
 * way in a file on disk is flagged; the lightbulb offers the majority
 * spelling, in one place or the whole file, or makes it the team's
 * canonical spelling in `.vscode/settings.json`.
 *
 * names/ferry-route.txt (opened) writes "Seo Ji Hun" twice; names/ferry-crew.txt
 * (only on disk) writes "Seo Ji-hun" three times.
 */
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import type { CopydeskApi } from '../../../src/vscode/extension';
import {
  actionTitled,
  afterChange,
  closeAllEditors,
  codeActions,
  copydeskApi,
  editsOf,
  openEditor,
  rangeOf,
  readSettings,
  readSettingsText,
  readWorkspaceFile,
  summaries,
  waitFor,
  waitForDiagnostics,
  waitForSetting,
  workspaceFile,
  writeSettingsText,
  writeWorkspaceFile,
} from '../helpers';

const OPEN = 'names/ferry-route.txt';
const OTHER = 'names/ferry-crew.txt';
const WHERE = '(.vscode/settings.json)';
const MAJORITY = ['name-variants 4:9-4:19 warning "Seo Ji Hun"', 'name-variants 5:1-5:11 warning "Seo Ji Hun"'];

/** A line that writes "Seo Ji Hun" three more times. */
const THREE_MORE = '\nSeo Ji Hun thanked the crew. Seo Ji Hun and the mayor then cut the ribbon, while Seo Ji Hun waved.';

function messages(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics.map((d) => d.message.split('\n')[0]!);
}

suite('Names across documents', () => {
  let settings = '';
  let other = '';
  let route = '';
  let api: CopydeskApi;

  suiteSetup(async () => {
    api = await copydeskApi();
    // The background index of the folder's articles (started by activate()) has finished, and holds the other article.
    const indexed = await api.indexed;
    const otherUri = workspaceFile(OTHER);
    assert.ok(api.checker.workspaceFor(otherUri).has(otherUri.toString()), `${OTHER} is indexed (${indexed} article files in all)`);
    settings = readSettingsText();
    other = await readWorkspaceFile(OTHER);
    route = await readWorkspaceFile(OPEN);
    assert.equal(other.match(/Seo Ji-hun/g)?.length, 3, `${OTHER} spells the name "Seo Ji-hun" three times`);
  });

  teardown(async () => {
    await closeAllEditors(); // saves the edited article: put both back as they were
    await writeWorkspaceFile(OPEN, route);
    await writeWorkspaceFile(OTHER, other);
    writeSettingsText(settings);
    await waitForSetting('names', {});
    // The file watcher re-indexes the restored article before the next test opens its neighbour.
    await indexHolds(OTHER, 'Seo Ji-hun');
  });

  /** Resolves once Copydesk's index of the folder holds `path` with `spelling` as its person's name. */
  function indexHolds(path: string, spelling: string): Promise<unknown> {
    const uri = workspaceFile(path);
    const people = (): string[] => api.checker.workspaceFor(uri).entities(uri.toString()).filter((e) => e.kind === 'person').map((e) => e.name);
    return waitFor(() => people().includes(spelling), `Copydesk's index to hold ${path} with "${spelling}"`, () => JSON.stringify(people()));
  }

  async function openRoute(): Promise<vscode.TextDocument> {
    const { document } = await openEditor(workspaceFile(OPEN));
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.length >= 2, 'the two name-variants diagnostics');
    assert.deepEqual(summaries(document, diagnostics), MAJORITY);
    return document;
  }

  test('a spelling that differs from another article on disk is flagged once the folder is indexed', async () => {
    const document = await openRoute();
    assert.deepEqual(messages(vscode.languages.getDiagnostics(document.uri)), [
      'Unexpected `Seo Ji Hun`, expected `Seo Ji-hun` (3 mentions in ferry-crew.txt)',
      'Unexpected `Seo Ji Hun`, expected `Seo Ji-hun` (3 mentions in ferry-crew.txt)',
    ]);
  });

  test('a change to the other article on disk re-checks this one: its findings go once both files agree', async () => {
    const document = await openRoute();
    // Someone else's edit, or a pull, changes the other article on disk; the open one is not touched.
    await writeWorkspaceFile(OTHER, other.replaceAll('Seo Ji-hun', 'Seo Ji Hun'));
    await indexHolds(OTHER, 'Seo Ji Hun');
    await waitForDiagnostics(document.uri, (d) => d.length === 0, 'the name-variants diagnostics to go once both files agree');
    assert.equal(document.isDirty, false);
  });

  test('the lightbulb offers the majority spelling here, in the whole file, or as the canonical spelling, which lands in .vscode/settings.json', async () => {
    const document = await openRoute();
    const first = rangeOf(document, 'Seo Ji Hun', 0);
    const second = rangeOf(document, 'Seo Ji Hun', 1);
    const actions = await codeActions(document, first);
    assert.deepEqual(
      actions.map((a) => `${a.title}${a.isPreferred ? ' [preferred]' : ''}`),
      [
        'Use "Seo Ji-hun" (3 mentions) [preferred]',
        'Use "Seo Ji-hun" everywhere in this file',
        `Make "Seo Ji-hun" the canonical spelling for this workspace ${WHERE}`,
        `Ignore "Seo Ji Hun" in this workspace ${WHERE}`,
        `Disable name-variants in this workspace ${WHERE}`,
        'Fix all name-variants problems', // VS Code lists actions tied to no diagnostic last
      ],
    );
    const at = (r: vscode.Range): string => `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1} → "Seo Ji-hun"`;
    assert.deepEqual(editsOf(actionTitled(actions, 'Use "Seo Ji-hun" (3 mentions)').edit, document.uri), [at(first)]);
    assert.deepEqual(editsOf(actionTitled(actions, 'Use "Seo Ji-hun" everywhere in this file').edit, document.uri), [at(first), at(second)]);

    const make = actionTitled(actions, `Make "Seo Ji-hun" the canonical spelling for this workspace ${WHERE}`);
    assert.equal(make.command?.command, 'copydesk.makeCanonical');
    let saved: unknown;
    const diagnostics = await afterChange(document.uri, async () => {
      saved = await vscode.commands.executeCommand(make.command!.command, ...(make.command!.arguments ?? []));
    }, 'the diagnostics to name the canonical spelling');
    assert.equal(saved, true, 'the command reports that it saved the setting');
    const written = readSettings();
    assert.deepEqual(written['copydesk.names'], { 'Seo Ji-hun': ['Seo Ji Hun'] });
    assert.deepEqual(written['copydesk.rules'], { 'repeated-word': 'warning' }, 'other copydesk keys are kept');
    assert.equal(written['editor.wordWrap'], 'on', 'other keys are kept');
    assert.deepEqual(summaries(document, diagnostics), MAJORITY);
    assert.deepEqual(messages(diagnostics), [
      'Unexpected `Seo Ji Hun`, expected `Seo Ji-hun` (the canonical spelling in copydesk.names)',
      'Unexpected `Seo Ji Hun`, expected `Seo Ji-hun` (the canonical spelling in copydesk.names)',
    ]);
    // Now configured, the spelling is no longer offered as a new canonical one.
    assert.ok(!(await codeActions(document, first)).some((a) => a.title.startsWith('Make ')), 'no "Make canonical" once it is canonical');

    // The canonical spelling wins over the majority: with "Seo Ji Hun" three times more in this
    // article (five against three), every one of them is still flagged.
    const editor = vscode.window.activeTextEditor!;
    const end = document.lineAt(document.lineCount - 1).range.end;
    assert.ok(await editor.edit((edit) => edit.insert(end, THREE_MORE)));
    const flagged = await waitForDiagnostics(document.uri, (d) => d.length === 5, 'five name-variants diagnostics');
    assert.ok(
      flagged.every((d) => d.message.startsWith('Unexpected `Seo Ji Hun`, expected `Seo Ji-hun` (the canonical spelling in copydesk.names)')),
      JSON.stringify(messages(flagged)),
    );
  });

  test('without a canonical spelling, the majority decides: outnumbering the other article clears this one', async () => {
    const document = await openRoute();
    const editor = vscode.window.activeTextEditor!;
    const end = document.lineAt(document.lineCount - 1).range.end;
    assert.ok(await editor.edit((edit) => edit.insert(end, THREE_MORE)));
    await waitForDiagnostics(document.uri, (d) => d.length === 0, 'no name-variants diagnostic in the article that now has the majority spelling');
  });
});
