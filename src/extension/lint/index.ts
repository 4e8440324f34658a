import type * as vscode from 'vscode';

// Filled in by the lint feature (issue 3).
export function registerLint(_context: vscode.ExtensionContext): void {}
