import { join, resolve } from 'node:path';
import { EXIT_OK, EXIT_USAGE, folderReader, type CliContext } from '../fs';
import { walkContent } from '../../core/content';
import { UsageError, type Subcommand } from './types';
import { loadConfig } from '../config';
import { displayPath, locatedMessage, oneLine } from '../located';
import { oneOf, parseArgs } from '../args';
import { readTextFile } from '../text-file';
import { workspacePlatform } from '../platform';
import { errorMessage, REPORT_HINT } from '../internal-error';
import { LineIndex } from '../../core/text';
import type { Locale } from '../../core/lint/index';
import { cliText, columns } from '../messages';
import {
  GOALS_FILE_PATH,
  PostIndex,
  buildDashboard,
  evaluateGoals,
  isCalendarDate,
  parseGoalsFile,
  relatedGraph,
  resolveDimensions,
  summarizeDimensions,
  systemClock,
  type DimensionSummary,
  type GoalProgress,
  type Insight,
  type Post,
  type RelatedGraph,
} from '../../core/goals/api';

const usage = `Usage: lectern goals [--format text|json] [--at YYYY-MM-DD] [workspace folder]

Shows publishing goals from .lectern/goals.yaml with their progress, the growth dimensions and the posts, computed
the same way as the editor's sidebar. Posts are the Markdown files with front matter in the content folders
(.lectern/config.json "contentFolders"; default: the whole folder except node_modules, dot-folders and build output).

Options:
  --format text|json  output format (default: text — tables of goals, dimensions and posts, then insights)
  --at YYYY-MM-DD     take this date as today (reproducible results); default: today in this machine's time zone

Exit codes: 0 when the goals were computed, whatever their status (a goal that is behind or overdue is news, not a
failed check); 2 for a usage error or a goals or config file that cannot be read or is invalid — the file is
never written. Problems in posts' front matter (an unknown dimension …) are printed to stderr as warnings; a post
that cannot be read (binary, not UTF-8, front matter a parser refuses) is named there and skipped, and the goals
are computed from the rest. A \`related:\` entry that names no post is a warning there too, at the entry; the
text output lists every link under "Related posts" and the JSON lists them as \`related: [{from, entry, kind, target}]\`.
`;

interface GoalsOptions {
  format: 'text' | 'json';
  at?: string;
  folder?: string;
}

function parseGoalsArgs(args: readonly string[]): GoalsOptions {
  const parsed = parseArgs(args, {
    values: {
      '--format': oneOf(['text', 'json'], 'badFormatGoals'),
      '--at': (v) => {
        if (!isCalendarDate(v)) throw new UsageError('badDate', { value: v });
      },
    },
  });
  const [folder, second] = parsed.positionals;
  if (second !== undefined) throw new UsageError('oneFolder', { first: folder!, second });
  return { format: parsed.values.get('--format') === 'json' ? 'json' : 'text', at: parsed.values.get('--at'), folder };
}

