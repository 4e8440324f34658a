/**
 * The CLI's own output in English and Simplified Chinese: errors, the lint summary and fix report, and the goals
 * tables. Rule messages come from the core's catalogs (src/core/lint/messages). `--locale en|zh-CN` picks the
 * language; without it LC_ALL, LC_MESSAGES or LANG does (POSIX order), and English is the default.
 */
import { fillTemplate, localeFrom, type Locale, type MessageData } from '../core/lint/index';

const en = {
  unknownCommand: "lectern: unknown command '{command}'. Valid commands: {commands}.",
  needsValue: '{flag} needs a value',
  unknownOption: "unknown option '{option}'",
  badFormatGoals: '--format {value}: expected text or json',
  badFormatLint: '--format {value}: expected text, json or sarif',
  badLocale: '--locale {value}: expected en or zh-CN',
  badDate: '--at {value}: expected a date written YYYY-MM-DD',
  oneFolder: "one workspace folder only (got '{first}' and '{second}')",
  noSuchFolder: '{path}: no such folder',
  noSuchConfig: '--config {path}: no such file',
  cannotReadConfig: '{path}: cannot read the config file ({code})',
  goalsNotRead: '{path}: the goals file was not read: {reason}',
  badMaxSize: '--max-size {value}: expected a size such as 2mb, 500k or 0 (no limit)',
  noMatch: "no Markdown file matches '{pattern}'",
  noSuchPath: '{path}: no such file or folder',
  noProblems: 'No problems found in {files} {fileWord}.',
  summary: '{problems} {problemWord} ({errors} {errorWord}, {warnings} {warningWord}, {info} info) in {files} {fileWord}.',
  summaryHints: '{problems} {problemWord} ({errors} {errorWord}, {warnings} {warningWord}, {info} info, {hints} {hintWord}) in {files} {fileWord}.',
  fixedFile: 'Fixed {count} {problemWord} in {path}.',
  fixedTotal: 'Fixed {count} {problemWord} in {files} {fileWord}; {left} left.',
  goalsHeading: 'Goals (today: {today})',
  noGoalsFile: '  No {path}: create one from the editor ("Lectern: Add Goal…") or by hand.',
  noGoals: '  No goals yet.',
  goalsColumns: 'GOAL|TITLE|DONE|STATUS|WINDOW',
  dimensionsHeading: 'Growth dimensions',
  dimensionsColumns: 'DIMENSION|PUBLISHED (12 MONTHS)|IN PROGRESS',
  postsHeading: 'Posts: {count}',
  postsColumns: 'TITLE|TYPE|STATUS|DIMENSION|DATE|PATH',
  insightsHeading: 'Insights',
  relatedHeading: 'Related posts',
  relatedBuildsOn: '{from} builds on {to}',
  relatedExternal: '{from} builds on {to} (external, not checked)',
  relatedMissing: "{from}: related '{entry}' not found",
  relatedNotFound: "related post not found: '{entry}' (a path from the workspace folder, or from this file with ./ or ../)",
  checkNone: 'No posts to check.',
  checkPassed: 'Checked {count} {postWord} for {platform} ({source}): every required item passes.',
  checkFailed: 'Checked {count} {postWord} for {platform} ({source}): {failing} with failing required items.',
};

export type CliMessageId = keyof typeof en;

export function isCliMessageId(s: string): s is CliMessageId {
  return Object.prototype.hasOwnProperty.call(en, s);
}

