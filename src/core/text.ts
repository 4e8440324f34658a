/**
 * Offsets everywhere in the core are UTF-16 code-unit offsets into the exact text that was linted,
 * because that is what VS Code's `TextDocument.positionAt` and JavaScript strings use.
 */
export interface TextRange {
  /** Inclusive start offset. */
  start: number;
  /** Exclusive end offset. */
  end: number;
}

/** A replacement of `range` by `newText`: how fixes, front-matter edits and goals-file edits are all expressed. */
export interface TextEdit {
  range: TextRange;
  newText: string;
}

/*
 * Line breaks. Everywhere in Lectern a line ends at \n, \r\n or a lone \r: VS Code's rule, and markdown-it's.
 */

/** The text's line break, to write new lines with: the first one found (\r\n, a lone \r or \n), else "\n". */
export function eolOf(text: string): string {
  const m = /\r\n|\r|\n/.exec(text);
  return m ? m[0] : '\n';
}

/** Start offset of the line holding `offset` (clamped to the text). */
export function lineStartAt(text: string, offset: number): number {
  let i = Math.max(0, Math.min(offset, text.length));
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c === 10 || c === 13) break;
    i--;
  }
  return i;
}

/** The line holding `offset`: where its content ends (before the break) and where the next line starts. */
export function lineEndAt(text: string, offset: number): { contentEnd: number; next: number } {
  const contentEnd = lineContentEnd(text, Math.min(Math.max(0, offset), text.length), true);
  return { contentEnd, next: afterBreak(text, contentEnd) };
}

/**
 * Where the content of the line holding `pos` ends (before its break), without allocating: the line walkers call it
 * once per line. `hasCR`: whether the text may hold a \r; most documents have none, and then a native indexOf finds
 * the end.
 */
export function lineContentEnd(text: string, pos: number, hasCR: boolean): number {
  if (!hasCR) {
    const nl = text.indexOf('\n', pos);
    return nl < 0 ? text.length : nl;
  }
  let end = pos;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (c === 10 || c === 13) break;
    end++;
  }
  return end;
}

/** Where the next line starts, given where this line's content ends (after \n, \r\n or \r; the end of the text). */
export function afterBreak(text: string, contentEnd: number): number {
  if (contentEnd >= text.length) return text.length;
  return text.charCodeAt(contentEnd) === 13 && text.charCodeAt(contentEnd + 1) === 10 ? contentEnd + 2 : contentEnd + 1;
}

/** The first character in [from, to) that is not a space or a tab (`to` when there is none). */
export function skipBlanks(text: string, from: number, to: number): number {
  let k = from;
  while (k < to) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9) break;
    k++;
  }
  return k;
}

/** The width of the spaces and tabs in [from, to) as Markdown counts indentation: a tab to the next multiple of 4. */
export function indentWidth(text: string, from: number, to: number): number {
  let width = 0;
  for (let k = from; k < to; k++) width += text.charCodeAt(k) === 9 ? 4 - (width % 4) : 1;
  return width;
}

/** Offset just after the line break that ends the line holding `offset` (or the end of the text). */
export function nextLineStart(text: string, offset: number): number {
  return lineEndAt(text, offset).next;
}

/** Length of the line break that ends just before `offset` (2 for \r\n, 1 for \n or \r, 0 when none does). */
export function breakBefore(text: string, offset: number): number {
  const c = text.charCodeAt(offset - 1);
  if (c === 10) return text.charCodeAt(offset - 2) === 13 ? 2 : 1;
  return c === 13 ? 1 : 0;
}

/** Start and content end of every line (`ends[i]` is before line i's break). There is always at least one line. */
export function lineBounds(text: string): { starts: number[]; ends: number[] } {
  const starts = [0];
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      ends.push(i);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  ends.push(text.length);
  return { starts, ends };
}

/*
 * Edits.
 */

/**
 * Two edits conflict when their ranges intersect, when both insert at the same point, or when one inserts strictly
 * inside the other's range. Touching ranges ([1,3) and [3,5)) do not conflict.
 */
export function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.range.start === a.range.end && b.range.start === b.range.end) return a.range.start === b.range.start;
  return a.range.start < b.range.end && b.range.start < a.range.end
    || (a.range.start === a.range.end && a.range.start > b.range.start && a.range.start < b.range.end)
    || (b.range.start === b.range.end && b.range.start > a.range.start && b.range.start < a.range.end);
}

/** `text` with the edits applied, or undefined when two of them overlap (by start order, an edit starting before
 *  the previous one ended). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string | undefined {
  let out = '';
  let pos = 0;
  for (const e of [...edits].sort((a, b) => a.range.start - b.range.start)) {
    if (e.range.start < pos) return undefined;
    out += text.slice(pos, e.range.start) + e.newText;
    pos = e.range.end;
  }
  return out + text.slice(pos);
}

/** The smallest single edit (between the common prefix and the common suffix) that turns `before` into `after`;
 *  none when they are equal. */
export function diffEdit(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  return [{ range: { start, end: endBefore }, newText: after.slice(start, endAfter) }];
}

/** A 0-based line and a 0-based UTF-16 column, as in the VS Code API. */
export interface LineColumn {
  line: number;
  character: number;
}

/** Maps offsets to lines and columns (line breaks as above). */
export class LineIndex {
  /** Offset at which each line starts. */
  readonly lineStarts: number[];

  constructor(readonly text: string) {
    this.lineStarts = lineBounds(text).starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): LineColumn {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: clamped - this.lineStarts[lo]! };
  }

  offsetAt(position: LineColumn): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line]!;
    const next = position.line + 1 < this.lineStarts.length ? this.lineStarts[position.line + 1]! : this.text.length;
    return Math.min(start + Math.max(0, position.character), next);
  }
}
