import { defineCheck, outcome, pass, problem } from '../check';

/** Link texts that say nothing about the target (markdownlint MD059's list, plus a few more). Option `phrases`. */
export const VAGUE_LINK_TEXTS: readonly string[] = Object.freeze([
  'click here', 'here', 'link', 'this', 'more', 'read more', 'learn more', 'this link', 'this page', 'this post', 'click',
]);

function normalize(text: string): string {
  return text.toLowerCase().replace(/[\s\u00a0]+/g, ' ').replace(/^[\s"'“”‘’([{]+|[\s"'“”‘’)\]}.,:;!?…]+$/g, '');
}

export const linkTextCheck = defineCheck({
  id: 'link-text',
  defaultLevel: 'recommended',
  options: { phrases: [...VAGUE_LINK_TEXTS] },
  description: 'No link text such as "click here", "here", "link", "this", "more" (option `phrases`).',
  readsFrontMatter: false,
  run(ctx, { phrases }) {
    const vague = new Set(phrases.map(normalize));
    return outcome(
      ctx.markdown().links.filter((l) => vague.has(normalize(l.text))).map((l) => problem('link-text.vague', { text: l.text.trim() }, l.range)),
      pass('link-text.ok'),
    );
  },
});
