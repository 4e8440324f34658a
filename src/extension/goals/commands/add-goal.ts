import * as vscode from 'vscode';
import { addGoal, type GoalInput } from '../../../core/goals/api';
import { createTextFile } from '../apply-edits';
import { runAddGoalFlow } from '../goal-flow';
import { requireSession, type CommandContext } from './context';
import { editGoalsFile, showGoalsFileBroken } from './goal-edits';

/**
 * `lectern.addGoal`: the guided flow (kind, dimension, target, period or deadline, title), or a ready GoalInput as
 * the argument (for keybindings and tests). Appends the goal to `.lectern/goals.yaml` keeping comments and
 * formatting, creating the file when there is none. Returns the new goal's id.
 */
export function registerAddGoal(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('lectern.addGoal', async (given?: unknown) => {
    const session = await requireSession(ctx);
    if (!session) return undefined;
    const state = session.goalsFile.state;
    if (state.exists && !state.file.parsed) {
      showGoalsFileBroken();
      return undefined;
    }
    const input = isGoalInput(given) ? given : await runAddGoalFlow(ctx.prompts(), session.model.snapshot.dimensions, session.model.today);
    if (!input) return undefined;
    const dimensions = session.model.snapshot.dimensions;
    if (!state.exists) {
      const created = addGoal('', input, dimensions);
      if (!created.ok) {
        void vscode.window.showErrorMessage(created.error);
        return undefined;
      }
      if (!(await createTextFile(session.goalsFile.uri, created.text))) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Could not create {0}.', vscode.workspace.asRelativePath(session.goalsFile.uri)));
        return undefined;
      }
      await session.goalsFile.reload();
      void vscode.window.showInformationMessage(vscode.l10n.t('Added goal “{0}”.', input.title));
      return created.id;
    }
    const id = await editGoalsFile(session, (text) => addGoal(text, input, dimensions));
    if (id) void vscode.window.showInformationMessage(vscode.l10n.t('Added goal “{0}”.', input.title));
    return id;
  });
}

/** A command argument is only trusted as a goal when it has the required fields with the right types. */
function isGoalInput(value: unknown): value is GoalInput {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.title === 'string' &&
    (v.kind === 'post' || v.kind === 'talk' || v.kind === 'any') &&
    typeof v.target === 'number' &&
    Number.isInteger(v.target) &&
    v.target > 0
  );
}
