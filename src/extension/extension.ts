import * as vscode from 'vscode';
import { ConfigStore } from './config-store';
import { registerLint } from './lint/index';
import { registerGoals, type GoalsTestApi } from './goals/index';
import { registerTemplates, type TemplatesApi } from './templates/index';
import { registerChecklist, type ChecklistTestApi } from './checklist/index';
import type { LintProviders } from '../core/lint/index';

/**
 * inclusive-language (off by default) needs retext-equality, which the core never loads itself: esbuild makes this
 * require a module initialised on its first call, so the extension evaluates retext only once the rule runs.
 */
const providers: LintProviders = {
  retextEquality: (text, ignore) =>
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy, bundler-resolved load (see above)
    (require('../core/lint/retext-equality') as typeof import('../core/lint/retext-equality')).runRetextEquality(text, ignore),
};

/**
 * The adapter's entry point. Each feature registers its own commands and providers from its own folder,
 * so this file only wires them together.
 */
export function activate(context: vscode.ExtensionContext): { goals: GoalsTestApi; templates: TemplatesApi; checklist: ChecklistTestApi } {
  // One reader and one watcher of .lectern/config.json for every feature.
  const configs = new ConfigStore();
  context.subscriptions.push(configs);
  const lint = registerLint(context, configs, providers);
  const goals = registerGoals(context, configs);
  // The returned object is the extension's exports: host tests reach the goals and checklist views and templates through it.
  return { goals, templates: registerTemplates(context, configs), checklist: registerChecklist(context, configs, lint, goals) };
}

export function deactivate(): void {
  // Everything registered above is disposed through context.subscriptions.
}
