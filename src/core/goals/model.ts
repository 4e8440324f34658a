/**
 * The goals feature's types: the bottom of the goals folder. Every goals module imports its types from here (never
 * from the `api.ts` facade, which imports them all and would close a cycle). Nothing here has a runtime value.
 */
import type { FileProblem } from '../problems';
import type { TextEdit } from '../lint/types';
import type { TextRange } from '../text';

export type { FileProblem } from '../problems';
export type { TextEdit } from '../lint/types';
export type { TextRange } from '../text';

// ───────────────────────────── Dates and time ─────────────────────────────

/** A calendar date in the user's time zone, always `YYYY-MM-DD`. Compared as strings (that order is date order). */
export type CalendarDate = string;

/**
 * "Today" and the user's time zone, passed in so the core stays pure and tests are reproducible.
 * `offsetMinutes(epochMs)` is the zone's offset east of UTC at that instant (UTC+8 → 480, UTC-5 → -300); it is a
 * function rather than a number because of daylight saving time. A front-matter `date` with a time and an offset is
 * turned into an instant and then into the local calendar date with it.
 */
export interface Clock {
  today: CalendarDate;
  offsetMinutes(epochMs: number): number;
}

// ───────────────────────────── Growth dimensions ─────────────────────────────

/** A growth dimension after the config was applied: every field filled in. */
export interface Dimension {
  /** Canonical id, e.g. `leadership`. */
  id: string;
  /** English name, e.g. `Leadership`. */
  name: string;
  /** Other accepted names (the built-in five carry their Chinese name, e.g. `领导力`). */
  aliases: string[];
  /** A CSS colour, e.g. `#4e79a7`. */
  color: string;
  /** A codicon id without `$()`, e.g. `organization`. */
  icon: string;
}

// ───────────────────────────── Posts ─────────────────────────────

export type PostStatus = 'idea' | 'draft' | 'review' | 'scheduled' | 'published';
/** Pipeline order, from ideas to published. */

/** Why a post has its status (shown in tooltips; tests pin the inference rules with it). */
export type StatusSource =
  | 'status' //        an explicit `status:` field
  | 'draft-flag' //    Hugo/Astro `draft: true`
  | 'published-flag' // Jekyll/dev.to `published: false`
  | 'drafts-folder' // Jekyll's `_drafts/` folder
  | 'date' //          a past `date` → published, a future one → scheduled
  | 'platform' //      nothing says draft and the platform publishes such posts (Hugo, Zola, Jekyll, Astro; TOML front matter)
  | 'default'; //      nothing said anything → draft

/** One Markdown file with front matter, as the index sees it. */
export interface Post {
  /** The path the adapter gave to the index (the CLI and the extension use workspace-relative POSIX paths). */
  path: string;
  /** `title`, else the first heading, else the file name without extension. */
  title: string;
  /** `blog` by default; `talk`; any other kind is kept as written (lower-cased, trimmed). */
  type: string;
  status: PostStatus;
  statusSource: StatusSource;
  /** Canonical dimension id, or null when absent or unknown. */
  dimension: string | null;
  /** The `dimension:` value as written (trimmed), or null when absent. Kept when it is unknown. */
  dimensionRaw: string | null;
  /**
   * `date` (or `pubDate`), as a local calendar date; without one, the date the platform's convention gives (a
   * `YYYY-MM-DD-` file-name prefix, a `/YYYY/MM/DD/` segment in `path`, `slug`, `permalink` or the folder).
   */
  date: CalendarDate | null;
  /** Where `date` came from: the front matter, or the file's name or path. Null when there is none. */
  dateSource: 'front-matter' | 'path' | null;
  /**
   * Published, but no date could be found anywhere: it counts toward no period goal, and the goals views say so
   * (with a quick fix that adds `date`).
   */
  undated: boolean;
  /** `published` when it is a date (not the Jekyll boolean), as a local calendar date. */
  published: CalendarDate | null;
  url: string | null;
  tags: string[];
  /** `related:` entries as written (trimmed): the posts this one builds on (resolved by `relatedGraph`, related.ts). */
  related: string[];
  /** Where each `related` entry is in the file, parallel to `related` (for the warning at a missing target). */
  relatedRanges: TextRange[];
  /** Problems in the front matter (unknown dimension or status, bad date, YAML error), located in the file's text. */
  problems: FileProblem[];
}

/**
 * What changed in a PostIndex. `version` grows by one per change.
 * PostIndex API (class in post-index.ts): `new PostIndex({ dimensions?, clock? })`, `version`, `size`,
 * `upsert(path, text): Post | null` (null = no front matter, then removed; no event when nothing the index reads
 * changed, e.g. typing in the body), `upsertMany(files)` (one event for a
 * first scan), `remove(path)`, `rename(from, to)`, `removeFolder(folder)`, `get(path)`, `has(path)`, `posts()`
 * (sorted by path), `clear()`, `setDimensions(dims)`, `setClock(clock)` (re-derive without re-parsing — call it when
 * the day changes), `onDidChange(listener): Disposable`.
 */
