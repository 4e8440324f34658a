import * as vscode from 'vscode';
import { parseWebviewMessage, type DashboardView, type HostMessage } from '../webview/shared/ui-model';
import { dashboardView } from './dashboard-view';
import type { GoalsSession } from './session';

const VIEW_TYPE = 'lectern.dashboard';

/**
 * The dashboard webview panel. Security: a strict CSP with a per-load nonce (`default-src 'none'`, scripts only
 * with the nonce, styles only from the webview's own resource origin), local resources limited to `dist/` and
 * `media/`, nothing user-written ever in the HTML (the model arrives by postMessage and is set as text), and every
 * message from the webview validated before anything happens.
 */
export class DashboardPanel implements vscode.Disposable {
  private static current: DashboardPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private months = 12;
  private stale = false;
  /** Resolves once the webview script has started and received its first model. */
  readonly loaded: Promise<void>;
  private markLoaded: () => void = () => undefined;

  /**
   * Opens or reveals the panel. `onView` is told every view sent to the webview (the goals feature hands it to its
   * test API, so tests read what was drawn without a hook on the panel).
   */
  static show(extensionUri: vscode.Uri, session: GoalsSession, onView?: (view: DashboardView) => void): DashboardPanel {
    const existing = DashboardPanel.current;
    if (existing && existing.session === session) {
      existing.panel.reveal();
      return existing;
    }
    existing?.panel.dispose();
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, vscode.l10n.t('Lectern Dashboard'), vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media')],
    });
    DashboardPanel.current = new DashboardPanel(panel, extensionUri, session, onView);
    return DashboardPanel.current;
  }

  static get active(): DashboardPanel | undefined {
    return DashboardPanel.current;
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    private readonly session: GoalsSession,
    private readonly onView: ((view: DashboardView) => void) | undefined,
  ) {
    this.loaded = new Promise((resolve) => (this.markLoaded = resolve));
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'lectern.svg');
    panel.webview.html = dashboardHtml(panel.webview, extensionUri);
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m) => void this.onMessage(m)),
      // Live updates: a hidden panel only notes that it is stale and catches up when shown again.
      session.model.onDidChange(() => {
        if (panel.visible) this.post();
        else this.stale = true;
      }),
      panel.onDidChangeViewState(() => {
        if (panel.visible && this.stale) this.post();
      }),
    );
  }

  private post(): void {
    this.stale = false;
    const view = dashboardView(this.session.model.snapshot, this.months);
    this.onView?.(view);
    const message: HostMessage = { type: 'view', view };
    void this.panel.webview.postMessage(message);
  }

  private async onMessage(raw: unknown): Promise<void> {
    const msg = parseWebviewMessage(raw);
    if (!msg) return; // Not one of ours: ignore rather than guess.
    switch (msg.type) {
      case 'ready':
        this.post();
        this.markLoaded();
        return;
      case 'setRange':
        this.months = msg.months;
        this.post();
        return;
      case 'openPost':
        // Only a path the index knows; anything else is not a post of this workspace.
        if (this.session.posts.index.has(msg.path)) await vscode.commands.executeCommand('lectern.openPost', msg.path);
        return;
      case 'openGoal':
        if (this.session.goalsFile.state.file.goals.some((g) => g.id === msg.id)) {
          await vscode.commands.executeCommand('lectern.openGoal', msg.id);
        }
        return;
    }
  }

  dispose(): void {
    if (DashboardPanel.current === this) DashboardPanel.current = undefined;
    for (const d of this.disposables) d.dispose();
    this.disposables.length = 0;
    this.panel.dispose();
  }
}

function dashboardHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const nonce = makeNonce();
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'dashboard.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'dashboard.css'));
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  const lang = escapeAttribute(vscode.env.language);
  const title = escapeText(vscode.l10n.t('Lectern Dashboard'));
  const loading = escapeText(vscode.l10n.t('Loading…'));
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}">
<title>${title}</title>
</head>
<body>
<main id="app" aria-busy="true"><p class="loading">${loading}</p></main>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
}

function makeNonce(): string {
  const bytes = new Uint8Array(24);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}
