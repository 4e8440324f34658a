import * as vscode from 'vscode';
import type { TextEdit } from '../../core/goals/api';

export type EditResult = { ok: true; edits: TextEdit[] } | { ok: false; error: string };

/**
 * Applies the core's edits (offsets into the text) to a document as one WorkspaceEdit, so they land in the
 * document's undo stack. The edits are computed against the document's current text (saved or not), never
 * against a stale copy. `save`: after the edit, save the document if it had no unsaved changes before
 * (so the file on disk and the sidebar agree) — unless it is open in a visible editor, where the person sees the
 * change and decides.
 */
export async function editDocument(
  uri: vscode.Uri,
  compute: (text: string) => EditResult,
  options: { save: boolean },
): Promise<{ ok: true } | { ok: false; error: string }> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const wasDirty = doc.isDirty;
  const result = compute(doc.getText());
  if (!result.ok) return result;
  if (result.edits.length === 0) return { ok: true };
  const edit = new vscode.WorkspaceEdit();
  for (const e of result.edits) {
    edit.replace(uri, new vscode.Range(doc.positionAt(e.range.start), doc.positionAt(e.range.end)), e.newText);
  }
  if (!(await vscode.workspace.applyEdit(edit))) return { ok: false, error: vscode.l10n.t('VS Code could not apply the edit.') };
  const visible = vscode.window.visibleTextEditors.some((ed) => ed.document.uri.toString() === uri.toString());
  if (options.save && !wasDirty && !visible) await doc.save();
  return { ok: true };
}

/** Creates a file with the given text through a WorkspaceEdit (so it can be undone); fails if it exists. */
export async function createTextFile(uri: vscode.Uri, text: string): Promise<boolean> {
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(uri, { ignoreIfExists: true, contents: new TextEncoder().encode(text) });
  return vscode.workspace.applyEdit(edit);
}
