import * as vscode from 'vscode';
import type { LintController } from './controller';
import { fixAllWorkspaceEdit } from './code-actions';
import { isLintable } from './settings';

/**
 * `lectern.fixAll`: applies every automatic fix in the active Markdown editor (or the document passed in), to the
 * fixed point like `lectern lint --fix`: the core re-lints and fixes the text until nothing changes (at most
 * MAX_FIX_PASSES passes), and the editor gets ONE workspace edit (the fixes' own edits when one pass was enough, else
 * the minimal diff between the text and the result), so one undo takes it back and running Fix All again changes nothing.
 */
export function registerFixAll(controller: LintController): vscode.Disposable {
  return vscode.commands.registerCommand('lectern.fixAll', async (target?: vscode.Uri) => {
    const document = target
      ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.toString()) ?? await vscode.workspace.openTextDocument(target)
      : vscode.window.activeTextEditor?.document;
    if (!document || !isLintable(document)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown file to fix its Lectern problems.'));
      return false;
    }
    const snapshot = controller.current(document);
    const edit = snapshot && fixAllWorkspaceEdit(document, snapshot, (text) => controller.lintUnopened(text, document.uri));
    if (!edit || document.version !== snapshot.version) {
      void vscode.window.setStatusBarMessage(vscode.l10n.t('Lectern: nothing to fix automatically.'), 3000);
      return false;
    }
    const ok = await vscode.workspace.applyEdit(edit);
    if (ok) controller.lintNow(document);
    return ok;
  });
}
