/**
 * The publish checklist's contract (issue 8): check ids, levels, items, results and `runChecklist`'s input.
 * The CLI (`lectern check`) and the extension's checklist view both consume exactly these types.
 *
 * Everything is pure data: offsets are UTF-16 offsets into the post's text (as everywhere in the core), fixes are
 * data the adapters apply (the extension as one undoable WorkspaceEdit, never the CLI), and every message comes with
 * a message id and its data so a host can show it in another language (`messages.ts` holds the English and Chinese
 * templates; `{messageId, data}` is the same shape as the core lint message catalog).
 */
import type { LecternConfig } from '../config-types';
import type { Finding, TextEdit } from '../lint/types';
import type { DocumentMetrics } from '../lint/metrics';
import type { TextRange } from '../text';
import type { Clock } from '../goals/api';
import type { Platform, PlatformSource } from '../platform';

export type { Platform, PlatformSource } from '../platform';

// ───────────────────────────── Ids and levels ─────────────────────────────

/** The automatic checks every platform gets, in the order they are listed. Ids are a contract (issue 8). */
export const CORE_CHECK_IDS = [
  'front-matter', 'title', 'title-length', 'description', 'dimension', 'tags', 'date', 'lint-errors', 'clarity',
  'headings', 'image-alt', 'links', 'link-text', 'placeholders', 'code-language', 'word-count', 'canonical',
] as const;

/** Checks a platform adds; each id starts with its platform's name. */
export const PLATFORM_CHECK_IDS = [
  'devto-tags', 'devto-cover-image', 'devto-canonical-url',
  'hashnode-slug', 'hashnode-tags',
  'medium-tags',
  'hugo-draft', 'hugo-date',
  'zola-draft', 'zola-date',
  'jekyll-post-file',
  'astro-pub-date', 'astro-description',
] as const;

export type CoreCheckId = (typeof CORE_CHECK_IDS)[number];
export type PlatformCheckId = (typeof PLATFORM_CHECK_IDS)[number];
export type CheckId = CoreCheckId | PlatformCheckId;

/** What the config sets per check (PublishPress Checklists' Required / Recommended / Disabled). */
export type CheckLevel = 'required' | 'recommended' | 'off';
/** An item's level in a result: automatic checks are required or recommended, manual items are manual. */
export type ItemLevel = 'required' | 'recommended' | 'manual';
/**
 * `fail`: a required check did not pass. `warn`: a recommended check did not pass. `manual`: a manual item (its tick
 * lives in the editor's workspace state, not in the core).
 */
export type ItemStatus = 'pass' | 'fail' | 'warn' | 'manual';

// ───────────────────────────── Messages ─────────────────────────────

/** Values substituted into a message template's `{name}` placeholders. */
export type MessageData = Record<string, string | number>;

/** A message that a host can localise: `messageId` keys the catalog (`messages.ts`), `message` is the English text. */
export interface LocalizedMessage {
  messageId: string;
  data: MessageData;
  /** English, already formatted (CLI output, logs, fallbacks). */
  message: string;
}

// ───────────────────────────── Fixes (data) ─────────────────────────────

/** A front-matter value a fix adds. `''` means "left empty for the writer to fill in" (the editor puts the cursor there). */
export type FieldValue = string | number | boolean | string[];

export interface FieldToAdd {
  key: string;
  value: FieldValue;
}

export type CheckFix =
  /**
   * Add these fields to the front matter; when the post has none, a new front-matter block (YAML) is created. The
   * core gives the text edits too (`edits`, computed with the front-matter editor so comments and line endings stay
   * byte for byte); `fields` is there so the editor can place the cursor in the first empty value.
   */
  | { kind: 'add-front-matter-fields'; label: LocalizedMessage; fields: FieldToAdd[]; edits: TextEdit[] }
  /** Move the file to another workspace-relative path (Jekyll: `_posts/YYYY-MM-DD-name.md`). */
  | { kind: 'rename'; label: LocalizedMessage; to: string }
  /** Plain text edits against the checked text (e.g. heading levels). */
  | { kind: 'edits'; label: LocalizedMessage; edits: TextEdit[] };

// ───────────────────────────── Items and results ─────────────────────────────

/** One place a check failed (a broken link, an image without alt text…), for "Go to" and the CLI's text lines. */
export interface ItemLocation extends LocalizedMessage {
  range: TextRange;
  /** 1-based line and UTF-16 column of `range.start` (as the CLI prints them; the editor uses `range`). */
  line: number;
  column: number;
}

export interface ChecklistItem extends LocalizedMessage {
  /** A check id (`CheckId`) or a manual item's id (`manual:<id>`). */
  id: string;
  level: ItemLevel;
  status: ItemStatus;
  /** Where the first problem is (absent for a pass, a manual item or a problem that has no place). 1-based. */
  line?: number;
  column?: number;
  range?: TextRange;
  /** Every located problem of this check, first one first (the same place as line/column/range). */
  locations?: ItemLocation[];
  fix?: CheckFix;
}

export interface ChecklistResult {
  /** The post's path as given in the input. */
  path: string;
  platform: Platform;
  /** Where the platform came from: `.lectern/config.json` (or `--platform`), the workspace's files, or neither. */
  platformSource: PlatformSource;
  /** The post's `type` (lower-cased; `blog` when absent), whose per-type settings applied. */
  type: string;
  /** Automatic items in check order (levels `off` left out), then manual items. */
  items: ChecklistItem[];
  /** Every required automatic item passes (manual items are not counted: their ticks live in the editor). */
  requiredPassed: boolean;
  /** Every recommended automatic item passes too (`--strict`). */
  recommendedPassed: boolean;
  /**
   * False when the front matter does not parse (or is not closed): then nothing may write to the file, no fix is
   * offered and Mark as Published must refuse.
   */
  writable: boolean;
}

// ───────────────────────────── Input ─────────────────────────────

/**
 * The small window onto the workspace the `links` check needs. Paths are workspace-relative, POSIX separators,
 * already resolved against the post's folder and normalised (no `.`/`..` segments; never outside the workspace).
 */
export interface ChecklistFiles {
  /** Is there a file or folder at this path? */
  exists(path: string): Promise<boolean>;
  /** A linked Markdown file's text (for `#anchor` checks), or null when it cannot be read. */
  readText(path: string): Promise<string | null>;
}

export interface ChecklistInput {
  /** Workspace-relative POSIX path of the post (links are resolved against its folder). */
  path: string;
  text: string;
  /** The resolved configuration (checklist levels, thresholds, dimensions, lint rules). */
  config: LecternConfig;
  /** The platform and where it came from (`resolvePlatform` in `platform.ts`). */
  platform: Platform;
  platformSource: PlatformSource;
  files: ChecklistFiles;
  /** Today and the time zone (dates with times are compared as local calendar dates). */
  clock: Clock;
  /**
   * "Publishing now": a future `date` fails `date` (and `hugo-date`…). False when checking a post scheduled for later.
   * Default true.
   */
  publishingNow?: boolean;
  /**
   * The lint findings and metrics of this exact text when the host already has them (the editor's Linter cache), so
   * the checklist does not lint the post a second time. Left out: the checklist lints it with `config`.
   */
  lint?: { findings: readonly Finding[]; metrics: DocumentMetrics } | null;
}

/** The one entry point: `runChecklist(input: ChecklistInput): Promise<ChecklistResult>` (in `run.ts`). Never throws. */
export type RunChecklist = (input: ChecklistInput) => Promise<ChecklistResult>;
