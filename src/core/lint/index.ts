/**
 * The lint engine's public face: the CLI and the extension import only from here.
 * Its names and signatures are the contract the adapters rely on.
 */
import type { Finding, Fix, SeveritySetting } from './types';
import type { LecternConfig, FileProblem, Preset } from '../config-types';
import { allRules } from './rules/index';
import { Linter as EngineLinter, lintText as engineLintText, computeMetrics as engineComputeMetrics } from './engine';
import { applyFixes as applyFixEdits } from './fixes';
import { defaultConfig as configDefaults, parseConfig as configParse } from '../config';
import type { DocumentMetrics } from './metrics';

export type { Finding, Fix, Severity, SeveritySetting, TextEdit } from './types';
export type { DocumentMetrics } from './metrics';
/** Hosts that may run `inclusive-language` provide retext-equality with this (it is never loaded with the core). */
export { provideRetextEquality, type EqualityRunner, type EqualityMessage } from './providers';

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
  /** More detail for the docs (Markdown), when the rule has conventions worth knowing. */
  notes?: string;
  /** What the `lectern:strict` preset changes (absent: strict is the default), and why the default is calm. */
  strict?: { severity?: SeveritySetting; options?: Record<string, unknown>; calm?: string };
}

export interface LintResult {
  findings: Finding[];
  /** Problems with the in-file configuration (e.g. an unknown rule in a disable comment). */
  problems: FileProblem[];
}

/** Every rule's metadata, in registry order (the docs and the config schema follow it). */
export const rules: readonly RuleMeta[] = allRules.map((r) => ({
  id: r.id,
  description: r.description,
  defaultSeverity: r.defaultSeverity,
  fixable: r.fixable,
  options: r.options,
  why: r.why,
  example: r.example,
  ...(r.notes ? { notes: r.notes } : {}),
  ...(r.strict ? { strict: r.strict } : {}),
}));

/** Lints a whole Markdown text. Findings are sorted by offset; ranges are UTF-16 offsets into `text`. */
export function lintText(text: string, config?: LecternConfig): LintResult {
  return engineLintText(text, config);
}

/** Keeps a per-block cache: after an edit only changed blocks are linted again, with the same result as lintText. */
export class Linter {
  private readonly engine: EngineLinter;
  constructor(config?: LecternConfig) {
    this.engine = new EngineLinter(config);
  }
  lint(text: string): LintResult {
    return this.engine.lint(text);
  }
  /** Metrics of the text of the last `lint` call, from the cache (no second parse). Same as computeMetrics(text). */
  metrics(): DocumentMetrics {
    return this.engine.metrics();
  }
}

/** Applies non-overlapping edits of the given fixes; overlapping ones are skipped and counted. */
export function applyFixes(text: string, fixes: Fix[]): { text: string; applied: number; skipped: number } {
  return applyFixEdits(text, fixes);
}

export function computeMetrics(text: string): DocumentMetrics {
  return engineComputeMetrics(text);
}

export function parseConfig(text: string): { config: LecternConfig; problems: FileProblem[] } {
  return configParse(text);
}

export function defaultConfig(preset?: Preset): LecternConfig {
  return configDefaults(preset);
}

export { PRESETS, type Preset } from '../config-types';

