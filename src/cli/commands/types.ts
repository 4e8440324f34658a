import type { CliContext } from '../fs';
import type { MessageData } from '../../core/lint/index';
import { cliText, isCliMessageId, type CliMessageId } from '../messages';

export interface Subcommand {
  name: string;
  /** One line for `lectern --help`. */
  summary: string;
  /** Full usage, printed by `lectern <name> --help`. */
  usage: string;
  run(ctx: CliContext, args: string[]): Promise<number>;
}

/**
 * A usage or input error: `main` prints its one-line message and exits 2. Given a CLI catalog id and data (see
 * ../messages.ts) it is printed in the chosen locale; a plain sentence (not yet in the catalog) is printed as is.
 * `message` is the English rendering.
 */
export class UsageError extends Error {
  readonly id: CliMessageId | undefined;
  readonly data: MessageData;
  constructor(idOrMessage: CliMessageId | (string & {}), data: MessageData = {}) {
    const id = isCliMessageId(idOrMessage) ? idOrMessage : undefined;
    super(id ? cliText('en', id, data) : idOrMessage);
    this.id = id;
    this.data = data;
  }
}
