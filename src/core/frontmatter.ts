import { lineEndAt, type TextRange } from './text';

/**
 * Where a Markdown file's YAML front matter is. Only the location lives here (the linter needs it to stay out of it);
 * reading and editing the fields is in `frontmatter-edit.ts`.
 */
export interface FrontMatterBlock {
  /** The whole block, from the opening `---` to the end of the closing fence line (line break included). */
  range: TextRange;
  /** The YAML between the fences. */
  content: TextRange;
  /** False when the opening fence has no closing fence: the block then runs to the end of the text. */
  closed: boolean;
  /** `---` fences hold YAML; `+++` fences hold TOML (Hugo). */
  format: 'yaml' | 'toml';
}

const FENCE = /^(---|\+\+\+)[ \t]*$/;

/**
 * Finds front matter that opens on the first line (after an optional BOM) with `---` and closes with `---` or `...`
 * (YAML), or opens and closes with `+++` (TOML, as Hugo writes it).
 * Returns null when the file has none. An unclosed block is reported with `closed: false` so callers can
 * say so instead of guessing.
 */
export function findFrontMatter(text: string): FrontMatterBlock | null {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const firstEnd = lineEndAt(text, bom);
  const firstLine = text.slice(bom, firstEnd.contentEnd);
  const open = FENCE.exec(firstLine);
  if (!open) return null;
  const format = open[1] === '+++' ? 'toml' : 'yaml';
  const close = format === 'toml' ? /^\+\+\+[ \t]*$/ : /^(---|\.\.\.)[ \t]*$/;
  const contentStart = firstEnd.next;
  let pos = contentStart;
  while (pos < text.length) {
    const end = lineEndAt(text, pos);
    const line = text.slice(pos, end.contentEnd);
    if (close.test(line)) {
      return { range: { start: bom, end: end.next }, content: { start: contentStart, end: pos }, closed: true, format };
    }
    pos = end.next;
  }
  // `+++` is not Markdown syntax, but an unclosed one is more likely a stray line than a Hugo header: only YAML's
  // `---` (which the YAML-first tools all treat as front matter) is taken as an unclosed block.
  if (format === 'toml') return null;
  return { range: { start: bom, end: text.length }, content: { start: contentStart, end: text.length }, closed: false, format };
}
