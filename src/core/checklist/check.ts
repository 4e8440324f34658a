/**
 * What one automatic check is: an id, a default level, options with defaults, and a pure `run` over the post.
 * Each check lives in its own file under `checks/`; `checks/index.ts` lists them in the order items are shown.
 */
import type { Dimension, Clock } from '../goals/api';
import type { ParsedFrontMatter } from '../frontmatter-edit';
import type { PostFacts } from '../goals/posts';
import type { Finding } from '../lint/types';
import type { DocumentMetrics } from '../lint/metrics';
import type { Platform } from '../platform';
import type { TextRange } from '../text';
import type { MarkdownFacts } from './markdown';
import { message, type ChecklistMessageId } from './messages';
import type { CheckFix, CheckId, ChecklistFiles, LocalizedMessage, MessageData } from './types';

/** Option values are numbers, strings, booleans or string lists (the config schema is generated from the defaults). */
export type CheckOptions = Record<string, number | string | boolean | string[]>;

/** Everything a check may read. Costly parts (Markdown, lint) are computed on first use and shared by all checks. */
export interface CheckContext {
  /** Workspace-relative POSIX path. */
  path: string;
  text: string;
  platform: Platform;
  /** The post's type, lower-cased (`blog` when absent). */
  type: string;
  clock: Clock;
  publishingNow: boolean;
  files: ChecklistFiles;
  dimensions: readonly Dimension[];
  /** The parsed front matter, or null when the post has none. */
  frontMatter: ParsedFrontMatter | null;
  /** What the posts index reads from the file (title, tags, date…); null without front matter. */
  facts: PostFacts | null;
  /** Top-level front-matter values (empty without front matter). */
  data: Readonly<Record<string, unknown>>;
  /** Where the body starts (after the front matter). */
  bodyStart: number;
  /** Where a front-matter key's value is (the front matter's start when the key is absent). */
  keyRange(key: string): TextRange;
  /** A front-matter value as a trimmed string (numbers and dates too), or null when absent or not a single value. */
  str(key: string): string | null;
  markdown(): MarkdownFacts;
  lint(): { findings: readonly Finding[]; metrics: DocumentMetrics };
}

export interface Problem extends LocalizedMessage {
  range?: TextRange;
}

export type CheckOutcome =
  | { pass: true; message: LocalizedMessage }
  | { pass: false; problems: Problem[]; fix?: CheckFix };

export interface CheckDefinition<O extends CheckOptions = CheckOptions> {
  id: CheckId;
  /** Platform checks run only for their platform. */
  platform?: Platform;
  defaultLevel: 'required' | 'recommended';
  options: O;
  /** One line for the README table and the config schema. */
  description: string;
  /** Reads the front matter: when it does not parse, the check is reported as blocked instead of run. */
  readsFrontMatter: boolean;
  run(ctx: CheckContext, options: O): CheckOutcome | Promise<CheckOutcome>;
}

/** Keeps a check's own option type inside its file; the registry holds them all as `CheckDefinition`. */
export function defineCheck<O extends CheckOptions>(def: CheckDefinition<O>): CheckDefinition {
  return def as unknown as CheckDefinition;
}

export function pass(messageId: ChecklistMessageId, data: MessageData = {}): CheckOutcome {
  return { pass: true, message: message(messageId, data) };
}

export function fail(messageId: ChecklistMessageId, data: MessageData = {}, range?: TextRange, fix?: CheckFix): CheckOutcome {
  return { pass: false, problems: [problem(messageId, data, range)], ...(fix ? { fix } : {}) };
}

export function problem(messageId: ChecklistMessageId, data: MessageData = {}, range?: TextRange): Problem {
  return { ...message(messageId, data), ...(range ? { range } : {}) };
}

/** A list of problems is a failure when it is not empty. */
export function outcome(problems: Problem[], ok: CheckOutcome, fix?: CheckFix): CheckOutcome {
  return problems.length === 0 ? ok : { pass: false, problems, ...(fix ? { fix } : {}) };
}
