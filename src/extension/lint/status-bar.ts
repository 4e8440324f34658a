import * as vscode from 'vscode';
import { computeMetrics, type DocumentMetrics } from '../../core/lint/index';
import type { LintController } from './controller';
import { isLintable, statusBarEnabled } from './settings';

const METRICS_IDLE_MS = 400;

/** Words · reading time · clarity score of the active Markdown editor; a click opens the document report. */
export class LintStatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('lectern.metrics', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];
  /** Metrics are recomputed only when the text changed (a lint may fire for a cursor move in focus mode). */
  private cache: { key: string; version: number; metrics: DocumentMetrics } | undefined;

  constructor(controller: LintController) {
    this.item.name = vscode.l10n.t('Lectern document metrics');
    this.item.command = 'lectern.showDocumentReport';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      controller.onDidLint((s) => {
        if (s.uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.scheduleUpdate();
      }),
      vscode.workspace.onDidCloseTextDocument(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('lectern.statusBar.enable')) this.update();
      }),
    );
    this.update();
  }

  private timer: ReturnType<typeof setTimeout> | undefined;

  /**
   * Metrics walk the whole document (tens of milliseconds for a 10k-word draft), so while the writer types they
   * are recomputed only once typing pauses, not after every debounced lint.
   */
  private scheduleUpdate(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.update();
    }, METRICS_IDLE_MS);
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isLintable(document) || !statusBarEnabled()) {
      this.item.hide();
      return;
    }
    let metrics: DocumentMetrics;
    const key = document.uri.toString();
    if (this.cache && this.cache.key === key && this.cache.version === document.version) {
      metrics = this.cache.metrics;
    } else {
      try {
        metrics = computeMetrics(document.getText());
      } catch {
        this.item.hide();
        return;
      }
      this.cache = { key, version: document.version, metrics };
    }
    const minutes = metrics.words === 0 ? 0 : Math.max(1, Math.round(metrics.readingMinutes));
    const words = new Intl.NumberFormat(vscode.env.language).format(metrics.words);
    const score = Math.round(metrics.clarityScore);
    this.item.text = vscode.l10n.t('$(book) {0} words · {1} min · clarity {2}', words, minutes, score);
    this.item.tooltip = vscode.l10n.t('Lectern: {0} words, about {1} min to read, clarity score {2}/100. Click for the document report.', words, minutes, score);
    this.item.accessibilityInformation = { label: this.item.tooltip };
    this.item.show();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
