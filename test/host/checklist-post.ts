/**
 * The post the publish-checklist host suite and UI scenario both write and check (then delete): a review post with
 * a TODO, no description and no alt text to fix. The suite writes it with CRLF line ends, the scenario with LF.
 */
export const CHECKLIST_POST = 'posts/checklist-post.md';
export const CHECKLIST_POST_LINES: readonly string[] = [
  '---',
  'title: Checklists that ship',
  'status: review   # ready for a last look',
  'dimension: expertise',
  'tags: [writing, checklists]',
  '---',
  '',
  'A publish checklist catches what embarrasses people after publishing. TODO: add the story about the broken link.',
  '',
  '## Why a checklist',
  '',
  'Writers forget the description, the alt text and the tags.',
  '',
];
/** The description the fix's snippet is answered with. */
export const CHECKLIST_DESCRIPTION = 'Why a short publish checklist catches the mistakes that embarrass writers after they publish.';
