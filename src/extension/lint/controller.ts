import * as vscode from 'vscode';
import { formatSize, isOverSize } from '../../core/text-bytes';
import { computeMetrics, EDITOR_LINT_BUDGET_MS, Linter, lintText, type DocumentMetrics, type LintBudget, type LintProviders, type LintResult } from '../../core/lint/index';

/** A lint in the extension host may not freeze typing for long: past 2 s it stops and finishes on the next edits. */
// A getter: the engine's exports load on first use (scripts/build.mjs, lazy chunks), never at activation.
const EDITOR_BUDGET: LintBudget = { get ms() { return EDITOR_LINT_BUDGET_MS; }, now: () => Date.now() };
import type { ConfigStore } from '../config-store';
import { toEntries, type LintEntry } from './diagnostics';
import { isLintable, readLintSettings, type LintSettings } from './settings';

/** The findings of one version of one document. */
export interface LintSnapshot {
  uri: vscode.Uri;
  version: number;
  text: string;
  result: LintResult;
  entries: LintEntry[];
  /** From the same incremental lint (no second parse): the status bar and the report show these. */
  metrics: DocumentMetrics;
}

interface DocumentState {
  /** One incremental linter per document: after an edit only the changed blocks are linted again. */
  linter: Linter;
  /** What is published. */
  snapshot?: LintSnapshot;
  /** Findings of a newer version computed on demand (quick fixes, hover) but not published yet. */
  scratch?: LintSnapshot;
  timer?: ReturnType<typeof setTimeout>;
}

/**
 * Lints open Markdown documents and publishes the findings.
 * - on open (at once), as you type (debounced by `lectern.lint.debounceMs`) or on save (`lectern.lint.run`);
 * - a result is published only if the document is still at the version that was linted (stale ones are dropped);
 * - cleared when the document closes;
 * - focus mode hides the findings on the lines that hold a cursor, and shows them again when the cursor leaves.
 */
