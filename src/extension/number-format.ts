import * as vscode from 'vscode';

let integers: Intl.NumberFormat | undefined;

/**
 * Whole numbers in VS Code's display language (fixed while the host runs), for the status bar and the CFP diagnostics.
 * One formatter for the whole host: the first `Intl.NumberFormat` of a process loads the locale's data (≈ 20 ms in the
 * extension host), which is paid once, and never for a document that shows no number.
 */
export function integerFormat(): Intl.NumberFormat {
  return integers ??= new Intl.NumberFormat(vscode.env.language);
}