export interface PostIndexChange {
  version: number;
  /** Paths added, updated or removed (for a rename: both the old and the new path). */
  paths: string[];
  kind: 'upsert' | 'remove' | 'rename' | 'reset';
}

export interface Disposable {
  dispose(): void;
}

/**
 * The posts index: incremental, no rescans. Adapters feed it file texts as watchers report them.
 * `upsert` of a file without front matter removes it (it is not a post). Statuses depend on today, so a new day
 * needs `setClock` (cheap: nothing is re-parsed).
 */
// The class lives in post-index.ts (exported by api.ts).

// ───────────────────────────── Goals ─────────────────────────────

export type GoalKind = 'post' | 'talk' | 'any';
export type GoalPeriod = 'week' | 'month' | 'quarter' | 'year';
export type GoalStatus = 'done' | 'on-track' | 'behind' | 'overdue';

/** One goal as written in `.lectern/goals.yaml`, validated. */
export interface Goal {
  id: string;
  title: string;
  kind: GoalKind;
  /** Canonical dimension id, or null for "any dimension". */
  dimension: string | null;
  target: number;
  /** A recurring period (the current one counts), or null for a fixed window. */
  period: GoalPeriod | null;
  from: CalendarDate | null;
  due: CalendarDate | null;
  /** The goal's mapping in the file (for "Open" at that goal). */
  range: TextRange;
}

export interface GoalsFile {
  /** False when the YAML does not parse (syntax). Then nothing may write to the file. */
  parsed: boolean;
  /** Valid goals only; a goal with an error is left out and its problem is listed. */
  goals: Goal[];
  /** Syntax and schema problems, located (use LineIndex for line/column). */
  problems: FileProblem[];
}

/** What a person fills in to add a goal (Add Goal flow), or the fields to change on update (`null` removes a key). */
export interface GoalInput {
  /** Derived from the title when absent (unique in the file). */
  id?: string;
  title: string;
  kind: GoalKind;
  dimension?: string | null;
  target: number;
  period?: GoalPeriod | null;
  from?: CalendarDate | null;
  due?: CalendarDate | null;
}

/** An edit of the goals file: the new full text plus the minimal edits that turn the old text into it. */
export type GoalsEdit =
  | { ok: true; text: string; edits: TextEdit[]; id: string }
  | { ok: false; error: string };

/** A goal's window and how it is going. */
export interface GoalProgress {
  goal: Goal;
  /** The window that counts today (inclusive dates). */
  period: { from: CalendarDate; to: CalendarDate };
  /** Published items matching kind and dimension, by published date (else date) inside the window. */
  done: number;
  target: number;
  /**
   * target × (days of the window that have passed, today included) / (days in the window); 0 before the window.
   * `behind` when done < floor(expected). See README "Goal status".
   */
  expected: number;
  status: GoalStatus;
  /** Days left in the window after today (0 on the last day; negative once the window has ended). */
  daysLeft: number;
  /** The posts that count, oldest first. */
  posts: Post[];
}

// ───────────────────────────── Summary and dashboard ─────────────────────────────

export interface DimensionSummary {
  /** null for the "Unassigned" group (no or an unknown dimension). */
  id: string | null;
  /** The dimension's name, or "Unassigned". */
  name: string;
  color: string | null;
  icon: string | null;
  /** Published (by published date, else date) in the last 12 months, today included. */
  published: number;
  /** Status idea, draft, review or scheduled. */
  inProgress: number;
  /** Every post of this dimension, newest first (undated last, then by title). */
  posts: Post[];
}

export type InsightKind = 'gap' | 'never' | 'streak' | 'goal-behind' | 'goal-overdue' | 'unassigned' | 'focus';

/** A short observation for the dashboard. `message` is English; `kind` + `params` let the adapter localise it. */
export interface Insight {
  kind: InsightKind;
  /** Positive for good news, negative for a nudge. */
  tone: 'positive' | 'neutral' | 'negative';
  message: string;
  params: Record<string, string | number>;
}

export interface DashboardModel {
  today: CalendarDate;
  /** The radar's range (default: the last 12 months). */
  range: { from: CalendarDate; to: CalendarDate };
  /** One point per dimension, in dimension order: published items in the range. */
  radar: Array<{ id: string; name: string; color: string; value: number }>;
  /** 12 months ending with the current one, oldest first. `month` is `YYYY-MM`. */
  cadence: Array<{ month: string; posts: number; talks: number }>;
  goals: GoalProgress[];
  insights: Insight[];
  totals: { published: number; inProgress: number; unassigned: number; posts: number };
}
