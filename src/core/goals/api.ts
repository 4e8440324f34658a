/**
 * The goals feature's public face (issue 4): growth dimensions, the posts index, the goals file, progress, the
 * dimension summary and the dashboard model. The CLI and the extension import only from here.
 * CONTRACT: names and signatures below stay stable; new things may be added.
 * The types live in `model.ts` (documented there); this file only re-exports, so no goals module imports it.
 *
 * Everything is pure: "today" and the time zone come in through a `Clock`, files come in as text, and edits go out
 * as data (`TextEdit[]`) so the extension applies them as an undoable WorkspaceEdit and the CLI writes them atomically.
 */
export type { FileProblem, TextEdit, TextRange } from './model';
export type { LecternConfig } from '../config-types';
export type {
  CalendarDate,
  Clock,
  Dimension,
  PostStatus,
  StatusSource,
  Post,
  PostIndexChange,
  Disposable,
  GoalKind,
  GoalPeriod,
  GoalStatus,
  Goal,
  GoalsFile,
  GoalInput,
  GoalsEdit,
  GoalProgress,
  DimensionSummary,
  InsightKind,
  Insight,
  DashboardModel,
} from './model';

// ───────────────────────────── Front matter edits (src/core/frontmatter-edit.ts) ─────────────────────────────

export type { FrontMatterValue, FrontMatterEdit } from '../frontmatter-edit';

// ───────────────────────────── Functions ─────────────────────────────
// (Documented at their definitions; the one-line notes say what each is for.)

/** The incremental posts index; `new PostIndex({ dimensions, clock })`. */
export { PostIndex } from './post-index';
/** Built-in five; config → dimensions; `dimension:` value → dimension (id, name or alias, trimmed, any case). */
export { BUILTIN_DIMENSIONS, resolveDimensions, matchDimension } from './dimensions';
/** Clocks, calendar arithmetic (weeks are ISO: Monday–Sunday). */
export { systemClock, fixedClock, isCalendarDate, addDays, addMonths, daysBetween, periodContaining } from './dates';
/** One file → one post. */
export { POST_STATUSES, parsePost } from './posts';
/** Which files are posts: the content module (src/core/content.ts), re-exported for the goals API's users. */
export { isMarkdownPath, isContentPath, EXCLUDED_FOLDERS } from '../content';
/** `.lectern/goals.yaml`: path, JSON schema, parse + validate (located problems). */
export { GOALS_FILE_PATH, goalsSchema, parseGoalsFile } from './goals-file';
/** Comment-preserving goal edits (→ new text + minimal TextEdits), the starter file, ids from titles. */
export { addGoal, updateGoal, removeGoal, starterGoalsFile, goalIdFromTitle } from './goals-edit';
/** Windows, matching, counting date, progress and status (see progress.ts for the formulas). */
export { goalWindow, postMatchesGoal, countingDate, evaluateGoal, evaluateGoals } from './progress';
/** Per-dimension counts (+ "Unassigned"), the 12-month range, newest-first order, what counts as unassigned. */
export { summarizeDimensions, lastTwelveMonths, UNASSIGNED_NAME, newestFirst, isUnassigned } from './summary';
/** `related:` links both ways (builds on / used by) and the entries that name no post; see related.ts for the rules. */
export { relatedGraph, resolveRelated, resolveRelatedLinks, relatedLinksInText, relatedCandidates, missingRelated, relatedProblems, relatedNotFoundMessage } from './related';
export type { RelatedGraph, RelatedLink } from './related';
/** The dashboard webview's model. */
export { buildDashboard } from './dashboard';
/** Front matter: set one key with a minimal, comment-keeping edit; read it. */
export { setFrontMatterField, readFrontMatter } from '../frontmatter-edit';
