import { parseDateValue } from '../../goals/dates';
import { defineCheck, fail, pass } from '../check';
import { message } from '../messages';
import type { CheckFix } from '../types';

const DATED_NAME = /^\d{4}-\d{2}-\d{2}-/;

/** Jekyll publishes `_posts/YYYY-MM-DD-title.md`; anything else is a page or a draft. */
export const jekyllPostFileCheck = defineCheck({
  id: 'jekyll-post-file',
  platform: 'jekyll',
  defaultLevel: 'required',
  options: {},
  description: 'Jekyll: a published post lives in `_posts/` and its file name starts with its date (`YYYY-MM-DD-`); the fix renames it.',
  readsFrontMatter: true,
  run(ctx) {
    const slash = ctx.path.lastIndexOf('/');
    const folder = slash === -1 ? '' : ctx.path.slice(0, slash);
    const name = ctx.path.slice(slash + 1);
    const inPosts = /(^|\/)_posts(\/|$)/.test(folder);
    const dated = DATED_NAME.test(name);
    if (inPosts && dated) return pass('jekyll-post-file.ok');
    // The date the post will carry: its front-matter date, else today (it is being published now).
    const located = ctx.facts?.date ?? ctx.facts?.published ?? null;
    const date = (located ? parseDateValue(located.value, ctx.clock) : null) ?? ctx.clock.today;
    const newName = dated ? name : `${date}-${name}`;
    // `_drafts/x.md` → `_posts/…`; a file elsewhere moves into a `_posts/` beside it.
    const newFolder = inPosts ? folder : /(^|\/)_drafts$/.test(folder) ? folder.replace(/_drafts$/, '_posts') : (folder ? `${folder}/_posts` : '_posts');
    const to = `${newFolder}/${newName}`;
    const fix: CheckFix = { kind: 'rename', label: message('fix.rename', { to }), to };
    return fail(inPosts ? 'jekyll-post-file.name' : 'jekyll-post-file.folder', {}, { start: 0, end: 0 }, fix);
  },
});
