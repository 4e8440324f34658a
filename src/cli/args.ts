import { UsageError } from './commands/types';
import type { CliMessageId } from './messages';

/**
 * What a command accepts: switches (`--fix`) and options that take a value (`--format json` or `--format=json`).
 * A value option may check its value; the check runs in command-line order and throws a UsageError, so the first
 * mistake on the line is the one reported.
 */
export interface ArgSpec {
  switches?: readonly string[];
  values?: Readonly<Record<string, ((value: string, flag: string) => void) | null>>;
}

export interface ParsedArgs {
  switches: Set<string>;
  /** The last value given for each value option. */
  values: Map<string, string>;
  /** Everything that is not an option, in order (all arguments after `--` too). */
  positionals: string[];
}

/**
 * The one command-line parser every `lectern` command uses, so they all take `--flag value`, `--flag=value`, `--`,
 * and report `--flag needs a value` / `unknown option '-x'` the same way (exit 2). A lone `-` is a positional.
 */
export function parseArgs(args: readonly string[], spec: ArgSpec): ParsedArgs {
  const parsed: ParsedArgs = { switches: new Set(), values: new Map(), positionals: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    if (spec.values && Object.prototype.hasOwnProperty.call(spec.values, flag)) {
      const value = inline ?? args[++i];
      if (value === undefined || value === '') throw new UsageError('needsValue', { flag });
      spec.values[flag]?.(value, flag);
      parsed.values.set(flag, value);
    } else if (inline === undefined && spec.switches?.includes(arg)) {
      parsed.switches.add(arg);
    } else if (arg === '--') {
      parsed.positionals.push(...args.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError('unknownOption', { option: arg });
    } else {
      parsed.positionals.push(arg);
    }
  }
  return parsed;
}

/**
 * Takes a global value option (`--locale zh-CN`, `--locale=zh-CN`) out of the arguments wherever it stands before a
 * `--`, for the command that follows to never see it. `check` runs on each value in command-line order (and may
 * throw a UsageError); a missing value is `needsValue`. Returns the last value and the other arguments, in order.
 */
export function takeOption(args: readonly string[], flag: string, check: (value: string) => void): { value: string | undefined; rest: string[] } {
  const rest: string[] = [];
  let value: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') { rest.push(...args.slice(i)); break; }
    if (arg !== flag && !arg.startsWith(`${flag}=`)) { rest.push(arg); continue; }
    const given = arg === flag ? args[++i] : arg.slice(flag.length + 1);
    if (given === undefined || given === '') throw new UsageError('needsValue', { flag });
    check(given);
    value = given;
  }
  return { value, rest };
}

/** Takes a global switch (`--debug`) out of the arguments wherever it stands before a `--`. */
export function takeSwitch(args: readonly string[], flag: string): { given: boolean; rest: string[] } {
  const end = args.indexOf('--');
  const head = end < 0 ? args : args.slice(0, end);
  return { given: head.includes(flag), rest: [...head.filter((a) => a !== flag), ...(end < 0 ? [] : args.slice(end))] };
}

/**
 * A check for a value option that must be one of `choices`; `message` is the CLI catalog's sentence for a wrong
 * value (given `{value}`), e.g. `--format xml: expected text or json`.
 */
export function oneOf(choices: readonly string[], message: CliMessageId): (value: string) => void {
  return (value) => {
    if (!choices.includes(value)) throw new UsageError(message, { value });
  };
}
