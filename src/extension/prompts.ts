import * as vscode from 'vscode';

/**
 * The dialogs Lectern's commands ask through (goals, templates, Mark as Published). Each feature is handed one
 * `Dialogs` object by `activate`, so host tests can answer the dialogs without a person (through `setPrompts` in the
 * extension's exports) while the real extension uses VS Code's window. Nothing here is module state.
 */
export interface Prompts {
  showQuickPick<T extends vscode.QuickPickItem>(items: readonly T[], options: vscode.QuickPickOptions): Thenable<T | undefined>;
  showInputBox(options: vscode.InputBoxOptions): Thenable<string | undefined>;
  /** A modal confirmation; resolves to the chosen action or undefined when cancelled. */
  confirm(message: string, detail: string, action: string): Thenable<string | undefined>;
}

/** VS Code's own dialogs: what a person gets. */
export const windowPrompts: Prompts = {
  showQuickPick: (items, options) => vscode.window.showQuickPick(items, options),
  showInputBox: (options) => vscode.window.showInputBox(options),
  confirm: (message, detail, action) => vscode.window.showWarningMessage(message, { modal: true, detail }, action),
};

/** The one holder of the dialogs, created by `activate` and handed to every feature that asks. */
export class Dialogs {
  private scripted: Prompts | undefined;

  /** What commands ask through: scripted answers when a host test set them, else VS Code's window. */
  get prompts(): Prompts {
    return this.scripted ?? windowPrompts;
  }

  /** For the test API: scripted answers; undefined restores VS Code's dialogs. */
  script(prompts: Prompts | undefined): void {
    this.scripted = prompts;
  }
}
