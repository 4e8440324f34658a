/**
 * What the checklist needs from a post's Markdown: headings, fenced code, links, images (Markdown, reference-style
 * and HTML `<img>`), HTML comments and the text of prose, each with its place in the file. markdown-it parses it
 * (the same parser the lint engine uses, here with its inline pass on); this module only walks the tokens.
 *
 * markdown-it's inline tokens have no offsets, only their block's lines: a link or image is placed by finding its
 * source text inside its block's lines, in order, and falls back to the block's first character.
 */
import { slug as githubSlug } from 'github-slugger';
import { LineIndex, type TextRange } from '../text';
import { createMarkdownParser, type MarkdownParser, type MarkdownToken } from '../markdown-it';

type Token = MarkdownToken;

/** A pure memo: one parser, made on first use (see markdown-it.ts for why not sooner); parsing leaves no state in it. */
let parser: MarkdownParser | undefined;

function markdown(): MarkdownParser {
  parser ??= createMarkdownParser();
  return parser;
}

export interface Heading {
  level: number;
  /** Plain text of the heading (inline markup removed). */
  text: string;
  /** `atx` (`## x`) headings can have their level changed by editing the `#`s; setext ones cannot. */
  style: 'atx' | 'setext';
  /** The heading's line, without the line break. */
  range: TextRange;
  /** The run of `#`s of an ATX heading. */
  marker: TextRange | null;
}

export interface CodeFence {
  info: string;
  /** The opening fence line. */
  range: TextRange;
}

export interface MdLink {
  href: string;
  /** The link's visible text. */
  text: string;
  /** Written as `[text][label]`, `[text][]` or `[label]` (its destination comes from a definition). */
  reference: boolean;
  range: TextRange;
}

export interface MdImage {
  src: string;
  alt: string;
  kind: 'markdown' | 'reference' | 'html';
  range: TextRange;
}

export interface ProseText {
  text: string;
  /** Where the block holding it starts, for a finding's place when the exact text is not found. */
  block: TextRange;
}

export interface HtmlComment {
  /** Without `<!--` and `-->`, trimmed. */
  body: string;
  range: TextRange;
}

export interface MarkdownFacts {
  headings: Heading[];
  fences: CodeFence[];
  links: MdLink[];
  images: MdImage[];
  /** Text of prose (paragraphs, headings, lists, tables): code spans, code blocks and HTML are not in it. */
  prose: ProseText[];
  comments: HtmlComment[];
  /**
   * Ids that `#fragment` links can point to: heading slugs (GitHub's rules, with -1, -2 for repeats), a heading's
   * own `{#id}` (Hugo, Zola, kramdown, Pandoc, MDX heading-id plugins) and HTML ids.
   */
  anchors: Set<string>;
  /**
   * `[text][label]` and `[label][]` (images too) whose label no definition (`[label]: url`) names: Markdown shows
   * them as plain brackets, so the link is silently gone. Shortcut `[label]` is not counted (too many false alarms:
   * `[sic]`, `[ ]`, footnotes).
   */
  undefinedReferences: Array<{ label: string; range: TextRange }>;
}

/** A heading's custom id at its end: `## Setup {#setup}` or `{#setup .class}`. */
const HEADING_ID = /\s*\{#([^\s}]+)[^}]*\}\s*$/;
/** A full or collapsed reference, `[text][label]` or `[label][]`, with `!` for an image. */
const FULL_REFERENCE = /!?\[((?:[^\[\]\\]|\\.)*)\]\[((?:[^\[\]\\]|\\.)*)\]/g;

/** markdown-it's label normalisation (CommonMark: case-fold, collapse white space). */
function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase().toUpperCase();
}

const HTML_IMG = /<img\b[^>]*>/gi;
const HTML_ID = /\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
const COMMENT = /<!--([\s\S]*?)-->/g;

/** An attribute of an HTML tag, or null when the tag does not have it. */
export function htmlAttribute(tag: string, name: string): string | null {
  const re = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i');
  const m = re.exec(tag);
  if (m) return m[1] ?? m[2] ?? m[3] ?? '';
  return new RegExp(`\\s${name}(?=[\\s/>])`, 'i').test(tag) ? '' : null;
}

/**
 * Reads a post's Markdown. `bodyStart` is where the front matter ends: the front matter is blanked (same length,
 * same line breaks) so line numbers and offsets stay those of the file.
 */
