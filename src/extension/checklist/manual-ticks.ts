import * as vscode from 'vscode';

const STATE_KEY = 'lectern.checklist.ticks';

/**
 * Which manual items are ticked, per post, in the workspace state (so ticks survive a reload and stay out of the
 * post). Keyed by the post's Uri; a rename moves the ticks with the file.
 */
export class ManualTicks implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<{ uri: vscode.Uri; fromView: boolean }>();
  /** `fromView`: the tick came from the view's own checkbox, which already shows it (only the header changes). */
  readonly onDidChange = this.changed.event;
  /** Writes go one after another, so two quick ticks never write over each other. */
  private queue: Promise<void> = Promise.resolve();
  private readonly subscription: vscode.Disposable;

  constructor(private readonly state: vscode.Memento) {
    this.subscription = vscode.workspace.onDidRenameFiles((e) => {
      for (const { oldUri, newUri } of e.files) void this.move(oldUri, newUri);
    });
  }

  private all(): Record<string, string[]> {
    const value = this.state.get<unknown>(STATE_KEY);
    return value && typeof value === 'object' ? (value as Record<string, string[]>) : {};
  }

  ticked(uri: vscode.Uri): ReadonlySet<string> {
    const ids = this.all()[uri.toString()];
    return new Set(Array.isArray(ids) ? ids.filter((id) => typeof id === 'string') : []);
  }

  set(uri: vscode.Uri, id: string, ticked: boolean, fromView = false): Promise<void> {
    const next = this.queue.then(() => this.write(uri, id, ticked, fromView));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async write(uri: vscode.Uri, id: string, ticked: boolean, fromView: boolean): Promise<void> {
    const all = { ...this.all() };
    const ids = new Set(this.ticked(uri));
    if (ticked) ids.add(id);
    else ids.delete(id);
    if (ids.size > 0) all[uri.toString()] = [...ids].sort();
    else delete all[uri.toString()];
    await this.state.update(STATE_KEY, all);
    this.changed.fire({ uri, fromView });
  }

  private async move(from: vscode.Uri, to: vscode.Uri): Promise<void> {
    const all = { ...this.all() };
    const ids = all[from.toString()];
    if (!ids) return;
    delete all[from.toString()];
    all[to.toString()] = ids;
    await this.state.update(STATE_KEY, all);
    this.changed.fire({ uri: to, fromView: false });
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
