import * as vscode from 'vscode';
import { defaultConfig, parseConfig } from '../../core/lint/index';
import type { LecternConfig } from '../../core/config-types';
import { LineIndex } from '../../core/text';
import { parseTermsYaml } from '../../core/terms';
import type { FileProblem } from '../../core/config-types';

export const CONFIG_PATH = ['.lectern', 'config.json'] as const;
/** Long lists of house terms, next to config.json. */
export const TERMS_PATH = ['.lectern', 'terms.yaml'] as const;

/**
 * The shared `.lectern/config.json` of each workspace folder, as the linter sees it.
 * - Read through `workspace.fs`, so virtual workspaces work; watched, so edits on disk apply at once.
 * - When the file is open in an editor its live text wins, so its problems update as you type and an allow-list
 *   edit applies before it is saved.
 * - Problems are diagnostics in the config file itself; `parseConfig` already falls back to the defaults for the
 *   broken part. Nothing here throws: an unreadable or unparsable file means the defaults.
 */
export class ConfigStore implements vscode.Disposable {
  private readonly configs = new Map<string, LecternConfig>();
  private readonly problems = vscode.languages.createDiagnosticCollection('lectern-config');
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Loads run one after another so a slow read cannot overwrite a newer one. */
  private queue: Promise<void> = Promise.resolve();
  readonly onDidChange = this.changed.event;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher('**/.lectern/{config.json,terms.yaml}');
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
    );
  }

  /** Resolves once every folder's config has been read (the first lint waits for it). */
  reloadAll(): Promise<void> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    for (const key of [...this.configs.keys()]) {
      if (!folders.some((f) => f.uri.toString() === key)) this.configs.delete(key);
    }
    return Promise.all(folders.map((f) => this.reload(f))).then(() => undefined);
  }

  /** The config that applies to a document: its workspace folder's, else the first folder's, else the defaults. */
  configFor(uri: vscode.Uri): LecternConfig {
    const folder = folderFor(uri);
    return (folder && this.configs.get(folder.uri.toString())) ?? defaultConfig();
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
    let diagnostics: vscode.Diagnostic[] = [];
    if (text === null) {
      config = defaultConfig();
    } else {
      try {
        const parsed = parseConfig(text);
        config = parsed.config;
        diagnostics = toDiagnostics(uri, text, parsed.problems);
      } catch (error) {
        config = defaultConfig();
        const d = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0),
          vscode.l10n.t('Lectern could not read this configuration ({0}); the defaults are used.', String(error)),
          vscode.DiagnosticSeverity.Error);
        d.source = 'Lectern';
        diagnostics = [d];
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
    const before = JSON.stringify(this.configs.get(key) ?? null);
    this.configs.set(key, config);
    if (JSON.stringify(config) !== before) this.changed.fire();
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
  return vscode.Uri.joinPath(folder.uri, ...TERMS_PATH);
}

export function configUri(folder: vscode.WorkspaceFolder): vscode.Uri {
  return vscode.Uri.joinPath(folder.uri, ...CONFIG_PATH);
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
