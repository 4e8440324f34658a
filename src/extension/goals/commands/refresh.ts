import * as vscode from 'vscode';
import { requireSession, type CommandContext } from './context';

/** `lectern.refresh`: reads the settings, every post and the goals file again (watchers normally make this unneeded). */
export function registerRefresh(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('lectern.refresh', async () => {
    const session = await requireSession(ctx);
    if (session) await session.refresh();
  });
}
