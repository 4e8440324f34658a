import { sentenceRule } from '../rule-types';

/** Sentences longer than `max` words are hard to hold in one's head; the fix is a split, which needs a human. */
export default sentenceRule({
  id: 'long-sentence',
  description: 'A sentence of more than 25 words.',
  defaultSeverity: 'warning',
  fixable: false,
  scope: 'sentence',
  options: { max: 25 },
  why: 'Readers lose the thread of long sentences; one idea per sentence reads faster.',
  example: {
    bad: 'We moved the cache to a separate service because the old one, which was built years ago by a team that has since left, kept failing under load during every release.',
    good: 'We moved the cache to a separate service. The old one kept failing under load during every release.',
  },
  notes: 'Words are counted as a reader sees them: a hyphenated word (`state-of-the-art`), a version (`v1.2.3`) or a number (`3.14`) is one word; Chinese characters are not counted. Sentences end at `.`, `!`, `?`, `…` followed by a space, and at `。！？`; abbreviations (e.g., i.e., Mr., Dr., vs., etc.), initials, decimals and versions do not end a sentence. The range is the whole sentence.',
  examples: {
    ok: ['This sentence is short.', 'We moved the cache. It was failing under load during every release, and nobody knew why.'],
    notOk: ['We moved the cache to a separate service because the old one, which was built years ago by a team that has since left the company, kept failing under load during every single release.'],
  },
  check(ctx, options) {
    const { sentence } = ctx;
    if (sentence.cjk || sentence.latinWords <= options.max) return [];
    return [{
      message: `This sentence has ${sentence.latinWords} words (more than ${options.max}). Split it.`,
      range: { start: sentence.start, end: sentence.end },
    }];
  },
});
