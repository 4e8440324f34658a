/**
 * The properties the fuzzer checks, shared by the short seeded run in `npm test` (fuzz.test.ts) and the long run of
 * `npm run fuzz`. Each returns a fast-check property over generated documents.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyFixes, Linter, lintText, computeMetrics, type Finding, type LintBudget } from '../../../src/core/lint/index';
import { readFrontMatter, setFrontMatterField } from '../../../src/core/frontmatter-edit';
import { PostIndex, fixedClock, parseGoalsFile } from '../../../src/core/goals/api';
import { markPublished } from '../../../src/core/checklist/publish';
import type { TextRange } from '../../../src/core/text';
import { applyEdit, documents, edit, type GeneratedDocument } from './documents';

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Offsets inside the text, start ≤ end, and neither between the two halves of one surrogate pair. */
export function assertRange(text: string, r: TextRange, what: string): void {
  assert.ok(Number.isInteger(r.start) && Number.isInteger(r.end), `${what}: integer offsets`);
  assert.ok(r.start >= 0 && r.start <= r.end && r.end <= text.length, `${what}: [${r.start}, ${r.end}) inside 0..${text.length}`);
  for (const o of [r.start, r.end]) {
    assert.ok(!(o > 0 && o < text.length && isHigh(text.charCodeAt(o - 1)) && isLow(text.charCodeAt(o))), `${what}: offset ${o} splits a surrogate pair`);
  }
}

function assertFindings(text: string, findings: readonly Finding[]): void {
  for (const f of findings) {
    assertRange(text, f.range, `${f.rule} finding`);
    for (const fix of [...(f.fix ? [f.fix] : []), ...(f.suggestions ?? [])]) {
      for (const e of fix.edits) assertRange(text, e.range, `${f.rule} fix '${fix.title}'`);
    }
  }
}

const clock = fixedClock('2026-06-15');

/**
 * No time budget: the properties compare lint results, and a document that meets the real-clock budget (the 1 MB lines
 * of the long run, on a loaded machine) would stop at a different place each time. The budget path has its own
 * deterministic check below (a clock that ticks per read).
 */
const NO_BUDGET: LintBudget = { ms: Infinity, now: () => 0 };
const lint = (text: string) => lintText(text, undefined, undefined, NO_BUDGET);

/** A budget that runs out after a few dozen rule calls, whatever the machine: every document meets it. */
function tinyBudget(): LintBudget {
  let t = 0;
  return { ms: 3, now: () => t++ };
}

/** The engine never throws; every range is inside and whole; a second lint gives the same findings; cut short by the budget, the same holds. */
export function engineProperty(docs: fc.Arbitrary<GeneratedDocument>): fc.IPropertyWithHooks<[GeneratedDocument]> {
  return fc.property(docs, ({ text }) => {
    const first = lint(text);
    assertFindings(text, first.findings);
    for (const p of first.problems) assertRange(text, p.range, 'in-file config problem');
    assert.deepEqual(lint(text), first, 'deterministic');
    const cut = lintText(text, undefined, undefined, tinyBudget());
    assertFindings(text, cut.findings);
    for (const p of cut.problems) assertRange(text, p.range, 'problem of a lint cut short');
    assert.deepEqual(lintText(text, undefined, undefined, tinyBudget()), cut, 'cut short at the same place by the same clock');
    computeMetrics(text);
  });
}

/** Each fix changes only its ranges; applying all fixes again and again reaches a fixed point. */
export function fixesProperty(docs: fc.Arbitrary<GeneratedDocument>): fc.IPropertyWithHooks<[GeneratedDocument]> {
  return fc.property(docs, ({ text }) => {
    const { findings } = lint(text);
    for (const f of findings.slice(0, 15)) {
      if (!f.fix) continue;
      const edits = [...f.fix.edits].sort((a, b) => a.range.start - b.range.start);
      let expected = '';
      let pos = 0;
      for (const e of edits) { expected += text.slice(pos, e.range.start) + e.newText; pos = e.range.end; }
      expected += text.slice(pos);
      assert.equal(applyFixes(text, [f.fix]).text, expected, `${f.rule}: the fix changes only its ranges`);
    }
    let current = text;
    for (let pass = 0; ; pass++) {
      const fixes = lint(current).findings.flatMap((f) => (f.fix ? [f.fix] : []));
      const next = applyFixes(current, fixes).text;
      if (next === current) break;
      assert.ok(pass < 25, 'fix-all reaches a fixed point within 25 passes');
      current = next;
    }
  });
}

