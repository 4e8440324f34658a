/**
 * The lint engine's public face: the CLI and the extension import only from here.
 * CONTRACT (kept stable while the engine is built): names and signatures below.
 */
import type { Finding, Fix, Severity, SeveritySetting } from './types';
import type { LecternConfig, FileProblem } from '../config-types';

export type { Finding, Fix, Severity, SeveritySetting, TextEdit } from './types';

/** What a rule tells the world about itself (docs, hover, schema, README table). */
export interface RuleMeta {
  id: string;
  description: string;
  defaultSeverity: SeveritySetting;
  fixable: boolean;
  /** Option name → default value. */
  options: Record<string, unknown>;
  /** Why the rule exists, for the hover and the docs. */
  why: string;
  /** A bad → good example for the hover. */
  example: { bad: string; good: string };
}

export interface DocumentMetrics {
  words: number;
  /** Minutes at 238 words per minute (not rounded). */
  readingMinutes: number;
  sentences: number;
  /** 0..1 */
  longSentenceShare: number;
  /** 0..1 */
  passiveShare: number;
  fleschReadingEase: number;
  fleschKincaidGrade: number;
  /** 0..100, see README "Clarity score". */
  clarityScore: number;
}

export interface LintResult {
  findings: Finding[];
  /** Problems with the in-file configuration (e.g. an unknown rule in a disable comment). */
  problems: FileProblem[];
}


export declare const rules: readonly RuleMeta[];
export declare function lintText(text: string, config?: LecternConfig): LintResult;
/** Keeps a per-block cache: after an edit only changed blocks are linted again, with the same result as lintText. */
export declare class Linter {
  constructor(config?: LecternConfig);
  lint(text: string): LintResult;
}
/** Applies non-overlapping edits of the given fixes; overlapping ones are skipped and counted. */
export declare function applyFixes(text: string, fixes: Fix[]): { text: string; applied: number; skipped: number };
export declare function computeMetrics(text: string): DocumentMetrics;
export declare function parseConfig(text: string): { config: LecternConfig; problems: FileProblem[] };
export declare function defaultConfig(): LecternConfig;
