import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliContext } from '../fs';
import { UsageError, type Subcommand } from './types';
import { applyFixes, lintText, rules, type LintResult } from '../../core/lint/index';
import type { LecternConfig } from '../../core/config-types';
import { collectInputs, type InputFile } from '../lint/collect';
import { errorCode, loadConfig } from '../lint/config';
import { decodeText, encodeText, type DecodedText } from '../lint/text-file';
import { formatJson, formatSummary, formatText, toDiagnostics, type FileReport } from '../lint/report';
import { formatSarif } from '../lint/sarif';

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

/** A fix can reveal or unblock another (overlapping edits are skipped once); a few passes settle it, as in ESLint. */
const MAX_FIX_PASSES = 10;

const usage = `Usage: lectern lint [paths or globs…] [--format text|json|sarif] [--config file] [--fix] [--quiet]

Lints Markdown drafts for clarity. Folders are searched recursively for .md, .markdown and .mdx files
(node_modules and .git are skipped); globs (quote them) select Markdown files; no path means the current folder.

Options:
  --format text|json|sarif  output format (default: text, "path:line:column: severity rule message")
  --config file             configuration file (default: .lectern/config.json in the nearest folder, walking up
                            from the current folder, that holds a .lectern/ folder)
  --fix                     apply the automatic fixes and write the files back (atomically); report what is left
  --quiet                   report errors only, without the summary line

Exit codes: 0 no error-severity finding, 1 error-severity findings remain, 2 usage, config or unreadable input.
`;

interface LintOptions {
  paths: string[];
  format: Format;
  config?: string;
  fix: boolean;
  quiet: boolean;
}

function parseArgs(args: readonly string[]): LintOptions {
  const options: LintOptions = { paths: [], format: 'text', fix: false, quiet: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? args[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--format') {
      const v = value();
      if (!(FORMATS as readonly string[]).includes(v)) throw new UsageError(`--format ${v}: expected text, json or sarif`);
      options.format = v as Format;
    } else if (flag === '--config') {
      options.config = value();
    } else if (flag === '--fix' && inline === undefined) {
      options.fix = true;
    } else if (flag === '--quiet' && inline === undefined) {
      options.quiet = true;
    } else if (arg === '--') {
      options.paths.push(...args.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option '${arg}'`);
    } else {
      options.paths.push(arg);
    }
  }
  return options;
}

interface LintedFile {
  input: InputFile;
  decoded: DecodedText;
  result: LintResult;
  /** Findings fixed by --fix in this file. */
  fixed: number;
}

async function run(ctx: CliContext, args: string[]): Promise<number> {
  const options = parseArgs(args);
  const loaded = await loadConfig(ctx.fs, ctx.cwd, options.config);
  if (loaded.problems.length > 0) {
    for (const line of loaded.problems) ctx.stderr.write(line + '\n');
    return EXIT_USAGE;
  }
  const inputs = await collectInputs(ctx.fs, ctx.cwd, options.paths);

  // Read everything first: an unreadable input is exit 2 before any output, so a report is never half a report.
  const decoded: DecodedText[] = [];
  for (const input of inputs) {
    try {
      decoded.push(decodeText(await ctx.fs.readFile(input.absolute)));
    } catch (error) {
      throw new UsageError(`${input.display}: cannot read (${errorCode(error)})`);
    }
  }

  const linted: LintedFile[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i]!;
    let file: LintedFile = { input, decoded: decoded[i]!, result: lintText(decoded[i]!.text, loaded.config), fixed: 0 };
    if (options.fix) file = await fixFile(ctx, file, loaded.config);
    linted.push(file);
  }

  const reports: FileReport[] = linted.map((f) => {
    const all = toDiagnostics(f.decoded.text, f.result.findings, f.result.problems);
    return { path: f.input.display, diagnostics: options.quiet ? all.filter((d) => d.severity === 'error') : all };
  });

  if (options.format === 'json') ctx.stdout.write(formatJson(reports));
  else if (options.format === 'sarif') ctx.stdout.write(formatSarif(reports, rules, ctx.cwd));
  else {
    ctx.stdout.write(formatText(reports));
    if (!options.quiet) ctx.stdout.write(formatSummary(reports));
  }
  if (options.fix && !options.quiet) writeFixReport(ctx, linted, options.format);

  const errorsLeft = linted.some((f) =>
    f.result.findings.some((x) => x.severity === 'error') || f.result.problems.some((p) => p.severity === 'error'));
  return errorsLeft ? EXIT_FINDINGS : EXIT_OK;
}

/** Applies every automatic fix, re-linting between passes, and writes the file only if its text changed. */
async function fixFile(ctx: CliContext, file: LintedFile, config: LecternConfig): Promise<LintedFile> {
  let text = file.decoded.text;
  let result = file.result;
  let fixed = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixes = result.findings.flatMap((f) => (f.fix && f.fix.edits.length > 0 ? [f.fix] : []));
    if (fixes.length === 0) break;
    const applied = applyFixes(text, fixes);
    if (applied.applied === 0 || applied.text === text) break;
    fixed += applied.applied;
    text = applied.text;
    result = lintText(text, config);
  }
  if (text === file.decoded.text) return file;
  const decoded = { text, bom: file.decoded.bom };
  try {
    await ctx.fs.writeFileAtomic(file.input.absolute, encodeText(decoded));
  } catch (error) {
    throw new UsageError(`${file.input.display}: cannot write (${errorCode(error)})`);
  }
  return { ...file, decoded, result, fixed };
}

/** What --fix did. With the text format it follows the summary on stdout; with JSON or SARIF it goes to stderr,
 *  so stdout stays one parsable document. */
function writeFixReport(ctx: CliContext, files: readonly LintedFile[], format: Format): void {
  const changed = files.filter((f) => f.fixed > 0);
  const total = changed.reduce((n, f) => n + f.fixed, 0);
  const left = files.reduce((n, f) => n + f.result.findings.length + f.result.problems.length, 0);
  const out = format === 'text' ? ctx.stdout : ctx.stderr;
  for (const f of changed) out.write(`Fixed ${f.fixed} problem${f.fixed === 1 ? '' : 's'} in ${f.input.display}.\n`);
  out.write(`Fixed ${total} problem${total === 1 ? '' : 's'} in ${changed.length} file${changed.length === 1 ? '' : 's'}; ${left} left.\n`);
}

export const lintCommand: Subcommand = {
  name: 'lint',
  summary: 'lint Markdown drafts for clarity (text, JSON or SARIF; --fix)',
  usage,
  run,
};
