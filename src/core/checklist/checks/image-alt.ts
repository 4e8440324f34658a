import { defineCheck, outcome, pass, problem } from '../check';

export const imageAltCheck = defineCheck({
  id: 'image-alt',
  defaultLevel: 'required',
  options: {},
  description: 'Every image has alt text: Markdown, reference-style and HTML `<img>`.',
  readsFrontMatter: false,
  run(ctx) {
    const images = ctx.markdown().images;
    return outcome(
      images.filter((i) => i.alt.trim() === '').map((i) => problem('image-alt.missing', { src: i.src || '?' }, i.range)),
      pass('image-alt.ok', { count: images.length }),
    );
  },
});
