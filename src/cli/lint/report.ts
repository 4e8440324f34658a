import { DIRECTIVE_RULE, localizeFinding, type FileProblem, type Finding, type LintResult, type Locale, type Severity } from '../../core/lint/index';
import { cliText } from '../messages';
import { LineIndex } from '../../core/text';
import type { TextRange } from '../../core/text';
import { locatedAt, oneLine } from '../located';

export { DIRECTIVE_RULE };

/** One finding as every output format sees it: 1-based lines and columns, UTF-16 columns, end column exclusive. */
export interface OutputDiagnostic {
  rule: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The automatic fix, kept for SARIF's `fixes`; not part of the JSON format. */
  fix?: { description: string; replacements: Array<OutputRegion & { newText: string }> };
}

export interface OutputRegion {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface FileReport {
  path: string;
  diagnostics: OutputDiagnostic[];
}

/**
 * What one linted file gives the output, without its text or the engine's findings: all a many-file run's worker
 * thread sends back (lint-pool.ts), so the main thread neither keeps the texts nor converts offsets.
 */
export interface FileLint {
  /** Every finding and directive problem (`toDiagnostics`), in the run's locale; `--quiet` filters later. */
  diagnostics: OutputDiagnostic[];
  /** The engine's host notices (`LintResult.notices`), said once per run. */
  notices: string[];
}

/** One file of a many-file run: linted, or why it was not read (one line the CLI prints after the file's path). */
export type FileOutcome = { ok: true; lint: FileLint } | { ok: false; reason: string };

export function fileLint(text: string, result: LintResult, locale: Locale): FileLint {
  return { diagnostics: toDiagnostics(text, result.findings, result.problems, locale), notices: result.notices.map((n) => n.message) };
}

export function regionOf(index: LineIndex, range: TextRange): OutputRegion {
  const start = index.positionAt(range.start);
  const end = index.positionAt(range.end);
  return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

/** Findings and directive problems of one file, in document order, ready for any format; messages in `locale`. */
export function toDiagnostics(text: string, findings: readonly Finding[], problems: readonly FileProblem[], locale: Locale = 'en'): OutputDiagnostic[] {
  const index = new LineIndex(text);
  const all: Array<{ start: number; diagnostic: OutputDiagnostic }> = [];
  for (const finding of findings) {
    const f = localizeFinding(finding, locale);
    const diagnostic: OutputDiagnostic = { rule: f.rule, severity: f.severity, message: oneLine(f.message), ...regionOf(index, f.range) };
    if (f.fix && f.fix.edits.length > 0) {
      diagnostic.fix = {
        description: f.fix.title,
        replacements: f.fix.edits.map((e) => ({ ...regionOf(index, e.range), newText: e.newText })),
      };
    }
    all.push({ start: f.range.start, diagnostic });
  }
  for (const p of problems) {
    all.push({
      start: p.range.start,
      diagnostic: { rule: DIRECTIVE_RULE, severity: p.severity, message: oneLine(p.message), ...regionOf(index, p.range) },
    });
  }
  // A stable sort keeps the engine's order for findings that start at the same place.
  all.sort((a, b) => a.start - b.start);
  return all.map((a) => a.diagnostic);
}

export function countBySeverity(files: readonly FileReport[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const f of files) for (const d of f.diagnostics) counts[d.severity]++;
  return counts;
}

/** `path:line:column: severity rule message`, the line the manifest's `lectern` problem matcher reads. */
export function formatText(files: readonly FileReport[]): string {
  let out = '';
  for (const file of files) {
    for (const d of file.diagnostics) out += `${locatedAt(file.path, d.line, d.column, `${d.severity} ${d.rule} ${d.message}`)}\n`;
  }
  return out;
}

/** The summary line after the text format. Worded so the problem matcher never mistakes it for a finding. */
export function formatSummary(files: readonly FileReport[], locale: Locale = 'en'): string {
  const c = countBySeverity(files);
  const problems = c.error + c.warning + c.info + c.hint;
  if (problems === 0) return cliText(locale, 'noProblems', { files: files.length }) + '\n';
  const counts = { problems, errors: c.error, warnings: c.warning, info: c.info, hints: c.hint, files: files.length };
  return cliText(locale, c.hint ? 'summaryHints' : 'summary', counts) + '\n';
}

/** `{"files":[{"path":…,"diagnostics":[{"rule","severity","message","line","column","endLine","endColumn"}]}]}`. */
export function formatJson(files: readonly FileReport[]): string {
  const shaped = {
    files: files.map((f) => ({
      path: f.path,
      diagnostics: f.diagnostics.map((d) => ({
        rule: d.rule,
        severity: d.severity,
        message: d.message,
        line: d.line,
        column: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn,
      })),
    })),
  };
  return JSON.stringify(shaped) + '\n';
}
