import * as vscode from 'vscode';
import { registerLint } from './lint/index';
import { registerGoals, type GoalsTestApi } from './goals/index';

/**
 * The adapter's entry point. Each feature registers its own commands and providers from its own folder,
 * so this file only wires them together.
 */
export function activate(context: vscode.ExtensionContext): { goals: GoalsTestApi } {
  registerLint(context);
  // The returned object is the extension's exports: host tests reach the goals views through it.
  return { goals: registerGoals(context) };
}

export function deactivate(): void {
  // Everything registered above is disposed through context.subscriptions.
}
