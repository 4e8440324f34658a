import * as vscode from 'vscode';
import { fixToFixedPoint, rules, type Fix, type LintResult, type TextEdit } from '../../core/lint/index';
import { applyEdits, diffEdit } from '../../core/text';
import type { LintController, LintSnapshot } from './controller';
import { entryOf, ruleOf } from './diagnostics';
import { disableFileEdit, disableLineEdit, fixAllEdits } from './edits';
import { isLintable } from './settings';

/** `source.fixAll.lectern`, for `"editor.codeActionsOnSave": { "source.fixAll.lectern": "explicit" }`. */
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('lectern');

/** Rules whose findings are a word or phrase the config's `allow` list can keep (the rules say so themselves). */
let allowListRules: ReadonlySet<string> | undefined;
/** Built on first use: the rule list is the engine's, which loads on first use (scripts/build.mjs, lazy chunks). */
const allowListable = (rule: string) => (allowListRules ??= new Set(rules.filter((r) => r.allowListable).map((r) => r.id))).has(rule);

/**
 * Quick fixes for Lectern's diagnostics: the finding's fix and its suggestions, "Fix all Lectern problems in this
 * file", "Disable <rule> for this line / for this file" and "Add '<word>' to the allow list".
 */
export class LintCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly controller: LintController) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    if (!isLintable(document)) return [];
    // The findings of the document's current version: at once when they are known, else when the lint under way (a
    // large post's first one runs in slices) has finished; it never blocks the host.
    const snapshot = await this.controller.whenCurrent(document);
    if (!snapshot) return [];
    if (context.only) {
      if (FIX_ALL_KIND.contains(context.only) || context.only.contains(FIX_ALL_KIND)) {
        // Asked for on demand (on save, or by the command), so it can afford to fix to the fixed point.
        const action = fixAllAction(document, snapshot, FIX_ALL_KIND, (text) => this.controller.lintUnopened(text, document.uri));
        return action ? [action] : [];
      }
      if (!context.only.contains(vscode.CodeActionKind.QuickFix) && !vscode.CodeActionKind.QuickFix.contains(context.only)) return [];
    }
    const actions: vscode.CodeAction[] = [];
    const disabledRules = new Set<string>();
    const allowed = new Set<string>();
    // A diagnostic of an older version of the text (published before the edits since, e.g. with lint.run = onSave)
    // has offsets that no longer match the text: it gets no per-finding actions until the text is linted again.
    const current = new Set(snapshot.entries);
    for (const diagnostic of context.diagnostics) {
      const entry = entryOf(diagnostic);
      if (!entry || !current.has(entry)) continue;
      const rule = entry.rule;
      const start = entry.finding?.range.start ?? entry.problem!.range.start;
      if (entry.finding?.fix) actions.push(fixAction(document, entry.finding.fix, diagnostic, true));
      for (const s of entry.finding?.suggestions ?? []) actions.push(fixAction(document, s, diagnostic, false));
      if (entry.finding && allowListable(rule)) {
        const word = snapshot.text.slice(entry.finding.range.start, entry.finding.range.end).trim();
        if (word && !allowed.has(word.toLowerCase())) {
          allowed.add(word.toLowerCase());
          const action = new vscode.CodeAction(vscode.l10n.t("Add '{0}' to the allow list", word), vscode.CodeActionKind.QuickFix);
          action.command = { command: 'lectern.addToAllowList', title: action.title, arguments: [document.uri, word] };
          action.diagnostics = [diagnostic];
          actions.push(action);
        }
      }
      if (entry.finding && !disabledRules.has(`${rule}@${diagnostic.range.start.line}`)) {
        disabledRules.add(`${rule}@${diagnostic.range.start.line}`);
        const line = new vscode.CodeAction(vscode.l10n.t('Disable {0} for this line', rule), vscode.CodeActionKind.QuickFix);
        line.edit = toWorkspaceEdit(document, [disableLineEdit(snapshot.text, start, rule)]);
        line.diagnostics = [diagnostic];
        actions.push(line);
      }
      if (entry.finding && !disabledRules.has(rule)) {
        disabledRules.add(rule);
        const file = new vscode.CodeAction(vscode.l10n.t('Disable {0} for this file', rule), vscode.CodeActionKind.QuickFix);
        file.edit = toWorkspaceEdit(document, [disableFileEdit(snapshot.text, rule)]);
        file.diagnostics = [diagnostic];
        actions.push(file);
      }
    }
    if (actions.length > 0 || context.diagnostics.some((d) => ruleOf(d))) {
      const all = fixAllAction(document, snapshot, vscode.CodeActionKind.QuickFix);
      if (all) actions.push(all);
    }
    return actions;
  }
}

function fixAction(document: vscode.TextDocument, fix: Fix, diagnostic: vscode.Diagnostic, preferred: boolean): vscode.CodeAction {
  const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
  action.edit = toWorkspaceEdit(document, fix.edits);
  action.diagnostics = [diagnostic];
  action.isPreferred = preferred;
  return action;
}

/** "Fix all Lectern problems in this file", or undefined when no finding has an automatic fix. */
export function fixAllAction(document: vscode.TextDocument, snapshot: LintSnapshot, kind: vscode.CodeActionKind, relint?: (text: string) => LintResult): vscode.CodeAction | undefined {
  const edit = fixAllWorkspaceEdit(document, snapshot, relint);
  if (!edit) return undefined;
  const action = new vscode.CodeAction(vscode.l10n.t('Fix all Lectern problems in this file'), kind);
  action.edit = edit;
  return action;
}

/**
 * Every automatic fix of the snapshot as ONE workspace edit (one undo step). With `relint` (a lint of any text under
 * the document's config) the fixes go to the fixed point (fixToFixedPoint, as `lectern lint --fix`): the fixes' own
 * small edits when one pass was enough (cursors and folding stay), else the minimal diff. Without it, one pass (the
 * quick-fix list asks on every cursor move and must stay cheap).
 */
export function fixAllWorkspaceEdit(document: vscode.TextDocument, snapshot: LintSnapshot, relint?: (text: string) => LintResult): vscode.WorkspaceEdit | undefined {
  const fixes = snapshot.result.findings.flatMap((f) => (f.fix ? [f.fix] : []));
  const { edits } = fixAllEdits(snapshot.text, fixes);
  if (!relint || edits.length === 0) return edits.length > 0 ? toWorkspaceEdit(document, edits) : undefined;
  const fixed = fixToFixedPoint(snapshot.text, relint, snapshot.result).text;
  if (fixed === snapshot.text) return undefined;
  return toWorkspaceEdit(document, applyEdits(snapshot.text, edits) === fixed ? edits : diffEdit(snapshot.text, fixed));
}

export function toWorkspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) {
    edit.replace(document.uri, new vscode.Range(document.positionAt(e.range.start), document.positionAt(e.range.end)), e.newText);
  }
  return edit;
}
