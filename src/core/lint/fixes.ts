import { overlaps, type TextEdit } from '../text';
import type { Fix } from './types';

/**
 * Applies the fixes' edits in one pass. A fix is applied whole or not at all: when any of its edits overlaps an
 * edit already taken (or is out of bounds), the whole fix is skipped and counted. Earlier fixes (by first edit
 * offset) win, so the result does not depend on the order fixes are given in.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: number; skipped: number } {
  const ordered = fixes
    .map((fix, index) => ({ fix, index, first: Math.min(...fix.edits.map((e) => e.range.start)) }))
    .sort((a, b) => a.first - b.first || a.index - b.index);
  const taken: TextEdit[] = [];
  let applied = 0;
  let skipped = 0;
  for (const { fix } of ordered) {
    const edits = [...fix.edits].sort((a, b) => a.range.start - b.range.start);
    const valid = edits.length > 0 && edits.every((e, k) =>
      e.range.start >= 0 && e.range.end <= text.length && e.range.start <= e.range.end
      && (k === 0 || edits[k - 1]!.range.end <= e.range.start)
      && !taken.some((t) => overlaps(t, e)));
    if (!valid) { skipped++; continue; }
    taken.push(...edits);
    applied++;
  }
  taken.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  let out = '';
  let pos = 0;
  for (const e of taken) {
    out += text.slice(pos, e.range.start) + e.newText;
    pos = e.range.end;
  }
  out += text.slice(pos);
  return { text: out, applied, skipped };
}
