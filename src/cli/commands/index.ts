import type { Subcommand } from './types';
import { lintCommand } from './lint';
import { goalsCommand } from './goals';
import { templatesCommand } from './templates';
import { newCommand } from './new';
import { checkCommand } from './check';

/** Every subcommand, in the order `lectern --help` lists them. Each lives in its own file. */
export const subcommands: Subcommand[] = [
  lintCommand,
  goalsCommand,
  checkCommand,
  templatesCommand,
  newCommand,
];
