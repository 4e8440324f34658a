import type { CliContext } from '../fs';

export interface Subcommand {
  name: string;
  /** One line for `lectern --help`. */
  summary: string;
  /** Full usage, printed by `lectern <name> --help`. */
  usage: string;
  run(ctx: CliContext, args: string[]): Promise<number>;
}

/** A usage or input error: `main` prints its one-line message and exits 2. */
export class UsageError extends Error {}
