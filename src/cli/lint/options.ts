/**
 * The options of `lectern lint`, by name: the command's parser (commands/lint.ts) takes exactly these, and the worker
 * prestart (lint-prestart.ts) reads the arguments with them before the CLI is loaded. Data only, so dist/cli.js, which
 * carries the prestart, stays free of the parser and the message catalog.
 */
export const LINT_SWITCHES = ['--fix', '--quiet'] as const;

/** Options followed by a value (`--format json` or `--format=json`). */
export const LINT_VALUE_OPTIONS = ['--format', '--config', '--max-size'] as const;

export type LintValueOption = (typeof LINT_VALUE_OPTIONS)[number];