export class LintController implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('lectern');
  private readonly states = new Map<string, DocumentState>();
  private readonly linted = new vscode.EventEmitter<LintSnapshot>();
  private readonly disposables: vscode.Disposable[] = [];
  private settings: LintSettings = readLintSettings();
  /** Fires after a document's findings were published (the status bar and the report listen). */
  readonly onDidLint = this.linted.event;

  constructor(
    private readonly configs: ConfigStore,
    private readonly repositoryUrl: string,
    private readonly log: vscode.LogOutputChannel,
    /** The costly engines (retext-equality) every Linter of this host gets. */
    private readonly providers: LintProviders,
  ) {
    this.disposables.push(
      this.collection,
      this.linted,
      vscode.workspace.onDidOpenTextDocument((d) => this.lintNow(d)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0) return;
        if (this.settings.run === 'onType') this.schedule(e.document);
      }),
      vscode.workspace.onDidSaveTextDocument((d) => {
        if (this.settings.run === 'onSave') this.lintNow(d);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      // VS Code keeps a closed editor's document alive for a while (onDidCloseTextDocument comes late or not at all),
      // so the findings go when the last tab showing the file closes, and come back when it is shown again. A preview
      // tab that is reused for another file reports a change, not a close, hence the comparison of whole sets.
      vscode.window.tabGroups.onDidChangeTabs(() => this.syncWithTabs()),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (this.settings.focusMode) this.publish(e.textEditor.document.uri);
      }),
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        for (const editor of editors) if (!this.states.has(editor.document.uri.toString())) this.lintNow(editor.document);
        if (this.settings.focusMode) for (const key of this.states.keys()) this.publish(vscode.Uri.parse(key));
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('lectern.lint')) {
          this.settings = readLintSettings();
          this.relintAll();
        }
      }),
      configs.onDidChange(() => this.relintAll(true)),
    );
  }

  /** Keys of the documents shown in a tab at the last tab change. */
  private shownInTabs = new Set<string>();

  private syncWithTabs(): void {
    const shown = new Map<string, vscode.Uri>();
    for (const group of vscode.window.tabGroups.all) {
      for (const tab of group.tabs) {
        const uri = tabUri(tab);
        if (uri) shown.set(uri.toString(), uri);
      }
    }
    for (const key of this.shownInTabs) if (!shown.has(key)) this.forget(vscode.Uri.parse(key));
    for (const [key] of shown) {
      if (this.states.has(key)) continue;
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      if (document) this.lintNow(document);
    }
    this.shownInTabs = new Set(shown.keys());
  }

  /** Lints every open Markdown document; with `fresh`, new linters pick up a changed configuration. */
  relintAll(fresh = false): void {
    if (fresh) for (const [key, state] of this.states) state.linter = this.newLinter(vscode.Uri.parse(key));
    // Documents closed in the editor but still loaded are left alone: their findings were cleared on close.
    const shown = new Set([...this.states.keys(), ...vscode.window.visibleTextEditors.map((e) => e.document.uri.toString())]);
    for (const document of vscode.workspace.textDocuments) if (shown.has(document.uri.toString())) this.lintNow(document);
  }

  /** At activation: every loaded Markdown document, shown or not (they were opened before Lectern listened). */
  lintLoaded(): void {
    for (const [key, state] of this.states) state.linter = this.newLinter(vscode.Uri.parse(key));
    for (const document of vscode.workspace.textDocuments) this.lintNow(document);
  }

  /** Lints at once and publishes. Returns the snapshot, or undefined for documents Lectern does not lint. */
  lintNow(document: vscode.TextDocument): LintSnapshot | undefined {
    const state = this.stateFor(document);
    if (!state) return undefined;
    if (state.timer) clearTimeout(state.timer);
    state.timer = undefined;
    const snapshot = this.compute(document, state);
    if (!snapshot) return state.snapshot;
    state.snapshot = snapshot;
    state.scratch = undefined;
    this.publish(document.uri);
    this.linted.fire(snapshot);
    return snapshot;
  }

  /**
   * The findings for the document's current version, for quick fixes and the hover, which need offsets that match
   * the text. When the published ones are stale (typing, or `onSave` mode) they are computed without being
   * published, so the debounce and `lectern.lint.run` still decide what the Problems panel shows.
   */
  current(document: vscode.TextDocument): LintSnapshot | undefined {
    const known = this.states.get(document.uri.toString());
    if (known?.snapshot?.version === document.version) return known.snapshot;
    if (known?.scratch?.version === document.version) return known.scratch;
    if (!known) return this.lintNow(document);
    const snapshot = this.compute(document, known);
    if (snapshot) known.scratch = snapshot;
    return snapshot ?? known.snapshot;
  }

  private stateFor(document: vscode.TextDocument): DocumentState | undefined {
    if (!isLintable(document) || document.isClosed) return undefined;
    if (!this.settings.enable) {
      this.forget(document.uri);
      return undefined;
    }
    const key = document.uri.toString();
    let state = this.states.get(key);
    if (!state) {
      state = { linter: this.newLinter(document.uri) };
      this.states.set(key, state);
    }
    return state;
  }

  /** Lints the document's current text with its incremental linter; undefined if a rule threw. */
  private compute(document: vscode.TextDocument, state: DocumentState): LintSnapshot | undefined {
    const version = document.version;
    const text = document.getText();
    if (isOverSize(text, this.settings.maxFileSize)) {
      this.tooLarge(document);
      return undefined;
    }
    let result: LintResult;
    try {
      result = state.linter.lint(text);
    } catch (error) {
      // A bug in a rule must never take the editor down: log it and keep the last good findings.
      this.log.error(`Lint failed for ${document.uri.toString(true)}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      return undefined;
    }
    // The lint is synchronous today; the check keeps stale results out if it ever moves off the main thread.
    if (document.version !== version || document.isClosed) return undefined;
    for (const notice of result.notices) this.notify(notice.message);
    const entries = toEntries(result.findings, result.problems, (o) => document.positionAt(o), this.settings, this.repositoryUrl);
    return { uri: document.uri, version, text, result, entries, metrics: state.linter.metrics() };
  }

  /** Documents already told they are too large to lint: the notice shows once per document per session. */
  private readonly toldTooLarge = new Set<string>();

  private tooLarge(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (this.toldTooLarge.has(key)) return;
    this.toldTooLarge.add(key);
    void vscode.window.showInformationMessage(vscode.l10n.t(
      'Lectern does not lint {0}: it is larger than {1} (setting lectern.maxFileSize; 0 lints every file).',
      vscode.workspace.asRelativePath(document.uri), formatSize(this.settings.maxFileSize)));
  }

  /** Host notices already written to the log: each once per session, not once per keystroke. */
  private readonly noticed = new Set<string>();

  private notify(message: string): void {
    if (this.noticed.has(message)) return;
    this.noticed.add(message);
    this.log.warn(message);
  }

  /**
   * The document's metrics under its config: from its current lint, or (linting off, or a rule threw) computed
   * without rules, so the numbers still follow the configured long-sentence and long-paragraph `max`.
   */
  metricsOf(document: vscode.TextDocument): DocumentMetrics {
    return this.current(document)?.metrics ?? computeMetrics(document.getText(), this.configs.configFor(document.uri));
  }

  /** Lints a file that is not open (Lint Workspace) under its config, with this host's providers. */
  lintUnopened(text: string, uri: vscode.Uri): LintResult {
    const result = lintText(text, this.configs.configFor(uri), this.providers, EDITOR_BUDGET);
    for (const notice of result.notices) this.notify(notice.message);
    return result;
  }

  /** The last published findings, whatever version they belong to (for the status bar and the report). */
  last(uri: vscode.Uri): LintSnapshot | undefined {
    return this.states.get(uri.toString())?.snapshot;
  }

  private schedule(document: vscode.TextDocument): void {
    if (!isLintable(document) || !this.settings.enable) return;
    const key = document.uri.toString();
    let state = this.states.get(key);
    if (!state) {
      state = { linter: this.newLinter(document.uri) };
      this.states.set(key, state);
    }
    if (state.timer) clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      this.lintNow(document);
    }, this.settings.debounceMs);
  }

  /** Shows the snapshot's diagnostics, minus those on a cursor's line when focus mode is on. */
  publish(uri: vscode.Uri): void {
    const snapshot = this.states.get(uri.toString())?.snapshot;
    if (!snapshot) return;
    let entries = snapshot.entries;
    if (this.settings.focusMode) {
      const lines = cursorLines(uri);
      if (lines.size > 0) {
        entries = entries.filter((e) => {
          for (let l = e.diagnostic.range.start.line; l <= e.diagnostic.range.end.line; l++) if (lines.has(l)) return false;
          return true;
        });
      }
    }
    this.collection.set(uri, entries.map((e) => e.diagnostic));
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const state = this.states.get(key);
    if (state?.timer) clearTimeout(state.timer);
    this.states.delete(key);
    this.collection.delete(uri);
  }

  private newLinter(uri: vscode.Uri): Linter {
    return new Linter(this.configs.configFor(uri), this.providers, false, EDITOR_BUDGET);
  }

  dispose(): void {
    for (const state of this.states.values()) if (state.timer) clearTimeout(state.timer);
    for (const d of this.disposables) d.dispose();
  }
}

/** Lines that hold a cursor in any visible editor of the document. */
function cursorLines(uri: vscode.Uri): Set<number> {
  const lines = new Set<number>();
  for (const editor of vscode.window.visibleTextEditors) {
    if (editor.document.uri.toString() !== uri.toString()) continue;
    for (const s of editor.selections) lines.add(s.active.line);
  }
  return lines;
}

function tabUri(tab: vscode.Tab): vscode.Uri | undefined {
  const input = tab.input;
  if (input instanceof vscode.TabInputText) return input.uri;
  if (input instanceof vscode.TabInputTextDiff) return input.modified;
  return undefined;
}