export function readMarkdown(text: string, bodyStart = 0): MarkdownFacts {
  const source = bodyStart > 0 ? text.slice(0, bodyStart).replace(/[^\r\n]/g, ' ') + text.slice(bodyStart) : text;
  const lines = new LineIndex(source);
  const env: Parameters<MarkdownParser['parse']>[1] = {};
  const tokens = markdown().parse(source, env);
  const defined = new Set(Object.keys(env.references ?? {}));
  const facts: MarkdownFacts = {
    headings: [], fences: [], links: [], images: [], prose: [], comments: [], anchors: new Set(), undefinedReferences: [],
  };
  const slugCounts = new Map<string, number>();

  const blockRange = (map: [number, number] | null | undefined): TextRange => {
    if (!map) return { start: bodyStart, end: bodyStart };
    const start = lines.offsetAt({ line: map[0], character: 0 });
    const end = map[1] >= lines.lineCount ? source.length : lines.offsetAt({ line: map[1], character: 0 });
    return { start, end };
  };
  const lineRange = (offset: number): TextRange => {
    const { line } = lines.positionAt(offset);
    const start = lines.offsetAt({ line, character: 0 });
    let end = line + 1 < lines.lineCount ? lines.lineStarts[line + 1]! : source.length;
    while (end > start && (source[end - 1] === '\n' || source[end - 1] === '\r')) end--;
    return { start, end };
  };
  const addAnchor = (id: string): void => {
    if (id) facts.anchors.add(id);
  };
  const htmlFacts = (html: string, at: TextRange): void => {
    for (const m of html.matchAll(HTML_IMG)) {
      const start = findIn(source, m[0], at) ?? at.start;
      facts.images.push({ src: htmlAttribute(m[0], 'src') ?? '', alt: htmlAttribute(m[0], 'alt') ?? '', kind: 'html', range: { start, end: start + m[0].length } });
    }
    for (const m of html.matchAll(HTML_ID)) addAnchor(m[1] ?? m[2] ?? m[3] ?? '');
    for (const m of html.matchAll(COMMENT)) {
      const start = findIn(source, m[0], at) ?? at.start;
      facts.comments.push({ body: m[1]!.trim(), range: { start, end: start + m[0].length } });
    }
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === 'heading_open') {
      const inline = tokens[i + 1];
      const range = lineRange(blockRange(token.map).start);
      const written = inline?.type === 'inline' ? plainText(inline.children ?? []).trim() : '';
      const customId = HEADING_ID.exec(written);
      const text = customId ? written.slice(0, customId.index).trim() : written;
      const atx = token.markup.startsWith('#');
      let marker: TextRange | null = null;
      if (atx) {
        const hashes = /^( {0,3})(#{1,6})/.exec(source.slice(range.start, range.end));
        if (hashes) marker = { start: range.start + hashes[1]!.length, end: range.start + hashes[1]!.length + hashes[2]!.length };
      }
      facts.headings.push({ level: Number(token.tag.slice(1)), text, style: atx ? 'atx' : 'setext', range, marker });
      if (customId) addAnchor(customId[1]!);
      else {
        const base = githubSlug(text);
        const n = slugCounts.get(base) ?? 0;
        slugCounts.set(base, n + 1);
        addAnchor(n === 0 ? base : `${base}-${n}`);
      }
    } else if (token.type === 'fence') {
      facts.fences.push({ info: token.info.trim(), range: lineRange(blockRange(token.map).start) });
    } else if (token.type === 'html_block') {
      htmlFacts(token.content, blockRange(token.map));
    } else if (token.type === 'inline') {
      inlineFacts(token, blockRange(token.map), source, facts, htmlFacts);
      undefinedReferences(token, blockRange(token.map), source, defined, facts);
    }
  }
  return facts;
}

