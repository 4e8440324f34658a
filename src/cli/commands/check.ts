import { join, relative, resolve, sep } from 'node:path';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliContext } from '../fs';
import { UsageError, type Subcommand } from './types';
import { oneOf, parseArgs } from '../args';
import { collectInputs } from '../lint/collect';
import { loadConfig } from '../config';
import { locatedAt } from '../located';
import { readTextFile } from '../text-file';
import { workspacePlatform } from '../platform';
import { DEFAULT_MAX_FILE_SIZE } from '../../core/text-bytes';
import { runChecklist } from '../../core/checklist/run';
import type { ChecklistFiles, ChecklistResult } from '../../core/checklist/types';
import { isPlatform, PLATFORMS, type Platform } from '../../core/platform';
import { POST_STATUSES, parsePost, resolveDimensions, systemClock, type PostStatus } from '../../core/goals/api';
import { readFrontMatter } from '../../core/frontmatter-edit';
import { localize } from '../../core/checklist/messages';
import type { Locale } from '../../core/lint/index';
import { cliText } from '../messages';

const usage = `Usage: lectern check [paths…] [--format text|json] [--strict] [--platform NAME] [--status LIST]

Runs the publish checklist on posts: front matter, title, description, dimension, tags, date, lint errors, clarity,
headings, image alt text, links, link text, placeholders, code languages, word count, canonical URL, and the
platform's own rules. Folders are walked like the content folders (node_modules, dot-folders and build output are
skipped); no path means the workspace's content folders.

Options:
  --format text|json  text (default): each failing item as "path:line:column: error|warning id message" (error for
                      a required item, warning for a recommended one; the $lectern problem matcher reads it);
                      json: {"files":[{"path","platform","items":[{"id","level","status","message","line"?}]}]}
  --strict            a failing recommended item fails the run too
  --platform NAME     ${PLATFORMS.join(', ')} (default: .lectern/config.json "checklist.platform", else
                      detected from the workspace: hugo.toml/config.toml, _config.yml, astro.config.*)
  --status LIST       check only posts in these states, e.g. review,scheduled,published (and any post whose front
                      matter does not parse)

Exit codes: 0 every required item passes; 1 a required item fails (with --strict, a recommended one too);
2 usage error, unreadable file or a config file that does not parse.
`;

interface CheckOptions {
  paths: string[];
  format: 'text' | 'json';
  strict: boolean;
  platform: Platform | null;
  statuses: PostStatus[] | null;
}

function parseCheckArgs(args: readonly string[]): CheckOptions {
  const parsed = parseArgs(args, {
    switches: ['--strict'],
    values: {
      '--format': oneOf(['text', 'json'], 'badFormatGoals'),
      '--platform': (v) => {
        if (!isPlatform(v)) throw new UsageError(`--platform ${v}: expected one of ${PLATFORMS.join(', ')}`);
      },
      '--status': (v) => {
        const bad = statusList(v).find((s) => !(POST_STATUSES as readonly string[]).includes(s));
        if (bad !== undefined || statusList(v).length === 0) throw new UsageError(`--status ${bad ?? ''}: expected a comma-separated list of ${POST_STATUSES.join(', ')}`);
      },
    },
  });
  const platform = parsed.values.get('--platform');
  const status = parsed.values.get('--status');
  return {
    paths: parsed.positionals,
    format: parsed.values.get('--format') === 'json' ? 'json' : 'text',
    strict: parsed.switches.has('--strict'),
    platform: platform !== undefined && isPlatform(platform) ? platform : null,
    statuses: status !== undefined ? (statusList(status) as PostStatus[]) : null,
  };
}

function statusList(value: string): string[] {
  return value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
}

interface CheckedFile {
  display: string;
  result: ChecklistResult;
}

