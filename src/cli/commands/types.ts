import type { CliContext } from '../fs';
import type { MessageData } from '../../core/lint/index';
import { cliText, type CliMessageId } from '../messages';

export interface Subcommand {
  name: string;
  /** One line for `lectern --help`. */
  summary: string;
  /** Full usage, printed by `lectern <name> --help`. */
  usage: string;
  run(ctx: CliContext, args: string[]): Promise<number>;
}

/**
 * A usage or input error: `main` prints its one-line message (in the chosen locale: `id` and `data` are a CLI
 * catalog message, see ../messages.ts) and exits 2. `message` is the English rendering.
 */
export class UsageError extends Error {
  constructor(readonly id: CliMessageId, readonly data: MessageData = {}) {
    super(cliText('en', id, data));
  }
}
