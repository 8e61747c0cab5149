/**
 * The entities sidebar (view `copydesk.entities`): the people, organisations,
 * places, figures and dates of the active article, with mention counts and
 * spelling variants (a flagged variant marked), each entry moving the cursor
 * to its mention; and the workspace scope, which lists the entities of every
 * article in the folder.
 *
 * Observed through the view's own TreeDataProvider (returned by `activate()`),
 * exactly what VS Code asks it for: getChildren and getTreeItem.
 */
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import type { EntitiesView, EntityNode } from '../../../src/vscode/entities';
import { closeAllEditors, copydeskApi, openArticle, openEditor, rangeOf, summaries, waitFor, waitForDiagnostics, workspaceFile } from '../helpers';

const ARTICLE = 'entities/harbour.txt';

/** entities/harbour.txt as the sidebar must list it: group, then `name — description [icon]`. */
const HARBOUR_TREE = [
  'People (2)',
  '  Ilse Vandermeer — 4 mentions · also Ilse Van der Meer [warning]',
  '  Tomas Lind — 1 mention [person]',
  'Organisations (1)',
  '  Nordkap Dredging Company — 2 mentions [organization]',
  'Places (3)',
  '  Hamburg — 1 mention [location]',
  '  Port of Velmar — 1 mention [location]',
  '  Rotterdam — 1 mention [location]',
  'Figures (2)',
  '  €42 million — 1 mention · source: the port authority [symbol-number]',
  '  18% — 1 mention · source: Ilse Vandermeer [symbol-number]',
  'Dates (3)',
  '  March 4, 2025 — 1 mention [calendar]',
  '  June — 2 mentions [calendar]',
  '  2019 — 1 mention [calendar]',
];

function label(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
}

function icon(item: vscode.TreeItem): string {
  return item.iconPath instanceof vscode.ThemeIcon ? item.iconPath.id : String(item.iconPath);
}

/** The two top levels of the tree, as VS Code would render them. */
function outline(view: EntitiesView): string[] {
  return view.getChildren().flatMap((group) => [
    label(view.getTreeItem(group)),
    ...view.getChildren(group).map((node) => {
      const item = view.getTreeItem(node);
      return `  ${label(item)} — ${String(item.description)} [${icon(item)}]`;
    }),
  ]);
}

/** The entry (second level) whose label is `name`, if the tree lists it. */
function entry(view: EntitiesView, name: string): EntityNode | undefined {
  return view
    .getChildren()
    .flatMap((group) => view.getChildren(group))
    .find((node) => label(view.getTreeItem(node)) === name);
}

/** Runs a tree item's command as VS Code does when the user selects the item. */
async function select(item: vscode.TreeItem): Promise<void> {
  assert.ok(item.command, `"${label(item)}" has a command to run when selected`);
  assert.equal(item.command.command, 'copydesk.revealMention');
  await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
}

/** Resolves once the active editor shows `uri` with `range` selected. */
function selectionOn(uri: vscode.Uri, range: vscode.Range, what: string): Promise<vscode.TextEditor> {
  return waitFor(
    () => {
      const editor = vscode.window.activeTextEditor;
      return editor?.document.uri.toString() === uri.toString() && editor.selection.isEqual(range) ? editor : undefined;
    },
    what,
    () => {
      const editor = vscode.window.activeTextEditor;
      return editor ? `${editor.document.uri.path} selection ${JSON.stringify(editor.selection)}` : 'no active editor';
    },
  );
}

