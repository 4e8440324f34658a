/**
 * The checklist's message catalog: every item message, fix label and manual item, in English and Chinese, keyed by
 * message id. Items carry `{messageId, data}` (and the English text), so any host can show them in its language
 * with `fillTemplate(catalog[messageId], data)` (core/lint/messages). Placeholders are `{name}`; a unit test checks that both catalogs
 * have the same ids and the same placeholders.
 */
import type { LocalizedMessage, MessageData } from './types';
// One home for filling {placeholders}: the lint message catalog's (an unknown name stays as it is).
import { fillTemplate } from '../lint/messages/index';

/** Checklist data holds no lists; the join is only what fillTemplate requires. */
const LIST_JOIN = ', ';

export const CHECKLIST_MESSAGES_EN = {
  // Shared
  'blocked.frontMatter': 'Fix the front matter first: it does not parse.',
  'check.crashed': 'The check failed to run: {reason}',
  'fix.addFrontMatter': 'Add front matter',
  'fix.addFields': 'Add {fields} to the front matter',
  'fix.rename': 'Rename to {to}',
  'fix.headingLevels': 'Fix the heading levels',

  'front-matter.ok': 'The front matter parses ({format}).',
  'front-matter.absent': 'No front matter.',
  'front-matter.invalid': 'The front matter does not parse: {error}',
  'front-matter.unclosed': 'The front matter is not closed: add a line with --- after it.',

  'title.ok': 'Title: “{title}”.',
  'title.missing': 'No title in the front matter.',
  'title.noFrontMatter': 'No front matter: add one with a title.',

  'title-length.ok': 'The title has {length} characters (at most {max}).',
  'title-length.long': 'The title has {length} characters; keep it to {max}.',
  'title-length.noTitle': 'No title to measure.',

  'description.ok': 'The description has {length} characters ({min}–{max}).',
  'description.missing': 'No description.',
  'description.short': 'The description has {length} characters; write at least {min}.',
  'description.long': 'The description has {length} characters; keep it to {max}.',

  'dimension.ok': 'Growth dimension: {name}.',
  'dimension.missing': 'No growth dimension: set “dimension” to one of {ids}.',
  'dimension.unknown': 'Unknown growth dimension “{value}”: use one of {ids}.',

  'tags.ok': '{count} tags ({min}–{max}).',
  'tags.missing': 'No tags.',
  'tags.few': '{count} tags; add at least {min}.',
  'tags.many': '{count} tags; keep it to {max}.',

  'date.ok': 'Date: {date}.',
  'date.okFromPath': 'Date: {date} (from the file name or path).',
  'date.missing': 'No date.',
  'date.invalid': '“{value}” in “{key}” is not a date (YYYY-MM-DD).',
  'date.future': 'The date {date} is in the future, and the post is being published now.',

  'lint-errors.ok': 'No error-severity lint findings.',
  'lint-errors.found': '{count} error-severity lint findings; first: {rule}: {message}',

  'clarity.ok': 'Clarity score {score} (target {target}).',
  'clarity.low.long-sentences': 'Clarity score {score}, below the target {target}; weakest part: long sentences.',
  'clarity.low.passive-voice': 'Clarity score {score}, below the target {target}; weakest part: passive voice.',
  'clarity.low.reading-ease': 'Clarity score {score}, below the target {target}; weakest part: reading ease.',
  'clarity.low.long-paragraphs': 'Clarity score {score}, below the target {target}; weakest part: long paragraphs.',

  'headings.ok': 'Heading levels are in order.',
  'headings.skipped': 'Heading level skipped: H{from} is followed by H{to}.',
  'headings.manyH1': 'More than one H1 heading.',
  'headings.h1WithTitle': 'An H1 heading in the body, while the title is in the front matter.',
  'headings.empty': 'Empty heading.',

  'image-alt.ok': 'Every image has alt text ({count}).',
  'image-alt.missing': 'Image without alt text: {src}',

  'links.ok': 'Relative links and images point to existing files ({count} checked).',
  'links.empty': 'Empty link.',
  'links.missingFile': 'Linked file does not exist: {target}',
  'links.missingAnchor': 'No heading for “#{anchor}” in {file}.',
  'links.undefinedReference': 'Reference “{label}” is not defined.',

  'link-text.ok': 'Link texts say where they go.',
  'link-text.vague': 'Link text “{text}” does not say where the link goes.',

  'placeholders.ok': 'No placeholders left.',
  'placeholders.found': 'Left-over placeholder: {text}',

  'code-language.ok': 'Every fenced code block names its language.',
  'code-language.missing': 'Fenced code block without a language.',

  'word-count.ok': '{words} words ({min}–{max} for {type}).',
  'word-count.short': '{words} words; a {type} post needs at least {min}.',
  'word-count.long': '{words} words; a {type} post should stay under {max}.',

  'canonical.ok': '“{key}” is an absolute https URL.',
  'canonical.absent': 'No canonical URL set.',
  'canonical.invalid': '“{key}” must be an absolute https URL: “{value}”.',

  'devto-tags.ok': '{count} tags, all lowercase letters and digits.',
  'devto-tags.many': '{count} tags; dev.to takes at most {max}.',
  'devto-tags.bad': 'Tag “{tag}”: dev.to tags are lowercase letters and digits only.',
  'devto-cover-image.ok': 'The cover image is an absolute URL, or there is none.',
  'devto-cover-image.invalid': '“cover_image” must be an absolute URL: “{value}”.',
  'devto-canonical-url.ok': 'Canonical URL in order.',
  'devto-canonical-url.missing': 'First published at {url}: set “canonical_url” to it.',
  'devto-canonical-url.invalid': '“canonical_url” must be an absolute URL: “{value}”.',

  'hashnode-slug.ok': 'Slug: {slug}.',
  'hashnode-slug.missing': 'Hashnode needs a “slug”.',
  'hashnode-tags.ok': '{count} tags.',
  'hashnode-tags.missing': 'Hashnode needs “tags”.',

  'medium-tags.ok': '{count} tags, each at most {maxLength} characters.',
  'medium-tags.many': '{count} tags; Medium takes at most {max}.',
  'medium-tags.long': 'Tag “{tag}” is longer than {maxLength} characters.',

  'hugo-draft.ok': 'Not a draft.',
  'hugo-draft.draft': '“draft: true”: Hugo does not publish drafts.',
  'hugo-date.ok': 'The date is not in the future.',
  'hugo-date.future': '“{key}” {date} is in the future: Hugo does not publish the post before then.',
  'zola-draft.ok': 'Not a draft.',
  'zola-draft.draft': '“draft = true”: Zola does not publish drafts.',
  'zola-date.ok': 'The date is not in the future.',
  'zola-date.future': '“date” {date} is in the future.',

  'jekyll-post-file.ok': 'In _posts/, named after its date.',
  'jekyll-post-file.folder': 'A published Jekyll post lives in _posts/.',
  'jekyll-post-file.name': 'The file name must start with the date (YYYY-MM-DD-).',

  'astro-pub-date.ok': 'pubDate: {date}.',
  'astro-pub-date.missing': 'The blog template’s schema needs “pubDate”.',
  'astro-description.ok': 'There is a description.',
  'astro-description.missing': 'The blog template’s schema needs “description”.',

  // Manual items (defaults)
  'manual.read-aloud': 'Read it aloud once',
  'manual.code-runs': 'Code samples run as shown',
  'manual.reviewed': 'Someone reviewed it',
  'manual.social': 'Summary and social post drafted',
  'manual.custom': '{label}',
} as const;

