/**
 * Mark as Published, as data: the edits that write a post's published state in the post's OWN convention, so the
 * platform it is published on and Lectern's posts index both read it as published today.
 *
 * - `status:` present → `status: published`; `draft: true` → `false`; `published: false` → `true`.
 *   A boolean is never turned into a date.
 * - Today's date goes where the platform reads it (`date` for Hugo, Zola, Jekyll and dev.to, `pubDate` for Astro,
 *   else `published`), unless a date that is not in the future is already there. A `date:` in the future is moved
 *   to today too, because the posts index reads a future `date` as scheduled.
 * - The URL, when one is given, goes to `url`; published-anyway overrides to `lectern: {override: [ids]}`.
 *
 * Every field goes through the front-matter editor (`frontmatter-edit.ts`), which keeps comments, quoting and line
 * endings; the steps are applied one after another to the text and returned as ONE edit, so the extension can
 * apply it as one undoable change. Front matter that does not parse is refused with its located problem.
 */
import { readFrontMatter, setFrontMatterField, setNestedFrontMatterList, type FrontMatterEdit, type FrontMatterValue } from '../frontmatter-edit';
import { diffEdit } from '../text';
import { parseDateValue } from '../goals/dates';
import type { CalendarDate, Clock } from '../goals/api';
import { applyFixes } from '../lint/fixes';
import type { TextEdit } from '../lint/types';
import type { TextRange } from '../text';

export interface PublishOptions {
  /** Where the post is published: `hugo`, `zola`, `jekyll`, `astro`, `devto`, `hashnode`, `medium` or `generic`. */
  platform: string;
  /** "Today" and the zone, to tell a past date from a future one. */
  clock: Pick<Clock, 'today' | 'offsetMinutes'>;
  /** The published URL; empty or absent writes nothing. */
  url?: string;
  /** Ids of required checks that failed and were published anyway; empty or absent writes nothing. */
  override?: readonly string[];
}

/** One front-matter field the publish edit writes, for the message that tells the writer what changed. */
export interface PublishChange {
  key: string;
  value: string;
}

export type PublishResult =
  | { ok: true; edits: TextEdit[]; text: string; changes: PublishChange[] }
  | { ok: false; error: string; range: TextRange };

/** The front-matter key that holds the date the platform publishes a post on. */
export function publishDateKey(platform: string): 'date' | 'pubDate' | 'published' {
  switch (platform) {
    case 'hugo':
    case 'zola':
    case 'jekyll':
    case 'devto':
      return 'date';
    case 'astro':
      return 'pubDate';
    default:
      return 'published';
  }
}

/** The calendar date a front-matter value holds (a YAML string or a TOML date), or null. */
function dateOf(value: unknown, clock: PublishOptions['clock']): CalendarDate | null {
  if (value instanceof Date) return parseDateValue(value.toISOString(), clock);
  if (typeof value === 'string') return parseDateValue(value, clock);
  return null;
}

function isTrue(value: unknown): boolean {
  return value === true || value === 'true';
}

function isFalse(value: unknown): boolean {
  return value === false || value === 'false';
}

export function markPublished(text: string, options: PublishOptions): PublishResult {
  const fm = readFrontMatter(text);
  if (fm && fm.problems.length > 0) {
    const p = fm.problems[0]!;
    return { ok: false, error: `The front matter does not parse, so Lectern leaves the file untouched: ${p.message}`, range: p.range };
  }
  const data = fm?.data ?? {};
  const today = options.clock.today;
  const steps: Array<[string, FrontMatterValue]> = [];

  if ('status' in data) steps.push(['status', 'published']);
  if (isTrue(data['draft'])) steps.push(['draft', false]);
  const publishedFlag = typeof data['published'] === 'boolean' || isTrue(data['published']) || isFalse(data['published']);
  if (isFalse(data['published'])) steps.push(['published', true]);

  let dateKey: string = publishDateKey(options.platform);
  // `published: false/true` is Jekyll's and dev.to's flag: the date then goes to `date`, never into the flag.
  if (dateKey === 'published' && publishedFlag) dateKey = 'date';
  const existing = data[dateKey] === undefined || data[dateKey] === null ? null : dateOf(data[dateKey], options.clock);
  if (existing === null || existing > today) steps.push([dateKey, today]);
  if (dateKey !== 'date' && 'date' in data) {
    const date = dateOf(data['date'], options.clock);
    if (date !== null && date > today) steps.push(['date', today]);
  }
  const url = options.url?.trim();
  if (url) steps.push(['url', url]);

  let next = text;
  const changes: PublishChange[] = [];
  const apply = (result: FrontMatterEdit, key: string, value: string): PublishResult | null => {
    if (!result.ok) return { ok: false, error: result.error, range: fm?.block.range ?? { start: 0, end: 0 } };
    // The editor's edits for one field never overlap: one "fix" applies them all.
    next = applyFixes(next, [{ title: key, edits: result.edits }]).text;
    changes.push({ key, value });
    return null;
  };
  for (const [key, value] of steps) {
    const failed = apply(setFrontMatterField(next, key, value), key, String(value));
    if (failed) return failed;
  }
  const override = [...new Set(options.override ?? [])];
  if (override.length > 0) {
    const failed = apply(setNestedFrontMatterList(next, 'lectern', 'override', override), 'lectern.override', override.join(', '));
    if (failed) return failed;
  }
  // The result must read back: if an edit ever produced front matter that does not parse, nothing is written.
  const after = readFrontMatter(next);
  if (!after || after.problems.length > 0) {
    return { ok: false, error: 'Lectern could not write the published state without breaking the front matter.', range: fm?.block.range ?? { start: 0, end: 0 } };
  }
  return { ok: true, edits: diffEdit(text, next), text: next, changes };
}
