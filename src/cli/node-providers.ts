/**
 * What the CLI's Node processes (the main thread and each lint worker thread) hand the lint engine.
 * inclusive-language (off by default) needs retext-equality, which the core never loads itself. esbuild turns this
 * require into a module that is initialised on its first call, so a run that leaves the rule off never evaluates retext.
 */
import type { LintProviders } from '../core/lint/index';

export const nodeProviders: LintProviders = {
  retextEquality: (text, ignore) =>
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy, bundler-resolved load (see above)
    (require('../core/lint/retext-equality') as typeof import('../core/lint/retext-equality')).runRetextEquality(text, ignore),
};
