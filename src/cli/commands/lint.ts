import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliContext, type LintJob } from '../fs';
import { UsageError, type Subcommand } from './types';
import { oneOf, parseArgs } from '../args';
import { fixToFixedPoint, lintText, rules, type LecternConfig, type LintProviders, type LintResult } from '../../core/lint/index';
import { collectInputs, type InputFile } from '../lint/collect';
import { loadConfig } from '../config';
import { encodeText, errorCode, readTextFile, type DecodedText, type ReadText } from '../text-file';
import { DEFAULT_MAX_FILE_SIZE, formatSize, parseSize } from '../../core/text-bytes';
import { FileError } from '../internal-error';
import { fileLint, formatJson, formatSummary, formatText, type FileLint, type FileReport } from '../lint/report';
import { formatSarif } from '../lint/sarif';
import { LINT_SWITCHES, type LintValueOption } from '../lint/options';
import { cliText } from '../messages';

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

/** From this many files on (without --fix), the host's lintFiles reads and lints them on every core. */
const PARALLEL_MIN_FILES = 8;


const usage = `Usage: lectern lint [paths or globs…] [--format text|json|sarif] [--config file] [--fix] [--quiet]
                   [--max-size size]

Lints Markdown drafts for clarity. Folders are searched recursively for .md, .markdown and .mdx files, skipping
node_modules, dot-folders and build output (dist, out, build, public, _site …); globs (quote them) select Markdown
files the same way. No path means the content folders named in .lectern/config.json ("contentFolders"), else the
current folder.

Options:
  --format text|json|sarif  output format (default: text, "path:line:column: severity rule message")
  --config file             configuration file (default: .lectern/config.json in the nearest folder, walking up
                            from the current folder, that holds a .lectern/ folder)
  --fix                     apply the automatic fixes and write the files back (atomically); report what is left
  --quiet                   report errors only, without the summary line
  --max-size size           lint files up to this size (default ${formatSize(DEFAULT_MAX_FILE_SIZE)}; e.g. 500k, 20mb; 0 for no limit)

A file that cannot be read, is binary (a NUL byte in its first 8 KB), is not UTF-8 or is over the size limit is
named on stderr and skipped; the others are linted. With --fix, a file is written only if it did not change on
disk since it was read; Ctrl-C stops before the next file (a file is written whole or not at all).

Exit codes: 0 no error-severity finding, 1 error-severity findings remain, 2 usage or config error, no input could
be read, or a fixed file could not be written.
`;

interface LintOptions {
  paths: string[];
  format: Format;
  config?: string;
  fix: boolean;
  quiet: boolean;
  /** Bytes; 0 means no limit. */
  maxSize: number;
}

function parseLintArgs(args: readonly string[]): LintOptions {
  const parsed = parseArgs(args, {
    switches: LINT_SWITCHES,
    values: {
      '--format': oneOf(FORMATS, 'badFormatLint'),
      '--config': null,
      '--max-size': (v) => {
        if (parseSize(v) === null) throw new UsageError('badMaxSize', { value: v });
      },
    } satisfies Record<LintValueOption, ((value: string) => void) | null>,
  });
  const maxSize = parsed.values.get('--max-size');
  return {
    paths: parsed.positionals,
    format: (parsed.values.get('--format') ?? 'text') as Format,
    config: parsed.values.get('--config'),
    fix: parsed.switches.has('--fix'),
    quiet: parsed.switches.has('--quiet'),
    maxSize: maxSize === undefined ? DEFAULT_MAX_FILE_SIZE : parseSize(maxSize)!,
  };
}

interface LintedFile {
  input: InputFile;
  decoded: DecodedText;
  /** The bytes as read: a fix is written only while the file still holds exactly these. */
  original: Uint8Array;
  result: LintResult;
  /** Findings fixed by --fix in this file. */
  fixed: number;
}

/** A file in the output: its path as printed, what it gives the output, and how many findings --fix fixed in it. */
interface DoneFile {
  display: string;
  lint: FileLint;
  fixed: number;
}

/** The files linted, in input order, and how many fixed files could not be written; or the exit code of a stop. */
type Linted = { files: DoneFile[]; writeFailures: number } | { stopped: number };

