/**
 * Posts-index benchmark (issue 4: "a workspace of 5,000 posts is indexed in ≤ 2 s").
 * Generates 5,000 realistic posts in memory (front matter in Hugo, Jekyll and Lectern styles, English and Chinese
 * bodies of 300–900 words with headings, lists and code), then measures, in this process:
 *   - indexing all of them from scratch (PostIndex.upsert of each text);
 *   - building what the sidebar and dashboard show from the full index (summary, goals, dashboard model);
 *   - one incremental update (a changed file re-indexed), median and p95 over 500 edits.
 * Folders given as arguments (e.g. a corpus of real posts) are indexed too, from disk: time, posts found, and how
 * many front-matter problems were reported (a crash fails the run).
 * Protocol for bench/bench.ts: one JSON line per result, {"name","value","unit","target"}; `target` is an upper bound
 * in the same unit (null when there is none).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PostIndex, buildDashboard, fixedClock, parseGoalsFile, resolveDimensions, starterGoalsFile, summarizeDimensions } from '../src/core/goals/api';

const POSTS = 5000;
const dimensions = resolveDimensions(null);
const clock = fixedClock('2026-11-29', 480);
const words = 'the a system team latency review deploy cache index query writer reader platform metric incident design trade-off budget service owner'.split(' ');
const zh = '系统 团队 延迟 评审 部署 缓存 索引 查询 平台 指标 事故 设计 权衡 预算 服务'.split(' ');
const dimNames = ['expertise', 'Industry Insights', '跨领域知识', 'leadership', 'INFLUENCE', ''];

/** A small deterministic generator, so every run indexes the same texts. */
let seed = 42;
function rand(n: number): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
}

function sentence(chinese: boolean): string {
  const n = 8 + rand(18);
  const pool = chinese ? zh : words;
  const parts = Array.from({ length: n }, () => pool[rand(pool.length)]!);
  return chinese ? parts.join('') + '。' : parts.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.';
}

function makePost(i: number): string {
  const chinese = i % 5 === 0;
  const month = String(1 + rand(12)).padStart(2, '0');
  const day = String(1 + rand(28)).padStart(2, '0');
  const year = 2024 + rand(3);
  const style = i % 3;
  const fm: string[] = [`title: "Post ${i}: ${sentence(chinese).slice(0, 40)}"`];
  if (style === 0) fm.push(`date: ${year}-${month}-${day}`, `status: ${['idea', 'draft', 'review', 'published', 'published'][rand(5)]}`);
  if (style === 1) fm.push(`date: ${year}-${month}-${day}T09:30:00+08:00`, `draft: ${rand(4) === 0}`);
  if (style === 2) fm.push(`date: ${year}-${month}-${day} 08:00:00 +0000`, 'layout: post', `published: ${rand(5) !== 0}`);
  const dim = dimNames[rand(dimNames.length)]!;
  if (dim) fm.push(`dimension: ${dim}`);
  if (i % 7 === 0) fm.push('type: talk');
  fm.push(`tags: [${words[rand(words.length)]}, ${words[rand(words.length)]}]`, '# a comment the parser must skip');
  const body: string[] = [`# ${sentence(chinese)}`, ''];
  const paragraphs = 6 + rand(10);
  for (let p = 0; p < paragraphs; p++) {
    body.push(Array.from({ length: 3 + rand(4) }, () => sentence(chinese)).join(' '), '');
    if (p % 4 === 1) body.push('```ts', 'const x = await cache.get(key);', '# not a heading', '```', '');
    if (p % 5 === 2) body.push(`## ${sentence(chinese)}`, '', `- ${sentence(chinese)}`, `- ${sentence(chinese)}`, '');
  }
  return `---\n${fm.join('\n')}\n---\n\n${body.join('\n')}`;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]!;
}

function emit(name: string, value: number, unit: string, target: number | null): void {
  console.log(JSON.stringify({ name, value: Math.round(value * 100) / 100, unit, target }));
}

function run(): void {
  const texts = Array.from({ length: POSTS }, (_, i) => ({ path: `content/posts/${i}.md`, text: makePost(i) }));
  const totalWords = texts.reduce((n, t) => n + t.text.split(/\s+/).length, 0);

  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const index = new PostIndex({ dimensions, clock });
  for (const t of texts) index.upsert(t.path, t.text);
  const indexMs = performance.now() - t0;
  // CPU time as well: on a busy machine wall time includes waiting for a core, CPU time does not.
  const cpu = process.cpuUsage(cpu0);
  const indexCpuMs = (cpu.user + cpu.system) / 1000;
  if (index.size !== POSTS) throw new Error(`indexed ${index.size} posts, expected ${POSTS}`);

  const goals = parseGoalsFile(starterGoalsFile(), dimensions).goals;
  const t1 = performance.now();
  const posts = index.posts();
  summarizeDimensions(posts, dimensions, clock.today);
  buildDashboard({ posts, goals, dimensions, today: clock.today });
  const viewMs = performance.now() - t1;

  const edits: number[] = [];
  for (let k = 0; k < 500; k++) {
    const i = rand(POSTS);
    const text = texts[i]!.text.replace('title: "', `title: "Edited ${k} `);
    const s = performance.now();
    index.upsert(texts[i]!.path, text);
    edits.push(performance.now() - s);
  }

  emit(`posts index: ${POSTS} posts from scratch (${Math.round(totalWords / 1000)}k words)`, indexMs, 'ms', 2000);
  emit(`posts index: ${POSTS} posts from scratch, CPU time`, indexCpuMs, 'ms', 2000);
  emit(`posts index: sidebar + dashboard model over ${POSTS} posts`, viewMs, 'ms', null);
  emit('posts index: one changed file, median of 500', median(edits), 'ms', null);
  emit('posts index: one changed file, p95 of 500', p95(edits), 'ms', null);
}

/** Real posts: every Markdown file under a folder, read from disk first, then indexed and timed. */
function runFolder(folder: string): void {
  const files = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(md|markdown|mdx)$/i.test(e.name))
    .map((e) => join(e.parentPath, e.name));
  const texts = files.map((f) => ({ path: relative(folder, f).split('\\').join('/'), text: readFileSync(f, 'utf8') }));
  const index = new PostIndex({ dimensions, clock });
  const t0 = performance.now();
  index.upsertMany(texts);
  const ms = performance.now() - t0;
  const posts = index.posts();
  const problems = posts.reduce((n, p) => n + p.problems.length, 0);
  const statuses = posts.reduce<Record<string, number>>((acc, p) => ({ ...acc, [p.status]: (acc[p.status] ?? 0) + 1 }), {});
  emit(`posts index: ${files.length} files of ${folder} (${posts.length} posts, ${problems} front-matter problems, ${JSON.stringify(statuses)})`, ms, 'ms', null);
}

run();
for (const folder of process.argv.slice(2)) runFolder(folder);
