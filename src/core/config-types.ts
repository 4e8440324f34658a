import type { SeveritySetting } from './lint/types';
import type { TextRange } from './text';

/**
 * The one shared configuration file, `.lectern/config.json` (JSON with comments) at the workspace root, read by the
 * CLI and the extension alike. Parsing and validation live in `config.ts`; this file is only the shape.
 *
 * {
 *   "$schema": "…",
 *   "rules": { "long-sentence": ["warning", { "max": 30 }], "hedge": "off" },
 *   "allow": ["Kubernetes"],                 // words no word-list rule flags
 *   "contentFolders": ["posts", "talks"],    // where posts live; default: the whole workspace
 *   "dimensions": [ … ]                      // growth dimensions; default: the five built-in ones
 * }
 */
export interface LecternConfig {
  rules: Record<string, RuleSetting>;
  allow: string[];
  /** Workspace-relative folders (POSIX separators). Empty means the whole workspace. */
  contentFolders: string[];
  /** Null means "use the built-in five". */
  dimensions: DimensionConfig[] | null;
}

export interface RuleSetting {
  severity: SeveritySetting;
  options: Record<string, unknown>;
}

export interface DimensionConfig {
  id: string;
  /** English name. */
  name: string;
  /** Other accepted names (e.g. the Chinese name); matched case-insensitively with id and name. */
  aliases: string[];
  /** A CSS colour, e.g. "#4e79a7". */
  color?: string;
  /** A codicon id, e.g. "tools". */
  icon?: string;
}

/** A problem in a config or goals file, at an exact place so the editor and the CLI can point at it. */
export interface FileProblem {
  message: string;
  range: TextRange;
  severity: 'error' | 'warning';
}