async function run(ctx: CliContext, args: string[]): Promise<number> {
  const options = parseLintArgs(args);
  const locale = ctx.locale ?? 'en';
  const loaded = await loadConfig(ctx.fs, ctx.cwd, options.config);
  if (loaded.problems.length > 0) {
    for (const line of loaded.problems) ctx.stderr.write(line + '\n');
    return EXIT_USAGE;
  }
  const inputs = await collectInputs(ctx.fs, ctx.cwd, options.paths, {
    root: loaded.root ?? ctx.cwd,
    contentFolders: loaded.config.contentFolders,
  });

  // One file that cannot be read (vanished, no permission, binary, not UTF-8, too large) is named and skipped; the
  // run goes on with the others and fails only when none could be read.
  const job: LintJob = { config: loaded.config, maxSize: options.maxSize, locale };
  // Many files without --fix: read and linted on every core (the host's lintFiles), outcomes in the same order.
  const linted = !options.fix && ctx.lintFiles !== undefined && inputs.length >= PARALLEL_MIN_FILES
    ? await lintAll(ctx, inputs, job, ctx.lintFiles)
    : await lintOneByOne(ctx, inputs, job, options.fix);
  if ('stopped' in linted) return linted.stopped;
  const { files, writeFailures } = linted;
  if (inputs.length > 0 && files.length === 0) {
    ctx.stderr.write(`lectern lint: ${inputs.length === 1 ? 'the file could not be read' : `none of the ${inputs.length} files could be read`}.\n`);
    return EXIT_USAGE;
  }

  // Host notices are about this run, not about a file: each is said once, on stderr, whatever the format.
  const notices = new Set(files.flatMap((f) => f.lint.notices));
  for (const notice of notices) ctx.stderr.write(`lectern: ${notice}\n`);

  const reports: FileReport[] = files.map((f) => ({
    path: f.display,
    diagnostics: options.quiet ? f.lint.diagnostics.filter((d) => d.severity === 'error') : f.lint.diagnostics,
  }));

  if (options.format === 'json') ctx.stdout.write(formatJson(reports));
  else if (options.format === 'sarif') ctx.stdout.write(formatSarif(reports, rules, ctx.cwd));
  else {
    ctx.stdout.write(formatText(reports));
    if (!options.quiet) ctx.stdout.write(formatSummary(reports, locale));
  }
  if (options.fix && !options.quiet) writeFixReport(ctx, files, options.format);

  if (writeFailures > 0) return EXIT_USAGE;
  const errorsLeft = files.some((f) => f.lint.diagnostics.some((d) => d.severity === 'error'));
  return errorsLeft ? EXIT_FINDINGS : EXIT_OK;
}

/**
 * Many files at once through the host: every unreadable file is named first, in input order, as the one-by-one path
 * names them before it lints anything; then linting that threw is reported against the first file it happened in.
 */
async function lintAll(ctx: CliContext, inputs: readonly InputFile[], job: LintJob,
  lintFiles: NonNullable<CliContext['lintFiles']>): Promise<Linted> {
  if (ctx.interrupted?.()) return { stopped: interrupted(ctx, []) };
  const outcomes = await lintFiles(inputs.map((i) => i.absolute), job);
  for (let k = 0; k < inputs.length; k++) {
    const outcome = outcomes[k]!;
    if (!(outcome instanceof Error) && !outcome.ok) ctx.stderr.write(`${inputs[k]!.display}: warning ${outcome.reason}\n`);
  }
  if (ctx.interrupted?.()) return { stopped: interrupted(ctx, []) };
  const files: DoneFile[] = [];
  for (let k = 0; k < inputs.length; k++) {
    const outcome = outcomes[k]!;
    if (outcome instanceof Error) throw new FileError(inputs[k]!.display, outcome);
    if (outcome.ok) files.push({ display: inputs[k]!.display, lint: outcome.lint, fixed: 0 });
  }
  return { files, writeFailures: 0 };
}

