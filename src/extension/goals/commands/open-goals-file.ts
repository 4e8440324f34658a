import * as vscode from 'vscode';
import { requireSession, type CommandContext } from './context';

/**
 * `lectern.openGoalsFile` (view title, error node): opens `.lectern/goals.yaml`, at a 1-based line when given
 * (the error node passes the parser's line). Offers to create the file when there is none.
 */
export function registerOpenGoalsFile(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('lectern.openGoalsFile', async (line?: unknown) => {
    const session = await requireSession(ctx);
    if (!session) return;
    if (!session.goalsFile.state.exists) {
      const create = vscode.l10n.t('Create Goals');
      const choice = await vscode.window.showInformationMessage(vscode.l10n.t('There is no goals file yet.'), create);
      if (choice === create) await vscode.commands.executeCommand('lectern.createGoals');
      return;
    }
    const options: vscode.TextDocumentShowOptions = {};
    if (typeof line === 'number' && Number.isInteger(line) && line >= 1) {
      const pos = new vscode.Position(line - 1, 0);
      options.selection = new vscode.Range(pos, pos);
    }
    await vscode.window.showTextDocument(session.goalsFile.uri, options);
  });
}
