import * as vscode from 'vscode';
import type { Severity } from '../../core/lint/index';
import { DEFAULT_MAX_FILE_SIZE } from '../../core/text-bytes';

/** The editor-behaviour settings (`lectern.lint.*`, `lectern.statusBar.enable`), read fresh each time they matter. */
export interface LintSettings {
  enable: boolean;
  run: 'onType' | 'onSave';
  debounceMs: number;
  focusMode: boolean;
  severityMap: Record<Severity, vscode.DiagnosticSeverity>;
  /** Documents over this many bytes are not linted in the editor (0: no limit). */
  maxFileSize: number;
}

const SEVERITY_NAMES: Record<string, vscode.DiagnosticSeverity> = {
  Error: vscode.DiagnosticSeverity.Error,
  Warning: vscode.DiagnosticSeverity.Warning,
  Information: vscode.DiagnosticSeverity.Information,
  Hint: vscode.DiagnosticSeverity.Hint,
};

const DEFAULT_MAP: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function readLintSettings(scope?: vscode.ConfigurationScope): LintSettings {
  const c = vscode.workspace.getConfiguration('lectern', scope);
  const map = { ...DEFAULT_MAP };
  const configured = c.get<Record<string, unknown>>('lint.severityMap') ?? {};
  for (const key of ['error', 'warning', 'info', 'hint'] as const) {
    const name = configured[key];
    // An unknown name keeps the default instead of hiding the finding.
    if (typeof name === 'string' && name in SEVERITY_NAMES) map[key] = SEVERITY_NAMES[name]!;
  }
  const debounce = c.get<number>('lint.debounceMs', 150);
  return {
    enable: c.get<boolean>('lint.enable', true),
    run: c.get<string>('lint.run') === 'onSave' ? 'onSave' : 'onType',
    debounceMs: Number.isFinite(debounce) ? Math.max(0, Math.min(5000, debounce)) : 150,
    focusMode: c.get<boolean>('lint.focusMode', false),
    severityMap: map,
    maxFileSize: readMaxFileSize(c),
  };
}

function readMaxFileSize(c: vscode.WorkspaceConfiguration): number {
  const v = c.get<number>('maxFileSize', DEFAULT_MAX_FILE_SIZE);
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : DEFAULT_MAX_FILE_SIZE;
}

export function statusBarEnabled(): boolean {
  return vscode.workspace.getConfiguration('lectern').get<boolean>('statusBar.enable', true);
}

/** Schemes whose Markdown is not the author's draft: git's diff originals and Lectern's own report. */
const IGNORED_SCHEMES = new Set(['git', 'lectern-report', 'output', 'vscode-scm']);

/** Lectern lints `markdown` documents of any scheme (file, untitled, virtual file systems…). */
export function isLintable(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown' && !IGNORED_SCHEMES.has(document.uri.scheme);
}
