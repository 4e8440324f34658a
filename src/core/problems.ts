/**
 * A located problem in a file the writer keeps (config, goals, terms, front matter). Its own module at the bottom of
 * the core, so the config types, the goals model and the terms reader can all use it without importing each other.
 */
import type { TextRange } from './text';

/** A problem in a config or goals file, at an exact place so the editor and the CLI can point at it. */
export interface FileProblem {
  message: string;
  range: TextRange;
  severity: 'error' | 'warning';
}
