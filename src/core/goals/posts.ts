/**
 * One Markdown file → one post. Reading happens in two steps so the index can re-derive statuses when the day or
 * the dimensions change without parsing any file again:
 *   readPostFacts  — what the file says (needs only the text);
 *   derivePost     — what it means today (needs the dimensions and the clock).
 */
import { stripMarkdownExtension } from '../content';
import { readFrontMatter } from '../frontmatter-edit';
import { markdownHeadings } from '../markdown-headings';
import type { FileProblem } from '../problems';
import type { TextRange } from '../text';
import type { CalendarDate, Clock, Dimension, Post, PostStatus, StatusSource } from './model';
import { matchDimension } from './dimensions';
import { parseDateValue } from './dates';
import { dateFromPath, publishesUnmarkedPosts, type Platform } from '../platform';

export const POST_STATUSES: readonly PostStatus[] = Object.freeze(['idea', 'draft', 'review', 'scheduled', 'published']);

/** A front-matter value with where it is in the file, so problems can point at it. */
interface Located<T> {
  value: T;
  range: TextRange;
  /** The key it was read from (`date` or `pubDate` …), for messages. */
  key: string;
}

/** What a file says, before today and the dimensions give it meaning. */
export interface PostFacts {
  path: string;
  title: string | null;
  heading: string | null;
  type: string | null;
  status: Located<string> | null;
  /** `draft: true` (Hugo, Astro, Eleventy). */
  draftFlag: boolean;
  /** `published: false` (Jekyll, dev.to). */
  unpublishedFlag: boolean;
  date: Located<string> | null;
  /** `published:` when it is a date rather than a boolean. */
  published: Located<string> | null;
  dimension: Located<string> | null;
  url: string | null;
  tags: string[];
  related: string[];
  /** Where each `related` entry is in the file, parallel to `related`. */
  relatedRanges: TextRange[];
  /** `---` (YAML) or `+++` (TOML: Hugo or Zola, whose conventions then apply even without a site config). */
  format: 'yaml' | 'toml';
  /** Front-matter values that may hold a `/YYYY/MM/DD/` date (Zola's `path`, `slug`, Jekyll's `permalink`). */
  pathFields: { path: string | null; slug: string | null; permalink: string | null };
  /** Problems that do not depend on today or the dimensions (YAML errors, wrong value types). */
  problems: FileProblem[];
}

/** The file name without folder and extension; for `index.md`-style bundles (Hugo, Astro) the folder's name. */
function fileTitle(path: string): string {
  const segments = path.replace(/\\/g, '/').split('/').filter(Boolean);
  const base = stripMarkdownExtension(segments[segments.length - 1] ?? path);
  if (/^(_?index|readme)$/i.test(base) && segments.length > 1) return segments[segments.length - 2]!;
  return base;
}

/** The first ATX or setext heading outside fenced code, without its markers. */
export function firstHeading(body: string): string | null {
  return markdownHeadings(body)[0]?.text ?? null;
}

function stringList(value: unknown, splitWords: boolean): string[] {
  if (Array.isArray(value)) return value.filter((v) => typeof v === 'string' || typeof v === 'number').map((v) => String(v).trim()).filter(Boolean);
  if (typeof value === 'string') {
    // dev.to writes `tags: a, b`; Jekyll writes `tags: a b`.
    const parts = value.includes(',') || !splitWords ? value.split(',') : value.split(/\s+/);
    return parts.map((v) => v.trim()).filter(Boolean);
  }
  return [];
}

/** Reads a file's front matter into facts; null when the file has no front matter (then it is not a post). */
export function readPostFacts(path: string, text: string): PostFacts | null {
  const fm = readFrontMatter(text);
  if (!fm) return null;
  const problems = [...fm.problems];
  const at = (key: string): TextRange => fm.keyRanges.get(key) ?? { start: fm.block.content.start, end: fm.block.content.start };
  const data = fm.data;
  const warn = (key: string, message: string): void => {
    problems.push({ message, range: at(key), severity: 'warning' });
  };
  const str = (key: string): Located<string> | null => {
    const v = data[key];
    if (v === undefined || v === null) return null;
    if (typeof v === 'string' || typeof v === 'number') {
      const s = String(v).trim();
      return s ? { value: s, range: at(key), key } : null;
    }
    if (v instanceof Date) return { value: v.toISOString(), range: at(key), key };
    warn(key, `'${key}' should be a single value.`);
    return null;
  };

  const published = data['published'];
  const title = str('title')?.value ?? null;
  const facts: PostFacts = {
    path,
    title,
    // The body is only scanned when the front matter has no title (most posts have one).
    heading: title === null ? firstHeading(text.slice(fm.block.range.end)) : null,
    type: str('type')?.value.toLowerCase() ?? null,
    status: str('status'),
    draftFlag: data['draft'] === true || data['draft'] === 'true',
    unpublishedFlag: published === false || published === 'false',
    // `pubDate` is Astro's name for the date; Hugo's `publishDate` is when a post goes public.
    date: str('date') ?? str('pubDate'),
    published: (typeof published === 'string' || published instanceof Date ? str('published') : null) ?? str('publishDate'),
    dimension: str('dimension'),
    url: str('url')?.value ?? null,
    tags: stringList(data['tags'], true),
    related: [],
    relatedRanges: [],
    format: fm.block.format,
    pathFields: { path: str('path')?.value ?? null, slug: str('slug')?.value ?? null, permalink: str('permalink')?.value ?? null },
    problems,
  };
  facts.related = stringList(data['related'], false);
  facts.relatedRanges = locateEntries(text, at('related'), facts.related);
  return facts;
}

