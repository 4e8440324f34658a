/**
 * The `ui` helper that Playwright UI scenarios receive. A scenario is a file `test/host/ui/<name>.ui.ts` that exports
 *
 *     import * as assert from 'node:assert/strict';
 *     import type { Ui } from '../workbench';
 *     export async function run(ui: Ui): Promise<void> {
 *       const sidebar = await ui.openView('Lectern');
 *       await ui.expandView('Goals');
 *       const rows = await ui.waitFor('two goals', async () => {
 *         const items = await ui.treeItems('Goals');
 *         return items.length >= 2 ? items : undefined;
 *       });
 *       assert.equal(rows[0].label, 'Publish two posts a month');
 *       await ui.screenshot('goals');                       // test-results/screenshots/<scenario>-goals.png
 *       await ui.setTheme('light'); await ui.screenshot('goals-light');
 *     }
 *
 * The runner (run.ts) gives each scenario a freshly loaded workbench with the extension under development, a fresh
 * copy of test/fixtures/host-workspace/ and the quiet default user settings (VS Code web's default light theme; call
 * `setTheme` for a specific one). A scenario fails by
 * throwing (node:assert is fine); a failed scenario fails the run and leaves a `<scenario>-FAILED.png` screenshot.
 *
 * What is here, and why it looks the way it does:
 * - Everything goes through what a person does (F1, Quick Open, clicks) so a scenario proves the UI, not an API.
 * - Locators use the workbench's stable class names and ARIA labels (the ones VS Code's own smoke tests use).
 * - `waitFor` polls instead of sleeping; every wait has a bounded timeout and says what it waited for.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';

export interface TreeRow {
  /** The item's label as shown. */
  label: string;
  /** The greyed description after the label ('' when none). */
  description: string;
  /** The row's accessible label (label, description and tooltip as VS Code reads them out). */
  ariaLabel: string;
  /** 1 for top-level items. */
  level: number;
  /** `true`/`false` for collapsible items, `undefined` for leaves. */
  expanded: boolean | undefined;
}

export interface Ui {
  /** The workbench page (playwright-core); use it for anything the helpers below do not cover. */
  readonly page: Page;
  /** Absolute path of this scenario's workspace copy (the server and the scenario share the disk). */
  readonly workspace: string;
  /** Absolute path of the screenshots folder (git-ignored test-results/screenshots/). */
  readonly screenshotDir: string;
  /** The scenario's name (file name without .ui.js); screenshots are prefixed with it. */
  readonly scenario: string;

  /**
   * Waits (up to `timeoutMs`) until the workbench is quiet: no "Activating Extensions…" in the status bar and no
   * progress bar running in the side bar or panel. Use it before a screenshot. Does not fail; logs if it gave up.
   */
  settle(timeoutMs?: number): Promise<void>;
  /** Prints a line to the run's output, prefixed with the scenario's name. */
  log(message: string): void;
  /** Saves a PNG of the whole workbench as `<scenario>-<name>.png` and returns its path. */
  screenshot(name: string): Promise<string>;
  /** Polls `check` until it returns something other than undefined/false; throws `timed out waiting for <what>`. */
  waitFor<T>(what: string, check: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs?: number): Promise<T>;

  /** Runs a command through F1 by its full title as the palette shows it, e.g. 'Lectern: Show Dashboard'. */
  runCommand(title: string): Promise<void>;
  /** Opens a workspace file (path relative to the workspace) through Quick Open and waits for its editor tab. */
  openFile(relativePath: string): Promise<void>;
  /** Types into the focused editor or input. */
  type(text: string): Promise<void>;
  /** Presses a key chord, e.g. 'Enter', 'Escape', 'Control+S'. */
  press(key: string): Promise<void>;

  /** Shows the activity-bar container with this title (e.g. 'Lectern', 'Explorer') and returns the side bar. */
  openView(containerTitle: string): Promise<Locator>;
  /** The side-bar pane (view) with this name, e.g. 'Goals' (not necessarily expanded). */
  view(name: string): Locator;
  /** Expands the named pane if it is collapsed; returns the pane. */
  expandView(name: string): Promise<Locator>;
  /** The visible rows of the tree in the named pane, top to bottom. */
  treeItems(viewName: string): Promise<TreeRow[]>;
  /** The row in the named pane whose label is exactly `label`. */
  treeItem(viewName: string, label: string): Locator;
  /** Clicks an action button of a pane's title bar or of a row (hovering first), by its tooltip/aria label. */
  clickAction(scope: Locator, actionLabel: string): Promise<void>;

