import { defineCheck, outcome, pass, problem, type Problem } from '../check';
import type { TextRange } from '../../text';
import { BUILTIN_TEMPLATES } from '../../templates/builtin';
import { TEMPLATE_VARIABLES } from '../../templates/variables';

/**
 * Template guidance comments are the comments the built-in templates teach with. Only those count: other comments
 * (a parser hint, a "more" divider, a lint directive, meeting notes) are the writer's own. Built on first use: a pure
 * memo, safe as module state because it is derived only from the built-in templates, constants of the code.
 */
let guidance: Set<string> | null = null;
function templateComments(): Set<string> {
  if (!guidance) {
    guidance = new Set();
    for (const t of BUILTIN_TEMPLATES) for (const m of t.text.matchAll(/<!--([\s\S]*?)-->/g)) guidance.add(normalizeComment(m[1]!));
  }
  return guidance;
}

function normalizeComment(body: string): string {
  return body.replace(/\s+/g, ' ').trim();
}

/** Unfilled template variables (`{{title}}`, `{{pitch|…}}`); `{{ .Title }}`, `{{ site.url }}` and shortcodes are site syntax. */
const TEMPLATE_VARIABLE = new RegExp(`\\{\\{\\s*(?:${TEMPLATE_VARIABLES.join('|')})\\s*(?:\\|[^}]*)?\\}\\}`, 'g');
/** A snippet tab stop that was never filled in (`${1:Title}`). */
const TAB_STOP = /\$\{\d+(?::[^}]*)?\}/g;
const LOREM = /\blorem ipsum\b/gi;

export const placeholdersCheck = defineCheck({
  id: 'placeholders',
  defaultLevel: 'required',
  options: { words: ['TODO', 'TK', 'FIXME', 'XXX', 'TBD'], guidanceComments: true },
  description: 'Nothing left over: TODO, TK, FIXME, XXX, lorem ipsum, unfilled `{{variables}}`, the built-in templates\' guidance comments (options `words`, `guidanceComments`).',
  readsFrontMatter: false,
  run(ctx, { words, guidanceComments }) {
    const problems: Problem[] = [];
    const wordRe = words.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}_])(?:${words.map(escape).join('|')})(?![\\p{L}\\p{N}_])`, 'gu') : null;
    const scan = (text: string, at: (found: string, index: number) => TextRange): void => {
      const hits: Array<{ index: number; text: string }> = [];
      for (const re of [wordRe, LOREM, TEMPLATE_VARIABLE, TAB_STOP]) {
        if (!re) continue;
        for (const m of text.matchAll(re)) hits.push({ index: m.index, text: m[0] });
      }
      hits.sort((a, b) => a.index - b.index);
      for (const h of hits) problems.push(problem('placeholders.found', { text: h.text }, at(h.text, h.index)));
    };
    // Front-matter values (a `{{title}}` the template left, `description: TODO`).
    for (const [key, value] of Object.entries(ctx.data)) {
      const values = Array.isArray(value) ? value : [value];
      for (const v of values) if (typeof v === 'string') scan(v, () => ctx.keyRange(key));
    }
    // Prose: code spans and code blocks are not scanned (a `// TODO` in a sample is the sample's business).
    for (const p of ctx.markdown().prose) {
      let cursor = p.block.start;
      scan(p.text, (found) => {
        const i = ctx.text.indexOf(found, cursor);
        if (i === -1 || i >= p.block.end) return { start: p.block.start, end: p.block.start };
        cursor = i + found.length;
        return { start: i, end: i + found.length };
      });
    }
    // Marp decks keep speaker notes in comments.
    if (guidanceComments && ctx.data['marp'] !== true) {
      const known = templateComments();
      for (const c of ctx.markdown().comments) {
        if (!known.has(normalizeComment(c.body))) continue;
        problems.push(problem('placeholders.found', { text: shorten(`<!-- ${c.body} -->`) }, c.range));
      }
    }
    problems.sort((a, b) => (a.range?.start ?? 0) - (b.range?.start ?? 0));
    return outcome(problems, pass('placeholders.ok'));
  },
});

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}…` : oneLine;
}
