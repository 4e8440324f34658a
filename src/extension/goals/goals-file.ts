import * as vscode from 'vscode';
import { GOALS_FILE_PATH, parseGoalsFile, type Dimension, type GoalsFile } from '../../core/goals/api';
import { LineIndex } from '../../core/text';
import { IdleTracker } from './idle';
import { currentText } from './workspace-root';

export interface GoalsFileState {
  exists: boolean;
  /** The text that was parsed (the open document's when it has unsaved changes, else the file's). */
  text: string;
  file: GoalsFile;
}

const EMPTY: GoalsFile = { parsed: true, goals: [], problems: [] };

/**
 * Follows `.lectern/goals.yaml`: parses it on every change (the file or its open editor), shows its problems as
 * diagnostics and keeps the `lectern.hasGoalsFile` context key that picks the welcome view.
 */
export class GoalsFileSource implements vscode.Disposable {
  readonly uri: vscode.Uri;
  private current: GoalsFileState = { exists: false, text: '', file: EMPTY };
  private readonly changed = new vscode.EventEmitter<GoalsFileState>();
  readonly onDidChange = this.changed.event;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('lectern-goals');
  private readonly disposables: vscode.Disposable[] = [];
  private dimensions: readonly Dimension[];
  private reads = 0;

  constructor(
    root: vscode.Uri,
    dimensions: readonly Dimension[],
    private readonly idle: IdleTracker,
  ) {
    this.dimensions = dimensions;
    this.uri = vscode.Uri.joinPath(root, ...GOALS_FILE_PATH.split('/'));
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(root, GOALS_FILE_PATH));
    const isGoals = (uri: vscode.Uri) => uri.toString() === this.uri.toString();
    this.disposables.push(
      watcher,
      this.changed,
      this.diagnostics,
      watcher.onDidCreate(() => this.reload()),
      watcher.onDidChange(() => this.reload()),
      watcher.onDidDelete(() => this.reload()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (isGoals(e.document.uri)) void this.reload();
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (isGoals(doc.uri)) this.reload();
      }),
      vscode.workspace.onDidRenameFiles((e) => {
        if (e.files.some((f) => isGoals(f.oldUri) || isGoals(f.newUri))) this.reload();
      }),
    );
  }

  get state(): GoalsFileState {
    return this.current;
  }

  setDimensions(dimensions: readonly Dimension[]): void {
    this.dimensions = dimensions;
    void this.reload();
  }

  /** Reads and parses the file again. Concurrent reloads resolve in order; only the last one's result is kept. */
  reload(): Promise<void> {
    const ticket = ++this.reads;
    return this.idle.track(
      (async () => {
        const text = await currentText(this.uri);
        if (ticket !== this.reads) return;
        const exists = text !== undefined;
        const file = exists ? parseGoalsFile(text, this.dimensions) : EMPTY;
        this.current = { exists, text: text ?? '', file };
        this.publishDiagnostics();
        await vscode.commands.executeCommand('setContext', 'lectern.hasGoalsFile', exists);
        this.changed.fire(this.current);
      })(),
    );
  }

  private publishDiagnostics(): void {
    const { text, file } = this.current;
    if (file.problems.length === 0) {
      this.diagnostics.delete(this.uri);
      return;
    }
    const lines = new LineIndex(text);
    this.diagnostics.set(
      this.uri,
      file.problems.map((p) => {
        const start = lines.positionAt(p.range.start);
        const end = lines.positionAt(p.range.end);
        const d = new vscode.Diagnostic(
          new vscode.Range(start.line, start.character, end.line, end.character),
          p.message,
          p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
        );
        d.source = 'Lectern';
        return d;
      }),
    );
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
