/**
 * `inclusive-language` (off by default): retext-equality's word lists run over each prose block. The block text the
 * engine gives a rule is a masked copy of the source (same length, non-prose blanked), so retext's offsets are block
 * offsets with no mapping table in between. Everything stays synchronous (`parse` + `runSync`), as the engine and the
 * editor need it.
 *
 * Technical words that retext-equality flags in their social sense ("host", "master branch", "disabled", "hang",
 * "invalid", "man page") are allowed by default; the `allow` option replaces that list. Words that retext-equality
 * flags as condescending ("just", "easy", "obviously", "simple") are never reported here: the `condescending` rule
 * owns them, so a word gets at most one finding.
 */
import { blockRule, type BlockContext, type RuleFinding } from '../rule-types';
import type { RuleFix } from '../rule-types';
// retext itself is the host's, handed in with the BlockContext: see ../providers.ts and ../retext-equality.ts.

interface InclusiveOptions extends Record<string, unknown> {
  /** Words and phrases never reported (case-insensitive). Multi-word phrases protect every word inside them. */
  allow: string[];
}

export const DEFAULT_INCLUSIVE_ALLOW: readonly string[] = [
  'host', 'hosts', 'master branch', 'master branches', 'disable', 'disabled', 'execute', 'kill', 'killed', 'abort',
  'hang', 'hangs', 'invalid', 'primitive', 'primitives', 'man page', 'man pages', 'native',
  // Found noisy on real engineering posts: "a special case", "the actor model", "DWARF debug info", "a mental model".
  'special', 'actor', 'actors', 'actor model', 'dwarf', 'mental model', 'mental models', 'pop up', 'pops up',
  // The Dockerfile instruction, not the diagnosis.
  'add',
];

/**
 * retext-equality's "condescending" entries: the `condescending` rule (or `weasel-word`, for "basically") reports
 * these with their exceptions ("not easy", "a just cause"), so this rule leaves them alone.
 */
const OWNED_BY_CONDESCENDING = ['simple', 'simply', 'easy', 'easily', 'just', 'obvious', 'obviously', 'clearly',
  'basically', 'of course', 'everyone knows', 'straightforward', 'straightforwardly', 'straight forward',
  'straight forwardly'];

const MAX_SUGGESTIONS = 3;

/** Ranges of the block covered by an allowed multi-word phrase ("master branch"). */
function allowedSpans(ctx: BlockContext, phrases: readonly string[][]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const words = ctx.words;
  for (const phrase of phrases) {
    for (let i = 0; i + phrase.length <= words.length; i++) {
      let k = 0;
      while (k < phrase.length && words[i + k]!.lower === phrase[k]) k++;
      if (k === phrase.length) spans.push([words[i]!.start, words[i + phrase.length - 1]!.end]);
    }
  }
  return spans;
}

function check(ctx: BlockContext, options: InclusiveOptions): RuleFinding[] {
  // Cheap exit: no letters at all (CJK-only blocks are English-free too, and retext would find nothing there).
  if (!ctx.words.some((w) => !w.cjk)) return [];
  const allow = (Array.isArray(options.allow) ? options.allow : DEFAULT_INCLUSIVE_ALLOW)
    .filter((a): a is string => typeof a === 'string')
    .map((a) => a.trim().toLowerCase())
    .filter((a) => a.length > 0);
  const single = new Set<string>([...OWNED_BY_CONDESCENDING, ...allow.filter((a) => !a.includes(' ')), ...ctx.allow]);
  const phrases = allow.filter((a) => a.includes(' ')).map((a) => a.split(/\s+/));
  const run = ctx.providers.retextEquality;
  if (!run) return []; // the engine reports the missing provider once per lint (see `unavailable` below)
  const messages = run(ctx.text, [...single].sort());
  if (messages.length === 0) return [];
  const spans = phrases.length ? allowedSpans(ctx, phrases) : [];
  const findings: RuleFinding[] = [];
  for (const m of messages) {
    const { start, end } = m;
    if (end <= start || end > ctx.text.length) continue;
    const actual = ctx.text.slice(start, end);
    const lower = actual.toLowerCase().replace(/\s+/g, ' ');
    if (single.has(lower)) continue;
    if (spans.some(([s, e]) => s <= start && end <= e)) continue;
    const expected = m.expected.slice(0, MAX_SUGGESTIONS);
    const suggestions: RuleFix[] = expected.map((text) => ({
      titleId: 'fix.replace',
      data: { replacement: text },
      edits: [{ range: { start, end }, newText: text }],
    }));
    findings.push({
      ...(expected.length ? { messageId: 'flaggedConsider', data: { text: actual, alternatives: expected } }
        : { messageId: 'flagged', data: { text: actual } }),
      range: { start, end },
      ...(suggestions.length ? { suggestions } : {}),
    });
  }
  return findings;
}

export const inclusiveLanguage = blockRule<InclusiveOptions>({
  id: 'inclusive-language',
  description: 'Flags words that may exclude or offend readers (gendered, ableist, or loaded terms), using retext-equality.',
  defaultSeverity: 'off',
  strict: { severity: 'warning', calm: 'Off by default: it runs retext-equality, whose lists flag many words in their ordinary sense. Strict turns it on as a warning.' },
  fixable: false,
  allowListable: true,
  options: { allow: [...DEFAULT_INCLUSIVE_ALLOW] },
  why: 'A reader who feels excluded by a word stops reading the argument. Most of these words have a neutral '
    + 'alternative that is just as precise. Technical terms such as "host" or "master branch" are allowed by default.',
  example: { bad: 'Hey guys, the whitelist is ready.', good: 'Hey folks, the allow list is ready.' },
  examples: {
    ok: ['Hey folks, the build is green.', 'Merge it into the master branch.', 'The app runs on a single host.',
      'Invalid input returns an error.'],
    notOk: ['Hey guys, the build is green.', 'Add the address to the whitelist.', 'We need more manpower.'],
  },
  notes: 'Off by default; turn it on in `.lectern/config.json` (`"inclusive-language": "warning"`). Technical words that '
    + 'retext-equality would flag in their social sense are allowed by default: ' + DEFAULT_INCLUSIVE_ALLOW.map((w) => `"${w}"`).join(', ')
    + '. The `allow` option replaces that list. Words the `condescending` rule owns ("just", "easy", "obviously", "simple") '
    + 'are never reported twice. Replacements are suggestions, never applied automatically.',
  scope: 'block',
  check,
  unavailable: (providers) => providers.retextEquality ? undefined
    : 'inclusive-language is on, but this host did not load retext-equality, so the rule did not run.',
});
