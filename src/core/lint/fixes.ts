import { overlaps, type TextEdit } from '../text';
import type { Finding, Fix } from './types';

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

/** How many lint-and-fix passes `fixToFixedPoint` makes at most (a fix that undoes another must not loop forever). */
export const MAX_FIX_PASSES = 10;

/**
 * Every automatic fix, applied until nothing changes: lint, apply the fixes, lint the new text again, up to
 * `maxPasses` passes. One pass may leave work for the next (a mark made full-width next to a space that another fix
 * removes), so a Fix All that stops after one pass is not idempotent. `lint` lints a text under the document's config;
 * `first` is the lint of `text` when the caller has it already. The hosts apply the result as ONE edit (the editor:
 * the minimal diff, one undo step), never pass by pass.
 */
export function fixToFixedPoint<R extends { findings: readonly Finding[] }>(
  text: string,
  lint: (text: string) => R,
  first?: R,
  maxPasses = MAX_FIX_PASSES,
): { text: string; result: R; applied: number; passes: number; fixedPoint: boolean } {
  let current = text;
  let result = first ?? lint(text);
  let applied = 0;
  for (let pass = 0; ; pass++) {
    const fixes = result.findings.flatMap((f) => (f.fix && f.fix.edits.length > 0 ? [f.fix] : []));
    const next = fixes.length > 0 ? applyFixes(current, fixes) : undefined;
    if (!next || next.applied === 0 || next.text === current) return { text: current, result, applied, passes: pass, fixedPoint: true };
    if (pass === maxPasses) return { text: current, result, applied, passes: pass, fixedPoint: false };
    applied += next.applied;
    current = next.text;
    result = lint(current);
  }
}
