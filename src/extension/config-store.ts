import * as vscode from 'vscode';
import { defaultConfig, parseConfig } from '../core/lint/index';
import type { LecternConfig } from '../core/config-types';
import type { FileProblem } from '../core/problems';
import { CONFIG_FILE_NAME, CONFIG_FILE_PATH, LECTERN_FOLDER, TERMS_FILE_NAME, TERMS_FILE_PATH, effectiveContentFolders } from '../core/content';
import { LineIndex } from '../core/text';
import { parseTermsYaml } from '../core/terms';

/** The setting that names content folders when `.lectern/config.json` names none. */
const CONTENT_FOLDERS_SETTING = 'lectern.contentFolders';

/**
 * The extension's one source of `.lectern/config.json` (and the house terms of `.lectern/terms.yaml` merged into it):
 * every feature (lint, goals, and the checklist and templates that build on them) reads the parsed config here and
 * subscribes to `onDidChange`; nothing else reads or watches the file.
 * - One entry per workspace folder, read through `workspace.fs` (virtual workspaces work) and watched by one watcher,
 *   so edits on disk apply at once.
 * - When the file is open in an editor its live text wins, so its problems update as you type and an allow-list
 *   edit applies before it is saved.
 * - Problems are diagnostics in the config file itself (and `problemsFor`); `parseConfig` already falls back to the
 *   defaults for the broken part. Nothing here throws: an unreadable or unparsable file means the defaults.
 * - `onDidChange` also fires when the `lectern.contentFolders` setting changes, since `contentFoldersFor` reads it.
 */
