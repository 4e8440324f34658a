import * as vscode from 'vscode';
import { systemClock, type Clock } from '../../core/goals/api';
import { registerAddDate } from './commands/add-date';
import { registerAddGoal } from './commands/add-goal';
import type { CommandContext } from './commands/context';
import { registerCreateGoals } from './commands/create-goals';
import { registerDeleteGoal } from './commands/delete-goal';
import { registerEditGoal } from './commands/edit-goal';
import { registerOpenGoal } from './commands/open-goal';
import { registerOpenGoalsFile } from './commands/open-goals-file';
import { registerOpenPost } from './commands/open-post';
import { registerRefresh } from './commands/refresh';
import { registerSetDimension } from './commands/set-dimension';
import { registerShowDashboard } from './commands/show-dashboard';
import { DashboardPanel } from './dashboard-panel';
import type { DashboardView } from '../webview/shared/ui-model';
import { GoalsSession } from './session';
import type { ConfigStore } from '../config-store';
import type { Dialogs } from '../prompts';
import { findGoalsRoot } from './workspace-root';

/**
 * A small handle for host tests (returned from `activate` as `goals`): the live session (index, goals file,
 * tree providers), a way to wait until every pending read and refresh is done, a fixed "today" and the dashboard's
 * last view. Nothing here changes what a person sees.
 */
export interface GoalsTestApi {
  session(): Promise<GoalsSession | undefined>;
  /** Resolves when the current session has no file read, debounced edit or view refresh pending. */
  whenIdle(): Promise<void>;
  setClock(clock: Clock | undefined): Promise<void>;
  dashboard(): DashboardPanel | undefined;
  /** The last view the dashboard sent to its webview (what it draws), or undefined before the first. */
  dashboardView(): DashboardView | undefined;
}

/** Wires the goals sidebar (three views), its commands and the dashboard. */
export function registerGoals(context: vscode.ExtensionContext, configs: ConfigStore, dialogs: Dialogs): GoalsTestApi {
  let current: Promise<GoalsSession | undefined> = start();

  async function start(): Promise<GoalsSession | undefined> {
    const root = await findGoalsRoot();
    if (!root) {
      await vscode.commands.executeCommand('setContext', 'lectern.hasGoalsFile', false);
      return undefined;
    }
    return GoalsSession.create(root, configs);
  }

  let lastDashboardView: DashboardView | undefined;
  const ctx: CommandContext = { session: () => current, prompts: () => dialogs.prompts };
  context.subscriptions.push(
    registerAddGoal(ctx),
    registerEditGoal(ctx),
    registerDeleteGoal(ctx),
    registerOpenGoal(ctx),
    registerRefresh(ctx),
    registerOpenGoalsFile(ctx),
    registerCreateGoals(ctx),
    registerSetDimension(ctx),
    registerAddDate(ctx),
    registerOpenPost(ctx),
    registerShowDashboard(ctx, context.extensionUri, (view) => (lastDashboardView = view)),
    // A folder added or removed may change which folder holds the goals: start over only when it does.
    vscode.workspace.onDidChangeWorkspaceFolders(async () => {
      const before = await current;
      const root = await findGoalsRoot();
      if (before && root && before.root.toString() === root.toString()) return;
      DashboardPanel.active?.dispose();
      before?.dispose();
      current = start();
    }),
    { dispose: () => void current.then((s) => s?.dispose()) },
  );

  return {
    session: () => current,
    async whenIdle() {
      const session = await current;
      if (!session) return;
      await session.ready;
      // Work can schedule more work (a read triggers a refresh): wait until a check finds nothing pending.
      while (!session.idle.isIdle) await session.idle.whenIdle();
    },
    async setClock(clock) {
      const session = await current;
      if (!session) return;
      session.model.setClock(clock ?? systemClock(), clock !== undefined);
    },
    dashboard: () => DashboardPanel.active,
    dashboardView: () => lastDashboardView,
  };
}
