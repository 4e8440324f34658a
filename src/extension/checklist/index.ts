import * as vscode from 'vscode';
import type { ConfigStore } from '../config-store';
import type { Dialogs } from '../prompts';
import type { LintApi } from '../lint/index';
import type { GoalsTestApi } from '../goals/index';
import { registerApplyFix } from './apply-fix';
import { ChecklistModel } from './checklist-model';
import { ChecklistTreeProvider } from './checklist-tree';
import { registerGoTo } from './go-to';
import { ManualTicks } from './manual-ticks';
import { registerMarkPublished } from './mark-published';
import { PlatformDetection } from './platform-detection';
import { registerRunChecklist } from './run-checklist';

/** A handle for host tests (returned from `activate` as `checklist`); nothing here changes what a person sees. */
export interface ChecklistTestApi {
  model: ChecklistModel;
  tree: ChecklistTreeProvider;
  ticks: ManualTicks;
  /** Resolves when no checklist run is pending. */
  whenIdle(): Promise<void>;
}

/** Wires the publish checklist: the Checklist view, its commands and Mark as Published. */
export function registerChecklist(context: vscode.ExtensionContext, configs: ConfigStore, lint: LintApi, goals: GoalsTestApi, dialogs: Dialogs): ChecklistTestApi {
  void vscode.commands.executeCommand('setContext', 'lectern.checklist.hasPost', false);
  // One "today" for the checklist, Mark as Published and the goals views.
  const today = async () => (await goals.session())?.model.today;
  const platforms = new PlatformDetection();
  const ticks = new ManualTicks(context.workspaceState);
  const model = new ChecklistModel({ configs, lint: lint.controller, platforms, ticks, today });
  const tree = new ChecklistTreeProvider(model, ticks);
  const uriOfPost = async (path: string) => (await goals.session())?.posts.uriOf(path);
  context.subscriptions.push(
    platforms,
    ticks,
    model,
    tree,
    registerRunChecklist(model, uriOfPost),
    registerGoTo(model),
    registerApplyFix(model),
    registerMarkPublished(model, ticks, today, dialogs),
  );
  return { model, tree, ticks, whenIdle: () => model.whenIdle() };
}
