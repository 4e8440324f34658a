/**
 * fast-check generators of Markdown documents a workspace can really hold, and some it should never hold: every
 * Markdown construct, front matter (YAML, TOML, broken, alias-heavy), CJK, emoji, right-to-left text, lone
 * surrogates, NUL, a BOM, CR/LF/CRLF, deep nesting and (rarely) very long lines.
 */
import fc from 'fast-check';

/** Words that make rules fire (and fix), mixed with plain ones. */
const WORDS = ['the', 'the the', 'report', 'was written', 'is is', 'very', 'simply', 'utilize', 'in order to', 'a hour',
  'an user', 'SRE', 'API', 'TLA (Three Letter Acronym)', 'basically', 'obviously', 'Consequently', 'modernization',
  'we', 'ran', 'ran ran', 'tests', 'it', 'just', 'really', 'leverage', 'a', 'an', 'and', 'of', 'was deployed by'];
/** Text that is hard for offsets: CJK, emoji (surrogate pairs, ZWJ, flags, skin tones), RTL, combining marks. */
const HARD = ['中文', '测试句子。', '日本語の文', '한국어', '😀', '👩‍💻', '🇨🇳', '👍🏽', 'שלום', 'مرحبا', '\u200f', '\u202e',
  'é', 'e\u0301', '\u00a0', '\u2028', '\ufeff', '\t', '\u0000', '\ud800', '\udc00', '\udbff', '\ud83d', 'Ａ', '…', '—', '“q”'];

const word = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...WORDS) }, { weight: 2, arbitrary: fc.constantFrom(...HARD) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: 'grapheme' }) }, { weight: 1, arbitrary: fc.string({ maxLength: 4, unit: 'binary' }) });
const sep = fc.constantFrom(' ', ' ', ' ', '', ', ', '. ', '! ', '? ', '。', '，', '  ', '\t');

/** A run of inline text: words, inline Markdown (emphasis, code, links, images, HTML, autolinks, escapes). */
export const inline: fc.Arbitrary<string> = fc.array(fc.oneof(
  { weight: 8, arbitrary: fc.tuple(word, sep).map(([w, s]) => w + s) },
  { weight: 1, arbitrary: word.map((w) => `*${w}*`) },
  { weight: 1, arbitrary: word.map((w) => `**${w}**`) },
  { weight: 1, arbitrary: word.map((w) => `\`${w}\``) },
  { weight: 1, arbitrary: fc.tuple(word, word).map(([a, b]) => `[${a}](http://x.test/${encodeURI(b.replace(/[\ud800-\udfff]/g, ''))})`) },
  { weight: 1, arbitrary: word.map((w) => `![${w}](img.png "t")`) },
  { weight: 1, arbitrary: fc.constantFrom('<b>', '</b>', '<br/>', '<https://x.test>', '\\*', '&amp;', '&#x1F600;', '[^1]', '$x$', '~~x~~', '<!-- c -->', '*', '_', '`', '[', ']', '(', ')', '|') },
), { maxLength: 30 }).map((parts) => parts.join(''));

const depth = fc.integer({ min: 1, max: 12 });

/** One block of Markdown (line breaks are \n here; the document picks its line ending later). */
export const block: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: inline.map((t) => t + '\n') },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 7 }), inline).map(([n, t]) => `${'#'.repeat(n)} ${t}\n`) },
  { weight: 1, arbitrary: fc.tuple(inline, fc.constantFrom('===', '---')).map(([t, u]) => `${t}\n${u}\n`) },
  { weight: 2, arbitrary: fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.constantFrom('- ', '* ', '1. ', '2) ', '- [ ] '), inline), { maxLength: 8 })
    .map((items) => items.map(([d, m, t]) => `${'  '.repeat(d)}${m}${t}\n`).join('')) },
  { weight: 1, arbitrary: fc.tuple(depth, inline).map(([d, t]) => `${'> '.repeat(d)}${t}\n`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('```', '~~~', '````'), fc.constantFrom('', 'js', 'md'), inline, fc.boolean())
    .map(([f, lang, t, closed]) => `${f}${lang}\n${t}\n${closed ? f + '\n' : ''}`) },
  { weight: 1, arbitrary: inline.map((t) => `    ${t}\n`) },
  { weight: 1, arbitrary: fc.array(inline, { minLength: 1, maxLength: 4 }).map((cells) => `| ${cells.join(' | ')} |\n|${cells.map(() => '---').join('|')}|\n| ${cells.reverse().join(' | ')} |\n`) },
  { weight: 1, arbitrary: inline.map((t) => `<div>\n${t}\n</div>\n`) },
  { weight: 1, arbitrary: fc.constantFrom('<!-- lectern-disable -->\n', '<!-- lectern-enable -->\n', '<!-- lectern-disable passive-voice -->\n',
    '<!-- lectern-disable-next-line repeated-word -->\n', '<!-- lectern-disable nonsense-rule -->\n', '<!-- unclosed comment\n', '---\n', '***\n',
    '[^1]: A footnote.\n', '$$\nx^2\n$$\n', '[ref]: http://x.test\n', '\n\n\n') },
  // Deep nesting: lists, quotes, brackets and emphasis a parser must not recurse on without bound.
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 50, max: 600 }), fc.constantFrom('> ', '- ', '[', '*', '(', '<div>', '  ', '`', '\\', '![', '#'))
    .map(([n, s]) => s.repeat(n) + 'x\n') },
);

