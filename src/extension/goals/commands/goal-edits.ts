import * as vscode from 'vscode';
import type { GoalsEdit } from '../../../core/goals/api';
import { editDocument } from '../apply-edits';
import type { GoalsSession } from '../session';

/**
 * Applies a goals-file edit from the core as an undoable WorkspaceEdit. The core refuses a file that does not
 * parse; this refuses it too before asking, so a broken file is never touched. Returns the goal id on success.
 */
export async function editGoalsFile(session: GoalsSession, change: (text: string) => GoalsEdit): Promise<string | undefined> {
  const { file } = session.goalsFile.state;
  if (!file.parsed) {
    showGoalsFileBroken();
    return undefined;
  }
  let id: string | undefined;
  const result = await editDocument(
    session.goalsFile.uri,
    (text) => {
      const edit = change(text);
      if (!edit.ok) return edit;
      id = edit.id;
      return { ok: true, edits: edit.edits };
    },
    { save: true },
  );
  if (!result.ok) {
    void vscode.window.showErrorMessage(result.error);
    return undefined;
  }
  await session.goalsFile.reload();
  return id;
}

/** Says why nothing was written; the command returns at once (the message's button is handled when clicked). */
export function showGoalsFileBroken(): void {
  const open = vscode.l10n.t('Open Goals File');
  void vscode.window
    .showErrorMessage(vscode.l10n.t('The goals file has an error. Fix it first: Lectern does not change a file it cannot parse.'), open)
    .then((choice) => (choice === open ? vscode.commands.executeCommand('lectern.openGoalsFile') : undefined));
}
