/** dev.to's front matter (its editor's "Jekyll front matter" mode): at most 4 tags, lowercase alphanumerics. */
import { defineCheck, fail, outcome, pass, problem, type Problem } from '../check';
import { isAbsoluteUrl } from './canonical';

export const devtoTagsCheck = defineCheck({
  id: 'devto-tags',
  platform: 'devto',
  defaultLevel: 'required',
  options: { max: 4 },
  description: 'dev.to: at most 4 tags, each lowercase letters and digits only.',
  readsFrontMatter: true,
  run(ctx, { max }) {
    const tags = ctx.facts?.tags ?? [];
    const problems: Problem[] = [];
    if (tags.length > max) problems.push(problem('devto-tags.many', { count: tags.length, max }, ctx.keyRange('tags')));
    for (const tag of tags) if (!/^[a-z0-9]+$/.test(tag)) problems.push(problem('devto-tags.bad', { tag }, ctx.keyRange('tags')));
    return outcome(problems, pass('devto-tags.ok', { count: tags.length }));
  },
});

export const devtoCoverImageCheck = defineCheck({
  id: 'devto-cover-image',
  platform: 'devto',
  defaultLevel: 'required',
  options: {},
  description: 'dev.to: `cover_image`, when present, is an absolute URL.',
  readsFrontMatter: true,
  run(ctx) {
    const value = ctx.str('cover_image');
    if (value === null || isAbsoluteUrl(value)) return pass('devto-cover-image.ok');
    return fail('devto-cover-image.invalid', { value }, ctx.keyRange('cover_image'));
  },
});

/** Keys that say where a post first appeared (other than dev.to itself). */
const ORIGIN_KEYS = ['canonical', 'canonicalUrl', 'original_url', 'originally_published', 'url'];

export const devtoCanonicalUrlCheck = defineCheck({
  id: 'devto-canonical-url',
  platform: 'devto',
  defaultLevel: 'recommended',
  options: {},
  description: 'dev.to: `canonical_url` is set (an absolute URL) when the post was first published elsewhere (its `url` or `canonical` names another site).',
  readsFrontMatter: true,
  run(ctx) {
    const canonical = ctx.str('canonical_url');
    if (canonical !== null) {
      return isAbsoluteUrl(canonical) ? pass('devto-canonical-url.ok') : fail('devto-canonical-url.invalid', { value: canonical }, ctx.keyRange('canonical_url'));
    }
    for (const key of ORIGIN_KEYS) {
      const url = ctx.str(key);
      if (url && isAbsoluteUrl(url) && !/^https?:\/\/(www\.)?dev\.to\//i.test(url)) {
        return fail('devto-canonical-url.missing', { url }, ctx.keyRange(key));
      }
    }
    return pass('devto-canonical-url.ok');
  },
});
