/**
 * A new post from a template: the front matter (`title`, `date`, `status: draft`, `type`, `dimension`, `tags: []`,
 * `description: ""`, `related` for a talk made from a post, then the template's own fields) and the body, both as
 * the snippet the editor inserts and as the plain text a file gets. The CLI and the editor write the same text.
 */
import type { NewPostConfig } from '../config-types';
import { renderFlowList, renderScalar } from '../frontmatter-edit';
import type { Dimension } from '../goals/api';
import { collisionCandidate, renderFileName } from './file-name';
import { seededOutline, type TalkSeed } from './from-post';
import { slugify } from './slug';
import { escapeSnippet, snippetToPlain } from './snippet';
import type { FieldValue, Template } from './template';
import { substituteVariables, type TemplateValues } from './variables';

export interface NewPostRequest {
  template: Template;
  title: string;
  /** The chosen growth dimension, or null for none. */
  dimension: Dimension | null;
  /** `YYYY-MM-DD`, today in the writer's time zone. */
  today: string;
  author: string | null;
  /** Set when a talk is made from a post. */
  seed?: TalkSeed | null;
}

export interface NewPost {
  slug: string;
  /** `---` … `---` with its line break. */
  frontMatter: string;
  /** The body as a snippet (tab stops kept), variables filled. */
  bodySnippet: string;
  /** The body as the file gets it: placeholders at their default text. */
  body: string;
  /** The whole file: front matter, a blank line, body. */
  text: string;
  /** Where the body starts in `text`. */
  bodyOffset: number;
}

export function templateValues(request: Omit<NewPostRequest, 'template'>): TemplateValues {
  const [year, month] = request.today.split('-') as [string, string];
  return {
    title: request.title,
    slug: slugify(request.title),
    date: request.today,
    year,
    month,
    author: request.author ?? '',
    dimension: request.dimension?.name ?? '',
    pitch: request.seed?.description ?? '',
    outline: request.seed ? seededOutline(request.seed.headings) : '',
  };
}

/** The front matter of a new post (with `\n` line breaks). */
export function renderFrontMatter(request: NewPostRequest, values: TemplateValues = templateValues(request)): string {
  const { template } = request;
  const line = (key: string, value: FieldValue): string =>
    `${key}: ${Array.isArray(value) ? renderFlowList(value) : renderScalar(value)}\n`;
  let out = '---\n';
  out += line('title', request.title);
  out += `date: ${request.today}\n`;
  out += 'status: draft\n';
  out += line('type', template.type);
  if (request.dimension) out += line('dimension', request.dimension.id);
  out += 'tags: []\n';
  out += line('description', '');
  if (request.seed) out += line('related', [request.seed.path]);
  for (const [key, value] of template.fields) {
    out += line(key, typeof value === 'string' ? substituteVariables(value, values) : Array.isArray(value) ? value.map((v) => substituteVariables(v, values)) : value);
  }
  return out + '---\n';
}

/** The template's body as a snippet, variables filled (escaped, so a `$` in a title stays a `$`). */
export function renderBodySnippet(template: Template, values: TemplateValues): string {
  return substituteVariables(template.body, values, escapeSnippet) + '\n';
}

export function renderNewPost(request: NewPostRequest): NewPost {
  const values = templateValues(request);
  const frontMatter = renderFrontMatter(request, values);
  const bodySnippet = renderBodySnippet(request.template, values);
  const body = snippetToPlain(bodySnippet).text;
  const bodyOffset = frontMatter.length + 1;
  return { slug: values.slug, frontMatter, bodySnippet, body, text: `${frontMatter}\n${body}`, bodyOffset };
}

/**
 * The workspace-relative folder a new post of `type` goes to: for talks `newPost.talksFolder`, else a content folder
 * named `talks`; then `newPost.folder`, else the first content folder, else the workspace root ('').
 */
export function newPostFolder(newPost: NewPostConfig, contentFolders: readonly string[], type: string): string {
  const folders = contentFolders.filter((f) => f !== '' && f !== '.');
  const talks = type === 'talk' ? newPost.talksFolder ?? folders.find((f) => /(^|\/)talks$/i.test(f)) ?? null : null;
  const folder = talks ?? newPost.folder ?? folders[0] ?? '';
  return folder === '.' ? '' : folder.replace(/\/+$/, '');
}

/** The n-th path to try for a new post (n = 1 first, then the `-2`, `-3` … suffixes). */
export function newPostPath(folder: string, pattern: string, today: string, slug: string, n = 1): string {
  const name = collisionCandidate(renderFileName(pattern, today, slug), n);
  return folder ? `${folder}/${name}` : name;
}
