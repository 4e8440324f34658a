/** Turning a post into the seed of a talk proposal: its title, description, H2 outline, dimension and path. */
import { readFrontMatter } from '../frontmatter-edit';
import { markdownHeadings } from '../markdown-headings';
import { firstHeading } from '../goals/posts';
import { stripMarkdownExtension } from '../content';

export interface TalkSeed {
  title: string;
  /** The post's `description:`, the seed of the elevator pitch (may be empty). */
  description: string;
  /** The post's H2 headings, in order. */
  headings: string[];
  /** The post's `dimension:` as written, or null. */
  dimension: string | null;
  /** The post's workspace-relative path, for `related: [path]`. */
  path: string;
}

/** Minutes a proposal made from a post plans for its talk, spread over the post's sections in the outline. */
export const SEEDED_TALK_MINUTES = 30;

/** What a talk made from the post at `path` starts with. The title falls back to the first heading, then the file name. */
export function talkSeedFromPost(path: string, text: string): TalkSeed {
  const fm = readFrontMatter(text);
  const data = fm?.data ?? {};
  const body = fm ? text.slice(fm.block.range.end) : text;
  const str = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '');
  const fileName = stripMarkdownExtension(path.replace(/^.*\//, ''));
  const title = str(data.title) || firstHeading(body) || fileName;
  return {
    title,
    description: str(data.description) || str(data.summary) || str(data.excerpt),
    headings: markdownHeadings(body).filter((h) => h.level === 2).map((h) => h.text),
    dimension: str(data.dimension) || null,
    path,
  };
}

/** The timed outline of a seeded proposal: one line per H2 of the post, the minutes shared out evenly. */
export function seededOutline(headings: readonly string[], minutes = SEEDED_TALK_MINUTES): string {
  if (headings.length === 0) return '';
  const each = Math.max(1, Math.round(minutes / headings.length));
  return headings.map((h) => `- (${each} min) ${h}`).join('\n');
}
