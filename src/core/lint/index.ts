/**
 * The lint engine's public face: the CLI and the extension import the engine only from here. It re-exports the
 * engine's own types and functions (nothing is re-declared or wrapped), so a change in the engine is a change here.
 */
import type { RuleMeta } from './rule-types';
import { allRules } from './rules/index';

export type { Finding, Fix, MessageData, Severity, SeveritySetting, TextEdit } from './types';
export type { RuleMeta } from './rule-types';
/** Rule messages, fix titles and rule texts in English or Simplified Chinese (messages/en.ts, messages/zh-cn.ts). */
export { fillTemplate, localeFrom, localizeFinding, renderMessage, ruleTexts, LOCALES, type Locale } from './messages/index';
export type { DocumentMetrics } from './metrics';
export { PRESETS, type LecternConfig, type Preset, type RuleSetting } from '../config-types';
export type { FileProblem } from '../problems';
export { Linter, lintText, computeMetrics, DEFAULT_LINT_BUDGET, DEFAULT_LINT_BUDGET_MS, EDITOR_LINT_BUDGET_MS, type LintBudget, type LintResult, type HostNotice } from './engine';
/** Applies non-overlapping edits of the given fixes (overlapping ones are skipped and counted); fixToFixedPoint re-lints and applies until nothing changes. */
export { applyFixes, fixToFixedPoint, MAX_FIX_PASSES } from './fixes';
export { defaultConfig, parseConfig } from '../config';
export { DIRECTIVE_RULE, ruleDocsUrl } from '../rule-docs';
/** Hosts that may run `inclusive-language` hand retext-equality to each Linter (it is never loaded with the core). */
export type { EqualityRunner, EqualityMessage, LintProviders } from './providers';

/** Every rule's metadata, in registry order (the docs and the config schema follow it). */
export const rules: readonly RuleMeta[] = allRules;
