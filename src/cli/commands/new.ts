import { join, relative, resolve, sep } from 'node:path';
import { EXIT_OK, EXIT_USAGE, type CliContext } from '../fs';
import { parseArgs } from '../args';
import { UsageError, type Subcommand } from './types';
import { loadConfig } from '../config';
import { encodeText, errorCode, readTextFile } from '../text-file';
import { DEFAULT_MAX_FILE_SIZE } from '../../core/text-bytes';
import { loadCatalog } from '../templates/catalog';
import { displayPath } from '../located';
import { isCalendarDate, matchDimension, resolveDimensions, systemClock, type Dimension } from '../../core/goals/api';
import { MAX_COLLISIONS, newPostFolder, newPostPath, renderNewPost, talkSeedFromPost, type TalkSeed } from '../../core/templates/index';

const usage = `Usage: lectern new --template <id> --title "…" [--dimension <id or name>] [--dir <folder>] [--from-post <path>]

Creates a post, talk or other piece of work from a template, exactly as the editor's "New Post from Template…" does,
and prints its path. The front matter gets title, date, status: draft, type, dimension, tags: [] and
description: "" (plus the template's own fields); the body is the template's, with its placeholders' default text.

Options:
  --template <id>     a template id (see \`lectern templates\`); default with --from-post: cfp-proposal
  --title "…"         the title (required, unless --from-post gives one)
  --dimension <d>     a growth dimension's id or name (default: the post's, else the template's)
  --dir <folder>      where to create the file (default: .lectern/config.json "newPost", else the first
                      content folder, else the workspace root)
  --from-post <path>  make a talk from a post: its title, description (as the pitch), H2 headings (as the
                      outline), dimension and related: [its path]; --title and --dimension still win
  --at YYYY-MM-DD     take this date as today (for {{date}} and the file name)

The file is named by "newPost.fileName" (default {{date}}-{{slug}}.md) and never overwrites a file: a name that is
taken gets -2, -3, … Exit codes: 0 created; 2 unknown template or dimension, missing post, no title, or another
usage or input error.
`;

interface NewOptions {
  template?: string;
  title?: string;
  dimension?: string;
  dir?: string;
  fromPost?: string;
  at?: string;
}

const FLAGS: Record<string, keyof NewOptions> = {
  '--template': 'template', '--title': 'title', '--dimension': 'dimension', '--dir': 'dir', '--from-post': 'fromPost', '--at': 'at',
};

function parseNewArgs(args: readonly string[]): NewOptions {
  const parsed = parseArgs(args, {
    values: Object.fromEntries(Object.keys(FLAGS).map((flag) => [flag, null])),
  });
  const [extra] = parsed.positionals;
  if (extra !== undefined) throw new UsageError(`unexpected argument '${extra}' (give the title with --title)`);
  const options: NewOptions = {};
  for (const [flag, value] of parsed.values) options[FLAGS[flag]!] = value;
  if (options.at !== undefined && !isCalendarDate(options.at)) throw new UsageError('badDate', { value: options.at });
  return options;
}

function findDimension(dimensions: readonly Dimension[], value: string): Dimension {
  const found = matchDimension(dimensions, value);
  if (!found) throw new UsageError(`unknown dimension '${value}'. Dimensions: ${dimensions.map((d) => d.id).join(', ')}`);
  return found;
}

async function run(ctx: CliContext, args: string[]): Promise<number> {
  const options = parseNewArgs(args);
  const loaded = await loadConfig(ctx.fs, ctx.cwd, undefined);
  if (loaded.problems.length > 0) {
    for (const p of loaded.problems) ctx.stderr.write(`${p}\n`);
    return EXIT_USAGE;
  }
  const root = loaded.root ?? resolve(ctx.cwd);
  const display = (abs: string) => displayPath(ctx.cwd, abs);
  const catalog = await loadCatalog(ctx, root, display);
  const dimensions = resolveDimensions(loaded.config);

  let seed: TalkSeed | null = null;
  if (options.fromPost !== undefined) {
    const abs = resolve(ctx.cwd, options.fromPost);
    if ((await ctx.fs.stat(abs))?.kind !== 'file') throw new UsageError(`--from-post ${options.fromPost}: no such post`);
    // The same reader as lint and check: binary, not UTF-8 or over the size limit (known from a stat) is refused.
    const read = await readTextFile(ctx.fs, abs, DEFAULT_MAX_FILE_SIZE);
    if (!read.ok) throw new UsageError(`--from-post ${options.fromPost}: ${read.reason}`);
    seed = talkSeedFromPost(relative(root, abs).split(sep).join('/'), read.decoded.text);
  }

  const templateId = options.template ?? (seed ? 'cfp-proposal' : undefined);
  if (templateId === undefined) throw new UsageError('--template is required (see `lectern templates`)');
  const template = catalog.templates.find((t) => t.id === templateId);
  if (!template) throw new UsageError(`unknown template '${templateId}'. Templates: ${catalog.templates.map((t) => t.id).join(', ')}`);

  const title = (options.title ?? seed?.title ?? '').trim();
  if (title === '') throw new UsageError('a title is required: --title "…"');

  const dimension = options.dimension !== undefined ? findDimension(dimensions, options.dimension)
    : (seed?.dimension ? matchDimension(dimensions, seed.dimension) : null)
      ?? (template.dimension ? matchDimension(dimensions, template.dimension) : null);

  const today = systemClock(options.at).today;
  const post = renderNewPost({ template, title, dimension, today, author: loaded.config.author, seed });
  const folderAbs = options.dir !== undefined ? resolve(ctx.cwd, options.dir)
    : join(root, ...newPostFolder(loaded.config.newPost, loaded.config.contentFolders, template.type).split('/').filter(Boolean));
  if (options.dir !== undefined && (await ctx.fs.stat(folderAbs))?.kind === 'file') throw new UsageError(`--dir ${options.dir}: not a folder`);

  const bytes = encodeText({ text: post.text, bom: false });
  for (let n = 1; n <= MAX_COLLISIONS; n++) {
    const abs = join(folderAbs, ...newPostPath('', loaded.config.newPost.fileName, today, post.slug, n).split('/'));
    try {
      await ctx.fs.writeFileExclusive(abs, bytes);
    } catch (error) {
      if (errorCode(error) === 'EEXIST') continue;
      ctx.stderr.write(`lectern new: ${display(abs)}: cannot create the file (${errorCode(error)})\n`);
      return EXIT_USAGE;
    }
    ctx.stdout.write(`${display(abs)}\n`);
    return EXIT_OK;
  }
  ctx.stderr.write(`lectern new: ${MAX_COLLISIONS} files named like ${post.slug} already exist in ${display(folderAbs)}\n`);
  return EXIT_USAGE;
}

export const newCommand: Subcommand = {
  name: 'new',
  summary: 'create a post, talk or proposal from a template and print its path',
  usage,
  run,
};
