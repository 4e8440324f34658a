/**
 * The text edits behind the quick fixes, as pure functions over the document's text (no `vscode` import, so they are
 * unit-tested in plain Node). Offsets are UTF-16 offsets, like the engine's.
 */
import { applyFixes, type Fix } from '../../core/lint/index';
import { findFrontMatter } from '../../core/frontmatter';
import { applyEdits, diffEdit, eolOf, lineStartAt, overlaps, type TextEdit } from '../../core/text';

/**
 * `<!-- lectern-disable-next-line rule -->` on its own line just above the line where the finding starts, with that
 * line's indentation and block-quote markers, so the comment stays inside the same list item or quote.
 */
export function disableLineEdit(text: string, findingStart: number, rule: string): TextEdit {
  const start = lineStartAt(text, findingStart);
  const prefix = /^[ \t]*(?:>[ \t]?)*/.exec(text.slice(start, start + 200))![0];
  return { range: { start, end: start }, newText: `${prefix}<!-- lectern-disable-next-line ${rule} -->${eolOf(text)}` };
}

/**
 * `<!-- lectern-disable-file rule -->` right after the front matter (or at the top when there is none): the
 * front matter must stay on the first line to remain front matter.
 */
export function disableFileEdit(text: string, rule: string): TextEdit {
  const eol = eolOf(text);
  const fm = findFrontMatter(text);
  let at = fm ? fm.range.end : text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let lead = '';
  if (at > 0 && !/[\r\n]/.test(text.charAt(at - 1))) lead = eol;
  if (fm && !fm.closed) at = text.length;
  return { range: { start: at, end: at }, newText: `${lead}<!-- lectern-disable-file ${rule} -->${eol}` };
}

/**
 * Every automatic fix of a document, as edits against the current text.
 * `applyFixes` decides which fixes go in (it skips overlapping ones); when the edits it applied can be matched one by
 * one they are returned as they are (small edits keep cursors and folding in place), otherwise one edit replaces the
 * span that changed.
 */
export function fixAllEdits(text: string, fixes: readonly Fix[]): { edits: TextEdit[]; applied: number } {
  if (fixes.length === 0) return { edits: [], applied: 0 };
  const result = applyFixes(text, [...fixes]);
  if (result.applied === 0 || result.text === text) return { edits: [], applied: 0 };
  const greedy = nonOverlapping(fixes);
  if (applyEdits(text, greedy) === result.text) return { edits: greedy, applied: result.applied };
  return { edits: diffEdit(text, result.text), applied: result.applied };
}

/** Keeps whole fixes whose edits overlap no edit kept before, in document order (what applyFixes documents). */
function nonOverlapping(fixes: readonly Fix[]): TextEdit[] {
  const sorted = [...fixes].filter((f) => f.edits.length > 0)
    .sort((a, b) => Math.min(...a.edits.map((e) => e.range.start)) - Math.min(...b.edits.map((e) => e.range.start)));
  const kept: TextEdit[] = [];
  for (const fix of sorted) {
    const clash = fix.edits.some((e) => kept.some((k) => overlaps(k, e)));
    if (!clash) kept.push(...fix.edits);
  }
  return kept.sort((a, b) => a.range.start - b.range.start);
}

