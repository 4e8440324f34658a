/**
 * Share-based document findings (the Yoast way): a few long or passive sentences are normal in good prose; a post in
 * which too many of its sentences are long or passive is worth one finding. The calm default reports a post only
 * when its share is over `maxShare`: one finding (at the rule's severity) on its first flagged sentence, and each of
 * the other flagged sentences as a hint so the writer can find them. `maxShare: 0` (the `lectern:strict` preset) flags
 * every sentence at the rule's severity, as a sentence rule would.
 */
import type { BlockContext, DocumentItem, RuleFinding, SentenceContext } from './rule-types';
import type { MessageData } from './types';

export interface ShareFacts {
  /** English sentences in the block (the share's denominator). */
  sentences: number;
  /** Flagged sentences (one entry per finding; `first` marks a sentence's first): range relative to the block. */
  flagged: Array<{ start: number; end: number; messageId: string; data: MessageData; first: boolean }>;
}

const NONE: ShareFacts['flagged'] = Object.freeze([]) as unknown as ShareFacts['flagged'];

/** Per block: the English sentences and, for each, the findings `judge` returns. */
export function collectShare(ctx: BlockContext, judge: (s: SentenceContext) => readonly RuleFinding[]): ShareFacts {
  let sentences = 0;
  let flagged: ShareFacts['flagged'] | undefined;
  const shared = ctx.sentenceContexts;
  for (let s = 0; s < ctx.sentences.length; s++) {
    const sentence = ctx.sentences[s]!;
    if (sentence.cjk) continue;
    sentences++;
    // The engine's context of the sentence when it made them (see BlockContext.sentenceContexts), else a new one.
    const found = judge(shared ? shared[s]! : { block: ctx, sentence, words: ctx.words.slice(sentence.firstWord, sentence.firstWord + sentence.wordCount) });
    for (let k = 0; k < found.length; k++) {
      const f = found[k]!;
      (flagged ??= []).push({ start: f.range.start, end: f.range.end, messageId: f.messageId, data: f.data ?? {}, first: k === 0 });
    }
  }
  return { sentences, flagged: flagged ?? NONE };
}

/**
 * `summaryId` is the message of the post-level finding: the rule's catalog template gets the first flagged sentence's
 * data plus {share}, {flagged}, {total}, {maxShare} (and `extra`), and ends with that sentence's own message.
 */
export function finishShare(items: readonly DocumentItem<ShareFacts>[], maxShare: number,
  summaryId: string, extra: MessageData = {}): RuleFinding[] {
  let total = 0;
  let count = 0;
  for (const item of items) {
    total += item.facts.sentences;
    for (const f of item.facts.flagged) if (f.first) count++;
  }
  if (count === 0) return [];
  const every = !(maxShare > 0);
  const share = total > 0 ? count / total : 1;
  if (!every && share <= maxShare) return [];
  const out: RuleFinding[] = [];
  for (const item of items) {
    for (const f of item.facts.flagged) {
      const range = { start: item.start + f.start, end: item.start + f.end };
      if (every) out.push({ messageId: f.messageId, data: f.data, range });
      else if (out.length === 0) {
        const data = { ...f.data, ...extra, share: percent(share), flagged: count, total, maxShare: percent(maxShare) };
        out.push({ messageId: summaryId, data, range });
      } else out.push({ messageId: f.messageId, data: f.data, range, hint: true });
    }
  }
  return out;
}

/** "23%" */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