async function run(ctx: CliContext, args: string[]): Promise<number> {
  const options = parseCheckArgs(args);
  const loaded = await loadConfig(ctx.fs, ctx.cwd, undefined);
  if (loaded.problems.length > 0) {
    for (const line of loaded.problems) ctx.stderr.write(line + '\n');
    return EXIT_USAGE;
  }
  const config = loaded.config;
  const root = loaded.root ?? resolve(ctx.cwd);
  const inputs = await collectInputs(ctx.fs, ctx.cwd, options.paths, { root, contentFolders: config.contentFolders });
  const { platform, source } = options.platform
    ? { platform: options.platform, source: 'config' as const }
    : await workspacePlatform(ctx.fs, root, config.checklist.platform);
  const clock = systemClock();
  const dimensions = resolveDimensions(config);
  const toRelative = (absolute: string): string => relative(root, absolute).split(sep).join('/');
  // Links resolve inside the workspace; a linked file's text is read only for its #anchors.
  const files: ChecklistFiles = {
    exists: async (path) => (await ctx.fs.stat(join(root, ...path.split('/')))) !== null,
    readText: async (path) => {
      const read = await readTextFile(ctx.fs, join(root, ...path.split('/')), DEFAULT_MAX_FILE_SIZE);
      return read.ok ? read.decoded.text : null;
    },
  };

  const checked: CheckedFile[] = [];
  let unreadable = 0;
  for (const input of inputs) {
    if (ctx.interrupted?.()) break;
    // Binary, not UTF-8 or over the size limit: named and skipped (the size check does not decode the text).
    const read = await readTextFile(ctx.fs, input.absolute, DEFAULT_MAX_FILE_SIZE);
    if (!read.ok) {
      ctx.stderr.write(`${input.display}: error ${read.reason}\n`);
      unreadable++;
      continue;
    }
    const text = read.decoded.text;
    const path = toRelative(input.absolute);
    if (options.statuses && !(await wanted(text, path, options.statuses))) continue;
    const result = await runChecklist({ path, text, config, platform, platformSource: source, files, clock, publishingNow: true });
    checked.push({ display: input.display, result });
  }

  if (options.format === 'json') {
    ctx.stdout.write(JSON.stringify({ files: checked.map(jsonFile) }, null, 2) + '\n');
  } else {
    ctx.stdout.write(formatText(checked, platform, source, ctx.locale ?? 'en'));
  }
  if (unreadable > 0) return EXIT_USAGE;
  const failed = checked.some((f) => !f.result.requiredPassed || (options.strict && !f.result.recommendedPassed));
  return failed ? EXIT_FINDINGS : EXIT_OK;

  async function wanted(text: string, path: string, statuses: readonly PostStatus[]): Promise<boolean> {
    const fm = readFrontMatter(text);
    if (!fm) return false;
    // A post whose front matter does not parse has no status to filter by: it is checked, and fails `front-matter`.
    if (!fm.block.closed || fm.problems.some((p) => p.severity === 'error')) return true;
    const post = parsePost(path, text, dimensions, clock, platform);
    return post !== null && statuses.includes(post.status);
  }
}

/** The JSON contract of issue 8, key for key. */
function jsonFile(f: CheckedFile): { path: string; platform: string; items: Array<Record<string, unknown>> } {
  return {
    path: f.display,
    platform: f.result.platform,
    items: f.result.items.map((i) => ({
      id: i.id,
      level: i.level,
      status: i.status,
      message: i.message,
      ...(i.line !== undefined ? { line: i.line } : {}),
    })),
  };
}

/**
 * Failing items, one line per located problem, in the form the `$lectern` problem matcher reads (its severity group
 * takes error/warning: required → error, recommended → warning). A summary line per run, worded so the matcher
 * never reads it as a problem. Messages and the summary are in `locale` (`--locale`, else the environment); the
 * severity word and the item id stay as they are, for the matcher and for scripts. JSON stays English (a contract).
 */
function formatText(files: readonly CheckedFile[], platform: Platform, source: string, locale: Locale): string {
  let out = '';
  let failing = 0;
  for (const f of files) {
    let fileFailed = false;
    for (const item of f.result.items) {
      if (item.status !== 'fail' && item.status !== 'warn') continue;
      fileFailed ||= item.status === 'fail';
      const severity = item.status === 'fail' ? 'error' : 'warning';
      const places = item.locations && item.locations.length > 0 ? item.locations : [{ ...item, line: item.line ?? 1, column: item.column ?? 1 }];
      for (const p of places) out += `${locatedAt(f.display, p.line, p.column, `${severity} ${item.id} ${localize(p, locale)}`)}\n`;
    }
    if (fileFailed) failing++;
  }
  const summary = { count: files.length, platform, source, failing };
  out += `${files.length === 0 ? cliText(locale, 'checkNone') : cliText(locale, failing === 0 ? 'checkPassed' : 'checkFailed', summary)}\n`;
  return out;
}

export const checkCommand: Subcommand = {
  name: 'check',
  summary: 'run the publish checklist on posts (CI gate)',
  usage,
  run,
};
