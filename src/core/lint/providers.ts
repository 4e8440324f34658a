/**
 * Rule engines too costly to load with the core. `inclusive-language` runs retext-equality, and unified +
 * retext-english + retext-equality are ~140 KB of bundled code that take ~8 ms to parse and evaluate: more than the
 * rest of the engine, for a rule that is off by default. So the core never imports them. A host that may run the rule
 * (the CLI, the extension, the tests) provides a loader; the rule calls it the first time it runs, synchronously, so
 * `lintText` and `Linter` stay synchronous. The Node hosts' loader is a bundler-level lazy `require`, which costs
 * nothing until the rule is switched on.
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

let loadEquality: (() => EqualityRunner) | undefined;
let equality: EqualityRunner | undefined;

/** Gives the core a way to load retext-equality. Called once by each host at start-up; loading waits for first use. */
export function provideRetextEquality(load: () => EqualityRunner): void {
  loadEquality = load;
  equality = undefined;
}

/** The retext-equality runner, loaded on first call; undefined when the host provided none. */
export function retextEquality(): EqualityRunner | undefined {
  if (!equality && loadEquality) equality = loadEquality();
  return equality;
}

export function hasRetextEquality(): boolean {
  return loadEquality !== undefined;
}