  /** The content of the visible webview panel (e.g. the dashboard), once it has a body. */
  webview(): Promise<FrameLocator>;
  /** The quick input (QuickPick / InputBox) once it is visible. */
  quickInput(): Promise<Locator>;
  /** Labels of the rows the open QuickPick shows. */
  quickPickItems(): Promise<string[]>;
  /** Picks the QuickPick row whose label is exactly `label`. */
  pickQuickItem(label: string): Promise<void>;

  /** Opens the Problems panel and returns the accessible labels of its rows (message, source, position). */
  problems(): Promise<string[]>;
  /** Texts of the notification toasts on screen. */
  notifications(): Promise<string[]>;
  /** Clicks a button (e.g. 'Delete') on the visible notification toast or modal dialog that shows it. */
  clickDialogButton(label: string): Promise<void>;
  /** Texts of the status-bar items (their accessible labels, else their text). */
  statusBarItems(): Promise<string[]>;

  /** Switches to VS Code's Light Modern / Dark Modern theme (theme picker); resolves when the workbench shows it. */
  setTheme(kind: 'light' | 'dark'): Promise<void>;
  /** Merges settings into the user settings.json (the workbench picks most changes up live; not the colour theme). */
  updateUserSettings(settings: Record<string, unknown>): Promise<void>;
}

/** Labels in the Preferences: Color Theme picker. */
const THEMES = { light: 'Light Modern', dark: 'Dark Modern' } as const;

function exact(text: string): RegExp {
  return new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
}

export class Workbench implements Ui {
  constructor(
    readonly page: Page,
    readonly workspace: string,
    readonly screenshotDir: string,
    readonly scenario: string,
    private readonly userSettingsFile: string,
  ) {}

  log(message: string): void {
    process.stdout.write(`[ui:${this.scenario}] ${message}\n`);
  }

  async settle(timeoutMs = 15_000): Promise<void> {
    const busy = this.page.locator([
      '.part.statusbar .statusbar-item:has-text("Activating Extensions")',
      '.part.sidebar .monaco-progress-container.active',
      '.part.panel .monaco-progress-container.active',
    ].join(', '));
    try {
      await this.waitFor('the workbench to settle', async () => (await busy.count()) === 0, timeoutMs);
      await this.page.waitForTimeout(200);
    } catch {
      this.log(`still busy after ${timeoutMs} ms; going on`);
    }
  }

  async screenshot(name: string): Promise<string> {
    fs.mkdirSync(this.screenshotDir, { recursive: true });
    const file = path.join(this.screenshotDir, `${this.scenario}-${name.replace(/[^\w.-]+/g, '-')}.png`);
    await this.page.screenshot({ path: file });
    this.log(`screenshot ${path.relative(process.cwd(), file)}`);
    return file;
  }

