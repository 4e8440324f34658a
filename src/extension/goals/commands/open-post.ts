import * as vscode from 'vscode';
import type { PostNode } from '../post-item';
import { requireSession, type CommandContext } from './context';

/** `lectern.openPost`: opens a post from a tree click (Uri), a tree node or a workspace-relative path. */
export function registerOpenPost(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand('lectern.openPost', async (target?: vscode.Uri | PostNode | string) => {
    let uri: vscode.Uri | undefined;
    if (target instanceof vscode.Uri) uri = target;
    else {
      const session = await requireSession(ctx);
      if (!session) return;
      const path = typeof target === 'string' ? target : target?.type === 'post' ? target.post.path : undefined;
      // Only paths the index knows: this command is also reached from the dashboard webview.
      if (path !== undefined && session.posts.index.has(path)) uri = session.posts.uriOf(path);
    }
    if (!uri) return;
    await vscode.window.showTextDocument(uri, { preview: true });
  });
}
