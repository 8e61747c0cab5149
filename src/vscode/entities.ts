/**
 * The entities sidebar: the people, organisations, places, figures and dates
 * of the current article (or of the whole workspace), grouped by kind, with
 * mention counts, spelling variants (flagged ones marked), titles and roles,
 * and where each is mentioned. Selecting an entry moves the cursor to it.
 *
 * Items have stable ids, so refreshing as the user types keeps the tree's
 * expansion and selection instead of flickering.
 */
import * as vscode from 'vscode';
import type { Entity, EntityKind, Span, WorkspaceEntity } from '../core/index.js';
import type { Checker } from './checker.js';

type Scope = 'file' | 'workspace';

const KINDS: { kind: EntityKind; label: string; icon: string }[] = [
  { kind: 'person', label: 'People', icon: 'person' },
  { kind: 'organization', label: 'Organisations', icon: 'organization' },
  { kind: 'place', label: 'Places', icon: 'location' },
  { kind: 'figure', label: 'Figures', icon: 'symbol-number' },
  { kind: 'date', label: 'Dates', icon: 'calendar' },
];

/** One entity as the view shows it, in either scope. */
export interface EntityEntry {
  kind: EntityKind;
  name: string;
  variants: string[];
  titles: string[];
  source?: string | null;
  claims: string[];
  /** Mentions by document. */
  documents: { uri: vscode.Uri; mentions: Span[] }[];
  /** Spellings that Copydesk flagged in the current document. */
  flagged: Set<string>;
}

export type EntityNode =
  | { type: 'group'; kind: EntityKind; label: string; icon: string; entries: EntityEntry[]; children: EntityNode[] }
  | { type: 'entity'; entry: EntityEntry }
  | { type: 'detail'; id: string; label: string; description?: string; icon: string; tooltip?: string; target?: { uri: vscode.Uri; span: Span } };