suite('Entities sidebar', () => {
  let view: EntitiesView;

  suiteSetup(async () => {
    view = (await copydeskApi()).entities;
  });

  teardown(async () => {
    await vscode.commands.executeCommand('copydesk.entities.showFile');
    await closeAllEditors();
  });

  async function openHarbour(): Promise<vscode.TextDocument> {
    const editor = await openEditor(workspaceFile(ARTICLE));
    const document = editor.document;
    // Within one article, the minority spelling is flagged: the sidebar marks it.
    assert.deepEqual(summaries(document, await waitForDiagnostics(document.uri, (d) => d.length > 0, 'the name-variants diagnostic')), [
      'name-variants 7:1-7:18 warning "Ilse Van der Meer"',
    ]);
    await waitFor(() => view.view.description === ARTICLE && JSON.stringify(outline(view)) === JSON.stringify(HARBOUR_TREE), `the sidebar to list ${ARTICLE}`, () => JSON.stringify(outline(view), null, 1));
    return document;
  }

  test('lists the people, organisations, places, figures and dates of the article, with mention counts and variants; the flagged variant is marked', async () => {
    const document = await openHarbour();
    assert.deepEqual(outline(view), HARBOUR_TREE);
    assert.equal(view.view.message, undefined, 'no placeholder message over a filled tree');

    const person = entry(view, 'Ilse Vandermeer')!;
    const item = view.getTreeItem(person);
    assert.equal(item.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    assert.equal(item.contextValue, 'copydesk.name', 'names offer Make canonical / Ignore in the context menu');
    assert.ok(item.iconPath instanceof vscode.ThemeIcon && item.iconPath.color instanceof vscode.ThemeColor, 'the flagged entry is coloured');
    assert.equal((item.iconPath.color as vscode.ThemeColor).id, 'list.warningForeground');
    assert.ok(item.tooltip instanceof vscode.MarkdownString && item.tooltip.value.includes('⚠ Ilse Van der Meer'), `the tooltip marks the flagged spelling: ${JSON.stringify(item.tooltip)}`);

    // Expanded: the variant (flagged), then one row per mention with its line.
    const details = view.getChildren(person).map((node) => {
      const detail = view.getTreeItem(node);
      return `${label(detail)} — ${String(detail.description)} [${icon(detail)}]`;
    });
    assert.equal(details[0], 'Ilse Van der Meer — spelling variant (flagged) [warning]');
    assert.deepEqual(
      details.slice(1).map((d) => d.split(' — ')[0]),
      ['line 4', 'line 5', 'line 7', 'line 8'],
    );
    assert.ok(details[3]!.includes('Ilse Van der Meer, who has led the port'), `the mention row quotes its context: ${details[3]}`);
    // An unflagged variant-free person is not marked.
    assert.equal(icon(view.getTreeItem(entry(view, 'Tomas Lind')!)), 'person');
    assert.equal(document.isDirty, false);
  });

  test('selecting an entry or a mention moves the cursor to it, from another editor too', async () => {
    const document = await openHarbour();
    // The view can reveal and select a group. (Its provider gives no parents, so only top-level items can be revealed;
    // the entries are selected by the user, which runs their command, as below.)
    const dates = view.getChildren().find((group) => label(view.getTreeItem(group)).startsWith('Dates'))!;
    await view.view.reveal(dates, { select: true, focus: false });
    await waitFor(() => view.view.selection.length === 1 && view.view.selection[0] === dates, 'the Dates group to be selected in the view');

    const person = entry(view, 'Ilse Vandermeer')!;
    const item = view.getTreeItem(person);
    const mentionOnLine7 = view.getTreeItem(view.getChildren(person).find((node) => label(view.getTreeItem(node)) === 'line 7')!);

    // Another article is active when the user picks the entry.
    await openArticle('four-rules.txt');
    assert.notEqual(vscode.window.activeTextEditor?.document.uri.toString(), document.uri.toString());
    await select(item);
    await selectionOn(document.uri, rangeOf(document, 'Ilse Vandermeer'), 'the cursor on the first mention of Ilse Vandermeer');

    await select(mentionOnLine7);
    const editor = await selectionOn(document.uri, rangeOf(document, 'Ilse Van der Meer'), 'the cursor on the flagged spelling, line 7');
    assert.equal(editor.selection.start.line, 6);

    const figure = view.getTreeItem(entry(view, '18%')!);
    await select(figure);
    await selectionOn(document.uri, rangeOf(document, '18%'), 'the cursor on the figure 18%');
  });

  test('the workspace scope lists the entities of every article in the folder, the file scope only the active one', async () => {
    await openHarbour();
    assert.equal(entry(view, 'Seo Ji-hun'), undefined, 'a name from another article is not in the file scope');

    await vscode.commands.executeCommand('copydesk.entities.showWorkspace');
    // Names only found in other articles of the folder (names/ferry-crew.txt, articles/repeats.txt) appear.
    await waitFor(() => view.view.description === 'Workspace' && entry(view, 'Seo Ji-hun') && entry(view, 'Ana Ruiz'), 'the workspace scope', () => JSON.stringify(outline(view)));
    assert.ok(entry(view, 'Ilse Vandermeer'), 'the active article still counts');
    const seo = view.getTreeItem(entry(view, 'Seo Ji-hun')!);
    assert.match(String(seo.description), /^\d+ mentions/);

    // Its mention rows name the file they are in, and selecting one opens that file at the mention.
    const rows = view.getChildren(entry(view, 'Ana Ruiz')!).map((node) => view.getTreeItem(node));
    const inRepeats = rows.find((row) => label(row) === 'articles/repeats.txt');
    assert.ok(inRepeats, `a mention row for articles/repeats.txt among ${JSON.stringify(rows.map(label))}`);
    await select(inRepeats);
    const repeats = workspaceFile('articles/repeats.txt');
    const editor = await waitFor(() => vscode.window.activeTextEditor?.document.uri.toString() === repeats.toString() && vscode.window.activeTextEditor, 'articles/repeats.txt to open');
    await selectionOn(repeats, rangeOf(editor.document, 'Ana Ruiz'), 'the cursor on Ana Ruiz in articles/repeats.txt');

    await vscode.commands.executeCommand('copydesk.entities.showFile');
    await waitFor(() => view.view.description === 'articles/repeats.txt' && !entry(view, 'Seo Ji-hun'), 'the file scope of the active article', () => `${view.view.description}: ${JSON.stringify(outline(view))}`);
    assert.deepEqual(outline(view), [
      'People (1)',
      '  Ana Ruiz — 1 mention [person]',
      'Figures (1)',
      '  $ 40,000 — 1 mention · source: Ana Ruiz [symbol-number]',
      'Dates (1)',
      '  Monday — 1 mention [calendar]',
    ]);
  });
});
