import * as vscode from 'vscode';
import { rules } from '../../core/lint/index';
import { configUri } from '../config-store';
import { configTemplate } from './config-template';

/** `lectern.openConfig`: opens the workspace's `.lectern/config.json`, creating it (with commented defaults) if needed. */
export function registerOpenConfig(): vscode.Disposable {
  return vscode.commands.registerCommand('lectern.openConfig', async () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const folder = folders.length > 1
      ? await vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Which folder’s Lectern configuration?') })
      : folders[0];
    if (!folder) {
      if (folders.length === 0) void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder first: Lectern keeps its configuration in .lectern/config.json.'));
      return undefined;
    }
    const uri = configUri(folder);
    const exists = await vscode.workspace.fs.stat(uri).then(() => true, () => false);
    if (!exists) {
      // Through a WorkspaceEdit rather than the raw file system, so an editor model VS Code still holds for a deleted
      // file is updated at once instead of showing stale text.
      const edit = new vscode.WorkspaceEdit();
      edit.createFile(uri, { ignoreIfExists: true, contents: new TextEncoder().encode(configTemplate(rules)) });
      if (!(await vscode.workspace.applyEdit(edit))) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Lectern could not create {0}.', vscode.workspace.asRelativePath(uri)));
        return undefined;
      }
    }
    const editor = await vscode.window.showTextDocument(uri);
    return editor.document.uri;
  });
}