export class EntitiesView implements vscode.TreeDataProvider<EntityNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<EntityNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  readonly view: vscode.TreeView<EntityNode>;
  private scope: Scope = 'file';
  private groups: EntityNode[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Each entity node's group, so that `view.reveal()` can walk up from an entity. */
  private parents = new WeakMap<EntityNode, EntityNode>();

  constructor(private readonly checker: Checker) {
    this.view = vscode.window.createTreeView('copydesk.entities', { treeDataProvider: this, showCollapseAll: true });
    void vscode.commands.executeCommand('setContext', 'copydesk.entitiesScope', this.scope);
    this.subscriptions.push(
      this.view,
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh(0)),
      checker.onDidCheck((document) => {
        if (this.scope === 'workspace' || document === vscode.window.activeTextEditor?.document) this.refresh();
      }),
      checker.onDidIndex(() => {
        if (this.scope === 'workspace') this.refresh();
      }),
    );
    this.refresh(0);
  }

  /** Shows the current file or the whole workspace. */
  setScope(scope: Scope): void {
    this.scope = scope;
    void vscode.commands.executeCommand('setContext', 'copydesk.entitiesScope', scope);
    this.refresh(0);
  }

  /** Recomputes the tree after a short pause (so typing does not redraw on every keystroke). */
  refresh(delay = 300): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.groups = this.build();
      this.emitter.fire(undefined);
    }, delay);
  }

  /** The current top-level groups (for tests and commands). */
  get roots(): readonly EntityNode[] {
    return this.groups;
  }

  getChildren(node?: EntityNode): EntityNode[] {
    if (!node) return this.groups;
    if (node.type === 'group') return node.children;
    if (node.type === 'entity') {
      const children = details(node.entry, this.scope);
      for (const child of children) this.parents.set(child, node);
      return children;
    }
    return [];
  }

  getParent(node: EntityNode): EntityNode | undefined {
    return this.parents.get(node);
  }

  /** The entity node named `name` in the current tree, for `view.reveal()`. */
  find(name: string): EntityNode | undefined {
    for (const group of this.groups) {
      if (group.type !== 'group') continue;
      const node = group.children.find((child) => child.type === 'entity' && child.entry.name === name);
      if (node) return node;
    }
    return undefined;
  }

  getTreeItem(node: EntityNode): vscode.TreeItem {
    if (node.type === 'group') {
      const item = new vscode.TreeItem(`${node.label} (${node.entries.length})`, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `group:${node.kind}`;
      item.iconPath = new vscode.ThemeIcon(node.icon);
      return item;
    }
    if (node.type === 'entity') return entityItem(node.entry);
    const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    item.description = node.description;
    item.iconPath = new vscode.ThemeIcon(node.icon);
    if (node.tooltip) item.tooltip = node.tooltip;
    if (node.target) item.command = { command: 'copydesk.revealMention', title: 'Reveal', arguments: [node.target.uri, node.target.span.start, node.target.span.end] };
    return item;
  }

  private build(): EntityNode[] {
    const document = vscode.window.activeTextEditor?.document;
    let entries: EntityEntry[];
    if (this.scope === 'workspace') {
      const uri = document?.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri;
      entries = uri ? this.checker.workspaceFor(uri).allEntities().map((e) => fromWorkspace(e)) : [];
      this.view.message = entries.length ? undefined : 'No articles found in this workspace.';
    } else if (!document || !this.checker.handles(document)) {
      entries = [];
      this.view.message = document ? 'Copydesk checks plain-text and Markdown articles (see copydesk.languages). Open one to see its people, organisations, places, figures and dates.' : 'Open an article to see its people, organisations, places, figures and dates.';
    } else {
      const checked = this.checker.resultFor(document);
      const flagged = new Set((checked?.result.findings ?? []).filter((f) => f.rule === 'name-variants').map((f) => f.actual));
      entries = (checked?.result.entities ?? []).map((e) => fromDocument(e, document.uri, flagged));
      this.view.message = entries.length ? undefined : 'No names, figures or dates found in this article.';
    }
    this.view.description = this.scope === 'workspace' ? 'Workspace' : document ? vscode.workspace.asRelativePath(document.uri) : undefined;
    this.parents = new WeakMap();
    const groups: EntityNode[] = [];
    for (const { kind, label, icon } of KINDS) {
      const own = entries.filter((e) => e.kind === kind).sort(byMentions);
      if (!own.length) continue;
      const group: EntityNode = { type: 'group', kind, label, icon, entries: own, children: own.map((entry) => ({ type: 'entity', entry })) };
      for (const child of group.children) this.parents.set(child, group);
      groups.push(group);
    }
    return groups;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.emitter.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

function byMentions(a: EntityEntry, b: EntityEntry): number {
  if (a.kind === 'figure' || a.kind === 'date') return firstStart(a) - firstStart(b);
  return count(b) - count(a) || a.name.localeCompare(b.name);
}

function firstStart(entry: EntityEntry): number {
  return entry.documents[0]?.mentions[0]?.start ?? 0;
}

function count(entry: EntityEntry): number {
  return entry.documents.reduce((n, d) => n + d.mentions.length, 0);
}

function fromDocument(entity: Entity, uri: vscode.Uri, flagged: Set<string>): EntityEntry {
  return {
    kind: entity.kind,
    name: entity.name,
    variants: entity.variants,
    titles: entity.titles ?? [],
    ...(entity.source !== undefined ? { source: entity.source } : {}),
    claims: entity.claims ?? [],
    documents: [{ uri, mentions: entity.mentions }],
    flagged: new Set([entity.name, ...entity.variants].filter((v) => flagged.has(v))),
  };
}

function fromWorkspace(entity: WorkspaceEntity): EntityEntry {
  return {
    kind: entity.kind,
    name: entity.name,
    variants: entity.variants,
    titles: entity.titles ?? [],
    claims: [],
    documents: entity.documents.map((d) => ({ uri: vscode.Uri.parse(d.uri), mentions: d.mentions })),
    flagged: new Set(),
  };
}

function entityItem(entry: EntityEntry): vscode.TreeItem {
  const n = count(entry);
  const item = new vscode.TreeItem(entry.name, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `entity:${entry.kind}:${entry.name}`;
  const parts = [`${n} mention${n === 1 ? '' : 's'}`];
  if (entry.variants.length) parts.push(`also ${entry.variants.join(', ')}`);
  if (entry.kind === 'figure' && entry.source !== undefined) parts.push(entry.source ? `source: ${entry.source}` : 'no source');
  item.description = parts.join(' · ');
  const warn = entry.flagged.size > 0 || (entry.kind === 'figure' && entry.source === null);
  item.iconPath = new vscode.ThemeIcon(warn ? 'warning' : KINDS.find((k) => k.kind === entry.kind)!.icon, warn ? new vscode.ThemeColor('list.warningForeground') : undefined);
  const tooltip = new vscode.MarkdownString(`**${entry.name}** (${entry.kind})`);
  if (entry.variants.length) tooltip.appendMarkdown(`\n\nAlso spelled: ${entry.variants.map((v) => (entry.flagged.has(v) ? `⚠ ${v}` : v)).join(', ')}`);
  if (entry.titles.length) tooltip.appendMarkdown(`\n\nTitles and roles: ${entry.titles.join('; ')}`);
  if (entry.claims.length) tooltip.appendMarkdown(`\n\nSays: ${entry.claims.map((c) => `“${c}”`).join(' · ')}`);
  item.tooltip = tooltip;
  item.contextValue = entry.kind === 'figure' || entry.kind === 'date' ? `copydesk.${entry.kind}` : 'copydesk.name';
  const first = entry.documents[0];
  if (first?.mentions[0]) item.command = { command: 'copydesk.revealMention', title: 'Reveal', arguments: [first.uri, first.mentions[0].start, first.mentions[0].end] };
  return item;
}

function details(entry: EntityEntry, scope: Scope): EntityNode[] {
  const base = `entity:${entry.kind}:${entry.name}`;
  const out: EntityNode[] = [];
  for (const variant of entry.variants) {
    const flagged = entry.flagged.has(variant);
    out.push({ type: 'detail', id: `${base}:variant:${variant}`, label: variant, description: flagged ? 'spelling variant (flagged)' : 'spelling variant', icon: flagged ? 'warning' : 'symbol-text' });
  }
  for (const title of entry.titles) out.push({ type: 'detail', id: `${base}:title:${title}`, label: title, description: entry.kind === 'figure' ? 'unit' : 'title or role', icon: 'tag' });
  if (entry.kind === 'figure' && entry.source !== undefined) out.push({ type: 'detail', id: `${base}:source`, label: entry.source ?? 'no source in the text', description: 'attribution', icon: entry.source ? 'quote' : 'warning' });
  for (const claim of entry.claims) out.push({ type: 'detail', id: `${base}:claim:${claim}`, label: `“${claim}”`, description: 'attributed', icon: 'quote', tooltip: claim });
  for (const document of entry.documents) {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === document.uri.toString());
    for (const span of document.mentions) {
      const line = open ? open.positionAt(span.start).line + 1 : undefined;
      const file = scope === 'workspace' ? `${vscode.workspace.asRelativePath(document.uri)}${line ? `:${line}` : ''}` : `line ${line ?? '?'}`;
      // The mention first, with a little context either side, so the name shows in a narrow sidebar.
      const snippet = open ? open.getText(new vscode.Range(open.positionAt(Math.max(0, span.start - 12)), open.positionAt(span.end + 40))).replace(/\s+/g, ' ').trim() : undefined;
      out.push({ type: 'detail', id: `${base}:${document.uri.toString()}:${span.start}`, label: file, ...(snippet ? { description: `…${snippet}…` } : {}), icon: 'go-to-file', target: { uri: document.uri, span } });
    }
  }
  return out;
}