  async waitFor<T>(what: string, check: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 20_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let lastError: unknown;
    for (;;) {
      try {
        const value = await check();
        if (value !== undefined && value !== false) return value as T;
      } catch (error) {
        lastError = error;
      }
      if (Date.now() > deadline) {
        const why = lastError instanceof Error ? ` (last error: ${lastError.message.split('\n')[0]})` : '';
        // What the workbench showed when it gave up: a timeout is otherwise hard to read after the fact.
        const shot = await this.screenshot('timeout').catch(() => undefined);
        throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${why}${shot ? `; screenshot ${path.basename(shot)}` : ''}`);
      }
      await this.page.waitForTimeout(100);
    }
  }

  async quickInput(): Promise<Locator> {
    const widget = this.page.locator('.quick-input-widget');
    await widget.waitFor({ state: 'visible', timeout: 10_000 });
    return widget;
  }

  async quickPickItems(): Promise<string[]> {
    const widget = await this.quickInput();
    return (await widget.locator('.quick-input-list .monaco-list-row .label-name').allTextContents()).map((t) => t.trim());
  }

  async pickQuickItem(label: string): Promise<void> {
    const widget = await this.quickInput();
    const row = widget.locator('.quick-input-list .monaco-list-row').filter({ has: this.page.locator('.label-name', { hasText: exact(label) }) }).first();
    await row.waitFor({ state: 'visible', timeout: 10_000 });
    await row.click();
  }

  async runCommand(title: string): Promise<void> {
    await this.closeQuickInput();
    await this.page.keyboard.press('F1');
    const widget = await this.quickInput();
    const input = widget.locator('.quick-input-box input');
    await input.fill(`>${title}`);
    const row = widget.locator('.quick-input-list .monaco-list-row').filter({ has: this.page.locator('.label-name', { hasText: exact(title) }) }).first();
    try {
      await row.waitFor({ state: 'visible', timeout: 10_000 });
    } catch {
      const shown = await this.quickPickItems().catch(() => []);
      await this.closeQuickInput();
      throw new Error(`command '${title}' is not in the command palette (it shows: ${shown.slice(0, 8).join(' | ') || 'nothing'})`);
    }
    await row.click();
  }

  private async closeQuickInput(): Promise<void> {
    if (await this.page.locator('.quick-input-widget').isVisible()) {
      await this.page.keyboard.press('Escape');
      await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
    }
  }

  async openFile(relativePath: string): Promise<void> {
    await this.closeQuickInput();
    await this.page.keyboard.press('Control+P');
    const widget = await this.quickInput();
    await widget.locator('.quick-input-box input').fill(relativePath);
    const base = path.posix.basename(relativePath);
    const row = widget.locator('.quick-input-list .monaco-list-row').filter({ has: this.page.locator('.label-name', { hasText: exact(base) }) }).first();
    await row.waitFor({ state: 'visible', timeout: 15_000 });
    await row.click();
    await this.page.locator(`.tabs-container .tab.active[aria-label^="${base.replace(/"/g, '\\"')}"]`)
      .waitFor({ state: 'visible', timeout: 15_000 });
    await this.page.locator('.editor-instance .monaco-editor').first().waitFor({ state: 'visible', timeout: 15_000 });
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  async openView(containerTitle: string): Promise<Locator> {
    const item = this.page.locator(`.part.activitybar li.action-item:has(a[aria-label^="${containerTitle.replace(/"/g, '\\"')}"])`).first();
    await item.waitFor({ state: 'visible', timeout: 20_000 });
    const sidebar = this.page.locator('.part.sidebar');
    // Clicking the active container's icon would hide the side bar, so only click when it is not showing.
    const active = (await item.getAttribute('class'))?.split(/\s+/).includes('checked') ?? false;
    let clickedAt = 0;
    if (!active || !(await sidebar.isVisible())) { await item.click(); clickedAt = Date.now(); }
    const title = sidebar.locator('.composite.title');
    await this.waitFor(`the ${containerTitle} side bar`, async () => {
      const visible = await sidebar.isVisible();
      if (visible && ((await title.textContent()) ?? '').toLowerCase().includes(containerTitle.toLowerCase())) return true;
      // A click while the workbench is still restoring its layout can be lost (the side bar stays hidden): click again,
      // only while the side bar is hidden, so a click never hides it.
      if (!visible && Date.now() - clickedAt > 3_000) { await item.click(); clickedAt = Date.now(); }
      return false;
    });
    return sidebar;
  }

  view(name: string): Locator {
    return this.page.locator('.part.sidebar .split-view-view .pane')
      .filter({ has: this.page.locator('.pane-header h3.title', { hasText: exact(name) }) }).first();
  }

  async expandView(name: string): Promise<Locator> {
    const pane = this.view(name);
    await pane.waitFor({ state: 'visible', timeout: 15_000 });
    const header = pane.locator('.pane-header').first();
    if ((await header.getAttribute('aria-expanded')) !== 'true') {
      await header.click();
      await this.waitFor(`pane ${name} to expand`, async () => (await header.getAttribute('aria-expanded')) === 'true');
    }
    return pane;
  }

  async treeItems(viewName: string): Promise<TreeRow[]> {
    const rows = this.view(viewName).locator('.pane-body .monaco-list-row');
    const result: TreeRow[] = [];
    for (const row of await rows.all()) {
      const expandedAttr = await row.getAttribute('aria-expanded');
      result.push({
        label: ((await row.locator('.label-name').first().textContent().catch(() => '')) ?? '').trim(),
        description: ((await row.locator('.label-description').first().textContent({ timeout: 200 }).catch(() => '')) ?? '').trim(),
        ariaLabel: (await row.getAttribute('aria-label')) ?? '',
        level: Number((await row.getAttribute('aria-level')) ?? '1'),
        expanded: expandedAttr === null ? undefined : expandedAttr === 'true',
      });
    }
    return result;
  }

  treeItem(viewName: string, label: string): Locator {
    return this.view(viewName).locator('.pane-body .monaco-list-row')
      .filter({ has: this.page.locator('.label-name', { hasText: exact(label) }) }).first();
  }

  async clickAction(scope: Locator, actionLabel: string): Promise<void> {
    await scope.hover();
    const action = scope.locator(`.actions a.action-label[aria-label^="${actionLabel.replace(/"/g, '\\"')}"]`).first();
    await action.waitFor({ state: 'visible', timeout: 10_000 });
    await action.click();
  }

  async webview(): Promise<FrameLocator> {
    // A webview is two nested iframes: the host frame (iframe.webview) and the content (#active-frame).
    const host = this.page.locator('iframe.webview.ready').last();
    await host.waitFor({ state: 'attached', timeout: 20_000 });
    const content = host.contentFrame().frameLocator('#active-frame');
    await content.locator('body').waitFor({ state: 'attached', timeout: 20_000 });
    return content;
  }

  async problems(): Promise<string[]> {
    await this.runCommand('Problems: Focus on Problems View');
    const panel = this.page.locator('.part.panel .markers-panel');
    await panel.waitFor({ state: 'visible', timeout: 10_000 });
    const rows = panel.locator('.monaco-list-row');
    return (await rows.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? e.textContent ?? '')));
  }