const zhCn: Record<CliMessageId, string> = {
  unknownCommand: 'lectern：未知命令“{command}”。可用的命令：{commands}。',
  needsValue: '{flag} 需要一个值',
  unknownOption: '未知选项“{option}”',
  badFormatGoals: '--format {value}：应为 text 或 json',
  badFormatLint: '--format {value}：应为 text、json 或 sarif',
  badLocale: '--locale {value}：应为 en 或 zh-CN',
  badDate: '--at {value}：日期应写成 YYYY-MM-DD',
  oneFolder: '只能指定一个工作区文件夹（给了“{first}”和“{second}”）',
  noSuchFolder: '{path}：文件夹不存在',
  noSuchConfig: '--config {path}：文件不存在',
  cannotReadConfig: '{path}：无法读取配置文件（{code}）',
  goalsNotRead: '{path}：没有读取目标文件：{reason}',
  badMaxSize: '--max-size {value}：应为 2mb、500k 这样的大小，或 0（不限制）',
  noMatch: '没有 Markdown 文件匹配“{pattern}”',
  noSuchPath: '{path}：文件或文件夹不存在',
  noProblems: '{files} 个文件中没有发现问题。',
  summary: '{files} 个文件中共 {problems} 个问题（{errors} 个错误，{warnings} 个警告，{info} 个信息）。',
  summaryHints: '{files} 个文件中共 {problems} 个问题（{errors} 个错误，{warnings} 个警告，{info} 个信息，{hints} 个提示）。',
  fixedFile: '已修复 {path} 中的 {count} 个问题。',
  fixedTotal: '已修复 {files} 个文件中的 {count} 个问题；还剩 {left} 个。',
  goalsHeading: '目标（今天：{today}）',
  noGoalsFile: '  没有 {path}：可以在编辑器中创建（“Lectern: Add Goal…”），也可以手动创建。',
  noGoals: '  还没有目标。',
  goalsColumns: '目标|标题|完成|状态|时间段',
  dimensionsHeading: '成长维度',
  dimensionsColumns: '维度|已发布（12 个月）|进行中',
  postsHeading: '文章：{count}',
  postsColumns: '标题|类型|状态|维度|日期|路径',
  insightsHeading: '洞察',
  relatedHeading: '相关文章',
  relatedBuildsOn: '{from} 基于 {to}',
  relatedExternal: '{from} 基于 {to}（外部链接，未检查）',
  relatedMissing: '{from}：找不到相关文章“{entry}”',
  relatedNotFound: '找不到相关文章“{entry}”（路径从工作区文件夹算起，或以 ./ 或 ../ 从本文件算起）',
  checkNone: '没有要检查的文章。',
  checkPassed: '按 {platform}（{source}）检查了 {count} 篇文章：所有必需项都通过。',
  checkFailed: '按 {platform}（{source}）检查了 {count} 篇文章：{failing} 篇有未通过的必需项。',
};

/** English nouns a count placeholder needs (Chinese needs none): {problemWord} → "problem" or "problems". */
const NOUNS: Record<string, [string, string]> = {
  problemWord: ['problem', 'problems'],
  errorWord: ['error', 'errors'],
  warningWord: ['warning', 'warnings'],
  fileWord: ['file', 'files'],
  hintWord: ['hint', 'hints'],
  postWord: ['post', 'posts'],
};
/** Which count each noun agrees with. */
const COUNT_OF: Record<string, string> = { problemWord: 'problems', errorWord: 'errors', warningWord: 'warnings', fileWord: 'files', hintWord: 'hints' };

/** The CLI message `id` in `locale`. English nouns agree with their counts (`count` when the template has no such count). */
export function cliText(locale: Locale, id: CliMessageId, data: MessageData = {}): string {
  if (locale === 'zh-CN') return fillTemplate(zhCn[id], data, '、');
  const filled: Record<string, string | number | readonly string[]> = { ...data };
  for (const [noun, [one, many]] of Object.entries(NOUNS)) {
    const n = data[COUNT_OF[noun]!] ?? data.count;
    filled[noun] = n === 1 ? one : many;
  }
  return fillTemplate(en[id], filled, ', ');
}

/** A table's column headings in `locale`. */
export function columns(locale: Locale, id: 'goalsColumns' | 'dimensionsColumns' | 'postsColumns'): string[] {
  return cliText(locale, id).split('|');
}

/** --locale's value, or undefined when it is not one of en and zh-CN (case-insensitive). */
export function parseLocale(value: string): Locale | undefined {
  const v = value.toLowerCase();
  return v === 'en' ? 'en' : v === 'zh-cn' ? 'zh-CN' : undefined;
}

/** The locale of the environment: LC_ALL, then LC_MESSAGES, then LANG (the first that is set and not empty). */
export function envLocale(env: Record<string, string | undefined> | undefined): Locale {
  const tag = [env?.LC_ALL, env?.LC_MESSAGES, env?.LANG].find((v) => v !== undefined && v !== '');
  return localeFrom(tag);
}
