/**
 * Synthetic Markdown drafts for the benchmark, made from the project's own text (README, docs, the labelled
 * sentences and documents, the rules' own examples), so the benchmark needs no outside data and every run on every
 * machine lints the same bytes. A draft mixes what real posts have: front matter, headings, paragraphs with inline
 * code and links, lists, block quotes and fenced code blocks. A seeded generator keeps it deterministic.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { prng } from '../test/unit/helpers/prng';

export interface Pools {
  sentences: string[];
  headings: string[];
  code: string[][];
  /** Where the text came from (repo-relative paths), for the report. */
  sources: string[];
}

/** The tests' seeded PRNG, so the drafts are the same on every run. */
export const rng = prng;

function markdownFilesUnder(root: string, dir: string): string[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.md$/i.test(e.name))
    .map((e) => relative(root, join(e.parentPath ?? (e as unknown as { path: string }).path, e.name)))
    .sort();
}

/** Sentences, headings and code blocks of one Markdown text. Lines that carry Lectern directives are skipped. */
function harvest(text: string, pools: Pools): void {
  const body = text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  const lines = body.split(/\r?\n/);
  let fence: string[] | null = null;
  let paragraph: string[] = [];
  const flush = () => {
    const joined = paragraph.join(' ').trim();
    paragraph = [];
    if (!joined) return;
    for (const s of joined.split(/(?<=[.!?])\s+(?=[A-Z“"(])/)) {
      const words = s.split(/\s+/).length;
      if (words >= 4 && words <= 60 && !s.includes('|')) pools.sentences.push(s);
    }
  };
  for (const line of lines) {
    if (fence) {
      if (/^\s*(```|~~~)/.test(line)) { if (fence.length) pools.code.push(fence); fence = null; } else fence.push(line);
      continue;
    }
    if (/^\s*(```|~~~)/.test(line)) { flush(); fence = []; continue; }
    if (/lectern-|<!--|^\s*</.test(line)) { flush(); continue; }
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) { flush(); if (heading[1]!.trim()) pools.headings.push(heading[1]!.trim()); continue; }
    if (line.trim() === '') { flush(); continue; }
    paragraph.push(line.replace(/^\s*(?:[-*+]|\d+[.)]|>)\s+/, ''));
  }
  flush();
}

/**
 * Collects the pools from the repository. `extraSentences` are added as they are (the rules' examples, which the
 * caller gets from the engine's registry).
 */
export function collectPools(root: string, extraSentences: readonly string[] = []): Pools {
  const pools: Pools = { sentences: [], headings: [], code: [], sources: [] };
  const files = ['README.md', 'CHANGELOG.md', ...markdownFilesUnder(root, 'docs'), ...markdownFilesUnder(root, 'test/fixtures')]
    .filter((f) => existsSync(join(root, f)));
  for (const f of files) {
    harvest(readFileSync(join(root, f), 'utf8'), pools);
    pools.sources.push(f);
  }
  const tsv = join(root, 'test/fixtures/labelled/sentences.tsv');
  if (existsSync(tsv)) {
    for (const line of readFileSync(tsv, 'utf8').split('\n')) {
      const tab = line.indexOf('\t');
      if (line.startsWith('#') || tab < 0) continue;
      const s = line.slice(tab + 1).replace(/\\n/g, ' ');
      if (!/[\u4e00-\u9fff]/.test(s) && !s.includes('lectern-')) pools.sentences.push(s);
    }
    pools.sources.push('test/fixtures/labelled/sentences.tsv');
  }
  for (const s of extraSentences) if (s.split(/\s+/).length >= 3 && !s.includes('\n')) pools.sentences.push(s);
  if (extraSentences.length) pools.sources.push('the rules\' examples');
  // A floor, so a fresh checkout without docs still produces a varied draft.
  if (pools.headings.length < 5) pools.headings.push('Why this matters', 'How it works', 'What we measured', 'Trade-offs', 'Next steps');
  if (pools.code.length === 0) {
    pools.code.push(['const result = lintText(text, config);', 'for (const f of result.findings) {', '  console.log(f.rule, f.message);', '}']);
  }
  return pools;
}

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)]!;
}

function countWords(s: string): number {
  const m = s.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu);
  return m ? m.length : 0;
}

/** Adds inline code or a link to a sentence now and then, as real posts have. */
function decorate(r: () => number, sentence: string, n: number): string {
  const words = sentence.split(' ');
  if (words.length > 6 && r() < 0.12) {
    const i = 1 + Math.floor(r() * (words.length - 3));
    words[i] = `\`${words[i]!.replace(/[`.,;:!?]/g, '')}()\``;
  }
  if (words.length > 6 && r() < 0.12) {
    const i = 1 + Math.floor(r() * (words.length - 4));
    words[i] = `[${words[i]}`;
    words[i + 1] = `${words[i + 1]}](https://example.com/notes/${n}-${i}?ref=very-easy)`;
  }
  return words.join(' ');
}

/** A draft of about `targetWords` prose words (code excluded), deterministic for a seed. */
export function syntheticDraft(pools: Pools, targetWords: number, seed = 42): string {
  const r = rng(seed + targetWords);
  const out: string[] = ['---', `title: Synthetic draft of ${targetWords} words`, 'tags: [benchmark, lectern]', 'status: draft', '---', ''];
  let words = 0;
  let n = 0;
  out.push(`# ${pick(r, pools.headings)}`, '');
  let sinceHeading = 0;
  while (words < targetWords) {
    if (sinceHeading > 180 + r() * 200) {
      const h = pick(r, pools.headings);
      out.push(`## ${h}`, '');
      words += countWords(h);
      sinceHeading = 0;
    }
    const sentences: string[] = [];
    const count = 2 + Math.floor(r() * 5);
    for (let i = 0; i < count; i++) sentences.push(decorate(r, pick(r, pools.sentences), n++));
    const para = sentences.join(' ');
    const w = countWords(para);
    out.push(para, '');
    words += w;
    sinceHeading += w;
    const roll = r();
    if (roll < 0.15) {
      const items = 3 + Math.floor(r() * 3);
      for (let i = 0; i < items; i++) {
        const s = pick(r, pools.sentences);
        out.push(`- ${s}`);
        words += countWords(s);
      }
      out.push('');
    } else if (roll < 0.25) {
      const block = pick(r, pools.code);
      out.push('```ts', ...block.slice(0, 12), '```', '');
    } else if (roll < 0.3) {
      const s = pick(r, pools.sentences);
      out.push(`> ${s}`, '');
      words += countWords(s);
    }
  }
  return out.join('\n');
}
