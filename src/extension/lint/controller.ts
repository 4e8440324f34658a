import * as vscode from 'vscode';
import { formatSize, isOverSize } from '../../core/text-bytes';
import { computeMetrics, EDITOR_LINT_BUDGET_MS, Linter, lintText, type DocumentMetrics, type LintBudget, type LintProviders, type LintResult } from '../../core/lint/index';
import type { ConfigStore } from '../config-store';
import { toEntries, type LintEntry } from './diagnostics';
import { isLintable, readLintSettings, type LintSettings } from './settings';
import { FIRST_PREFIX_CHARS, nextPrefixStep, nextSliceMs, prefixEnd, sliceBudgetMs, SLICE_MS } from './slices';

/** A lint in the extension host may not freeze typing for long: past 2 s it stops and finishes on the next edits. */
// A getter: the engine's exports load on first use (scripts/build.mjs, lazy chunks), never at activation.
const EDITOR_BUDGET: LintBudget = { get ms() { return EDITOR_LINT_BUDGET_MS; }, now: () => Date.now() };

/** What the warm-up lints (see LintController.warmUp): a little of each kind of Markdown the rules look at. */
const WARM_UP_TEXT = [
  '# Warming up', '',
  'This paragraph is linted once, so that the parser and the rules are ready. It has *emphasis*, `code` and a',
  '[link](https://example.com), and it was written by the extension itself.', '',
  '- one item of a list', '- another item', '',
  '> A quote that is very short.', '',
].join('\n');

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
  /**
   * How far into the document the linter's cache reaches: 0 for a new linter, the prefix reached by a first lint under
   * way (or dropped by an edit), Infinity once a lint had the whole text (an edit's re-lint then takes the whole text
   * too, which keeps the cached chunks after the edit). A run starts in prefix mode when much of the text lies beyond.
   */
  coveredTo: number;
  /** What is published. */
  snapshot?: LintSnapshot;
  /** Findings of a newer version computed on demand (quick fixes, hover) but not published yet. */
  scratch?: LintSnapshot;
  timer?: ReturnType<typeof setTimeout>;
  /** The lint under way, in slices. */
  run?: SlicedRun;
}

/**
 * One lint of one version of a document, in slices of about SLICE_MS with a yield to the event loop between them, so
 * the extension host never waits long for Lectern (typing, other extensions, commands). The linter keeps every chunk a
 * slice finished, so each slice goes on where the last stopped. The per-document budget (2 s) is the sum of the slices.
 * An edit drops the run (the next lint starts from the linter's cache); only a finished run is published.
 */
interface SlicedRun {
  version: number;
  text: string;
  /** Publish when finished (lintNow); a run for `current`/`whenCurrent` alone only computes. */
  publish: boolean;
  /** Milliseconds spent in slices so far. */
  spent: number;
  /** The next slice's budget (see nextSliceMs). */
  sliceMs: number;
  slices: number;
  /**
   * Prefix mode (see FIRST_PREFIX_CHARS): the text up to here is linted and cached, the next slice lints up to about
   * `step` characters further. Undefined: every slice lints the whole text (a re-lint, a short document).
   */
  cut?: number;
  step: number;
  timer?: ReturnType<typeof setTimeout>;
  /** Settles with the snapshot, or undefined when the run was dropped or a rule threw. */
  done: Promise<LintSnapshot | undefined>;
  settle: (snapshot: LintSnapshot | undefined) => void;
}

/** What the sliced lints did (for the host tests and the load probe; nothing reads it to decide anything). */
export interface SliceStats {
  /** Slices run, in all documents, since activation. */
  slices: number;
  /** Lints finished (published or not) that took more than one slice. */
  slicedLints: number;
  /** Runs dropped because the document changed (or closed) before they finished. */
  dropped: number;
  /** The longest single slice, in ms. */
  longestSliceMs: number;
  /** The longest finish of a run: diagnostics built and published, listeners (status bar, report) told, in ms. */
  longestFinishMs: number;
  /**
   * The same two in CPU time of the host process (Node hosts; 0 elsewhere): on a shared machine a slice's wall time
   * also counts the time the host was not running at all.
   */
  longestSliceCpuMs: number;
  longestFinishCpuMs: number;
}

