import { documentRule, type RuleFinding, type SentenceContext } from '../rule-types';
import { collectShare, finishShare, type ShareFacts } from '../share';

interface Options { max: number; maxShare: number; [k: string]: unknown }

function judge(ctx: SentenceContext, options: Options): RuleFinding[] {
  const { sentence } = ctx;
  if (sentence.latinWords <= options.max) return [];
  return [{
    messageId: 'tooLong',
    data: { count: sentence.latinWords, max: options.max },
    range: { start: sentence.start, end: sentence.end },
  }];
}

/** Sentences longer than `max` words are hard to hold in one's head; the fix is a split, which needs a human. */
export default documentRule<Options, ShareFacts>({
  id: 'long-sentence',
  description: 'A post in which more than 25% of the sentences have more than 25 words (strict: every such sentence).',
  defaultSeverity: 'warning',
  fixable: false,
  scope: 'document',
  options: { max: 25, maxShare: 0.25 },
  strict: {
    options: { maxShare: 0 },
    calm: 'Good writers mix long sentences with short ones: one long sentence is not a problem, a post made of them is. By default a post is flagged once, on its first long sentence, when more than a quarter of its sentences are long; its other long sentences are hints (dotted underline, not in the Problems panel).',
  },
  why: 'Readers lose the thread of long sentences; one idea per sentence reads faster.',
  example: {
    bad: 'We moved the cache to a separate service because the old one, which was built years ago by a team that has since left, kept failing under load during every release.',
    good: 'We moved the cache to a separate service. The old one kept failing under load during every release.',
  },
  notes: 'Words are counted as a reader sees them: a hyphenated word (`state-of-the-art`), a version (`v1.2.3`) or a number (`3.14`) is one word; Chinese characters are not counted. Sentences end at `.`, `!`, `?`, `…` followed by a space, and at `。！？`; abbreviations (e.g., i.e., Mr., Dr., vs., etc.), initials, decimals and versions do not end a sentence. The share is long sentences ÷ English sentences of the post; `maxShare: 0` flags every long sentence. The range is the whole sentence.',
  examples: {
    ok: ['This sentence is short.', 'We moved the cache. It was failing under load during every release, and nobody knew why.'],
    notOk: ['We moved the cache to a separate service because the old one, which was built years ago by a team that has since left the company, kept failing under load during every single release.'],
  },
  collect: (ctx, options) => collectShare(ctx, (s) => judge(s, options)),
  finish: (items, options) => finishShare(items, options.maxShare, 'share', { max: options.max }),
});