export type ChecklistMessageId = keyof typeof CHECKLIST_MESSAGES_EN;

export const CHECKLIST_MESSAGES_ZH_CN: Record<ChecklistMessageId, string> = {
  'blocked.frontMatter': '请先修正 front matter：它无法解析。',
  'check.crashed': '检查无法运行：{reason}',
  'fix.addFrontMatter': '添加 front matter',
  'fix.addFields': '在 front matter 中添加 {fields}',
  'fix.rename': '重命名为 {to}',
  'fix.headingLevels': '修正标题层级',

  'front-matter.ok': 'front matter 可以解析（{format}）。',
  'front-matter.absent': '没有 front matter。',
  'front-matter.invalid': 'front matter 无法解析：{error}',
  'front-matter.unclosed': 'front matter 没有结束：在其后添加一行 ---。',

  'title.ok': '标题：“{title}”。',
  'title.missing': 'front matter 中没有标题。',
  'title.noFrontMatter': '没有 front matter：请添加并写上标题。',

  'title-length.ok': '标题有 {length} 个字符（最多 {max} 个）。',
  'title-length.long': '标题有 {length} 个字符；请控制在 {max} 个以内。',
  'title-length.noTitle': '没有可以衡量的标题。',

  'description.ok': '描述有 {length} 个字符（{min}–{max}）。',
  'description.missing': '没有描述。',
  'description.short': '描述有 {length} 个字符；至少写 {min} 个。',
  'description.long': '描述有 {length} 个字符；请控制在 {max} 个以内。',

  'dimension.ok': '成长维度：{name}。',
  'dimension.missing': '没有成长维度：请把 “dimension” 设为 {ids} 之一。',
  'dimension.unknown': '未知的成长维度 “{value}”：请使用 {ids} 之一。',

  'tags.ok': '{count} 个标签（{min}–{max}）。',
  'tags.missing': '没有标签。',
  'tags.few': '{count} 个标签；至少添加 {min} 个。',
  'tags.many': '{count} 个标签；最多 {max} 个。',

  'date.ok': '日期：{date}。',
  'date.okFromPath': '日期：{date}（来自文件名或路径）。',
  'date.missing': '没有日期。',
  'date.invalid': '“{key}” 中的 “{value}” 不是日期（YYYY-MM-DD）。',
  'date.future': '日期 {date} 在未来，而文章正要发布。',

  'lint-errors.ok': '没有错误级别的检查结果。',
  'lint-errors.found': '{count} 个错误级别的检查结果；第一个：{rule}：{message}',

  'clarity.ok': '清晰度得分 {score}（目标 {target}）。',
  'clarity.low.long-sentences': '清晰度得分 {score}，低于目标 {target}；最弱的一项：长句。',
  'clarity.low.passive-voice': '清晰度得分 {score}，低于目标 {target}；最弱的一项：被动语态。',
  'clarity.low.reading-ease': '清晰度得分 {score}，低于目标 {target}；最弱的一项：易读性。',
  'clarity.low.long-paragraphs': '清晰度得分 {score}，低于目标 {target}；最弱的一项：长段落。',

  'headings.ok': '标题层级有序。',
  'headings.skipped': '跳过了标题层级：H{from} 之后是 H{to}。',
  'headings.manyH1': '有不止一个 H1 标题。',
  'headings.h1WithTitle': '标题已写在 front matter 中，正文里却还有 H1 标题。',
  'headings.empty': '空标题。',

  'image-alt.ok': '每张图片都有替代文字（{count} 张）。',
  'image-alt.missing': '图片没有替代文字：{src}',

  'links.ok': '相对链接和图片指向的文件都存在（检查了 {count} 个）。',
  'links.empty': '空链接。',
  'links.missingFile': '链接的文件不存在：{target}',
  'links.missingAnchor': '{file} 中没有对应 “#{anchor}” 的标题。',
  'links.undefinedReference': '引用 “{label}” 没有定义。',

  'link-text.ok': '链接文字说明了链接去向。',
  'link-text.vague': '链接文字 “{text}” 没有说明链接去向。',

  'placeholders.ok': '没有遗留的占位内容。',
  'placeholders.found': '遗留的占位内容：{text}',

  'code-language.ok': '每个代码块都标明了语言。',
  'code-language.missing': '代码块没有标明语言。',

  'word-count.ok': '{words} 字（{type} 为 {min}–{max}）。',
  'word-count.short': '{words} 字；{type} 文章至少需要 {min} 字。',
  'word-count.long': '{words} 字；{type} 文章应少于 {max} 字。',

  'canonical.ok': '“{key}” 是绝对 https 地址。',
  'canonical.absent': '没有设置规范地址。',
  'canonical.invalid': '“{key}” 必须是绝对 https 地址：“{value}”。',

  'devto-tags.ok': '{count} 个标签，都只含小写字母和数字。',
  'devto-tags.many': '{count} 个标签；dev.to 最多接受 {max} 个。',
  'devto-tags.bad': '标签 “{tag}”：dev.to 标签只能包含小写字母和数字。',
  'devto-cover-image.ok': '封面图片是绝对地址，或没有封面图片。',
  'devto-cover-image.invalid': '“cover_image” 必须是绝对地址：“{value}”。',
  'devto-canonical-url.ok': '规范地址没有问题。',
  'devto-canonical-url.missing': '首发于 {url}：请把 “canonical_url” 设为该地址。',
  'devto-canonical-url.invalid': '“canonical_url” 必须是绝对地址：“{value}”。',

  'hashnode-slug.ok': 'Slug：{slug}。',
  'hashnode-slug.missing': 'Hashnode 需要 “slug”。',
  'hashnode-tags.ok': '{count} 个标签。',
  'hashnode-tags.missing': 'Hashnode 需要 “tags”。',

  'medium-tags.ok': '{count} 个标签，每个最多 {maxLength} 个字符。',
  'medium-tags.many': '{count} 个标签；Medium 最多接受 {max} 个。',
  'medium-tags.long': '标签 “{tag}” 超过 {maxLength} 个字符。',

  'hugo-draft.ok': '不是草稿。',
  'hugo-draft.draft': '“draft: true”：Hugo 不会发布草稿。',
  'hugo-date.ok': '日期不在未来。',
  'hugo-date.future': '“{key}” {date} 在未来：在此之前 Hugo 不会发布这篇文章。',
  'zola-draft.ok': '不是草稿。',
  'zola-draft.draft': '“draft = true”：Zola 不会发布草稿。',
  'zola-date.ok': '日期不在未来。',
  'zola-date.future': '“date” {date} 在未来。',

  'jekyll-post-file.ok': '位于 _posts/，文件名以日期开头。',
  'jekyll-post-file.folder': '已发布的 Jekyll 文章应位于 _posts/。',
  'jekyll-post-file.name': '文件名必须以日期开头（YYYY-MM-DD-）。',

  'astro-pub-date.ok': 'pubDate：{date}。',
  'astro-pub-date.missing': '博客模板的 schema 需要 “pubDate”。',
  'astro-description.ok': '有描述。',
  'astro-description.missing': '博客模板的 schema 需要 “description”。',

  'manual.read-aloud': '朗读一遍',
  'manual.code-runs': '代码示例可以照原样运行',
  'manual.reviewed': '有人审阅过',
  'manual.social': '摘要和社交媒体帖子已起草',
  'manual.custom': '{label}',
};

export type ChecklistLocale = 'en' | 'zh-cn';

export function checklistCatalog(locale: string): Readonly<Record<ChecklistMessageId, string>> {
  return locale.toLowerCase().startsWith('zh') ? CHECKLIST_MESSAGES_ZH_CN : CHECKLIST_MESSAGES_EN;
}

/** A message in English with its id and data, ready to put on an item. */
export function message(messageId: ChecklistMessageId, data: MessageData = {}): LocalizedMessage {
  return { messageId, data, message: fillTemplate(CHECKLIST_MESSAGES_EN[messageId], data, LIST_JOIN) };
}

/** A message (item or fix label) in the catalog of `locale`; ids not in the catalog fall back to the English text. */
export function localize(msg: LocalizedMessage, locale: string): string {
  const template = (checklistCatalog(locale) as Readonly<Record<string, string>>)[msg.messageId];
  return template === undefined ? msg.message : fillTemplate(template, msg.data, LIST_JOIN);
}
