import type * as vscode from 'vscode';

// Filled in by the goals feature (issue 4).
export function registerGoals(_context: vscode.ExtensionContext): void {}
