import * as vscode from 'vscode';
import type { TextRange } from '../../core/text';
import type { ChecklistModel } from './checklist-model';
import type { ChecklistNode } from './checklist-tree';

/**
 * `lectern.checklistGoTo` ("Go to"): reveals where a check failed. From a click on a row it gets the post and the
 * range; from the inline action it gets the row's node and takes the post the view shows.
 */
export function registerGoTo(model: ChecklistModel): vscode.Disposable {
  return vscode.commands.registerCommand('lectern.checklistGoTo', async (target?: vscode.Uri | ChecklistNode, given?: TextRange) => {
    let uri: vscode.Uri | undefined;
    let range: TextRange | undefined;
    if (target instanceof vscode.Uri) [uri, range] = [target, given];
    else if (target) {
      uri = model.current?.uri;
      range = target.type === 'location' ? target.location.range : target.item.range;
    }
    if (!uri || !range) return false;
    const doc = await vscode.workspace.openTextDocument(uri);
    const selection = new vscode.Range(doc.positionAt(range.start), doc.positionAt(range.end));
    const editor = await vscode.window.showTextDocument(doc, { selection, preserveFocus: false });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return true;
  });
}