/** The editor's cached lint after random edits equals a full lint of the same text. */
export function incrementalProperty(docs: fc.Arbitrary<GeneratedDocument>): fc.IPropertyWithHooks<[GeneratedDocument, Array<[number, number, string]>]> {
  return fc.property(docs, fc.array(edit, { minLength: 1, maxLength: 12 }), ({ text }, edits) => {
    const linter = new Linter(undefined, undefined, false, NO_BUDGET);
    linter.lint(text);
    let current = text;
    for (const e of edits) {
      current = applyEdit(current, e);
      assert.deepEqual(linter.lint(current), lint(current), 'cached lint equals a full lint');
    }
  });
}

/** The front-matter reader, the posts index and the goals-file parser never throw, and locate what they report. */
export function readersProperty(docs: fc.Arbitrary<GeneratedDocument>): fc.IPropertyWithHooks<[GeneratedDocument]> {
  return fc.property(docs, ({ text }) => {
    const fm = readFrontMatter(text);
    if (fm) {
      assertRange(text, fm.block.range, 'front-matter block');
      for (const p of fm.problems) assertRange(text, p.range, `front-matter problem '${p.message}'`);
      for (const [k, r] of fm.keyRanges) assertRange(text, r, `key range of '${k}'`);
    }
    const index = new PostIndex({ clock });
    const post = index.upsert('posts/a.md', text);
    if (post) for (const p of post.problems) assertRange(text, p.range, `post problem '${p.message}'`);
    index.upsert('posts/a.md', text + '\n');
    index.remove('posts/a.md');
    const goals = parseGoalsFile(text);
    for (const p of goals.problems) assertRange(text, p.range, `goals problem '${p.message}'`);
  });
}

const fieldValue = fc.oneof(fc.constantFrom('published', '2026-06-15', 'expertise', 'a: b', "it's", 'line\nbreak', '中文', '😀', '#x', ''),
  fc.boolean(), fc.integer(), fc.array(fc.constantFrom('a', 'b c', 'd,e', '中'), { maxLength: 3 }), fc.constant(null));

/**
 * Writes to front matter (set a field, Mark as Published): never throw; refuse front matter that does not parse;
 * when they write, the body stays byte-identical and the result reads back with the value set.
 */
export function writesProperty(docs: fc.Arbitrary<GeneratedDocument>): fc.IPropertyWithHooks<[GeneratedDocument, string, string | number | boolean | string[] | null]> {
  return fc.property(docs, fc.constantFrom('title', 'status', 'date', 'tags', 'dimension', 'url', 'draft'), fieldValue, ({ text }, key, value) => {
    const before = readFrontMatter(text);
    const result = setFrontMatterField(text, key, value);
    if (before && before.problems.length > 0) assert.equal(result.ok, false, 'front matter that does not parse is never written');
    if (result.ok) {
      for (const e of result.edits) assertRange(text, e.range, 'front-matter edit');
      const after = applyFixes(text, [{ title: key, edits: result.edits }]).text;
      if (before) {
        assert.equal(after.slice(after.length - (text.length - before.block.range.end)), text.slice(before.block.range.end), 'the body is byte-identical');
        assert.equal(after.slice(0, before.block.range.start), text.slice(0, before.block.range.start), 'a BOM stays');
      } else {
        assert.ok(after.endsWith(text.slice(text.charCodeAt(0) === 0xfeff ? 1 : 0)), 'the new block is only added in front');
      }
      if (result.edits.length > 0) {
        const read = readFrontMatter(after);
        assert.ok(read && read.problems.length === 0, `the written front matter reads back: ${read?.problems[0]?.message}`);
        if (value === null) assert.equal(key in read.data, false);
        else if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) assert.deepEqual(read.data[key], value, 'the value reads back');
      }
    }
    const published = markPublished(text, { platform: 'hugo', clock, url: 'https://x.test/p' });
    if (before && before.problems.length > 0) assert.equal(published.ok, false);
    if (published.ok && before) {
      assert.equal(published.text.slice(published.text.length - (text.length - before.block.range.end)), text.slice(before.block.range.end), 'Mark as Published keeps the body');
    }
  });
}

export const PROPERTIES = {
  engine: engineProperty,
  fixes: fixesProperty,
  incremental: incrementalProperty,
  readers: readersProperty,
  writes: writesProperty,
} as const;

export { documents };