/** Each file on this thread: all read first (unreadable ones named), then linted, fixed and written one by one. */
async function lintOneByOne(ctx: CliContext, inputs: readonly InputFile[], job: LintJob, fix: boolean): Promise<Linted> {
  const readable: Array<{ input: InputFile; read: Extract<ReadText, { ok: true }> }> = [];
  for (const input of inputs) {
    if (ctx.interrupted?.()) return { stopped: interrupted(ctx, []) };
    const read = await readTextFile(ctx.fs, input.absolute, job.maxSize);
    if (!read.ok) {
      ctx.stderr.write(`${input.display}: warning ${read.reason}\n`);
      continue;
    }
    readable.push({ input, read });
  }
  const linted: LintedFile[] = [];
  let writeFailures = 0;
  for (const { input, read } of readable) {
    if (ctx.interrupted?.()) return { stopped: interrupted(ctx, linted) };
    let file: LintedFile;
    try {
      file = { input, decoded: read.decoded, original: read.bytes, result: lintText(read.decoded.text, job.config, ctx.providers), fixed: 0 };
      if (fix) file = fixFile(file, job.config, ctx.providers);
    } catch (error) {
      throw new FileError(input.display, error);
    }
    if (file.fixed > 0) {
      if (ctx.interrupted?.()) return { stopped: interrupted(ctx, linted) };
      const written = await writeFixed(ctx, file);
      if (!written.ok) {
        ctx.stderr.write(`${input.display}: error not written: ${written.reason}\n`);
        writeFailures++;
        file = { ...file, decoded: read.decoded, result: lintText(read.decoded.text, job.config, ctx.providers), fixed: 0 };
      }
    }
    linted.push(file);
  }
  const files = linted.map((f) => ({ display: f.input.display, lint: fileLint(f.decoded.text, f.result, job.locale), fixed: f.fixed }));
  return { files, writeFailures };
}

/** Exit status of a run stopped by Ctrl-C (128 + SIGINT), after saying what was and was not written. */
const EXIT_INTERRUPTED = 130;

function interrupted(ctx: CliContext, done: ReadonlyArray<{ fixed: number }>): number {
  const written = done.filter((f) => f.fixed > 0).length;
  ctx.stderr.write(`lectern lint: interrupted; ${written} file${written === 1 ? '' : 's'} fixed and written whole, the others unchanged.\n`);
  return EXIT_INTERRUPTED;
}

/** Writes a fixed file atomically, only if it still holds the bytes that were read. */
async function writeFixed(ctx: CliContext, file: LintedFile): Promise<{ ok: true } | { ok: false; reason: string }> {
  try {
    await ctx.fs.writeFileAtomic(file.input.absolute, encodeText(file.decoded), file.original);
    return { ok: true };
  } catch (error) {
    const code = errorCode(error);
    return { ok: false, reason: code === 'ECHANGED' ? 'it changed on disk since it was read; run lectern lint --fix again' : `cannot write (${code})` };
  }
}

/**
 * Applies every automatic fix to the fixed point (core `fixToFixedPoint`, as the editor's Fix All: a fix can reveal or
 * unblock another, so it re-lints between passes); writing is the caller's job.
 */
function fixFile(file: LintedFile, config: LecternConfig, providers: LintProviders | undefined): LintedFile {
  const fixed = fixToFixedPoint(file.decoded.text, (text) => lintText(text, config, providers), file.result);
  if (fixed.text === file.decoded.text) return file;
  return { ...file, decoded: { text: fixed.text, bom: file.decoded.bom }, result: fixed.result, fixed: fixed.applied };
}

/** What --fix did. With the text format it follows the summary on stdout; with JSON or SARIF it goes to stderr,
 *  so stdout stays one parsable document. */
function writeFixReport(ctx: CliContext, files: readonly DoneFile[], format: Format): void {
  const changed = files.filter((f) => f.fixed > 0);
  const total = changed.reduce((n, f) => n + f.fixed, 0);
  const left = files.reduce((n, f) => n + f.lint.diagnostics.length, 0);
  const out = format === 'text' ? ctx.stdout : ctx.stderr;
  const locale = ctx.locale ?? 'en';
  for (const f of changed) out.write(cliText(locale, 'fixedFile', { count: f.fixed, path: f.display }) + '\n');
  out.write(cliText(locale, 'fixedTotal', { count: total, files: changed.length, left }) + '\n');
}

export const lintCommand: Subcommand = {
  name: 'lint',
  summary: 'lint Markdown drafts for clarity (text, JSON or SARIF; --fix)',
  usage,
  run,
};
