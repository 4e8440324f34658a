import * as vscode from 'vscode';
import type { ChecklistItem, ItemLocation } from '../../core/checklist/types';
import type { ChecklistModel, ChecklistRun } from './checklist-model';
import { checklistText, levelName, platformLine, statusName } from './labels';
import type { ManualTicks } from './manual-ticks';

export type ChecklistNode =
  | { type: 'item'; item: ChecklistItem }
  /** One of several places a check failed (a second broken link…), under its item. */
  | { type: 'location'; item: ChecklistItem; location: ItemLocation; index: number };

const STATUS_ICON: Record<'pass' | 'fail' | 'warn', [string, string]> = {
  pass: ['pass', 'testing.iconPassed'],
  fail: ['error', 'testing.iconFailed'],
  warn: ['warning', 'problemsWarningIcon.foreground'],
};

/** Where the publish state stands: what Mark as Published needs and what is still missing. */
export interface Readiness {
  failedRequired: ChecklistItem[];
  unticked: ChecklistItem[];
}

export function readiness(run: ChecklistRun, ticked: ReadonlySet<string>): Readiness {
  return {
    failedRequired: run.result.items.filter((i) => i.level === 'required' && i.status === 'fail'),
    unticked: run.result.items.filter((i) => i.level === 'manual' && !ticked.has(i.id)),
  };
}

/**
 * The Checklist view: the automatic items of the post shown (an icon for pass, fail or warning; the level and the
 * message as the description), then the manual items as native checkboxes whose ticks live in the workspace state.
 * A located item opens its place on click ("Go to" too); a fixable one has an inline "Apply Fix".
 */
export class ChecklistTreeProvider implements vscode.TreeDataProvider<ChecklistNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ChecklistNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<ChecklistNode>;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly model: ChecklistModel, private readonly ticks: ManualTicks) {
    this.view = vscode.window.createTreeView('lectern.checklist', { treeDataProvider: this, manageCheckboxStateManually: true });
    model.setViewVisible(this.view.visible);
    this.disposables.push(
      this.view,
      model.onDidChange(() => this.refresh()),
      this.view.onDidChangeVisibility((e) => model.setViewVisible(e.visible)),
      // A tick from the view's own checkbox is already drawn: only the header changes (redrawing the rows while
      // the writer ticks the next box could swallow that click).
      ticks.onDidChange((e) => (e.fromView ? this.updateMessage() : this.refresh())),
      this.view.onDidChangeCheckboxState((e) => {
        const uri = this.model.current?.uri;
        if (!uri) return;
        for (const [node, state] of e.items) {
          if (node.type === 'item' && node.item.level === 'manual') void this.ticks.set(uri, node.item.id, state === vscode.TreeItemCheckboxState.Checked, true);
        }
      }),
    );
  }

  private refresh(): void {
    this.updateMessage();
    this.changed.fire(undefined);
  }

  private updateMessage(): void {
    const run = this.model.current;
    const uri = this.model.uri;
    this.view.description = uri ? uri.path.split('/').pop() : undefined;
    if (!run) {
      this.view.message = uri ? vscode.l10n.t('Running the publish checklist…') : undefined;
    } else {
      const state = readiness(run, this.ticks.ticked(run.uri));
      const platform = platformLine(run.result.platform, run.result.platformSource);
      let status: string;
      if (!run.result.writable) status = vscode.l10n.t('The front matter does not parse: fix it first; Lectern will not write to this file.');
      else if (state.failedRequired.length > 0) status = vscode.l10n.t('{0} required items fail.', state.failedRequired.length);
      else if (state.unticked.length > 0) status = vscode.l10n.t('Every required item passes; {0} manual items to tick.', state.unticked.length);
      else status = vscode.l10n.t('Ready to publish.');
      this.view.message = `${platform} · ${status}`;
    }
  }

  getChildren(node?: ChecklistNode): ChecklistNode[] {
    const run = this.model.current;
    if (!run) return [];
    if (!node) return run.result.items.map((item) => ({ type: 'item', item }));
    if (node.type === 'item' && (node.item.locations?.length ?? 0) > 1) {
      return node.item.locations!.map((location, index) => ({ type: 'location', item: node.item, location, index }));
    }
    return [];
  }

  getParent(node: ChecklistNode): ChecklistNode | undefined {
    return node.type === 'location' ? { type: 'item', item: node.item } : undefined;
  }

  getTreeItem(node: ChecklistNode): vscode.TreeItem {
    const run = this.model.current;
    if (node.type === 'location') {
      const item = new vscode.TreeItem(vscode.l10n.t('line {0}', node.location.line), vscode.TreeItemCollapsibleState.None);
      item.id = `${node.item.id}#${node.index}`;
      item.description = checklistText(node.location);
      item.tooltip = item.description;
      item.iconPath = new vscode.ThemeIcon('location');
      item.contextValue = 'checklistLocation located';
      if (run) item.command = goToCommand(run.uri, node.location.range);
      return item;
    }
    const it = node.item;
    const message = checklistText(it);
    const ticked = run ? this.ticks.ticked(run.uri).has(it.id) : false;
    const locations = it.locations?.length ?? 0;
    const manual = it.level === 'manual';
    const item = new vscode.TreeItem(manual ? message : it.id,
      locations > 1 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
    item.id = it.id;
    item.description = manual ? levelName(it.level) : `${levelName(it.level)} · ${message}`;
    const status = statusName(it.status, ticked);
    item.tooltip = manual ? `${message}\n${levelName(it.level)} · ${status}` : `${it.id} · ${levelName(it.level)} · ${status}\n${message}`;
    item.accessibilityInformation = { label: manual ? `${message}, ${levelName(it.level)}, ${status}` : `${it.id}, ${status}, ${levelName(it.level)}: ${message}` };
    if (manual) {
      item.checkboxState = {
        state: ticked ? vscode.TreeItemCheckboxState.Checked : vscode.TreeItemCheckboxState.Unchecked,
        tooltip: message,
        accessibilityInformation: { label: message },
      };
    } else if (it.status !== 'manual') {
      const [icon, color] = STATUS_ICON[it.status];
      item.iconPath = new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
    }
    const flags = ['checklistItem', `status-${it.status}`];
    const located = it.range !== undefined && it.status !== 'pass';
    if (located) flags.push('located');
    if (it.fix && run?.result.writable) flags.push('fixable');
    item.contextValue = flags.join(' ');
    if (located && run) item.command = goToCommand(run.uri, it.range!);
    return item;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function goToCommand(uri: vscode.Uri, range: { start: number; end: number }): vscode.Command {
  return { command: 'lectern.checklistGoTo', title: vscode.l10n.t('Go to'), arguments: [uri, range] };
}