/** Terminal columns a string takes: CJK and full-width characters take two. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x20000 && c <= 0x3fffd) ? 2 : 1;
  }
  return w;
}

function fit(s: string, width: number): string {
  let out = s;
  if (displayWidth(out) > width) {
    while (displayWidth(out) > width - 1) out = [...out].slice(0, -1).join('');
    out += '…';
  }
  return out + ' '.repeat(Math.max(0, width - displayWidth(out)));
}

function table(header: string[], rows: string[][], maxWidths: number[]): string[] {
  const widths = header.map((h, i) => Math.min(maxWidths[i] ?? 80, Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? '')))));
  const line = (cells: string[]): string =>
    '  ' + cells.map((c, i) => (i === cells.length - 1 ? c : fit(c, widths[i]!))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)];
}

function formatText(
  locale: Locale,
  today: string,
  goals: GoalProgress[],
  dimensions: DimensionSummary[],
  posts: Post[],
  goalsFound: boolean,
  insights: Insight[],
  related: RelatedGraph,
): string {
  const out: string[] = [];
  out.push(cliText(locale, 'goalsHeading', { today }));
  if (!goalsFound) out.push(cliText(locale, 'noGoalsFile', { path: GOALS_FILE_PATH }));
  else if (goals.length === 0) out.push(cliText(locale, 'noGoals'));
  else {
    out.push(...table(
      columns(locale, 'goalsColumns'),
      goals.map((g) => [g.goal.id, g.goal.title, `${g.done} / ${g.target}`, g.status, `${g.period.from} … ${g.period.to}`]),
      [24, 40, 9, 8, 30],
    ));
  }
  out.push('');
  out.push(cliText(locale, 'dimensionsHeading'));
  out.push(...table(
    columns(locale, 'dimensionsColumns'),
    dimensions.map((d) => [d.name, String(d.published), String(d.inProgress)]),
    [28, 21, 11],
  ));
  out.push('');
  const counts = new Map<string, number>();
  for (const p of posts) counts.set(p.status, (counts.get(p.status) ?? 0) + 1);
  const summary = ['published', 'scheduled', 'review', 'draft', 'idea'].filter((s) => counts.has(s)).map((s) => `${counts.get(s)} ${s}`);
  out.push(`${cliText(locale, 'postsHeading', { count: posts.length })}${summary.length ? ` (${summary.join(', ')})` : ''}`);
  if (posts.length > 0) {
    out.push(...table(
      columns(locale, 'postsColumns'),
      posts.map((p) => [p.title, p.type, p.status, p.dimension ?? '—', p.date ?? p.published ?? '—', p.path]),
      [40, 6, 9, 12, 10, 200],
    ));
  }
  if (related.buildsOn.size > 0) {
    out.push('');
    out.push(cliText(locale, 'relatedHeading'));
    for (const [from, links] of related.buildsOn) {
      for (const link of links) {
        if (link.kind === 'post') out.push(`  ${cliText(locale, 'relatedBuildsOn', { from, to: link.target! })}`);
        else if (link.kind === 'external') out.push(`  ${cliText(locale, 'relatedExternal', { from, to: link.entry })}`);
        else out.push(`  ! ${cliText(locale, 'relatedMissing', { from, entry: link.entry })}`);
      }
    }
  }
  if (insights.length > 0) {
    out.push('');
    out.push(cliText(locale, 'insightsHeading'));
    for (const i of insights) out.push(`  ${i.tone === 'positive' ? '+' : i.tone === 'negative' ? '!' : '·'} ${i.message}`);
  }
  return out.join('\n') + '\n';
}

async function run(ctx: CliContext, args: string[]): Promise<number> {
  const options = parseGoalsArgs(args);
  const root = resolve(ctx.cwd, options.folder ?? '.');
  const display = (abs: string): string => displayPath(ctx.cwd, abs);
  if ((await ctx.fs.stat(root))?.kind !== 'directory') throw new UsageError('noSuchFolder', { path: options.folder ?? root });

  // The config of that workspace (its .lectern/config.json), found the way `lectern lint` finds it.
  const loaded = await loadConfig(ctx.fs, root, undefined);
  if (loaded.problems.length > 0) {
    for (const p of loaded.problems) ctx.stderr.write(`${p}\n`);
    return EXIT_USAGE;
  }
  const dimensions = resolveDimensions(loaded.config);

  const goalsAbs = join(root, ...GOALS_FILE_PATH.split('/'));
  const goalsDisplay = display(goalsAbs);
  let goalsFound = false;
  let goals: ReturnType<typeof parseGoalsFile>['goals'] = [];
  if ((await ctx.fs.stat(goalsAbs))?.kind === 'file') {
    goalsFound = true;
    const read = await readTextFile(ctx.fs, goalsAbs, 0);
    if (!read.ok) throw new UsageError('goalsNotRead', { path: goalsDisplay, reason: read.reason });
    const text = read.decoded.text;
    const parsed = parseGoalsFile(text, dimensions);
    const errors = parsed.problems.filter((p) => p.severity === 'error');
    if (errors.length > 0) {
      const index = new LineIndex(text);
      for (const p of errors) ctx.stderr.write(locatedMessage(goalsDisplay, index, p.range.start, p.message) + '\n');
      return EXIT_USAGE;
    }
    goals = parsed.goals;
  }

  const clock = systemClock(options.at);
  // Hugo, Zola, Jekyll and Astro publish posts that no flag marks as drafts; their dates may live in file names.
  const { platform } = await workspacePlatform(ctx.fs, root, loaded.config.checklist.platform);
  const index = new PostIndex({ dimensions, clock, platform });
  let skipped = 0;
  // Texts of posts with `related` entries: their missing targets are located once every post is known.
  const relatedTexts = new Map<string, { abs: string; text: string }>();
  for (const rel of await walkContent(folderReader(ctx.fs, root), loaded.config.contentFolders)) {
    const abs = join(root, ...rel.split('/'));
    // Only the front matter is parsed, so size is no risk here; binary and non-UTF-8 files are still not posts.
    const read = await readTextFile(ctx.fs, abs, 0);
    if (!read.ok) {
      ctx.stderr.write(`${display(abs)}: warning ${read.reason}\n`);
      skipped++;
      continue;
    }
    const text = read.decoded.text;
    let post: ReturnType<PostIndex['upsert']>;
    try {
      post = index.upsert(rel, text);
    } catch (error) {
      // Containment: whatever one file does to a parser, the other posts and every goal are still reported.
      ctx.stderr.write(`${display(abs)}: warning skipped: its front matter could not be read (${oneLine(errorMessage(error))}); ${REPORT_HINT}\n`);
      skipped++;
      continue;
    }
    if (!post) continue;
    if (post.related.length > 0) relatedTexts.set(rel, { abs, text });
    const lines = post.problems.length ? new LineIndex(text) : null;
    for (const p of post.problems) ctx.stderr.write(locatedMessage(display(abs), lines!, p.range.start, `${p.severity} ${p.message}`) + '\n');
  }

  if (skipped > 0) ctx.stderr.write(`${skipped} file${skipped === 1 ? '' : 's'} skipped; goals and posts are computed from the rest.\n`);
  const posts = index.posts();
  const related = relatedGraph(posts);
  const locale = ctx.locale ?? 'en';
  for (const [from, links] of related.buildsOn) {
    const file = relatedTexts.get(from);
    if (!file) continue;
    const lines = new LineIndex(file.text);
    for (const link of links.filter((l) => l.kind === 'missing')) {
      ctx.stderr.write(`${locatedMessage(display(file.abs), lines, link.range.start, `warning ${cliText(locale, 'relatedNotFound', { entry: link.entry })}`)}\n`);
    }
  }
  const progress = evaluateGoals(goals, posts, clock.today);
  const summary = summarizeDimensions(posts, dimensions, clock.today);

  if (options.format === 'json') {
    const json = {
      goals: progress.map((g) => ({
        id: g.goal.id,
        title: g.goal.title,
        kind: g.goal.kind,
        dimension: g.goal.dimension,
        target: g.target,
        done: g.done,
        status: g.status,
        period: { from: g.period.from, to: g.period.to },
      })),
      dimensions: summary.map((d) => ({ id: d.id, name: d.name, published: d.published, inProgress: d.inProgress })),
      posts: posts.map((p) => ({
        path: p.path,
        title: p.title,
        type: p.type,
        status: p.status,
        dimension: p.dimension,
        date: p.date ?? p.published,
      })),
      // Every `related` entry as a link from a post; `kind` is post, missing or external (target null unless post).
      related: [...related.buildsOn].flatMap(([from, links]) => links.map((l) => ({ from, entry: l.entry, kind: l.kind, target: l.target }))),
    };
    ctx.stdout.write(JSON.stringify(json, null, 2) + '\n');
  } else {
    const { insights } = buildDashboard({ posts, goals, progress, dimensions, today: clock.today });
    ctx.stdout.write(formatText(locale, clock.today, progress, summary, posts, goalsFound, insights, related));
  }
  return EXIT_OK;
}

export const goalsCommand: Subcommand = {
  name: 'goals',
  summary: 'show publishing goals, growth dimensions and posts with their progress',
  usage,
  run,
};
