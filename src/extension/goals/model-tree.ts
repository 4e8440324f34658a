import * as vscode from 'vscode';
import type { GoalsModel } from './goals-model';

/**
 * What the three sidebar trees share: they redraw whenever the goals model publishes a new snapshot, and they
 * turn a post's workspace path into a Uri the same way.
 */
export abstract class ModelTreeProvider<T> implements vscode.TreeDataProvider<T>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<T | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(
    protected readonly model: GoalsModel,
    protected readonly uriOf: (path: string) => vscode.Uri,
  ) {
    this.subscription = model.onDidChange(() => this.changed.fire(undefined));
  }

  abstract getChildren(node?: T): T[];
  abstract getTreeItem(node: T): vscode.TreeItem;

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
