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
