/**
 * How long a talk takes to say: the words of its slides and speaker notes (HTML comments) at a speaking rate.
 * Code blocks, front matter, Marp directives (`<!-- _class: lead -->`), link targets and Markdown markers are not
 * spoken and do not count. A Han, kana or Hangul character counts as one word of its own, at its own rate: Chinese
 * is spoken at about 250 characters a minute, not at English's 130 words.
 */
import { findFrontMatter } from '../frontmatter';
import { tokenize } from '../lint/tokenize';
import { markdownHeadings } from '../markdown-headings';

export const DEFAULT_WORDS_PER_MINUTE = 130;
export const DEFAULT_HAN_CHARACTERS_PER_MINUTE = 250;

export interface SpeakingRate {
  wordsPerMinute: number;
  hanCharactersPerMinute: number;
}

export interface SpeakingSection {
  /** The heading's text, or null for what comes before the first heading. */
  heading: string | null;
  /** Offset of the heading line (0 for the opening part). */
  start: number;
  words: number;
  minutes: number;
  /** Minutes the heading plans, like "## Demo (5 min)" or "## 演示（5 分钟）"; null when it plans none. */
  plannedMinutes: number | null;
}

export interface SpeakingEstimate {
  /** Words other than Han, kana and Hangul characters. */
  words: number;
  hanCharacters: number;
  minutes: number;
  sections: SpeakingSection[];
  /** The sum of the planned minutes, or null when no heading plans any. */
  plannedMinutes: number | null;
}

const PLANNED = /(\d+(?:\.\d+)?)\s*(?:min(?:ute)?s?|分钟)(?![A-Za-z])/i;

export function plannedMinutesOf(heading: string): number | null {
  const m = PLANNED.exec(heading);
  return m ? Number(m[1]) : null;
}

/** What is spoken from a piece of Markdown: prose, headings and speaker notes, without markup or code. */
export function spokenText(markdown: string): string {
  return markdown
    .replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:\n {0,3}\1[^\n]*|$)/gm, ' ')
    .replace(/<!--\s*_?[A-Za-z-]+\s*:[^\n]*?-->/g, ' ')
    .replace(/<!--|-->/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/<[^>\n]+>/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ');
}

function countWords(markdown: string): { words: number; han: number } {
  let words = 0;
  let han = 0;
  for (const w of tokenize(spokenText(markdown)).words) {
    if (w.cjk) han++;
    else words++;
  }
  return { words, han };
}

function minutesFor(words: number, han: number, rate: SpeakingRate): number {
  return words / Math.max(1, rate.wordsPerMinute) + han / Math.max(1, rate.hanCharactersPerMinute);
}

export function estimateSpeakingTime(text: string, rate: SpeakingRate = {
  wordsPerMinute: DEFAULT_WORDS_PER_MINUTE, hanCharactersPerMinute: DEFAULT_HAN_CHARACTERS_PER_MINUTE,
}): SpeakingEstimate {
  const fm = findFrontMatter(text);
  const bodyStart = fm ? fm.range.end : 0;
  const body = text.slice(bodyStart);
  const headings = markdownHeadings(body);
  const sections: SpeakingSection[] = [];
  const add = (heading: string | null, start: number, headingText: string, content: string): void => {
    const c = countWords(`${headingText}\n${content}`);
    if (heading === null && c.words + c.han === 0) return; // only directives or white space before the first heading
    sections.push({ heading, start, words: c.words + c.han, minutes: minutesFor(c.words, c.han, rate), plannedMinutes: heading === null ? null : plannedMinutesOf(heading) });
  };
  const opening = body.slice(0, headings[0]?.start ?? body.length);
  add(null, bodyStart, '', opening);
  headings.forEach((h, i) => {
    // The planned minutes are not spoken: "(5 min)" is left out of the heading's words.
    add(h.text, bodyStart + h.start, h.text.replace(PLANNED, ''), body.slice(h.end, headings[i + 1]?.start ?? body.length));
  });
  const total = countWords(body.replace(/^ {0,3}#{1,6}[ \t].*$/gm, (line) => line.replace(PLANNED, '')));
  const planned = sections.filter((s) => s.plannedMinutes !== null);
  return {
    words: total.words,
    hanCharacters: total.han,
    minutes: minutesFor(total.words, total.han, rate),
    sections,
    plannedMinutes: planned.length > 0 ? planned.reduce((sum, s) => sum + s.plannedMinutes!, 0) : null,
  };
}
