/**
 * What the CLI prints when Lectern itself fails (a bug, not bad input): one line naming the file being processed and
 * where to report it; the stack only with `--debug`. Bad input never gets here — it is a located warning instead.
 */
import { repository } from '../../package.json';
import { version } from './version';
import { oneLine } from './located';

const ISSUES_URL = `${repository.url.replace(/^git\+/, '').replace(/\.git$/, '')}/issues`;

/** The tail of a message about a Lectern bug: how to report it. */
export const REPORT_HINT = `this is a Lectern bug: please report it at ${ISSUES_URL}`;

/** A failure while processing one file, so the top level can name it. */
export class FileError extends Error {
  constructor(readonly file: string, readonly reason: unknown) {
    super(errorMessage(reason));
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}`;
  return String(error);
}

/** The one line (or, with `debug`, the line and the stack) for an error that escaped a command. */
export function formatInternalError(error: unknown, debug: boolean): string {
  const file = error instanceof FileError ? error.file : null;
  const cause = error instanceof FileError ? error.reason : error;
  const message = oneLine(errorMessage(cause));
  let out = `lectern: internal error${file ? ` while processing ${file}` : ''}: ${message} (lectern ${version}; ${REPORT_HINT}; run with --debug for details)\n`;
  if (debug && cause instanceof Error && cause.stack) out += cause.stack + '\n';
  return out;
}