function inlineFacts(inline: Token, block: TextRange, source: string, facts: MarkdownFacts,
  htmlFacts: (html: string, at: TextRange) => void): void {
  const children = inline.children ?? [];
  let cursor = block.start;
  const place = (needle: string): TextRange => {
    const start = needle ? findIn(source, needle, { start: cursor, end: block.end }) : null;
    if (start === null) return { start: Math.min(cursor, block.end), end: Math.min(cursor, block.end) };
    cursor = start + needle.length;
    return { start, end: start + needle.length };
  };
  const prose: string[] = [];
  for (let k = 0; k < children.length; k++) {
    const child = children[k]!;
    if (child.type === 'text') prose.push(child.content);
    else if (child.type === 'softbreak' || child.type === 'hardbreak') prose.push('\n');
    else if (child.type === 'code_inline') prose.push(' ');
    else if (child.type === 'html_inline') htmlFacts(child.content, { start: cursor, end: block.end });
    else if (child.type === 'image') {
      const src = attr(child, 'src');
      const alt = plainText(child.children ?? []);
      // An inline image shows its destination in the source; a reference image only its label.
      const inlineSrc = findIn(source, `](${attr(child, 'src')}`, { start: cursor, end: block.end });
      const startText = `![${child.content}`;
      const range = place(startText);
      facts.images.push({ src, alt, kind: inlineSrc === null && src !== '' ? 'reference' : 'markdown', range: extendTo(source, range, ')', block) });
    } else if (child.type === 'link_open') {
      const href = attr(child, 'href');
      let depth = 1;
      let j = k + 1;
      const inner: Token[] = [];
      for (; j < children.length; j++) {
        const c = children[j]!;
        if (c.type === 'link_open') depth++;
        if (c.type === 'link_close' && --depth === 0) break;
        inner.push(c);
      }
      const text = plainText(inner);
      // Autolinks (`<https://…>`) and linkified URLs are links too, but have no text to judge; markup says which.
      const autolink = child.markup === 'autolink' || child.markup === 'linkify';
      const range = place(autolink ? href : `[`);
      const written = findIn(source, `](`, { start: range.end, end: block.end });
      const isReference = !autolink && (written === null || source.slice(range.end, written).includes(']'));
      facts.links.push({ href, text: autolink ? href : text, reference: isReference, range: extendTo(source, range, isReference ? ']' : ')', block) });
      // Link text is prose too (for placeholders), images inside it are handled by their own tokens.
      for (const c of inner) {
        if (c.type === 'text') prose.push(c.content);
        if (c.type === 'image') facts.images.push({ src: attr(c, 'src'), alt: plainText(c.children ?? []), kind: 'markdown', range });
      }
      k = j;
    }
  }
  const text = prose.join('');
  if (text.trim()) facts.prose.push({ text, block });
}

/**
 * References in an inline block whose label is not defined. markdown-it leaves such a reference as text, so the
 * block's source is scanned (code spans blanked first, as they are never links).
 */
function undefinedReferences(inline: Token, block: TextRange, source: string, defined: ReadonlySet<string>, facts: MarkdownFacts): void {
  const raw = inline.content;
  if (!raw.includes('][')) return;
  const scan = raw.replace(/(`+)[^`]*?\1/g, (m) => ' '.repeat(m.length));
  let cursor = block.start;
  for (const m of scan.matchAll(FULL_REFERENCE)) {
    const label = m[2] === '' ? m[1]! : m[2]!;
    if (label.trim() === '' || label.startsWith('^') || defined.has(normalizeLabel(label))) continue;
    const written = raw.slice(m.index, m.index + m[0].length);
    const start = findIn(source, written, { start: cursor, end: block.end });
    const range = start === null ? { start: block.start, end: block.start } : { start, end: start + written.length };
    if (start !== null) cursor = range.end;
    facts.undefinedReferences.push({ label: label.trim(), range });
  }
}

/** The text a reader sees: text, code and image alt text of inline tokens. */
export function plainText(tokens: readonly Token[]): string {
  let out = '';
  for (const t of tokens) {
    if (t.type === 'text' || t.type === 'code_inline') out += t.content;
    else if (t.type === 'image') out += plainText(t.children ?? []);
    else if (t.type === 'softbreak' || t.type === 'hardbreak') out += ' ';
  }
  return out;
}

function attr(token: Token, name: string): string {
  const v = token.attrGet(name);
  return v === null ? '' : String(v);
}

function findIn(source: string, needle: string, within: TextRange): number | null {
  const i = source.indexOf(needle, within.start);
  return i === -1 || i + needle.length > within.end ? null : i;
}

/** Grows a range to the next `close` character in its block (the end of `[text](dest)`), for a tidy underline. */
function extendTo(source: string, range: TextRange, close: string, block: TextRange): TextRange {
  if (range.start === range.end) return range;
  const i = source.indexOf(close, range.end);
  const lineEnd = source.slice(range.start, block.end).search(/[\r\n]/);
  const limit = lineEnd === -1 ? block.end : range.start + lineEnd;
  return i !== -1 && i < limit ? { start: range.start, end: i + 1 } : range;
}

/** GitHub's slug of a heading's text (for `#anchor` links). */
export function headingSlug(text: string): string {
  return githubSlug(text);
}
