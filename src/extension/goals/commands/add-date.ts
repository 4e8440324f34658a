import * as vscode from 'vscode';
import { isCalendarDate, setFrontMatterField } from '../../../core/goals/api';
import { editDocument } from '../apply-edits';
import type { PostNode } from '../post-item';
import { requireSession, type CommandContext } from './context';

/**
 * `lectern.addDate` ("Add Date…"), on a published post the goals views show as undated: asks for the date it was
 * published (today by default) and writes `date:` into the front matter as an undoable WorkspaceEdit, keeping the
 * rest of the front matter as written. A second argument (`YYYY-MM-DD`) skips the question.
 */
export function registerAddDate(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('lectern.addDate', async (target?: PostNode | vscode.Uri, given?: string) => {
    const session = await requireSession(ctx);
    if (!session) return false;
    const uri = target instanceof vscode.Uri ? target : target?.type === 'post' ? session.posts.uriOf(target.post.path) : vscode.window.activeTextEditor?.document.uri;
    if (!uri) return false;
    const date = given ?? await ctx.prompts().showInputBox({
      title: vscode.l10n.t('Add Date: {0}', uri.path.split('/').pop() ?? ''),
      prompt: vscode.l10n.t('The date the post was published (YYYY-MM-DD); it is written to “date”.'),
      value: session.model.today,
      validateInput: (v) => (isCalendarDate(v.trim()) ? undefined : vscode.l10n.t('A date as YYYY-MM-DD.')),
    });
    if (date === undefined || !isCalendarDate(date.trim())) return false;
    const result = await editDocument(uri, (text) => setFrontMatterField(text, 'date', date.trim()), { save: true });
    if (!result.ok) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not add the date: {0}', result.error));
      return false;
    }
    return true;
  });
}
