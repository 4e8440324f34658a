import * as vscode from 'vscode';
import type { GoalsNode } from '../goals-tree';
import { requireSession, type CommandContext } from './context';

/** `lectern.openGoal` (item action, dashboard): opens the goals file with the goal's lines selected. */
export function registerOpenGoal(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('lectern.openGoal', async (target?: GoalsNode | string) => {
    const session = await requireSession(ctx);
    if (!session) return;
    const id = typeof target === 'string' ? target : target?.type === 'goal' ? target.progress.goal.id : undefined;
    const { file } = session.goalsFile.state;
    const goal = file.goals.find((g) => g.id === id);
    if (!goal) return;
    const doc = await vscode.workspace.openTextDocument(session.goalsFile.uri);
    // Ranges come from the text that was parsed, which is this document's text (the source follows open editors).
    const selection = new vscode.Range(doc.positionAt(goal.range.start), doc.positionAt(goal.range.start));
    const editor = await vscode.window.showTextDocument(doc, { selection });
    editor.revealRange(new vscode.Range(doc.positionAt(goal.range.start), doc.positionAt(goal.range.end)), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  });
}
