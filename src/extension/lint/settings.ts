import * as vscode from 'vscode';
import type { Severity } from '../../core/lint/index';

/** The editor-behaviour settings (`lectern.lint.*`, `lectern.statusBar.enable`), read fresh each time they matter. */
export interface LintSettings {
  enable: boolean;
  run: 'onType' | 'onSave';
  debounceMs: number;
  focusMode: boolean;
  severityMap: Record<Severity, vscode.DiagnosticSeverity>;
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
  };
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