const yamlValue = fc.oneof(fc.constantFrom('2024-01-05', '2099-12-31', 'not a date', 'true', 'false', '~', '[a, b]', '"quoted: yes"', "'single'",
  '|\n  block\n  text', '{a: 1}', '*undefined_alias', '&anc value', '12', '中文', 'expertise', 'leadership', 'published', 'draft'), inline.map((t) => JSON.stringify(t)));
const yamlKey = fc.constantFrom('title', 'date', 'status', 'draft', 'published', 'dimension', 'tags', 'type', 'url', 'pubDate', 'publishDate', 'related', 'lectern', 'x-other');

/** Front matter: valid YAML, TOML, broken, unclosed, alias-heavy, or none. */
export const frontMatter: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.constant('') },
  { weight: 4, arbitrary: fc.array(fc.tuple(yamlKey, yamlValue), { maxLength: 8 }).map((kv) => `---\n${kv.map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n`) },
  { weight: 1, arbitrary: fc.array(fc.tuple(yamlKey, yamlValue), { maxLength: 5 }).map((kv) => `---\n${kv.map(([k, v]) => `${k}: ${v}`).join('\n')}\n`) },
  { weight: 2, arbitrary: fc.array(fc.tuple(yamlKey, fc.constantFrom('"a"', '2024-01-05', 'true', '[1, 2]', '"x', 'x = y', '{ a = 1 }', '1979-05-27T07:32:00Z')), { maxLength: 6 })
    .map((kv) => `+++\n${kv.map(([k, v]) => `${k} = ${v}`).join('\n')}\n+++\n`) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 2, max: 9 }), fc.integer({ min: 2, max: 9 })).map(([levels, width]) => {
    const lines = ['a0: &a0 [' + Array(width).fill('x').join(', ') + ']'];
    for (let i = 1; i < levels; i++) lines.push(`a${i}: &a${i} [` + Array(width).fill(`*a${i - 1}`).join(', ') + ']');
    return `---\n${lines.join('\n')}\ntitle: t\n---\n`;
  }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 80, unit: 'binary' }).map((s) => `---\n${s}\n---\n`) },
  { weight: 1, arbitrary: fc.constantFrom('---\n---\n', '---\n', '---\n- a\n- b\n---\n', '---\ntitle: a\ntitle: b\n---\n', '+++\ntitle = "a"\ntitle = "b"\n+++\n',
    '---\n' + '['.repeat(400) + '\n---\n', '---\n' + '- '.repeat(300) + 'x\n---\n', '---\nlectern:\n  override: [a]\n---\n') },
);

export interface GeneratedDocument {
  text: string;
  /** How it was generated, for the failure message. */
  eol: string;
}

/**
 * A whole document. `longLineWeight` controls how often a 100 KB – 1 MB line is added (never in CI, where every
 * case must be quick).
 */
export function documents(options: { longLineWeight?: number } = {}): fc.Arbitrary<GeneratedDocument> {
  const body = fc.array(block, { maxLength: 25 });
  const longLine = fc.integer({ min: 100_000, max: 1_000_000 }).map((n) => 'word '.repeat(Math.ceil(n / 5)).slice(0, n) + '\n');
  // About one document in 500 per unit of weight gets one 100 KB – 1 MB line somewhere among its blocks.
  const withLong = options.longLineWeight
    ? fc.oneof({ weight: 500, arbitrary: body }, { weight: options.longLineWeight, arbitrary: fc.tuple(body, longLine, fc.nat()).map(([b, l, at]) => {
      const out = [...b];
      out.splice(at % (b.length + 1), 0, l);
      return out;
    }) })
    : body;
  return fc.tuple(fc.boolean(), frontMatter, withLong, fc.constantFrom('\n', '\r\n', '\r', 'mixed')).map(([bom, fm, blocks, eol]) => {
    let text = fm + blocks.join('\n');
    if (eol === 'mixed') text = text.split('\n').map((l, i) => l + (i % 3 === 0 ? '\r\n' : i % 3 === 1 ? '\n' : '\r')).join('').slice(0, -1);
    else text = text.replace(/\n/g, eol);
    return { text: (bom ? '\ufeff' : '') + text, eol };
  });
}

/** A random edit: what typing, deleting and pasting do to a text. */
export const edit = fc.tuple(fc.nat(), fc.nat({ max: 12 }), fc.oneof(word, fc.constantFrom('\n', '\r\n', '```\n', '# ', '- ', '> ', '<!-- ', '-->', '---\n', '|', '`', '\n\n')));

export function applyEdit(text: string, [at, remove, insert]: [number, number, string]): string {
  const start = text.length === 0 ? 0 : at % (text.length + 1);
  return text.slice(0, start) + insert + text.slice(Math.min(text.length, start + remove));
}
