import * as vscode from 'vscode';
import { rules } from '../../core/lint/index';
import { configUri } from './config-store';
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
    if (!exists) await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(configTemplate(rules)));
    const editor = await vscode.window.showTextDocument(uri);
    return editor.document.uri;
  });
}