  async notifications(): Promise<string[]> {
    return (await this.page.locator('.notifications-toasts .notification-list-item-message').allTextContents()).map((t) => t.trim());
  }

  async clickDialogButton(label: string): Promise<void> {
    const scope = this.page.locator('.monaco-dialog-box, .notifications-toasts');
    const button = scope.locator('a.monaco-button, .monaco-button', { hasText: exact(label) }).first();
    await button.waitFor({ state: 'visible', timeout: 10_000 });
    await button.click();
  }

  async statusBarItems(): Promise<string[]> {
    return this.page.locator('.part.statusbar .statusbar-item').evaluateAll((els) =>
      els.map((e) => (e.getAttribute('aria-label') || e.textContent || '').trim()).filter((t) => t.length > 0));
  }

  async updateUserSettings(settings: Record<string, unknown>): Promise<void> {
    const current = JSON.parse(fs.readFileSync(this.userSettingsFile, 'utf8')) as Record<string, unknown>;
    fs.writeFileSync(this.userSettingsFile, JSON.stringify({ ...current, ...settings }, null, 2) + '\n');
  }

  async setTheme(kind: 'light' | 'dark'): Promise<void> {
    // Through the theme picker, as a person would: code-server's web workbench does not apply a colour theme
    // written to settings.json (neither at start nor live), but it does apply the picker's choice.
    const themeClass = kind === 'light' ? 'vs' : 'vs-dark';
    // Right after the workbench loads the picker may list no theme yet (built-in themes register with the other
    // extensions a moment later): reopen it until the theme is there.
    await this.waitFor(`'${THEMES[kind]}' in the colour theme picker`, async () => {
      await this.runCommand('Preferences: Color Theme');
      const row = this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row')
        .filter({ has: this.page.locator('.label-name', { hasText: exact(THEMES[kind]) }) }).first();
      if (await row.waitFor({ state: 'visible', timeout: 3_000 }).then(() => true, () => false)) {
        await row.click();
        return true;
      }
      await this.closeQuickInput();
      return false;
    }, 30_000);
    await this.waitFor(`the ${kind} theme`, async () =>
      ((await this.page.locator('.monaco-workbench').first().getAttribute('class')) ?? '').split(/\s+/).includes(themeClass), 20_000);
    await this.page.waitForTimeout(300); // let webviews repaint with the new theme variables
  }
}
