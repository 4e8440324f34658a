import * as vscode from 'vscode';

/**
 * `lectern.toggleFocusMode`: flips `lectern.lint.focusMode` where it is set (workspace folder, workspace or user), so
 * the toggle never hides a more specific value. The controller hides findings on the cursor's lines while it is on.
 */
export function registerToggleFocusMode(): vscode.Disposable {
  return vscode.commands.registerCommand('lectern.toggleFocusMode', async () => {
    const config = vscode.workspace.getConfiguration('lectern', vscode.window.activeTextEditor?.document.uri);
    const inspected = config.inspect<boolean>('lint.focusMode');
    const next = !config.get<boolean>('lint.focusMode', false);
    const target = inspected?.workspaceFolderValue !== undefined ? vscode.ConfigurationTarget.WorkspaceFolder
      : inspected?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace
        : vscode.ConfigurationTarget.Global;
    await config.update('lint.focusMode', next, target);
    void vscode.window.setStatusBarMessage(next ? vscode.l10n.t('Lectern focus mode on') : vscode.l10n.t('Lectern focus mode off'), 3000);
    return next;
  });
}
