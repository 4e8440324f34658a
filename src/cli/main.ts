import { EXIT_OK, EXIT_USAGE, type CliContext } from './fs';
import { subcommands } from './commands/index';
import { UsageError } from './commands/types';
import { takeOption } from './args';
import { version } from './version';
import { cliText, envLocale, parseLocale } from './messages';
import type { Locale } from '../core/lint/index';

function help(): string {
  const width = Math.max(...subcommands.map((c) => c.name.length), 4);
  const lines = [
    'lectern — clarity lint, goals and publishing checks for technical writing',
    '',
    'Usage: lectern <command> [options]',
    '',
    'Commands:',
    ...subcommands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    '  -h, --help     show help (also: lectern <command> --help)',
    '  -v, --version  print the version',
    '  --locale en|zh-CN  language of messages (default: from LC_ALL, LC_MESSAGES or LANG)',
    '',
    'Exit codes: 0 OK, 1 findings or checks failed, 2 usage or input error.',
  ];
  return lines.join('\n') + '\n';
}

/** The whole CLI. It never calls process.exit: it returns the exit code, so tests and other hosts can run it. */
export async function main(ctx: CliContext): Promise<number> {
  // --locale is global: it may stand anywhere before a `--`, and is taken out before the command sees its arguments.
  // A bad value is reported in the language of the last good one before it.
  let locale: Locale = ctx.locale ?? envLocale(ctx.env);
  let argv: string[];
  try {
    argv = takeOption(ctx.argv, '--locale', (value) => {
      const parsed = parseLocale(value);
      if (!parsed) throw new UsageError('badLocale', { value });
      locale = parsed;
    }).rest;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    ctx.stderr.write(`lectern: ${error.id ? cliText(locale, error.id, error.data) : error.message}\n`);
    return EXIT_USAGE;
  }
  ctx = { ...ctx, argv, locale };
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    if (first === 'help' && rest[0]) return main({ ...ctx, argv: [rest[0], '--help'] });
    ctx.stdout.write(help());
    return first === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (first === '-v' || first === '--version') {
    ctx.stdout.write(`${version}\n`);
    return EXIT_OK;
  }
  const command = subcommands.find((c) => c.name === first);
  if (!command) {
    const names = subcommands.map((c) => c.name).join(', ');
    ctx.stderr.write(`${cliText(locale, 'unknownCommand', { command: first, commands: names })}\n`);
    return EXIT_USAGE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    ctx.stdout.write(command.usage.endsWith('\n') ? command.usage : command.usage + '\n');
    return EXIT_OK;
  }
  try {
    return await command.run(ctx, rest);
  } catch (error) {
    if (error instanceof UsageError) {
      ctx.stderr.write(`lectern ${command.name}: ${error.id ? cliText(locale, error.id, error.data) : error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}
