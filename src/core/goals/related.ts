/**
 * Related posts: `related: [paths]` in a talk's (or any post's) front matter names the posts it builds on. The goals
 * views show each link both ways — on the talk "builds on <post>", on the post "used by <talk>" — and an entry that
 * names no post is a warning at that entry.
 *
 * How an entry is resolved (README "Related posts"):
 *   - `./x.md`, `../blog/x.md`  relative to the folder of the file that names it;
 *   - `/posts/x.md`             relative to the workspace root;
 *   - `posts/x.md`              relative to the workspace root first (what New Talk Proposal from Post and
 *                               `lectern new --from-post` write), else relative to the file's folder (`x.md` for a
 *                               sibling);
 *   - the Markdown extension may be left out (`posts/x` finds `posts/x.md`, `.markdown` or `.mdx`, or a bundle's
 *     `posts/x/index.md`, see `markdownFilesFor`); a `#fragment` or `?query` is ignored, and `\` reads as `/`;
 *   - a URL (`https://…`) is an external link: shown, never checked.
 * Paths are compared with the posts index's paths (workspace-relative POSIX), so a target must be a post — a
 * Markdown file with front matter in the content folders — to be found.
 */
import { markdownFilesFor } from '../content';
import type { FileProblem } from '../problems';
import type { TextRange } from '../text';
import type { Post } from './model';
import { readPostFacts } from './posts';

/** One `related` entry of a post, resolved. */
export interface RelatedLink {
  /** The entry as written (trimmed). */
  entry: string;
  /** Where the entry is in the file that names it. */
  range: TextRange;
  /** `post`: it names a post (`target`); `missing`: it names none; `external`: a URL, not checked. */
  kind: 'post' | 'missing' | 'external';
  /** The path of the post it names; null unless `kind` is `post`. */
  target: string | null;
}

/** Every post's links, both ways. */
export interface RelatedGraph {
  /** Post path → its `related` entries in order (missing and external ones included). Only posts with entries. */
  buildsOn: ReadonlyMap<string, readonly RelatedLink[]>;
  /** Post path → the paths of the posts whose `related` names it, sorted. Only posts something names. */
  usedBy: ReadonlyMap<string, readonly string[]>;
}

const EXTERNAL = /^[a-z][a-z0-9+.-]*:\/\//i;

/** `a/./b/../c` → `a/c`; null when the path climbs above the root. */
function normalize(segments: readonly string[]): string | null {
  const out: string[] = [];
  for (const s of segments) {
    if (s === '' || s === '.') continue;
    if (s === '..') {
      if (out.length === 0) return null;
      out.pop();
    } else out.push(s);
  }
  return out.length > 0 ? out.join('/') : null;
}

function folderOf(path: string): string[] {
  const segments = path.replace(/\\/g, '/').split('/');
  segments.pop();
  return segments;
}

/**
 * The candidate workspace paths an entry may mean, in the order they are tried (see the module comment).
 * Empty for a URL or an entry that leaves the workspace.
 */
export function relatedCandidates(from: string, entry: string): string[] {
  const cleaned = entry.trim().replace(/\\/g, '/').replace(/[?#].*$/, '');
  if (cleaned === '' || EXTERNAL.test(cleaned)) return [];
  const own = cleaned.split('/');
  const bases: string[][] = cleaned.startsWith('./') || cleaned.startsWith('../')
    ? [folderOf(from)]
    : cleaned.startsWith('/')
      ? [[]]
      : [[], folderOf(from)];
  const out: string[] = [];
  for (const base of bases) {
    const path = normalize([...base, ...own]);
    if (path === null) continue;
    for (const candidate of [path, ...markdownFilesFor(path)]) {
      if (!out.includes(candidate)) out.push(candidate);
    }
  }
  return out;
}

/** Resolves one entry of the post at `from` against the paths of known posts; null when it names none. */
export function resolveRelated(from: string, entry: string, isPost: (path: string) => boolean): string | null {
  return relatedCandidates(from, entry).find(isPost) ?? null;
}

/** The `related` entries of the file at `from` (with their ranges, parallel), resolved against the known posts. */
export function resolveRelatedLinks(
  from: string,
  related: readonly string[],
  ranges: readonly TextRange[],
  isPost: (path: string) => boolean,
): RelatedLink[] {
  return related.map((entry, i): RelatedLink => {
    const range = ranges[i] ?? { start: 0, end: 0 };
    if (EXTERNAL.test(entry.trim())) return { entry, range, kind: 'external', target: null };
    const target = resolveRelated(from, entry, isPost);
    return { entry, range, kind: target === null ? 'missing' : 'post', target };
  });
}

/**
 * The links of the file at `from` read from its current text (an editor's buffer, ranges in that text). Empty when
 * the text has no front matter or no `related` entries.
 */
export function relatedLinksInText(from: string, text: string, isPost: (path: string) => boolean): RelatedLink[] {
  const facts = readPostFacts(from, text);
  return facts ? resolveRelatedLinks(from, facts.related, facts.relatedRanges, isPost) : [];
}

/** The links of every post, both ways. A post that names itself is not "used by" itself. */
export function relatedGraph(posts: readonly Post[]): RelatedGraph {
  const paths = new Set(posts.map((p) => p.path));
  const buildsOn = new Map<string, RelatedLink[]>();
  const usedBy = new Map<string, string[]>();
  for (const post of posts) {
    if (post.related.length === 0) continue;
    const links = resolveRelatedLinks(post.path, post.related, post.relatedRanges, (p) => paths.has(p));
    buildsOn.set(post.path, links);
    for (const link of links) {
      if (link.target === null || link.target === post.path) continue;
      const users = usedBy.get(link.target) ?? [];
      if (!users.includes(post.path)) users.push(post.path);
      usedBy.set(link.target, users);
    }
  }
  for (const users of usedBy.values()) users.sort();
  return { buildsOn, usedBy };
}

/** The entries of a post that name no post, as warnings located at the entry (English; adapters may re-word). */
export function missingRelated(post: Post, graph: RelatedGraph): RelatedLink[] {
  return (graph.buildsOn.get(post.path) ?? []).filter((l) => l.kind === 'missing');
}

/** `missingRelated` as located problems, for the CLI and anything else that prints FileProblems. */
export function relatedProblems(post: Post, graph: RelatedGraph): FileProblem[] {
  return missingRelated(post, graph).map((link) => ({
    message: relatedNotFoundMessage(link.entry),
    range: link.range,
    severity: 'warning' as const,
  }));
}

export function relatedNotFoundMessage(entry: string): string {
  return `Related post not found: '${entry}' (a path from the workspace folder, or from this file with ./ or ../).`;
}
