import * as vscode from 'vscode';
import { runChecklist } from '../../core/checklist/run';
import type { ChecklistFiles, ChecklistResult } from '../../core/checklist/types';
import { resolvePlatform } from '../../core/platform';
import { systemClock, type Clock } from '../../core/goals/api';
import type { ConfigStore } from '../config-store';
import type { LintController } from '../lint/controller';
import { IdleTracker } from '../goals/idle';
import { currentText, relativePath, uriOf } from '../goals/workspace-root';
import { readLintSettings } from '../lint/settings';
import type { ManualTicks } from './manual-ticks';
import type { PlatformDetection } from './platform-detection';

/** How long typing in the post waits before the checklist runs again. */
const DEBOUNCE_MS = 400;

/** Posts longer than this (about 15,000 words) are checked automatically only while the Checklist view is shown. */
export const LARGE_POST_CHARS = 100_000;

/** The checklist of one version of one post. */
export interface ChecklistRun {
  uri: vscode.Uri;
  /** The document version the result belongs to (fix edits are offsets into that text). */
  version: number;
  text: string;
  /** The workspace folder the post's relative paths start from. */
  root: vscode.Uri;
  result: ChecklistResult;
}

export interface ChecklistDeps {
  configs: ConfigStore;
  lint: LintController;
  platforms: PlatformDetection;
  ticks: ManualTicks;
  /** "Today": the goals views' clock, so the checklist and the goals agree on the day. */
  today(): Promise<string | undefined>;
}

/**
 * The post the Checklist view shows and its latest result. It follows the active Markdown editor (a focus on
 * something else keeps the last post), runs again as the post changes (debounced; a stale run is dropped), when
 * the config or the platform changes, and says so through `onDidChange`.
 */
export class ChecklistModel implements vscode.Disposable {
  readonly idle = new IdleTracker();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private target: vscode.Uri | undefined;
  private latest: ChecklistRun | undefined;
  private timer: { handle: ReturnType<typeof setTimeout>; end: () => void } | undefined;
  /** Bumped by every run, so only the newest run may publish its result. */
  private generation = 0;
  private viewVisible = false;
  /** An automatic run of a large post was skipped while the view was hidden (`waitsForView`). */
  private waitingForView = false;

