/**
 * `runChecklist`: one post in, one checklist out. Pure (files come through the input's port) and never throws: a
 * check that throws is reported as failed with its error rather than taking the whole list down.
 */
import { readFrontMatter } from '../frontmatter-edit';
import { resolveDimensions } from '../goals/dimensions';
import { readPostFacts } from '../goals/posts';
import { Linter } from '../lint/index';
import { LineIndex, type TextRange } from '../text';
import type { CheckContext, CheckOutcome } from './check';
import { allChecks } from './checks/index';
import { readMarkdown, type MarkdownFacts } from './markdown';
import { manualItems } from './manual';
import { message } from './messages';
import { checkSetting } from './settings';
import type { ChecklistInput, ChecklistItem, ChecklistResult, ItemLocation } from './types';

export async function runChecklist(input: ChecklistInput): Promise<ChecklistResult> {
  const text = input.text;
  const frontMatter = readFrontMatter(text);
  const writable = !frontMatter || (frontMatter.block.closed && !frontMatter.problems.some((p) => p.severity === 'error'));
  const facts = frontMatter ? readPostFacts(input.path, text) : null;
  const data = writable && frontMatter ? frontMatter.data : {};
  const type = (facts?.type ?? 'blog').toLowerCase();
  const lines = new LineIndex(text);

  let markdown: MarkdownFacts | null = null;
  let lint: ReturnType<CheckContext['lint']> | null = input.lint ?? null;
  const ctx: CheckContext = {
    path: input.path,
    text,
    platform: input.platform,
    type,
    clock: input.clock,
    publishingNow: input.publishingNow ?? true,
    files: input.files,
    dimensions: resolveDimensions(input.config),
    frontMatter,
    facts: writable ? facts : null,
    data,
    bodyStart: frontMatter ? frontMatter.block.range.end : 0,
    keyRange: (key) => frontMatter?.keyRanges.get(key) ?? (frontMatter ? { start: frontMatter.block.range.start, end: frontMatter.block.range.start } : { start: 0, end: 0 }),
    str: (key) => {
      const v = data[key];
      if (typeof v === 'string') return v.trim() || null;
      if (typeof v === 'number') return String(v);
      if (v instanceof Date) return v.toISOString();
      return null;
    },
    markdown: () => (markdown ??= readMarkdown(text, frontMatter ? frontMatter.block.range.end : 0)),
    lint: () => {
      if (!lint) {
        const linter = new Linter(input.config);
        lint = { findings: linter.lint(text).findings, metrics: linter.metrics() };
      }
      return lint;
    },
  };

  const items: ChecklistItem[] = [];
  for (const check of allChecks) {
    if (check.platform && check.platform !== input.platform) continue;
    const { level, options } = checkSetting(check, input.config.checklist, type);
    if (level === 'off') continue;
    let result: CheckOutcome;
    if (check.readsFrontMatter && !writable) {
      result = { pass: false, problems: [{ ...message('blocked.frontMatter'), range: frontMatter!.problems[0]?.range ?? { start: 0, end: 0 } }] };
    } else {
      try {
        result = await check.run(ctx, options);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        result = { pass: false, problems: [{ messageId: 'check.crashed', data: { reason }, message: `The check failed to run: ${reason}` }] };
      }
    }
    items.push(toItem(check.id, level, result, lines, writable));
  }
  items.push(...manualItems(input.config.checklist));
  const automatic = items.filter((i) => i.level !== 'manual');
  return {
    path: input.path,
    platform: input.platform,
    platformSource: input.platformSource,
    type,
    items,
    requiredPassed: automatic.every((i) => i.level !== 'required' || i.status === 'pass'),
    recommendedPassed: automatic.every((i) => i.status === 'pass'),
    writable,
  };
}

function toItem(id: string, level: 'required' | 'recommended', result: CheckOutcome, lines: LineIndex, writable: boolean): ChecklistItem {
  if (result.pass) return { id, level, status: 'pass', ...result.message };
  const locations: ItemLocation[] = [];
  for (const p of result.problems) {
    if (p.range) locations.push({ messageId: p.messageId, data: p.data, message: p.message, range: p.range, ...lineColumn(lines, p.range) });
  }
  const first = result.problems[0]!;
  const item: ChecklistItem = {
    id,
    level,
    status: level === 'required' ? 'fail' : 'warn',
    messageId: first.messageId,
    data: first.data,
    message: first.message,
  };
  if (first.range) Object.assign(item, lineColumn(lines, first.range), { range: first.range });
  if (locations.length > 0) item.locations = locations;
  // Nothing writes to a file whose front matter does not parse.
  if (result.fix && writable) item.fix = result.fix;
  return item;
}

function lineColumn(lines: LineIndex, range: TextRange): { line: number; column: number } {
  const p = lines.positionAt(range.start);
  return { line: p.line + 1, column: p.character + 1 };
}
