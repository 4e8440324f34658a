import type { Subcommand } from './types';

/** Every subcommand, in the order `lectern --help` lists them. Each lives in its own file. */
export const subcommands: Subcommand[] = [];
