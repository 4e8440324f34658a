import * as vscode from 'vscode';
import { applyEdits, findNodeAtLocation, modify, parseTree, type FormattingOptions } from 'jsonc-parser';
import { configUri, folderFor } from '../config-store';
import { eolOf } from '../../core/text';

/**
 * `lectern.addToAllowList(uri, word)`: adds the word to `allow` in the workspace's `.lectern/config.json`.
 * The edit goes through a WorkspaceEdit (undoable, visible in the editor) and jsonc-parser's `modify`, which keeps
 * the file's comments and formatting. A missing file is created.
 */
export function registerAddToAllowList(): vscode.Disposable {
  return vscode.commands.registerCommand('lectern.addToAllowList', async (target?: vscode.Uri | string, word?: string) => {
    const source = typeof target === 'string' ? vscode.Uri.parse(target) : target ?? vscode.window.activeTextEditor?.document.uri;
    const folder = source ? folderFor(source) : vscode.workspace.workspaceFolders?.[0];
    if (!folder) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder to keep an allow list in .lectern/config.json.'));
      return false;
    }
    const value = (word ?? await vscode.window.showInputBox({ prompt: vscode.l10n.t('Word or phrase to allow') }))?.trim();
    if (!value) return false;
    return addToAllowList(configUri(folder), value);
  });
}

export async function addToAllowList(uri: vscode.Uri, word: string): Promise<boolean> {
  const exists = await vscode.workspace.fs.stat(uri).then(() => true, () => false);
  const edit = new vscode.WorkspaceEdit();
  let document: vscode.TextDocument | undefined;
  let wasDirty = false;
  if (!exists) {
    const text = applyEdits('{}', modify('{}', ['allow'], [word], { formattingOptions: format('\n') })) + '\n';
    edit.createFile(uri, { ignoreIfExists: true });
    edit.insert(uri, new vscode.Position(0, 0), text);
  } else {
    document = await vscode.workspace.openTextDocument(uri);
    wasDirty = document.isDirty;
    const text = document.getText();
    const root = parseTree(text);
    const allow = root && findNodeAtLocation(root, ['allow']);
    const current = allow?.type === 'array' ? (allow.children ?? []).map((c) => c.value) : [];
    if (current.some((v) => typeof v === 'string' && v.toLowerCase() === word.toLowerCase())) {
      void vscode.window.showInformationMessage(vscode.l10n.t("'{0}' is already in the allow list.", word));
      return false;
    }
    const options = { formattingOptions: format(eolOf(text)) };
    const changes = allow?.type === 'array'
      ? modify(text, ['allow', current.length], word, { ...options, isArrayInsertion: true })
      : modify(text.trim() === '' ? '{}' : text, ['allow'], [word], options);
    if (text.trim() === '') {
      edit.replace(uri, new vscode.Range(document.positionAt(0), document.positionAt(text.length)), applyEdits('{}', changes) + '\n');
    } else {
      for (const c of changes) {
        edit.replace(uri, new vscode.Range(document.positionAt(c.offset), document.positionAt(c.offset + c.length)), c.content);
      }
    }
  }
  const ok = await vscode.workspace.applyEdit(edit);
  if (!ok) return false;
  // Save so the CLI sees the same allow list; a file the user was already editing is left for them to save.
  document ??= await vscode.workspace.openTextDocument(uri);
  if (!wasDirty && document.isDirty) await document.save();
  return true;
}

function format(eol: string): FormattingOptions {
  return { insertSpaces: true, tabSize: 2, eol };
}
