import * as vscode from 'vscode';
import { speakingReport, talkEstimate } from '../templates/speaking';
import { ruleDocsUrl, rules } from '../../core/lint/index';
import type { LintController } from './controller';
import { isLintable } from './settings';
import { escapeMarkdown } from './markdown-escape';

export const REPORT_SCHEME = 'lectern-report';

/**
 * `lectern.showDocumentReport`: a document's metrics and its findings per rule.
 * It is a read-only virtual Markdown document shown in VS Code's own Markdown preview rather than a webview: no
 * script of ours runs, the preview's strict content security policy and HTML sanitising apply, it follows the
 * theme and it is accessible as plain text. Everything taken from the document (its name) is Markdown-escaped.
 * The preview refreshes when the document is linted again.
 */
export class DocumentReport implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly open = new Map<string, vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly controller: LintController, private readonly repositoryUrl: string) {
    this.disposables.push(
      this.changed,
      vscode.workspace.registerTextDocumentContentProvider(REPORT_SCHEME, this),
      controller.onDidLint((s) => {
        const report = this.open.get(s.uri.toString());
        if (report) this.changed.fire(report);
      }),
      vscode.commands.registerCommand('lectern.showDocumentReport', (target?: vscode.Uri) => this.show(target)),
    );
  }

  static uriFor(source: vscode.Uri): vscode.Uri {
    const name = source.path.split('/').pop() || 'untitled';
    return vscode.Uri.from({ scheme: REPORT_SCHEME, path: `/${name}.report.md`, query: source.toString() });
  }

  async show(target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const source = target ?? vscode.window.activeTextEditor?.document.uri;
    const document = source && vscode.workspace.textDocuments.find((d) => d.uri.toString() === source.toString());
    if (!source || !document || !isLintable(document)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown file to see its Lectern report.'));
      return undefined;
    }
    const uri = DocumentReport.uriFor(source);
    this.open.set(source.toString(), uri);
    this.changed.fire(uri);
    const commands = await vscode.commands.getCommands(true);
    if (commands.includes('markdown.showPreviewToSide')) await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
    else await vscode.window.showTextDocument(uri, { preview: true, viewColumn: vscode.ViewColumn.Beside });
    return uri;
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const source = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.query);
    const name = escapeMarkdown(decodeURIComponent(uri.path.replace(/^\//, '').replace(/\.report\.md$/, '')));
    if (!source) return `# ${vscode.l10n.t('Lectern report: {0}', name)}\n\n${vscode.l10n.t('The document is no longer open.')}\n`;
    // The lint of the document's current version (a large post's first lint finishes in slices first).
    const snapshot = await this.controller.whenCurrent(source);
    const metrics = snapshot?.metrics ?? await this.controller.metricsOf(source);
    const nf = new Intl.NumberFormat(vscode.env.language, { maximumFractionDigits: 1 });
    const pct = (share: number) => `${nf.format(share * 100)} %`;
    const lines = [
      `# ${vscode.l10n.t('Lectern report: {0}', name)}`,
      '',
      `| ${vscode.l10n.t('Metric')} | ${vscode.l10n.t('Value')} |`,
      '| --- | ---: |',
      `| ${vscode.l10n.t('Words')} | ${nf.format(metrics.words)} |`,
      `| ${vscode.l10n.t('Reading time')} | ${vscode.l10n.t('{0} min', nf.format(metrics.readingMinutes))} |`,
      `| ${vscode.l10n.t('Sentences')} | ${nf.format(metrics.sentences)} |`,
      `| ${vscode.l10n.t('Long sentences')} | ${pct(metrics.longSentenceShare)} |`,
      `| ${vscode.l10n.t('Passive sentences')} | ${pct(metrics.passiveShare)} |`,
      // Flesch counts English syllables: it is computed over the English sentences only, and says so.
      `| ${vscode.l10n.t('Flesch reading ease (English text only)')} | ${metrics.fleschApplies ? nf.format(metrics.fleschReadingEase) : vscode.l10n.t('no English text')} |`,
      `| ${vscode.l10n.t('Flesch–Kincaid grade (English text only)')} | ${metrics.fleschApplies ? nf.format(metrics.fleschKincaidGrade) : vscode.l10n.t('no English text')} |`,
      ...(metrics.chineseSentences > 0 ? [
        `| ${vscode.l10n.t('Han characters')} | ${nf.format(metrics.hanCharacters)} |`,
        `| ${vscode.l10n.t('Average Chinese sentence length (characters and words)')} | ${nf.format(metrics.chineseSentenceLength)} |`,
      ] : []),
      `| ${vscode.l10n.t('Clarity score')} | ${Math.round(metrics.clarityScore)} / 100 |`,
      '',
      `## ${vscode.l10n.t('Findings per rule')}`,
      '',
    ];
    const counts = new Map<string, { severity: string; count: number }>();
    for (const entry of snapshot?.entries ?? []) {
      const severity = entry.finding?.severity ?? entry.problem?.severity ?? 'info';
      const c = counts.get(entry.rule) ?? { severity, count: 0 };
      c.count++;
      counts.set(entry.rule, c);
    }
    if (counts.size === 0) {
      lines.push(vscode.l10n.t('No findings.'));
    } else {
      lines.push(`| ${vscode.l10n.t('Rule')} | ${vscode.l10n.t('Severity')} | ${vscode.l10n.t('Findings')} |`, '| --- | --- | ---: |');
      const sorted = [...counts].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1));
      for (const [rule, c] of sorted) {
        const described = rules.find((r) => r.id === rule);
        const label = described ? `[${escapeMarkdown(rule)}](${ruleDocsUrl(this.repositoryUrl, rule)})` : escapeMarkdown(rule);
        lines.push(`| ${label} | ${c.severity} | ${c.count} |`);
      }
      const total = sorted.reduce((n, [, c]) => n + c.count, 0);
      lines.push('', vscode.l10n.t('{0} findings in total.', total));
    }
    const talk = talkEstimate(source);
    if (talk) lines.push('', ...speakingReport(talk));
    return lines.join('\n') + '\n';
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
