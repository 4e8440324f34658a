import { relative, sep } from 'node:path';
import { LineIndex } from '../core/text';

/** Messages go on one output line, whatever a rule put in them. */
export function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ');
}

/**
 * The CLI's one way to point at a place in a file: `path:line:column: message`, 1-based, columns in UTF-16 code
 * units as editors count them — the form terminals and problem matchers make clickable.
 */
export function locatedMessage(display: string, text: string | LineIndex, offset: number, message: string): string {
  const index = typeof text === 'string' ? new LineIndex(text) : text;
  const at = index.positionAt(offset);
  return locatedAt(display, at.line + 1, at.character + 1, message);
}

/** The same line for a place already counted from 1 (`line`, `column`). */
export function locatedAt(display: string, line: number, column: number, message: string): string {
  return `${display}:${line}:${column}: ${oneLine(message)}`;
}

/** How the CLI prints a file it found: relative to the current folder with `/`, or absolute when it lies outside. */
export function displayPath(cwd: string, abs: string): string {
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith('..') ? rel.split(sep).join('/') : abs;
}
