import * as vscode from 'vscode';
import { removeGoal } from '../../../core/goals/api';
import type { GoalsNode } from '../goals-tree';
import { requireSession, type CommandContext } from './context';
import { editGoalsFile } from './goal-edits';

/** `lectern.deleteGoal` (item action): asks first (modal), then removes the goal and its comment lines. */
export function registerDeleteGoal(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('lectern.deleteGoal', async (target?: GoalsNode | string) => {
    const session = await requireSession(ctx);
    if (!session) return false;
    const id = typeof target === 'string' ? target : target?.type === 'goal' ? target.progress.goal.id : undefined;
    const goal = session.goalsFile.state.file.goals.find((g) => g.id === id);
    if (!goal) return false;
    const action = vscode.l10n.t('Delete');
    const answer = await ctx.prompts().confirm(
      vscode.l10n.t('Delete the goal “{0}”?', goal.title),
      vscode.l10n.t('It is removed from .lectern/goals.yaml. Your posts are not changed.'),
      action,
    );
    if (answer !== action) return false;
    return (await editGoalsFile(session, (text) => removeGoal(text, goal.id))) !== undefined;
  });
}
