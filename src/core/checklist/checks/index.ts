/** Every automatic check, in the order a checklist shows them: the table, then the platform checks. */
import type { CheckDefinition } from '../check';
import { frontMatterCheck } from './front-matter';
import { titleCheck } from './title';
import { titleLengthCheck } from './title-length';
import { descriptionCheck } from './description';
import { dimensionCheck } from './dimension';
import { tagsCheck } from './tags';
import { dateCheck } from './date';
import { lintErrorsCheck } from './lint-errors';
import { clarityCheck } from './clarity';
import { headingsCheck } from './headings';
import { imageAltCheck } from './image-alt';
import { linksCheck } from './links';
import { linkTextCheck } from './link-text';
import { placeholdersCheck } from './placeholders';
import { codeLanguageCheck } from './code-language';
import { wordCountCheck } from './word-count';
import { canonicalCheck } from './canonical';
import { devtoCanonicalUrlCheck, devtoCoverImageCheck, devtoTagsCheck } from './devto';
import { hashnodeSlugCheck, hashnodeTagsCheck } from './hashnode';
import { mediumTagsCheck } from './medium';
import { hugoDateCheck, hugoDraftCheck, zolaDateCheck, zolaDraftCheck } from './static-site';
import { jekyllPostFileCheck } from './jekyll';
import { astroDescriptionCheck, astroPubDateCheck } from './astro';

export const allChecks: readonly CheckDefinition[] = Object.freeze([
  frontMatterCheck, titleCheck, titleLengthCheck, descriptionCheck, dimensionCheck, tagsCheck, dateCheck,
  lintErrorsCheck, clarityCheck, headingsCheck, imageAltCheck, linksCheck, linkTextCheck, placeholdersCheck,
  codeLanguageCheck, wordCountCheck, canonicalCheck,
  devtoTagsCheck, devtoCoverImageCheck, devtoCanonicalUrlCheck,
  hashnodeSlugCheck, hashnodeTagsCheck,
  mediumTagsCheck,
  hugoDraftCheck, hugoDateCheck, zolaDraftCheck, zolaDateCheck,
  jekyllPostFileCheck,
  astroPubDateCheck, astroDescriptionCheck,
]);

/**
 * Settings that differ by post type before any config: a TIL is short. Config `checklist.checks` and
 * `checklist.types` apply over these.
 */
export const BUILTIN_TYPE_OPTIONS: Readonly<Record<string, Readonly<Record<string, Record<string, number>>>>> = Object.freeze({
  til: { 'word-count': { min: 100, max: 800 } },
});
