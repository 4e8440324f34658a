/**
 * Backslash-escapes the ASCII punctuation Markdown could read as syntax (CommonMark allows escaping any of it), so
 * text from a document or a rule shows as written in a hover or the report and can never become a link or HTML.
 * Unlike `MarkdownString.appendText` it keeps spaces as spaces, so the text stays searchable and readable as source.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (c) => `\\${c}`).replace(/\r?\n|\r/g, ' ');
}
