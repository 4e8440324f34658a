import * as vscode from 'vscode';
import type { DocumentMetrics } from '../../core/lint/index';
import type { LintController } from './controller';
import { isLintable, statusBarEnabled } from './settings';
import { formatMinutes, talkEstimate } from '../templates/speaking';
import { integerFormat } from '../number-format';

/** Words · reading time · clarity score of the active Markdown editor; a click opens the document report. */
export class LintStatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('lectern.metrics', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly controller: LintController) {
    this.item.name = vscode.l10n.t('Lectern document metrics');
    this.item.command = 'lectern.showDocumentReport';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      // The metrics come with each lint (the linter's cache already holds them), so they follow the debounced lint.
      controller.onDidLint((s) => {
        if (s.uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.show(s.metrics);
      }),
      vscode.workspace.onDidCloseTextDocument(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('lectern.statusBar.enable') || e.affectsConfiguration('lectern.talks')) this.update();
      }),
    );
    // The first metrics (a lint) wait until `activate` has returned: the engine loads on first use (scripts/build.mjs).
    // The number formatter is made then too, not inside the first lint's publish of a large post.
    const first = setTimeout(() => {
      integerFormat();
      this.update();
    }, 0);
    this.disposables.push({ dispose: () => clearTimeout(first) });
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isLintable(document) || !statusBarEnabled()) {
      this.item.hide();
      return;
    }
    // The last published lint when it is current; else the one under way when it finishes (never a lint that blocks
    // the host: a large post's first lint runs in slices), the last published meanwhile (with linting off, metrics
    // only).
    const last = this.controller.last(document.uri);
    if (last?.version === document.version) {
      this.show(last.metrics);
      return;
    }
    if (last) this.show(last.metrics);
    else this.item.hide();
    const version = document.version;
    void this.controller.metricsOf(document).then((metrics) => {
      const active = vscode.window.activeTextEditor?.document;
      if (active === document && document.version === version) this.show(metrics);
    });
  }

  private show(metrics: DocumentMetrics): void {
    if (!statusBarEnabled()) return;
    const minutes = metrics.words === 0 ? 0 : Math.max(1, Math.round(metrics.readingMinutes));
    const words = integerFormat().format(metrics.words);
    const score = Math.round(metrics.clarityScore);
    this.item.text = vscode.l10n.t('$(book) {0} words · {1} min · clarity {2}', words, minutes, score);
    this.item.tooltip = vscode.l10n.t('Lectern: {0} words, about {1} min to read, clarity score {2}/100. Click for the document report.', words, minutes, score);
    // A talk (`type: talk`) also shows how long it takes to say: slides and speaker notes at the speaking rate.
    const document = vscode.window.activeTextEditor?.document;
    const talk = document ? talkEstimate(document) : null;
    if (talk) {
      const speaking = formatMinutes(talk.minutes);
      this.item.text += ' · ' + vscode.l10n.t('$(mic) {0} talk', speaking);
      this.item.tooltip += ' ' + vscode.l10n.t('Speaking time: about {0} at the speaking rate (lectern.talks.wordsPerMinute).', speaking);
    }
    this.item.accessibilityInformation = { label: this.item.tooltip };
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
