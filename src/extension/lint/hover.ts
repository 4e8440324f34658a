import * as vscode from 'vscode';
import { ruleDocsUrl, rules, ruleTexts, type RuleMeta } from '../../core/lint/index';
import { escapeMarkdown } from './markdown-escape';
import type { LintController } from './controller';
import { isLintable } from './settings';
import { displayLocale } from './diagnostics';

/** On a finding: why the rule exists, with a bad → good example, and a link to the rule's documentation. */
export class LintHover implements vscode.HoverProvider {
  constructor(private readonly controller: LintController, private readonly repositoryUrl: string) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    if (!isLintable(document)) return undefined;
    const snapshot = await this.controller.whenCurrent(document);
    if (!snapshot) return undefined;
    const here = snapshot.entries.filter((e) => e.finding && e.diagnostic.range.contains(position));
    if (here.length === 0) return undefined;
    const seen = new Set<string>();
    const parts: vscode.MarkdownString[] = [];
    let range: vscode.Range | undefined;
    for (const entry of here) {
      range = range ? range.union(entry.diagnostic.range) : entry.diagnostic.range;
      if (seen.has(entry.rule)) continue;
      seen.add(entry.rule);
      const meta = rules.find((r) => r.id === entry.rule);
      if (meta) parts.push(explain(meta, this.repositoryUrl));
    }
    return parts.length > 0 ? new vscode.Hover(parts, range) : undefined;
  }
}

export function explain(meta: RuleMeta, repositoryUrl: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  const { description, why } = ruleTexts(displayLocale(), meta.id, meta);
  md.appendMarkdown(`**Lectern · ${escapeMarkdown(meta.id)}** — ${escapeMarkdown(description)}\n\n`);
  md.appendMarkdown(`${escapeMarkdown(why)}\n\n`);
  md.appendMarkdown(`*${vscode.l10n.t('Example')}:* ~~${escapeMarkdown(meta.example.bad)}~~ → ${escapeMarkdown(meta.example.good)}\n\n`);
  md.appendMarkdown(`[${vscode.l10n.t('Rule documentation')}](${ruleDocsUrl(repositoryUrl, meta.id)})`);
  return md;
}
