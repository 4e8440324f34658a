import * as vscode from 'vscode';
import { relatedLinksInText } from '../../core/goals/api';
import type { GoalsModel } from './goals-model';
import type { WorkspacePosts } from './workspace-posts';

/**
 * A `related` entry that names no post is a warning at the entry, in every open post. The entries are read from
 * the document's own text (so the range is right while typing) and resolved against the posts index (so a post
 * created, renamed or deleted elsewhere updates the warning through the model's change event).
 */
export class RelatedDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('lectern-related');
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly posts: WorkspacePosts,
    model: GoalsModel,
  ) {
    this.disposables.push(
      this.collection,
      // The model changes after every edit the index sees (debounced), and whenever a post appears or goes.
      model.onDidChange(() => this.updateAll()),
      vscode.workspace.onDidOpenTextDocument((d) => this.update(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.collection.delete(d.uri)),
    );
    this.updateAll();
  }

  updateAll(): void {
    for (const d of vscode.workspace.textDocuments) this.update(d);
  }

  /** Recomputes the document's related warnings now (also used by tests). */
  update(document: vscode.TextDocument): vscode.Diagnostic[] {
    if (document.isClosed) return [];
    const path = this.posts.postPath(document.uri);
    const links = path !== undefined ? relatedLinksInText(path, document.getText(), (p) => this.posts.index.has(p)) : [];
    if (links.length === 0) {
      this.collection.delete(document.uri);
      return [];
    }
    const diagnostics = links.filter((l) => l.kind === 'missing').map((link) => {
      const d = new vscode.Diagnostic(
        new vscode.Range(document.positionAt(link.range.start), document.positionAt(link.range.end)),
        vscode.l10n.t('Related post not found: “{0}” (a path from the workspace folder, or from this file with ./ or ../).', link.entry),
        vscode.DiagnosticSeverity.Warning,
      );
      d.source = 'Lectern';
      d.code = 'related-not-found';
      return d;
    });
    this.collection.set(document.uri, diagnostics);
    return diagnostics;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
