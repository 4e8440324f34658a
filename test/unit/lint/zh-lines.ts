/**
 * A seeded generator of mixed Chinese/English lines for the typography tests (the fix-all fixed point and the
 * differential test against autocorrect and zhlint). The pieces are our own: Han words, Latin words and names,
 * digits, half- and full-width punctuation, full-width letters and digits, and spaces in the wrong places.
 */
import { prng } from '../helpers/prng';

const HAN = ['我们', '使用', '部署到', '台', '服务器', '版本', '发布了', '欢迎', '试用', '数据库', '查询', '文档', '配置', '日志',
  '用户', '性能', '提升', '接口', '团队', '周末'];
const LATIN = ['React', 'Go', 'Node', 'API', 'GitHub', 'release', 'cache', 'CLI', 'docs', 'Vue'];
const DIGITS = ['3', '20', '2024', '128', '7'];
const FULL_ALNUM = ['１２', 'ＡＰＩ', 'ｖ２', 'Ｇｏ', '３'];
const HALF_PUNCT = [',', '.', '!', '?', ':', ';'];
const FULL_PUNCT = ['，', '。', '！', '？', '：', '；', '、'];
const SPACES = [' ', ' ', '  '];

export interface LineOptions {
  /** Also full-width alnum pieces (fullwidth-alnum). */
  fullwidthAlnum?: boolean;
  /** Also half-width punctuation pieces (zh-fullwidth-punctuation). */
  halfPunctuation?: boolean;
  /** Also full-width punctuation and stray spaces (zh-no-space-fullwidth). */
  fullPunctuation?: boolean;
  /** Also extra noise: repeated marks, ellipses, quotes, code, URLs, percentages (the fixed-point test). */
  noise?: boolean;
}

const NOISE = ['！！', '？？', '。。', '。。。', '...', '“', '”', '《书》', '**', '`code`', 'https://example.com/a', '（注）',
  'v2.1', 'It works.', '20%', '30°', '2024年', '的', '了'];

/** `count` lines from `seed`; each starts with a Han word (so it is a Chinese line) and ends with a full stop. */
export function mixedLines(seed: number, count: number, options: LineOptions = {}): string[] {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const pools: Array<readonly string[]> = [HAN, HAN, HAN, LATIN, DIGITS];
  if (options.fullwidthAlnum) pools.push(FULL_ALNUM);
  if (options.halfPunctuation) pools.push(HALF_PUNCT);
  if (options.fullPunctuation) pools.push(FULL_PUNCT, SPACES);
  if (options.noise) pools.push(NOISE, NOISE, SPACES, HALF_PUNCT, FULL_PUNCT);
  const lines: string[] = [];
  for (let n = 0; n < count; n++) {
    let line = pick(HAN);
    const len = 3 + Math.floor(random() * 10);
    for (let k = 0; k < len; k++) line += pick(pick(pools));
    lines.push(line + pick(HAN) + '。');
  }
  return lines;
}

const TYPO_HAN = ['我们', '使用', '部署到', '台', '服务器', '发布了', '欢迎', '试用', '查询', '文档', '配置', '性能', '提升', '团队', '上线',
  '成本', '很高', '但', '值得', '这个', '接口'];
const TYPO_LATIN = ['React', 'Go', 'API', 'GitHub', 'cache', 'CLI', 'Kafka', 'release', 'docs'];
const TYPO_DIGITS = ['3', '20', '128', '7'];
const TYPO_FULL_ALNUM = ['ＡＰＩ', '１２', 'Ｇｏ', '３'];
const TYPO_HALF = [',', '.', '!', '?', ':', ';'];
const TYPO_FULL = ['，', '。', '！', '？', '：', '；'];

/**
 * Lines for the typography rules where Lectern and the peer formatters share a convention: Han words, Latin words,
 * digits, full-width letters and digits, a half-width or a full-width mark after a word, and stray spaces. Each line
 * is a Chinese sentence (it starts with a Han word and ends with 。). Now and then a title in 《》; no quotes, other
 * brackets, URLs or code (the conventions differ there, or the peers do not mask them).
 */
export function typographyLines(seed: number, count: number): string[] {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const lines: string[] = [];
  for (let n = 0; n < count; n++) {
    let line = pick(TYPO_HAN);
    const len = 2 + Math.floor(random() * 8);
    for (let k = 0; k < len; k++) {
      const r = random();
      const word = r < 0.43 ? pick(TYPO_HAN) : r < 0.45 ? `《${pick(TYPO_HAN)}》` : r < 0.65 ? pick(TYPO_LATIN) : r < 0.8 ? pick(TYPO_DIGITS) : pick(TYPO_FULL_ALNUM);
      const gap = random() < 0.25 ? ' ' : '';
      line += gap + word;
      const p = random();
      if (p < 0.12) line += pick(TYPO_HALF) + (random() < 0.3 ? ' ' : '') + pick(TYPO_HAN);
      else if (p < 0.24) line += (random() < 0.3 ? ' ' : '') + pick(TYPO_FULL) + (random() < 0.3 ? ' ' : '') + pick(TYPO_HAN);
    }
    lines.push(line + pick(TYPO_HAN) + '。');
  }
  return lines;
}
