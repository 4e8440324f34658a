import * as vscode from 'vscode';
import { starterGoalsFile } from '../../../core/goals/api';
import { createTextFile } from '../apply-edits';
import { requireSession, type CommandContext } from './context';

/**
 * `lectern.createGoals` (welcome view): writes the commented starter file with three goals across dimensions and
 * opens it. An existing goals file is only opened, never replaced.
 */
export function registerCreateGoals(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('lectern.createGoals', async () => {
    const session = await requireSession(ctx);
    if (!session) return;
    const uri = session.goalsFile.uri;
    if (!session.goalsFile.state.exists) {
      if (!(await createTextFile(uri, starterGoalsFile()))) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Could not create {0}.', vscode.workspace.asRelativePath(uri)));
        return;
      }
      await session.goalsFile.reload();
    }
    await vscode.window.showTextDocument(uri);
  });
}
