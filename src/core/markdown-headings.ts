/**
 * The headings of a Markdown text (ATX `## x` and setext `x\n---`), outside fenced code. One home for the "which
 * lines are headings" question: post titles, talk outlines, speaking-time sections and CFP fields all ask it.
 */
import { lineBounds } from './text';

export interface MarkdownHeading {
  level: number;
  /** The heading's text without its markers, trimmed. */
  text: string;
  /** Offset where the heading's (first) line starts. */
  start: number;
  /** Offset just after the heading's last line, line break included (where its section's content starts). */
  end: number;
}

export function markdownHeadings(text: string): MarkdownHeading[] {
  const out: MarkdownHeading[] = [];
  const { starts, ends } = lineBounds(text);
  const lines = starts.map((start, i) => ({ text: text.slice(start, ends[i]), start, next: starts[i + 1] ?? text.length }));
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.text;
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (f) {
      if (fence === null) fence = f[1]![0]!.repeat(f[1]!.length);
      else if (f[1]!.startsWith(fence)) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const atx = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (atx && atx[2]!.trim()) {
      out.push({ level: atx[1]!.length, text: atx[2]!.trim(), start: lines[i]!.start, end: lines[i]!.next });
      continue;
    }
    const next = lines[i + 1];
    const underline = next !== undefined ? /^ {0,3}(=+|-+)[ \t]*$/.exec(next.text) : null;
    if (underline && line.trim() && !/^ {0,3}[-*+>]/.test(line)) {
      out.push({ level: underline[1]![0] === '=' ? 1 : 2, text: line.trim(), start: lines[i]!.start, end: next!.next });
      i++;
    }
  }
  return out;
}
