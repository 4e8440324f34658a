/**
 * Rule engines too costly to load with the core. `inclusive-language` runs retext-equality, and unified +
 * retext-english + retext-equality are ~140 KB of bundled code that take ~8 ms to parse and evaluate: more than the
 * rest of the engine, for a rule that is off by default. So the core never imports them. A host that may run the rule
 * (the CLI, the extension, the tests) hands them to each `Linter` / `lintText` call as `LintProviders`; nothing is
 * registered globally. The rule calls the runner synchronously, so `lintText` and `Linter` stay synchronous. The Node
 * hosts' runner goes through a bundler-level lazy `require`, which costs nothing until the rule is switched on.
 */

/** One retext-equality message, with offsets into the text it was given. */
export interface EqualityMessage {
  start: number;
  end: number;
  /** Suggested replacements, best first. */
  expected: string[];
}

/** Runs retext-equality over `text`, never reporting the (lower-case) words in `ignore`. */
export type EqualityRunner = (text: string, ignore: readonly string[]) => EqualityMessage[];

/** What a host hands the lint engine. A missing provider makes the rules that need it report a host notice. */
export interface LintProviders {
  /** For `inclusive-language`. */
  retextEquality?: EqualityRunner;
}

/** A host that provides nothing (the default). */
export const NO_PROVIDERS: LintProviders = Object.freeze({});
