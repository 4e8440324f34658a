import { findFrontMatter } from '../../frontmatter';
import type { TextRange } from '../../text';
import { defineCheck, outcome, pass, problem, type CheckContext, type Problem } from '../check';
import { readMarkdown } from '../markdown';
import { isMarkdownPath, markdownFilesFor } from '../../content';

/** Folders a site serves from `/` (Hugo and Zola: static/, Astro: public/), tried for `/`-rooted image and file links. */
const SITE_ROOTS = ['', 'static/', 'public/', 'assets/'];
/** Files a site serves as they are (Markdown files are site files too, see `isSiteFile`). */
const SITE_FILE = /\.(png|jpe?g|gif|svg|webp|avif|ico|bmp|pdf|zip|gz|mp4|webm|mov|mp3|ogg|wav|txt|csv|json|ya?ml)$/i;

function isSiteFile(path: string): boolean {
  return SITE_FILE.test(path) || isMarkdownPath(path);
}

/** A link target as written: external ones are left alone (nothing is fetched from the network). */
export type LinkTarget =
  | { kind: 'empty' }
  | { kind: 'external' }
  | { kind: 'anchor'; fragment: string }
  /** Workspace-relative candidates, first match wins; `page` when the path may be a page URL rather than a file. */
  | { kind: 'file'; candidates: string[]; fragment: string | null; written: string };

export function classifyLink(href: string, postPath: string): LinkTarget {
  const trimmed = href.trim();
  if (trimmed === '' || trimmed === '#') return { kind: 'empty' };
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('//')) return { kind: 'external' };
  const hash = trimmed.indexOf('#');
  const fragment = hash === -1 ? null : decode(trimmed.slice(hash + 1));
  const pathPart = decode((hash === -1 ? trimmed : trimmed.slice(0, hash)).replace(/\?.*$/, ''));
  if (pathPart === '') return fragment === null ? { kind: 'empty' } : { kind: 'anchor', fragment };
  const folder = postPath.includes('/') ? postPath.slice(0, postPath.lastIndexOf('/')) : '';
  // Zola's internal links: `@/blog/post.md` is a path from the site's content/ folder (Zola checks them at build).
  if (pathPart.startsWith('@/')) {
    const rest = pathPart.slice(2);
    const candidates = [normalize(`content/${rest}`), normalize(rest)].filter((c): c is string => c !== null);
    return { kind: 'file', candidates, fragment, written: pathPart };
  }
  // A site-rooted link (`/doc/go1.2`, `/blog/2024/x/`) is a page URL the site generator makes, not a file in the
  // workspace; only site-rooted files (images, downloads, Markdown) can be checked.
  if (pathPart.startsWith('/') && !isSiteFile(pathPart)) return { kind: 'external' };
  const bases = pathPart.startsWith('/') ? SITE_ROOTS.map((r) => r + pathPart.replace(/^\/+/, '')) : [join(folder, pathPart)];
  const candidates: string[] = [];
  for (const base of bases) {
    const normal = normalize(base);
    if (normal === null) continue;
    candidates.push(normal);
    // A link without an extension (`../other-post/`) may be a page: the Markdown file behind it counts.
    if (!/\.[A-Za-z0-9]+$/.test(normal)) candidates.push(...markdownFilesFor(normal));
  }
  return { kind: 'file', candidates, fragment, written: pathPart };
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function join(folder: string, rel: string): string {
  return folder ? `${folder}/${rel}` : rel;
}

/** `.` and `..` resolved; null when the path leaves the workspace. */
function normalize(path: string): string | null {
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length === 0) return null;
      out.pop();
    } else out.push(seg);
  }
  return out.join('/');
}

function hasAnchor(anchors: ReadonlySet<string>, fragment: string): boolean {
  return anchors.has(fragment) || anchors.has(fragment.toLowerCase());
}

export const linksCheck = defineCheck({
  id: 'links',
  defaultLevel: 'required',
  options: {},
  description: 'Relative links and images point to files that exist (Zola\'s `@/` links from content/), `#anchors` match a heading of the target (GitHub\'s slug rules, or the heading\'s own `{#id}`), no link is empty and every `[text][label]` reference is defined. Nothing is fetched.',
  readsFrontMatter: false,
  async run(ctx) {
    const md = ctx.markdown();
    const targets: Array<{ href: string; range: TextRange }> = [
      ...md.links.map((l) => ({ href: l.href, range: l.range })),
      ...md.images.map((i) => ({ href: i.src, range: i.range })),
    ].sort((a, b) => a.range.start - b.range.start);
    const anchorsOf = new Map<string, Promise<ReadonlySet<string> | null>>();
    const results = await Promise.all(targets.map((t) => checkTarget(ctx, t.href, t.range, md.anchors, anchorsOf)));
    const problems = results.filter((p): p is Problem => p !== null);
    // A reference whose label has no definition is a link that silently vanished from the page.
    for (const ref of md.undefinedReferences) problems.push(problem('links.undefinedReference', { label: ref.label }, ref.range));
    problems.sort((a, b) => (a.range?.start ?? 0) - (b.range?.start ?? 0));
    const checked = targets.filter((t) => classifyLink(t.href, ctx.path).kind !== 'external').length;
    return outcome(problems, pass('links.ok', { count: checked }));
  },
});

async function checkTarget(ctx: CheckContext, href: string, range: TextRange, own: ReadonlySet<string>,
  anchorsOf: Map<string, Promise<ReadonlySet<string> | null>>): Promise<Problem | null> {
  const target = classifyLink(href, ctx.path);
  switch (target.kind) {
    case 'external':
      return null;
    case 'empty':
      return problem('links.empty', {}, range);
    case 'anchor':
      return hasAnchor(own, target.fragment) ? null : problem('links.missingAnchor', { anchor: target.fragment, file: fileName(ctx.path) }, range);
    case 'file': {
      let found: string | null = null;
      for (const c of target.candidates) {
        if (c === ctx.path || await ctx.files.exists(c)) { found = c; break; }
      }
      if (found === null) return problem('links.missingFile', { target: target.written }, range);
      if (target.fragment === null || target.fragment === '' || !isMarkdownPath(found)) return null;
      let anchors = found === ctx.path ? Promise.resolve(own) : anchorsOf.get(found);
      if (!anchors) {
        anchors = ctx.files.readText(found).then((text) => {
          if (text === null) return null;
          const fm = findFrontMatter(text);
          return readMarkdown(text, fm ? fm.range.end : 0).anchors;
        });
        anchorsOf.set(found, anchors);
      }
      const set = await anchors;
      // A target that cannot be read is not reported as a broken anchor: the file exists, its headings are unknown.
      if (set === null || hasAnchor(set, target.fragment)) return null;
      return problem('links.missingAnchor', { anchor: target.fragment, file: target.written }, range);
    }
  }
}

function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
