import * as vscode from 'vscode';
import { registerLint } from './lint/index';
import { registerGoals } from './goals/index';

/**
 * The adapter's entry point. Each feature registers its own commands and providers from its own folder,
 * so this file only wires them together.
 */
export function activate(context: vscode.ExtensionContext): void {
  registerLint(context);
  registerGoals(context);
}

export function deactivate(): void {
  // Everything registered above is disposed through context.subscriptions.
}
