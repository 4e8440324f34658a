import * as vscode from 'vscode';

/**
 * The dialogs the goals commands use. They go through this one object so host tests can answer them without
 * a person (the guided Add Goal flow, the Delete confirmation) while the real extension uses VS Code's window.
 */
export interface Prompts {
  showQuickPick<T extends vscode.QuickPickItem>(items: readonly T[], options: vscode.QuickPickOptions): Thenable<T | undefined>;
  showInputBox(options: vscode.InputBoxOptions): Thenable<string | undefined>;
  /** A modal confirmation; resolves to the chosen action or undefined when cancelled. */
  confirm(message: string, detail: string, action: string): Thenable<string | undefined>;
}

const windowPrompts: Prompts = {
  showQuickPick: (items, options) => vscode.window.showQuickPick(items, options),
  showInputBox: (options) => vscode.window.showInputBox(options),
  confirm: (message, detail, action) => vscode.window.showWarningMessage(message, { modal: true, detail }, action),
};

let current: Prompts = windowPrompts;

export function prompts(): Prompts {
  return current;
}

/** For tests: replace the dialogs; `undefined` restores VS Code's. */
export function setPrompts(p: Prompts | undefined): void {
  current = p ?? windowPrompts;
}
