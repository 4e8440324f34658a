import * as vscode from 'vscode';
import { DIRECTIVE_RULE, localeFrom, localizeFinding, ruleDocsUrl, type FileProblem, type Finding, type Locale } from '../../core/lint/index';
import type { LintSettings } from './settings';

/** A finding (or a directive problem) together with the diagnostic shown for it. */
export interface LintEntry {
  rule: string;
  finding?: Finding;
  problem?: FileProblem;
  diagnostic: vscode.Diagnostic;
}

export const DIAGNOSTIC_SOURCE = 'Lectern';

/**
 * Each diagnostic's own entry. VS Code hands the extension's own Diagnostic objects back to the code-action provider,
 * so the finding rides with its diagnostic and nothing has to be found again by range or message. Weak: a diagnostic
 * that is no longer shown takes its entry with it.
 */
const entries = new WeakMap<vscode.Diagnostic, LintEntry>();

/** The entry a Lectern diagnostic was made for; undefined for other diagnostics. */
export function entryOf(diagnostic: vscode.Diagnostic): LintEntry | undefined {
  return entries.get(diagnostic);
}

/** Set by the host tests only (LecternExports.setLintLocale): VS Code's display language is fixed when it starts. */
let localeOverride: Locale | undefined;

export function overrideDisplayLocale(locale: Locale | undefined): void {
  localeOverride = locale;
}

/** The language rule messages, fix titles and hovers are shown in: VS Code's display language. */
export function displayLocale(): Locale {
  return localeOverride ?? localeFrom(vscode.env.language);
}

/** Turns the engine's offsets into editor diagnostics. `positionAt` is the document's, or a LineIndex's for unopened files. */
export function toEntries(
  findings: readonly Finding[],
  problems: readonly FileProblem[],
  positionAt: (offset: number) => vscode.Position,
  settings: LintSettings,
  repositoryUrl: string,
): LintEntry[] {
  const out: LintEntry[] = [];
  // One docs link per rule, not one parse per finding (a 100k-word post has over a thousand findings).
  const targets = new Map<string, vscode.Uri>();
  const target = (rule: string): vscode.Uri => {
    let uri = targets.get(rule);
    if (!uri) targets.set(rule, uri = vscode.Uri.parse(ruleDocsUrl(repositoryUrl, rule)));
    return uri;
  };
  const make = (rule: string, message: string, start: number, end: number, severity: vscode.DiagnosticSeverity) => {
    const d = new vscode.Diagnostic(new vscode.Range(positionAt(start), positionAt(end)), message, severity);
    d.source = DIAGNOSTIC_SOURCE;
    d.code = { value: rule, target: target(rule) };
    return d;
  };
  const add = (entry: LintEntry) => {
    entries.set(entry.diagnostic, entry);
    out.push(entry);
  };
  const locale = displayLocale();
  for (const finding of findings) {
    // The finding as shown: message and fix titles in the display language (the code actions read them from here).
    const f = localizeFinding(finding, locale);
    add({ rule: f.rule, finding: f, diagnostic: make(f.rule, f.message, f.range.start, f.range.end, settings.severityMap[f.severity]) });
  }
  for (const p of problems) {
    add({ rule: DIRECTIVE_RULE, problem: p, diagnostic: make(DIRECTIVE_RULE, p.message, p.range.start, p.range.end, settings.severityMap[p.severity]) });
  }
  return out;
}

/** The rule id a Lectern diagnostic carries, or undefined for other sources' diagnostics. */
export function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const code = diagnostic.code;
  if (typeof code === 'object' && code !== null) return String(code.value);
  return code === undefined ? undefined : String(code);
}
