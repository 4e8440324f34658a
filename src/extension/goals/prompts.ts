import * as vscode from 'vscode';

/**
 * The dialogs the goals commands use. They go through this one object, handed to the commands by the goals
 * feature (`CommandContext.prompts`), so host tests can answer them without a person (the guided Add Goal flow, the Delete confirmation) while the real extension uses VS Code's window.
 */
export interface Prompts {
  showQuickPick<T extends vscode.QuickPickItem>(items: readonly T[], options: vscode.QuickPickOptions): Thenable<T | undefined>;
  showInputBox(options: vscode.InputBoxOptions): Thenable<string | undefined>;
  /** A modal confirmation; resolves to the chosen action or undefined when cancelled. */
  confirm(message: string, detail: string, action: string): Thenable<string | undefined>;
}

/** VS Code's own dialogs: what a person gets. Host tests pass scripted prompts through the goals test API instead. */
export const windowPrompts: Prompts = {
  showQuickPick: (items, options) => vscode.window.showQuickPick(items, options),
  showInputBox: (options) => vscode.window.showInputBox(options),
  confirm: (message, detail, action) => vscode.window.showWarningMessage(message, { modal: true, detail }, action),
};
