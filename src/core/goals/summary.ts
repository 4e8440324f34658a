/** Per-dimension counts for the Growth Dimensions view and the CLI. */
import type { CalendarDate, Dimension, DimensionSummary, Post } from './model';
import { addDays, addMonths } from './dates';
import { countingDate } from './progress';

export const UNASSIGNED_NAME = 'Unassigned';

/** The 12 months up to today, today included: from = today − 12 months + 1 day. */
export function lastTwelveMonths(today: CalendarDate): { from: CalendarDate; to: CalendarDate } {
  return { from: addDays(addMonths(today, -12), 1), to: today };
}

/** Newest first by the date that counts (published, else date); undated last, then by title. */
export function newestFirst(a: Post, b: Post): number {
  const da = a.published ?? a.date;
  const db = b.published ?? b.date;
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return da < db ? 1 : -1;
  }
  return a.title.localeCompare(b.title) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

/**
 * True when a post counts as "Unassigned": no `dimension:`, or one that names no configured dimension. The one
 * definition the dimensions summary, the dashboard's totals and its insight share.
 */
export function isUnassigned(post: Post, known: ReadonlySet<string>): boolean {
  return post.dimension === null || !known.has(post.dimension);
}

export function isPublishedIn(post: Post, range: { from: CalendarDate; to: CalendarDate }): boolean {
  const d = countingDate(post);
  return d !== null && d >= range.from && d <= range.to;
}

export function summarizeDimensions(posts: readonly Post[], dimensions: readonly Dimension[], today: CalendarDate): DimensionSummary[] {
  const range = lastTwelveMonths(today);
  const known = new Set(dimensions.map((d) => d.id));
  const groups: DimensionSummary[] = dimensions.map((d) => ({
    id: d.id, name: d.name, color: d.color, icon: d.icon, published: 0, inProgress: 0, posts: [],
  }));
  const unassigned: DimensionSummary = { id: null, name: UNASSIGNED_NAME, color: null, icon: null, published: 0, inProgress: 0, posts: [] };
  const byId = new Map(groups.map((g) => [g.id, g]));
  for (const post of posts) {
    const group = isUnassigned(post, known) ? unassigned : byId.get(post.dimension!)!;
    group.posts.push(post);
    if (post.status === 'published') {
      if (isPublishedIn(post, range)) group.published++;
    } else group.inProgress++;
  }
  for (const g of [...groups, unassigned]) g.posts.sort(newestFirst);
  return [...groups, unassigned];
}