export class ConfigStore implements vscode.Disposable {
  private readonly configs = new Map<string, LecternConfig>();
  private readonly parsedProblems = new Map<string, FileProblem[]>();
  private readonly problems = vscode.languages.createDiagnosticCollection('lectern-config');
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Loads run one after another so a slow read cannot overwrite a newer one. */
  private queue: Promise<void> = Promise.resolve();
  /** Fires when a folder's parsed config or its problems changed, or the content-folders setting did. */
  readonly onDidChange = this.changed.event;
  /** Resolves once every folder's config has been read for the first time. */
  readonly ready: Promise<void>;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${LECTERN_FOLDER}/{${CONFIG_FILE_NAME},${TERMS_FILE_NAME}}`);
    const reloadFor = (uri: vscode.Uri) => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (folder && (isConfigUri(folder, uri) || termsUri(folder).toString() === uri.toString())) void this.reload(folder);
    };
    this.disposables.push(
      this.problems,
      this.changed,
      watcher,
      watcher.onDidCreate(reloadFor),
      watcher.onDidChange(reloadFor),
      watcher.onDidDelete(reloadFor),
      vscode.workspace.onDidChangeTextDocument((e) => reloadFor(e.document.uri)),
      vscode.workspace.onDidOpenTextDocument((d) => reloadFor(d.uri)),
      vscode.workspace.onDidCloseTextDocument((d) => reloadFor(d.uri)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.reloadAll()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(CONTENT_FOLDERS_SETTING)) this.changed.fire();
      }),
    );
    this.ready = this.reloadAll();
  }

  /** Resolves once every folder's config has been read (the first lint waits for it). */
  reloadAll(): Promise<void> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    for (const key of [...this.configs.keys()]) {
      if (!folders.some((f) => f.uri.toString() === key)) {
        this.configs.delete(key);
        this.parsedProblems.delete(key);
      }
    }
    return Promise.all(folders.map((f) => this.reload(f))).then(() => undefined);
  }

  /** The config that applies to a document: its workspace folder's, else the first folder's, else the defaults. */
  configFor(uri: vscode.Uri): LecternConfig {
    const folder = folderFor(uri);
    return (folder && this.configs.get(folder.uri.toString())) ?? defaultConfig();
  }

  /** The problems `parseConfig` found in the config file that applies to `uri` (located in that file's text). */
  problemsFor(uri: vscode.Uri): readonly FileProblem[] {
    const folder = folderFor(uri);
    return (folder && this.parsedProblems.get(folder.uri.toString())) ?? [];
  }

  /**
   * The content folders that apply to `uri`'s workspace folder, normalised (empty = the whole folder): the config
   * file's when it names any, else the `lectern.contentFolders` setting's. Which files are content is then
   * `isContentPath` (src/core/content.ts).
   */
  contentFoldersFor(uri: vscode.Uri): string[] {
    const folder = folderFor(uri);
    const setting = vscode.workspace.getConfiguration('lectern', folder?.uri ?? uri).get<unknown[]>('contentFolders', []);
    return effectiveContentFolders(this.configFor(uri).contentFolders, setting);
  }

  reload(folder: vscode.WorkspaceFolder): Promise<void> {
    const next = this.queue.then(() => this.load(folder)).catch(() => undefined);
    this.queue = next;
    return next;
  }

  private async load(folder: vscode.WorkspaceFolder): Promise<void> {
    const uri = configUri(folder);
    const text = await readText(uri);
    let config: LecternConfig;
    let problems: FileProblem[] = [];
    let diagnostics: vscode.Diagnostic[] = [];
    if (text === null) {
      config = defaultConfig();
    } else {
      try {
        const parsed = parseConfig(text);
        config = parsed.config;
        problems = parsed.problems;
        diagnostics = toDiagnostics(uri, text, parsed.problems);
      } catch (error) {
        config = defaultConfig();
        const d = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0),
          vscode.l10n.t('Lectern could not read this configuration ({0}); the defaults are used.', String(error)),
          vscode.DiagnosticSeverity.Error);
        d.source = 'Lectern';
        diagnostics = [d];
        problems = [{ range: { start: 0, end: 0 }, message: d.message, severity: 'error' }];
      }
    }
    this.problems.set(uri, diagnostics);
    // House terms from terms.yaml come after the config's own; a broken entry is a diagnostic there, the rest apply.
    const terms = termsUri(folder);
    const termsText = await readText(terms);
    if (termsText === null) {
      this.problems.delete(terms);
    } else {
      const parsed = parseTermsYaml(termsText);
      config = { ...config, terms: [...config.terms, ...parsed.terms] };
      this.problems.set(terms, toDiagnostics(terms, termsText, parsed.problems));
    }
    const key = folder.uri.toString();
    const before = JSON.stringify([this.configs.get(key) ?? null, this.parsedProblems.get(key) ?? []]);
    this.configs.set(key, config);
    this.parsedProblems.set(key, problems);
    if (JSON.stringify([config, problems]) !== before) this.changed.fire();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function toDiagnostics(uri: vscode.Uri, text: string, problems: readonly FileProblem[]): vscode.Diagnostic[] {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  const positionAt = (offset: number) => (doc ? doc.positionAt(offset) : positionIn(text, offset));
  return problems.map((p) => {
    const d = new vscode.Diagnostic(
      new vscode.Range(positionAt(p.range.start), positionAt(p.range.end)),
      p.message,
      p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
    );
    d.source = 'Lectern';
    return d;
  });
}

export function termsUri(folder: vscode.WorkspaceFolder): vscode.Uri {
  return vscode.Uri.joinPath(folder.uri, ...TERMS_FILE_PATH.split('/'));
}

/** The `.lectern/config.json` of a workspace folder. */
export function configUri(folder: vscode.WorkspaceFolder): vscode.Uri {
  return vscode.Uri.joinPath(folder.uri, ...CONFIG_FILE_PATH.split('/'));
}

function isConfigUri(folder: vscode.WorkspaceFolder, uri: vscode.Uri): boolean {
  return configUri(folder).toString() === uri.toString();
}

export function folderFor(uri: vscode.Uri): vscode.WorkspaceFolder | undefined {
  return vscode.workspace.getWorkspaceFolder(uri) ?? vscode.workspace.workspaceFolders?.[0];
}

/**
 * The text of an open document with unsaved edits, else the file's, else null when there is no file. A clean open
 * document is not trusted: after a write on disk it can lag behind the file for a moment.
 */
async function readText(uri: vscode.Uri): Promise<string | null> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && !d.isClosed);
  if (open?.isDirty) return open.getText();
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    return new TextDecoder('utf-8').decode(bytes); // drops a BOM, as the editor does
  } catch {
    return null;
  }
}

function positionIn(text: string, offset: number): vscode.Position {
  const at = new LineIndex(text).positionAt(offset);
  return new vscode.Position(at.line, at.character);
}