  constructor(private readonly deps: ChecklistDeps) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && editor.document.languageId === 'markdown') void this.show(editor.document.uri, true);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.target && e.document.uri.toString() === this.target.toString() && e.contentChanges.length > 0) this.schedule();
      }),
      vscode.workspace.onDidSaveTextDocument((doc) => {
        if (this.target && doc.uri.toString() === this.target.toString()) this.schedule(0);
      }),
      vscode.workspace.onDidRenameFiles((e) => {
        const moved = e.files.find((f) => this.target && f.oldUri.toString() === this.target.toString());
        if (moved) void this.show(moved.newUri);
      }),
      deps.configs.onDidChange(() => this.schedule(0)),
      deps.platforms.onDidChange(() => this.schedule(0)),
    );
    // The post already open is checked once `activate` has returned: that run reads the config, which loads the core
    // (scripts/build.mjs lazyChunks), ~23 ms that VS Code would otherwise count as activation. Counted as pending work,
    // so whenIdle() right after activation still waits for it.
    const end = this.idle.begin();
    const first = setTimeout(() => {
      const editor = vscode.window.activeTextEditor;
      if (editor && editor.document.languageId === 'markdown' && !this.target) void this.show(editor.document.uri, true);
      end();
    }, 0);
    this.disposables.push({ dispose: () => { clearTimeout(first); end(); } });
  }

  get uri(): vscode.Uri | undefined {
    return this.target;
  }

  /** The newest result, when it belongs to the post shown. */
  get current(): ChecklistRun | undefined {
    return this.latest && this.target && this.latest.uri.toString() === this.target.toString() ? this.latest : undefined;
  }

  /**
   * Shows the checklist of `uri` and runs it now. `automatic` (the editor followed, not a command): a large post
   * waits while the view is hidden (`waitsForView`).
   */
  show(uri: vscode.Uri, automatic = false): Promise<ChecklistRun | undefined> {
    if (this.target?.toString() !== uri.toString()) {
      this.target = uri;
      this.latest = undefined;
      void vscode.commands.executeCommand('setContext', 'lectern.checklist.hasPost', true);
      this.changed.fire();
    }
    if (automatic && this.waitsForView()) return Promise.resolve(undefined);
    return this.run();
  }

  /** Told by the Checklist view when it is shown or hidden; a run that waited for it happens when it is shown. */
  setViewVisible(visible: boolean): void {
    this.viewVisible = visible;
    if (visible && this.waitingForView) {
      this.waitingForView = false;
      void this.run();
    }
  }

  /**
   * True (and remembered) when an automatic run would check a large post while nobody can see the result: one run
   * over a 100k-word post parses all of it with inline Markdown, YAML and fixes in one piece of work, ~0.4 s of the
   * extension host that typing would wait for. Commands (Run Publish Checklist, Apply Fix, Mark as Published) always
   * run.
   */
  private waitsForView(): boolean {
    const uri = this.target;
    if (this.viewVisible || !uri) return false;
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && !d.isClosed);
    if (!open || open.getText().length <= LARGE_POST_CHARS) return false;
    this.waitingForView = true;
    return true;
  }

  /** Runs the checklist on the post's current text (the document's when it is open); the result is published. */
  run(): Promise<ChecklistRun | undefined> {
    this.cancelTimer();
    const uri = this.target;
    if (!uri) return Promise.resolve(undefined);
    const generation = ++this.generation;
    return this.idle.track((async () => {
      const run = await this.compute(uri).catch(() => undefined);
      if (generation !== this.generation || this.target?.toString() !== uri.toString()) return this.current;
      if (run) this.latest = run;
      this.changed.fire();
      return run;
    })());
  }

  private async compute(uri: vscode.Uri): Promise<ChecklistRun | undefined> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && !d.isClosed);
    const text = open ? open.getText() : await currentText(uri);
    if (text === undefined) return undefined;
    const version = open?.version ?? 0;
    const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri ?? uri.with({ path: '/' });
    const path = relativePath(folder, uri) ?? uri.path.split('/').pop() ?? 'post.md';
    const config = this.deps.configs.configFor(uri);
    const detected = await this.deps.platforms.detect(folder);
    const { platform, source } = resolvePlatform(config.checklist.platform, detected);
    const snapshot = open ? await this.deps.lint.whenCurrent(open) : undefined;
    const system = systemClock();
    const clock: Clock = { today: (await this.deps.today()) ?? system.today, offsetMinutes: system.offsetMinutes };
    const result = await runChecklist({
      path,
      text,
      config,
      platform,
      platformSource: source,
      files: workspaceFiles(folder),
      clock,
      lint: snapshot && snapshot.text === text ? { findings: snapshot.result.findings, metrics: snapshot.metrics } : null,
    });
    return { uri, version, text, root: folder, result };
  }

  private schedule(delayMs = DEBOUNCE_MS): void {
    if (!this.target) return;
    this.cancelTimer();
    const end = this.idle.begin();
    this.timer = {
      handle: setTimeout(() => {
        this.timer = undefined;
        if (this.waitsForView()) end();
        else void this.run().finally(end);
      }, delayMs),
      end,
    };
  }

  private cancelTimer(): void {
    if (!this.timer) return;
    clearTimeout(this.timer.handle);
    this.timer.end();
    this.timer = undefined;
  }

  /** Resolves when no run is pending or running. */
  async whenIdle(): Promise<void> {
    while (!this.idle.isIdle) await this.idle.whenIdle();
  }

  dispose(): void {
    this.generation++;
    this.cancelTimer();
    for (const d of this.disposables) d.dispose();
  }
}

/** The `links` check's window onto the workspace: existence and the text of linked Markdown files. */
function workspaceFiles(root: vscode.Uri): ChecklistFiles {
  return {
    async exists(path) {
      try {
        await vscode.workspace.fs.stat(uriOf(root, path));
        return true;
      } catch {
        return false;
      }
    },
    async readText(path) {
      // A linked file is read for its #anchors only: over lectern.maxFileSize it is not read (as the CLI does).
      return (await currentText(uriOf(root, path), readLintSettings(root).maxFileSize)) ?? null;
    },
  };
}
