import * as vscode from 'vscode';
import { DashboardPanel } from '../dashboard-panel';
import type { DashboardView } from '../../webview/shared/ui-model';
import { requireSession, type CommandContext } from './context';

/** `lectern.showDashboard`: opens (or reveals) the dashboard webview for the current folder. */
export function registerShowDashboard(
  ctx: CommandContext,
  extensionUri: vscode.Uri,
  onView?: (view: DashboardView) => void,
): vscode.Disposable {
  return vscode.commands.registerCommand('lectern.showDashboard', async () => {
    const session = await requireSession(ctx);
    if (!session) return undefined;
    return DashboardPanel.show(extensionUri, session, onView);
  });
}
