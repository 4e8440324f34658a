import * as vscode from 'vscode';
import { updateGoal, type Goal, type GoalInput } from '../../../core/goals/api';
import { askTarget, askTitle, pickDimension, pickKind, pickTimeframe, type ValueItem } from '../goal-flow';
import type { GoalsNode } from '../goals-tree';
import type { GoalsSession } from '../session';
import { requireSession, type CommandContext } from './context';
import { editGoalsFile } from './goal-edits';

type Field = 'title' | 'target' | 'kind' | 'dimension' | 'timeframe';

/**
 * `lectern.editGoal` (item action): pick what to change, answer that one question, and only that key of the goal
 * changes in the file (comments and other keys stay as written).
 */
export function registerEditGoal(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('lectern.editGoal', async (target?: GoalsNode | string) => {
    const session = await requireSession(ctx);
    if (!session) return false;
    const id = typeof target === 'string' ? target : target?.type === 'goal' ? target.progress.goal.id : undefined;
    const goal = session.goalsFile.state.file.goals.find((g) => g.id === id);
    if (!goal) return false;
    const changes = await askChanges(ctx, session, goal);
    if (!changes) return false;
    const dims = session.model.snapshot.dimensions;
    return (await editGoalsFile(session, (text) => updateGoal(text, goal.id, changes, dims))) !== undefined;
  });
}

async function askChanges(ctx: CommandContext, session: GoalsSession, goal: Goal): Promise<Partial<GoalInput> | undefined> {
  const dims = session.model.snapshot.dimensions;
  const items: Array<ValueItem<Field>> = [
    { value: 'title', label: vscode.l10n.t('Title'), description: goal.title },
    { value: 'target', label: vscode.l10n.t('Target'), description: String(goal.target) },
    { value: 'kind', label: vscode.l10n.t('What counts'), description: goal.kind },
    { value: 'dimension', label: vscode.l10n.t('Growth dimension'), description: goal.dimension ?? vscode.l10n.t('any') },
    {
      value: 'timeframe',
      label: vscode.l10n.t('Period or deadline'),
      description: goal.period ?? [goal.from, goal.due].filter((d) => d !== null).join(' – '),
    },
  ];
  const field = await ctx.prompts().showQuickPick(items, {
    title: vscode.l10n.t('Edit Goal: {0}', goal.title),
    placeHolder: vscode.l10n.t('What do you want to change?'),
  });
  switch (field?.value) {
    case 'title': {
      const title = await askTitle(ctx.prompts(), goal.title, goal.title);
      return title ? { title } : undefined;
    }
    case 'target': {
      const target = await askTarget(ctx.prompts(), goal.kind, goal.target);
      return target === undefined ? undefined : { target };
    }
    case 'kind': {
      const kind = await pickKind(ctx.prompts(), goal.kind);
      return kind ? { kind } : undefined;
    }
    case 'dimension': {
      const dimension = await pickDimension(ctx.prompts(), dims, goal.dimension);
      return dimension === undefined ? undefined : { dimension };
    }
    case 'timeframe': {
      const time = await pickTimeframe(ctx.prompts(), session.model.today);
      return time ? { period: time.period, from: time.from, due: time.due } : undefined;
    }
    default:
      return undefined;
  }
}