/** CPU time used by the extension host's process so far, in ms; 0 where the host has no `process` (the web). */
function cpuMs(): number {
  const usage = (globalThis as { process?: { cpuUsage?: () => { user: number; system: number } } }).process?.cpuUsage?.();
  return usage ? (usage.user + usage.system) / 1000 : 0;
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
  readonly sliceStats: SliceStats = { slices: 0, slicedLints: 0, dropped: 0, longestSliceMs: 0, longestFinishMs: 0, longestSliceCpuMs: 0, longestFinishCpuMs: 0 };
  private budgetOverride: number | undefined;
  /**
   * The per-document budget: the sum of one lint's slices (2 s). Host tests change it: a loaded CI machine must not
   * cut their lint short, and a tiny one shows the located notice. (Read on use: the engine loads on first use.)
   */
  get budgetMs(): number {
    return this.budgetOverride ?? EDITOR_BUDGET.ms;
  }
  set budgetMs(ms: number) {
    this.budgetOverride = ms;
  }

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

  private warmTimer?: ReturnType<typeof setTimeout>;

  /**
   * Loads the engine (dist/core.js, a lazy chunk) in one task and lints a few lines in the next, which sets up
   * markdown-it and runs each rule once: called after `activate` returns, so neither counts in the activation, and the
   * first slice of a post's first lint does not carry them (together they held the host ≈ 100 ms on this machine). A
   * lint that comes first loads what it needs itself.
   */
  warmUp(): void {
    this.warmTimer = setTimeout(() => {
      const linter = new Linter(undefined, this.providers, false, EDITOR_BUDGET);
      this.warmTimer = setTimeout(() => {
        this.warmTimer = undefined;
        linter.lint(WARM_UP_TEXT);
      }, 0);
    }, 0);
  }

  /** Lints every open Markdown document; with `fresh`, new linters pick up a changed configuration. */
  relintAll(fresh = false): void {
    if (fresh) for (const [key, state] of this.states) this.replaceLinter(state, vscode.Uri.parse(key));
    // Documents closed in the editor but still loaded are left alone: their findings were cleared on close.
    const shown = new Set([...this.states.keys(), ...vscode.window.visibleTextEditors.map((e) => e.document.uri.toString())]);
    for (const document of vscode.workspace.textDocuments) if (shown.has(document.uri.toString())) this.lintNow(document);
  }

  /** At activation: every loaded Markdown document, shown or not (they were opened before Lectern listened). */
  lintLoaded(): void {
    for (const [key, state] of this.states) this.replaceLinter(state, vscode.Uri.parse(key));
    for (const document of vscode.workspace.textDocuments) this.lintNow(document);
  }

  /**
   * Lints now and publishes: the first slice at once (a small or already-linted document is done within it, and the
   * snapshot is returned), the rest in slices that yield to the host between them (then the last published snapshot,
   * possibly of an older version, is returned and the new one is published when the run finishes; `whenCurrent`
   * waits for it). Undefined for documents Lectern does not lint.
   */
  lintNow(document: vscode.TextDocument): LintSnapshot | undefined {
    const state = this.stateFor(document);
    if (!state) return undefined;
    if (state.timer) clearTimeout(state.timer);
    state.timer = undefined;
    // Computed already for quick fixes or the hover: publish that.
    if (state.scratch?.version === document.version && !state.run) {
      this.accept(state, state.scratch, true);
      return state.snapshot;
    }
    // A run of this version under way only learns that it is to publish (its slices go on as scheduled).
    const underWay = state.run?.version === document.version;
    const run = this.runFor(document, state, true);
    if (run && !underWay) this.step(document, state, run);
    return state.snapshot;
  }

  /**
   * The findings for the document's current version, for quick fixes, the hover and commands, which need offsets that
   * match the text. When the published ones are stale (typing, or `onSave` mode) they are computed without being
   * published, so the debounce and `lectern.lint.run` still decide what the Problems panel shows.
   * Synchronous: when no finished lint is close (the first lint of a large document still under way) it lints the
   * rest at once and blocks the host for that long. What runs on its own (providers, views) uses `whenCurrent`.
   */
  current(document: vscode.TextDocument): LintSnapshot | undefined {
    const known = this.matching(document);
    if (known) return known;
    const state = this.stateFor(document);
    if (!state) return undefined;
    const run = this.runFor(document, state, !state.snapshot);
    if (!run) return undefined;
    while (state.run === run) this.step(document, state, run, true);
    return this.matching(document);
  }

  /**
   * The findings for the document's current version, once the sliced lint of that version has finished (never
   * blocking the host for longer than a slice). Undefined for documents Lectern does not lint, or when a rule threw.
   */
  async whenCurrent(document: vscode.TextDocument): Promise<LintSnapshot | undefined> {
    for (;;) {
      const known = this.matching(document);
      if (known) return known;
      const state = this.stateFor(document);
      if (!state) return undefined;
      const version = document.version;
      const run = this.runFor(document, state, !state.snapshot);
      if (!run) return undefined;
      if (!run.timer) this.step(document, state, run);
      const snapshot = await run.done;
      if (snapshot?.version === document.version) return snapshot;
      // Dropped because the document changed or got a new configuration: wait for the lint of what it is now. Not
      // when a rule threw (the run settled empty, nothing newer under way).
      if (document.isClosed) return undefined;
      if (!snapshot && document.version === version && !this.states.get(document.uri.toString())?.run) return this.matching(document);
    }
  }

  /** The published or computed snapshot of the document's current version, if there is one. */
  private matching(document: vscode.TextDocument): LintSnapshot | undefined {
    const known = this.states.get(document.uri.toString());
    if (known?.snapshot?.version === document.version) return known.snapshot;
    if (known?.scratch?.version === document.version) return known.scratch;
    return undefined;
  }

  /** The run of the document's current version (a new one when there is none), or undefined when it is too large. */
  private runFor(document: vscode.TextDocument, state: DocumentState, publish: boolean): SlicedRun | undefined {
    const version = document.version;
    if (state.run && state.run.version === version) {
      state.run.publish ||= publish;
      return state.run;
    }
    this.drop(state);
    const text = document.getText();
    if (isOverSize(text, this.settings.maxFileSize)) {
      this.tooLarge(document);
      return undefined;
    }
    let settle!: (snapshot: LintSnapshot | undefined) => void;
    const done = new Promise<LintSnapshot | undefined>((resolve) => { settle = resolve; });
    // A first lint of a long text goes by prefixes; a re-lint (the chunks are cached) takes the whole text at once.
    const cut = text.length - state.coveredTo > 2 * FIRST_PREFIX_CHARS ? Math.min(state.coveredTo, text.length) : undefined;
    state.run = { version, text, publish, spent: 0, sliceMs: SLICE_MS, slices: 0, cut, step: FIRST_PREFIX_CHARS, done, settle };
    return state.run;
  }

  /** Ends the run under way without a result (an edit, a close, a new configuration). */
  private drop(state: DocumentState): void {
    const run = state.run;
    if (!run) return;
    if (run.timer) clearTimeout(run.timer);
    state.run = undefined;
    this.sliceStats.dropped++;
    run.settle(undefined);
  }

  /**
   * One slice of the run (with `whole`, the rest of it at once); schedules the next slice, or finishes the run: the
   * snapshot is built and, when the run publishes, published.
   */
  private step(document: vscode.TextDocument, state: DocumentState, run: SlicedRun, whole = false): void {
    if (run.timer) clearTimeout(run.timer);
    run.timer = undefined;
    if (this.droppedAsStale(document, state, run)) return;
    const started = Date.now();
    const startedCpu = cpuMs();
    const remaining = this.budgetMs - run.spent;
    // In prefix mode a slice lints the text up to its cut; the whole text once the cut reaches its end, the budget is
    // spent (the result then names where checking stopped in the whole text) or the rest is wanted at once.
    const end = whole || run.cut === undefined || remaining <= 0 ? run.text.length : prefixEnd(run.text, run.cut + run.step);
    const input = end >= run.text.length ? run.text : run.text.slice(0, end);
    let result: LintResult;
    try {
      const ms = whole ? remaining : sliceBudgetMs(run.sliceMs, run.spent, this.budgetMs);
      result = state.linter.lint(input, { ms, now: EDITOR_BUDGET.now, of: this.budgetMs });
    } catch (error) {
      // A bug in a rule must never take the editor down: log it and keep the last good findings.
      this.log.error(`Lint failed for ${document.uri.toString(true)}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      state.run = undefined;
      run.settle(undefined);
      return;
    }
    const took = Date.now() - started;
    run.spent += took;
    run.slices++;
    this.sliceStats.slices++;
    this.sliceStats.longestSliceMs = Math.max(this.sliceStats.longestSliceMs, took);
    this.sliceStats.longestSliceCpuMs = Math.max(this.sliceStats.longestSliceCpuMs, Math.round(cpuMs() - startedCpu));
    const stoppedAt = state.linter.stoppedAt;
    const prefix = input !== run.text;
    state.coveredTo = prefix ? Math.max(run.cut ?? 0, stoppedAt ?? end) : Infinity;
    if (prefix || (stoppedAt !== undefined && run.spent < this.budgetMs)) {
      run.sliceMs = stoppedAt !== undefined ? nextSliceMs(run.sliceMs, state.linter.finishedChunks) : SLICE_MS;
      if (run.cut !== undefined) {
        const reached = Math.min(state.coveredTo, run.text.length);
        run.step = nextPrefixStep(run.step, reached - run.cut, took);
        run.cut = reached;
      }
      if (!whole) run.timer = setTimeout(() => this.step(document, state, run), 0);
      return;
    }
    // Finished, or the whole budget is spent: then the result carries the located notice naming it. After a sliced
    // lint the diagnostics are built and published in a task of their own (for a large post that is a slice's worth
    // of work too); a small document's lint finishes at once, as before.
    if (run.slices > 1 && !whole) {
      run.timer = setTimeout(() => this.finish(document, state, run, result), 0);
      return;
    }
    this.finish(document, state, run, result);
  }

  /**
   * True when the run is no longer the document's (a newer run replaced it) or the text changed under it; a changed
   * text drops the run, and a run that was to publish is started again on the new text (the debounce of typing
   * decides when; in `onSave` mode too, so an opened document always gets its findings).
   */
  private droppedAsStale(document: vscode.TextDocument, state: DocumentState, run: SlicedRun): boolean {
    if (state.run !== run) return true;
    if (!document.isClosed && document.version === run.version) return false;
    this.drop(state);
    if (run.publish && !document.isClosed) this.schedule(document, true);
    return true;
  }

  /** Builds the run's snapshot from its finished result and keeps or publishes it. */
  private finish(document: vscode.TextDocument, state: DocumentState, run: SlicedRun, result: LintResult): void {
    run.timer = undefined;
    if (this.droppedAsStale(document, state, run)) return;
    const started = Date.now();
    const startedCpu = cpuMs();
    state.run = undefined;
    if (run.slices > 1) this.sliceStats.slicedLints++;
    for (const notice of result.notices) this.notify(notice.message);
    const entries = toEntries(result.findings, result.problems, (o) => document.positionAt(o), this.settings, this.repositoryUrl);
    const snapshot: LintSnapshot = { uri: document.uri, version: run.version, text: run.text, result, entries, metrics: state.linter.metrics() };
    this.accept(state, snapshot, run.publish);
    run.settle(snapshot);
    this.sliceStats.longestFinishMs = Math.max(this.sliceStats.longestFinishMs, Date.now() - started);
    this.sliceStats.longestFinishCpuMs = Math.max(this.sliceStats.longestFinishCpuMs, Math.round(cpuMs() - startedCpu));
  }

  /** Keeps a finished snapshot: published (Problems panel, status bar, report) or kept for `current`. */
  private accept(state: DocumentState, snapshot: LintSnapshot, publish: boolean): void {
    if (!publish) {
      state.scratch = snapshot;
      return;
    }
    state.snapshot = snapshot;
    state.scratch = undefined;
    this.publish(snapshot.uri);
    this.linted.fire(snapshot);
  }

  private stateFor(document: vscode.TextDocument): DocumentState | undefined {
    if (!isLintable(document) || document.isClosed) return undefined;
    if (!this.settings.enable) {
      this.forget(document.uri);
      return undefined;
    }
    return this.states.get(document.uri.toString()) ?? this.track(document);
  }

  /** Starts linting a document Lectern does not track yet. */
  private track(document: vscode.TextDocument): DocumentState {
    const state: DocumentState = { linter: this.newLinter(document.uri), coveredTo: 0 };
    this.states.set(document.uri.toString(), state);
    // Whatever shows for this URI now belongs to an earlier document of the same name (an untitled one's name is
    // reused): gone until this document's own lint publishes.
    this.collection.delete(document.uri);
    return state;
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
   * The document's metrics under its config: from its current lint once it has finished, or (linting off, or a rule
   * threw) computed without rules, so the numbers still follow the configured long-sentence and long-paragraph `max`.
   */
  async metricsOf(document: vscode.TextDocument): Promise<DocumentMetrics> {
    return (await this.whenCurrent(document))?.metrics ?? computeMetrics(document.getText(), this.configs.configFor(document.uri));
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

  /** Lints after the typing debounce. `known`: only a document Lectern already lints (a dropped run's). */
  private schedule(document: vscode.TextDocument, known = false): void {
    if (!isLintable(document) || !this.settings.enable) return;
    const key = document.uri.toString();
    let state = this.states.get(key);
    if (!state) {
      if (known) return;
      state = this.track(document);
    }
    // The run of the version before this edit can only be dropped: do it now, not at its next slice.
    if (state.run && state.run.version !== document.version) this.drop(state);
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
    if (state) this.drop(state);
    this.states.delete(key);
    this.collection.delete(uri);
  }

  private newLinter(uri: vscode.Uri): Linter {
    return new Linter(this.configs.configFor(uri), this.providers, false, EDITOR_BUDGET);
  }

  /** A new linter (a changed configuration): the run under way belonged to the old one. */
  private replaceLinter(state: DocumentState, uri: vscode.Uri): void {
    this.drop(state);
    state.scratch = undefined;
    state.linter = this.newLinter(uri);
    state.coveredTo = 0;
  }

  dispose(): void {
    if (this.warmTimer) clearTimeout(this.warmTimer);
    for (const state of this.states.values()) {
      if (state.timer) clearTimeout(state.timer);
      this.drop(state);
    }
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
