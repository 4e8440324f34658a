import * as vscode from 'vscode';
import { ConfigStore } from './config-store';
import { Dialogs, type Prompts } from './prompts';
import { registerLint, type LintApi } from './lint/index';
import { registerGoals, type GoalsTestApi } from './goals/index';
import { registerTemplates, type TemplatesApi } from './templates/index';
import { registerChecklist, type ChecklistTestApi } from './checklist/index';
import { startLoadProbe } from './load-probe';
import type { Locale, LintProviders } from '../core/lint/index';
import { overrideDisplayLocale } from './lint/diagnostics';

/**
 * inclusive-language (off by default) needs retext-equality, which the core never loads itself: esbuild makes this
 * require a module initialised on its first call, so the extension evaluates retext only once the rule runs.
 */
const providers: LintProviders = {
  retextEquality: (text, ignore) =>
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy, bundler-resolved load (see above)
    (require('../core/lint/retext-equality') as typeof import('../core/lint/retext-equality')).runRetextEquality(text, ignore),
};

/** The extension's exports: what host tests reach through `activate` (nothing here changes what a person sees). */
export interface LecternExports {
  lint: LintApi;
  goals: GoalsTestApi;
  templates: TemplatesApi;
  checklist: ChecklistTestApi;
  /** Scripted answers for every command's dialogs; undefined restores VS Code's. */
  setPrompts(prompts: Prompts | undefined): void;
  /** Rule messages, fix titles and hovers in this locale instead of the display language (undefined: VS Code's again). */
  setLintLocale(locale: Locale | undefined): void;
}

/**
 * The adapter's entry point. Each feature registers its own commands and providers from its own folder,
 * so this file only wires them together.
 */
export function activate(context: vscode.ExtensionContext): LecternExports {
  // One reader and one watcher of .lectern/config.json for every feature.
  const configs = new ConfigStore();
  // One holder of the dialogs every command asks through.
  const dialogs = new Dialogs();
  context.subscriptions.push(configs);
  const lint = registerLint(context, configs, providers);
  // Only under `npm run load` (LECTERN_LOAD_PROBE in the extension host's environment); nothing otherwise.
  const probe = startLoadProbe(lint.controller);
  if (probe) context.subscriptions.push(probe);
  const goals = registerGoals(context, configs, dialogs);
  return {
    lint,
    goals,
    templates: registerTemplates(context, configs, dialogs),
    checklist: registerChecklist(context, configs, lint, goals, dialogs),
    setPrompts: (prompts) => dialogs.script(prompts),
    setLintLocale: (locale) => {
      overrideDisplayLocale(locale);
      lint.controller.relintAll();
    },
  };
}

export function deactivate(): void {
  // Everything registered above is disposed through context.subscriptions.
}