/**
 * Where each entry of a list value is in the file: searched in order inside the value's range, so `[a.md, b.md]`,
 * a block list and `"a.md"` all point at the entry itself. An entry written in a way the search cannot find
 * (escapes in a quoted string) points at the whole value.
 */
function locateEntries(text: string, value: TextRange, entries: readonly string[]): TextRange[] {
  let from = value.start;
  return entries.map((entry) => {
    const i = text.indexOf(entry, from);
    if (i < 0 || i + entry.length > value.end) return value;
    from = i + entry.length;
    return { start: i, end: i + entry.length };
  });
}

/**
 * Gives facts their meaning today: status inference, dimension matching, local calendar dates. `platform` is where
 * the workspace publishes (detected or configured; null: unknown): Hugo, Zola, Jekyll and Astro publish a post that
 * no flag marks as a draft, and so does any post with TOML front matter (Hugo's or Zola's).
 */
export function derivePost(facts: PostFacts, dimensions: readonly Dimension[], clock: Clock, platform: Platform | null = null): Post {
  const problems = [...facts.problems];
  const frontMatterDate = readDate(facts.date, clock, problems);
  const published = readDate(facts.published, clock, problems);
  // Only when the front matter names no date at all (a date it names but that does not parse stays a problem).
  const pathDate = facts.date === null && facts.published === null ? dateFromPath(facts.path, facts.pathFields) : null;
  const date = frontMatterDate ?? pathDate;

  let dimension: string | null = null;
  if (facts.dimension) {
    const match = matchDimension(dimensions, facts.dimension.value);
    if (match) dimension = match.id;
    else {
      problems.push({
        message: `Unknown growth dimension '${facts.dimension.value}'. Use one of: ${dimensions.map((d) => d.id).join(', ')}.`,
        range: facts.dimension.range,
        severity: 'warning',
      });
    }
  }

  let status: PostStatus | null = null;
  let statusSource: StatusSource = 'default';
  if (facts.status) {
    const s = facts.status.value.toLowerCase();
    if ((POST_STATUSES as readonly string[]).includes(s)) {
      status = s as PostStatus;
      statusSource = 'status';
    } else {
      problems.push({
        message: `Unknown status '${facts.status.value}'. Use one of: ${POST_STATUSES.join(', ')}.`,
        range: facts.status.range,
        severity: 'warning',
      });
    }
  }
  if (status === null) {
    const when = date ?? published;
    if (facts.draftFlag) [status, statusSource] = ['draft', 'draft-flag'];
    else if (facts.unpublishedFlag) [status, statusSource] = ['draft', 'published-flag'];
    else if (/(^|\/)_drafts\//.test(facts.path.replace(/\\/g, '/'))) [status, statusSource] = ['draft', 'drafts-folder'];
    else if (when !== null) [status, statusSource] = [when <= clock.today ? 'published' : 'scheduled', 'date'];
    else if (facts.format === 'toml' || (platform !== null && publishesUnmarkedPosts(platform))) [status, statusSource] = ['published', 'platform'];
    else [status, statusSource] = ['draft', 'default'];
  }

  if (status === 'published' && date === null && published === null && facts.status) {
    problems.push({
      message: "Published, but without a date: add 'date:' (or 'published:') so goals and the dashboard can count it.",
      range: facts.status.range,
      severity: 'warning',
    });
  }

  return {
    path: facts.path,
    title: facts.title ?? facts.heading ?? fileTitle(facts.path),
    type: facts.type ?? 'blog',
    status,
    statusSource,
    dimension,
    dimensionRaw: facts.dimension?.value ?? null,
    date,
    dateSource: frontMatterDate !== null ? 'front-matter' : pathDate !== null ? 'path' : null,
    undated: status === 'published' && date === null && published === null,
    published,
    url: facts.url,
    tags: facts.tags,
    related: facts.related,
    relatedRanges: facts.relatedRanges,
    problems,
  };
}

function readDate(v: Located<string> | null, clock: Clock, problems: FileProblem[]): CalendarDate | null {
  if (!v) return null;
  const date = parseDateValue(v.value, clock);
  if (date === null) {
    problems.push({ message: `'${v.key}' is not a date (expected YYYY-MM-DD): '${v.value}'.`, range: v.range, severity: 'warning' });
  }
  return date;
}

export function parsePost(path: string, text: string, dimensions: readonly Dimension[], clock: Clock, platform: Platform | null = null): Post | null {
  const facts = readPostFacts(path, text);
  return facts ? derivePost(facts, dimensions, clock, platform) : null;
}

/** Same post with a new path: the title is re-derived only when it came from the file name. */
export function movedFacts(facts: PostFacts, to: string): PostFacts {
  return { ...facts, path: to };
}
