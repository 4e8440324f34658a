/**
 * Call-for-proposals limits. A proposal is a document with `cfp: true` in its front matter (the CFP template sets it);
 * its title is the front matter's `title`, its elevator pitch and abstract are the sections under those headings.
 * The limits are the common ones (Linux Foundation events: title 75, abstract 1,300; PaperCall: elevator pitch 300),
 * overridden per event in `.lectern/config.json` → `"cfp": {"kubecon": {"title": 75, "abstract": 1300}}`, chosen by
 * the proposal's `event:` (the key, or the key as a word of the event: "KubeCon EU 2026" uses "kubecon").
 * Lengths are Unicode characters (code points) of the text without HTML comments, white space runs counted as one.
 */
import type { CfpLimits } from '../config-types';
import { readFrontMatter } from '../frontmatter-edit';
import { normalizeName } from '../goals/dimensions';
import { markdownHeadings } from '../markdown-headings';
import type { TextRange } from '../text';

export const CFP_FIELDS = ['title', 'pitch', 'abstract'] as const;
export type CfpField = (typeof CFP_FIELDS)[number];
export const DEFAULT_CFP_LIMITS: Readonly<Record<CfpField, number>> = Object.freeze({ title: 75, pitch: 300, abstract: 1300 });

/** Headings that hold a field (English and Chinese), compared with `normalizeName`. */
const FIELD_HEADINGS: Record<Exclude<CfpField, 'title'>, string[]> = {
  pitch: ['elevator pitch', 'pitch', '电梯演讲', '一句话介绍'],
  abstract: ['abstract', 'description', '摘要', '简介'],
};

export interface CfpFieldLength {
  field: CfpField;
  length: number;
  limit: number;
  /** The field's text in the document (its heading when the section is empty). */
  range: TextRange;
}

export interface CfpCheck {
  /** The config key whose limits apply, or null for the defaults. */
  event: string | null;
  limits: Record<CfpField, number>;
  fields: CfpFieldLength[];
}

/** Length of a field as a CFP form counts it. */
export function cfpLength(text: string): number {
  return [...text.replace(/<!--[\s\S]*?(-->|$)/g, ' ').replace(/\s+/g, ' ').trim()].length;
}

/** The limits for a proposal's `event:` value. */
export function cfpLimitsFor(event: string | null, configured: Readonly<Record<string, CfpLimits>>): { event: string | null; limits: Record<CfpField, number> } {
  const wanted = event ? normalizeName(event) : '';
  const keys = Object.keys(configured);
  const key = wanted === '' ? undefined
    : keys.find((k) => normalizeName(k) === wanted) ?? keys.find((k) => ` ${wanted} `.includes(` ${normalizeName(k)} `));
  return { event: key ?? null, limits: { ...DEFAULT_CFP_LIMITS, ...(key ? configured[key] : {}) } };
}

export function isCfpProposal(data: Record<string, unknown>): boolean {
  return data.cfp === true;
}

/** Every field's length and limit, or null when the document is not a CFP proposal. */
export function checkCfp(text: string, configured: Readonly<Record<string, CfpLimits>>): CfpCheck | null {
  const fm = readFrontMatter(text);
  if (!fm || !isCfpProposal(fm.data)) return null;
  const event = typeof fm.data.event === 'string' ? fm.data.event : null;
  const { event: key, limits } = cfpLimitsFor(event, configured);
  const fields: CfpFieldLength[] = [];
  if (typeof fm.data.title === 'string') {
    fields.push({ field: 'title', length: cfpLength(fm.data.title), limit: limits.title, range: fm.keyRanges.get('title')! });
  }
  const bodyStart = fm.block.range.end;
  const body = text.slice(bodyStart);
  const headings = markdownHeadings(body);
  for (const field of ['pitch', 'abstract'] as const) {
    const i = headings.findIndex((h) => FIELD_HEADINGS[field].includes(normalizeName(h.text)));
    if (i < 0) continue;
    const h = headings[i]!;
    const next = headings.slice(i + 1).find((n) => n.level <= h.level);
    const content = body.slice(h.end, next?.start ?? body.length);
    // The field's text starts after the guidance comments that lead the section.
    const lead = /^(\s|<!--[\s\S]*?-->)*/.exec(content)![0].length;
    const trimmed = content.slice(lead).trimEnd();
    const headingLine = body.slice(h.start, h.end).replace(/[\r\n]+$/, '');
    const range = trimmed === ''
      ? { start: bodyStart + h.start, end: bodyStart + h.start + headingLine.length }
      : { start: bodyStart + h.end + lead, end: bodyStart + h.end + lead + trimmed.length };
    fields.push({ field, length: cfpLength(content), limit: limits[field], range });
  }
  return { event: key, limits, fields };
}
