import * as vscode from 'vscode';
import type { Prompts } from '../../prompts';
import type { GoalsSession } from '../session';

/** What every goals command gets: the current session (undefined when no folder is open) and the dialogs to ask with. */
export interface CommandContext {
  session(): Promise<GoalsSession | undefined>;
  /** VS Code's dialogs, or the scripted ones a host test set through the extension's `setPrompts`. */
  prompts(): Prompts;
}

/** The session, or a message saying a folder is needed. */
export async function requireSession(ctx: CommandContext): Promise<GoalsSession | undefined> {
  const session = await ctx.session();
  if (!session) void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder to use Lectern goals.'));
  return session;
}
