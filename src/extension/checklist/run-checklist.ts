import * as vscode from 'vscode';
import type { PostNode } from '../goals/post-item';
import type { ChecklistModel } from './checklist-model';

/**
 * `lectern.runPublishChecklist` ("Run Publish Checklist"): from the editor title or context menu (the active post),
 * from the Explorer (a Uri) or on a post in the sidebar trees (its node). Shows the Checklist view with that post's
 * items.
 */
export function registerRunChecklist(model: ChecklistModel, uriOfPost: (path: string) => Promise<vscode.Uri | undefined>): vscode.Disposable {
  return vscode.commands.registerCommand('lectern.runPublishChecklist', async (target?: vscode.Uri | PostNode) => {
    let uri: vscode.Uri | undefined;
    if (target instanceof vscode.Uri) uri = target;
    else if (target && target.type === 'post') uri = await uriOfPost(target.post.path);
    else {
      const editor = vscode.window.activeTextEditor;
      if (editor && editor.document.languageId === 'markdown') uri = editor.document.uri;
      else uri = model.uri;
    }
    if (!uri) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown post to run the publish checklist.'));
      return undefined;
    }
    const run = await model.show(uri);
    await vscode.commands.executeCommand('lectern.checklist.focus');
    return run?.result;
  });
}
