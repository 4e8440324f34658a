/**
 * The one place markdown-it is loaded and configured for the core: CommonMark, with HTML blocks recognised as such
 * (so they are skipped, not read as paragraphs), tables and strikethrough. The lint engine (lint/blocks.ts, block
 * structure only) and the checklist (checklist/markdown.ts, inline pass too) each keep one parser made here.
 *
 * markdown-it is loaded on the first parser, not when the core loads. Evaluating it with the HTML entity tables and
 * linkify-it that it imports, and building a parser, is ~4 ms: 40% of loading the whole engine, paid by every host
 * that loads the engine without parsing anything yet (extension activation, `lectern --help`, schema generation).
 * Every consumer of the core bundles it with esbuild, which turns this `require` into a module that is initialised
 * on its first call (no Node API is involved; it works in a web worker bundle too).
 */
import type MarkdownIt from 'markdown-it';

declare const require: (id: 'markdown-it') => typeof MarkdownIt;

export type MarkdownParser = InstanceType<typeof MarkdownIt>;
export type MarkdownToken = ReturnType<MarkdownParser['parse']>[number];

/** A new parser with Lectern's configuration (callers keep one: parsing leaves no state in it). */
export function createMarkdownParser(): MarkdownParser {
  const MarkdownItClass = require('markdown-it');
  return new MarkdownItClass('commonmark', { html: true }).enable(['table', 'strikethrough']);
}
