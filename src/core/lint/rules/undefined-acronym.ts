import { documentRule, type BlockContext, type BlockKind } from '../rule-types';

/**
 * Acronyms every technical reader knows. Extend with the rule's `allow` option or the config's `allow` list.
 * Uses in headings are not judged (a heading often names the topic before the body defines it), but a
 * definition in a heading counts.
 */
export const COMMON_ACRONYMS = ('API APIS HTTP HTTPS JSON URL URI CPU GPU SQL HTML CSS XML YAML CSV PDF PNG JPEG GIF SVG ' +
  'RAM ROM SSD HDD USB OS IO UI UX ID IDS IP TCP UDP DNS SSH SSL TLS VPN LAN WAN AWS GCP CI CD PR PRS QA FAQ OK TV ' +
  'AI ML NLP LLM IDE SDK CLI GUI REST RPC GRPC JWT SSO MFA OAUTH UTF ASCII ISO UTC GMT AM PM US USA UK EU UN CEO CTO ' +
  'VP HR PHP JS TS NPM JVM JDK IBM HP MIT NASA PC MAC CMS CDN SMTP FTP MVP KPI OKR ROI SLA SLO SLI BTW FYI TBD TODO ' +
  'README LGTM RSS DIY ASAP ETA N/A PS GB MB KB TB GHZ MHZ HD DVD CD-ROM AMD ARM RISC NFS RAID NVME PCI PCIE GPS ' +
  'WWW HTML5 CSS3 ES6 XSS CSRF CORS DOM SPA SEO GDPR MD RFC JSX SSR IRC OSS RSA SHA AES JIT AOT GC VM VMS WASM ' +
  'HTTP2 HTTP3 QUIC GNU BSD MSDN ARM64 X86 AMD64 LTS RC GA EOF EOL CRLF LF UUID GUID JPG MP3 MP4 TCP/IP LLVM GCC ' +
  'IOT AR VR NFT DB SDKS CVE DDOS DOS SMS LED LCD CEO CFO COO TLDR IMHO AFAIK ETC VS').split(' ');

/**
 * Words people write in capitals for emphasis or as names of things (the PATH variable, a NOTE callout) that are
 * not acronyms, seen as noise on real posts.
 */
const SHOUTED_WORDS = new Set(('NOTE WARNING IMPORTANT TIP CAUTION DANGER INFO PATH HOME USER NEW FREE NOT ALL AND OR THE ' +
  'NO YES STOP DONE ONLY NEVER ALWAYS MUST SHOULD MAY NOW WIP FIXME XXX HACK').split(' '));

const ROMAN = /^(?=[IVXLCDM]+$)M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

interface Event {
  /** The acronym without a plural s. */
  acronym: string;
  start: number;
  end: number;
  defines: boolean;
}

interface Facts {
  events: Event[];
}

function collect(ctx: BlockContext, options: { allow: string[] }): Facts {
  const events: Event[] = [];
  const { words, text } = ctx;
  // English rules stay out of Chinese sentences: an acronym there is not judged, but a definition still counts.
  const inCjk = new Uint8Array(words.length);
  for (const s of ctx.sentences) if (s.cjk) inCjk.fill(1, s.firstWord, s.firstWord + s.wordCount);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.cjk || w.text.length < 2 || w.text.length > 10) continue;
    // The pattern needs a capital, then a capital or a digit: most words fail here, without running it.
    const c0 = w.text.charCodeAt(0);
    const c1 = w.text.charCodeAt(1);
    if (c0 < 65 || c0 > 90 || !((c1 >= 65 && c1 <= 90) || (c1 >= 48 && c1 <= 57))) continue;
    const m = /^([A-Z][A-Z0-9]*[A-Z][A-Z0-9]*)(s?)$/.exec(w.text);
    if (!m) continue;
    const acronym = m[1]!;
    if (ROMAN.test(acronym) || /^[A-Z]\d+$/.test(acronym) || SHOUTED_WORDS.has(acronym)) continue;
    // TL;DR is one abbreviation that the tokenizer sees as two words.
    if (/^TL;DR/i.test(text.slice(w.start, w.start + 5)) || /TL;$/i.test(text.slice(Math.max(0, w.start - 3), w.start))) continue;
    if (COMMON.has(acronym) || ctx.allow.has(acronym.toLowerCase()) || ctx.allow.has(w.lower)
      || options.allow.some((a) => a.toUpperCase() === acronym)) continue;
    const defines = isDefinition(text, words, i, acronym);
    if (inCjk[i] && !defines) continue;
    events.push({ acronym, start: w.start, end: w.end, defines });
  }
  return { events };
}

const COMMON = new Set(COMMON_ACRONYMS);
const SMALL = new Set(['of', 'and', 'the', 'for', 'to', 'in', 'on', 'a', 'an', '&', 'as', 'by', 'with']);

/** "Site Reliability Engineering (SRE)", "SRE (Site Reliability Engineering)", "SRE stands for …", "SRE, or …". */
function isDefinition(text: string, words: BlockContext['words'], i: number, acronym: string): boolean {
  const w = words[i]!;
  const before = text.slice(Math.max(0, w.start - 3), w.start);
  const after = text.slice(w.end, w.end + 3);
  // Chinese style: 每秒查询率（QPS） or 每秒查询率(QPS) right after Han characters.
  if (/[（(]\s*$/.test(before) && /^\s*[）)]/.test(after) && i > 0 && words[i - 1]!.cjk) return true;
  // "abstract syntax tree (or AST)", "(aka AST)", "(short for …)" name the acronym inside the parenthesis.
  const lead = /\((?:or|aka|a\.k\.a\.|i\.e\.,?|hereafter|henceforth|called|known as)\s+$/i.exec(text.slice(Math.max(0, w.start - 16), w.start));
  if (lead && /^\s*[),;]/.test(after)) {
    let k = i - 1;
    while (k >= 0 && words[k]!.start > w.start - lead[0].length) k--;
    return initialsBefore(words, k + 1, acronym.length + 3).includes(acronym[0]!.toLowerCase());
  }
  if (/\(\s*$/.test(before) && /^\s*[),;]/.test(after)) {
    // The words before the parenthesis: their initials (small words skipped) should spell the acronym, or at least
    // start with its first letter (people write "Kubernetes (K8S)").
    const initials = initialsBefore(words, i, acronym.length + 3);
    return initials.includes(acronym[0]!.toLowerCase());
  }
  const next = words[i + 1];
  if (next && /^\s*\(\s*$/.test(text.slice(w.end, next.start)) && next.lower[0] === acronym[0]!.toLowerCase()) return true;
  if (next && next.lower === 'stands' && words[i + 2]?.lower === 'for') return true;
  if (next && /^,\s*$/.test(text.slice(w.end, next.start)) && next.lower === 'or' && words[i + 2]?.lower[0] === acronym[0]!.toLowerCase()) return true;
  return false;
}

function initialsBefore(words: BlockContext['words'], i: number, count: number): string {
  let out = '';
  for (let k = i - 1; k >= 0 && k >= i - count; k--) {
    const w = words[k]!;
    if (!SMALL.has(w.lower)) out = w.lower[0] + out;
  }
  return out;
}

export default documentRule<{ allow: string[] }, Facts>({
  id: 'undefined-acronym',
  description: 'An all-caps acronym used before it has been defined, as in "Site Reliability Engineering (SRE)".',
  defaultSeverity: 'hint',
  strict: { severity: 'info', calm: 'Many capitalised words in engineering posts are names, not acronyms to spell out (a product, a company, a person\'s initials): judged by hand on 20 findings in others\' posts, 11 were acronyms a reader would want defined (docs/hand-judged.md). The calm default shows them as hints (dotted underline, not in the Problems panel); strict as information.' },
  fixable: false,
  allowListable: true,
  scope: 'document',
  options: { allow: [] },
  why: 'Not every reader knows your team\'s acronyms. Spell an acronym out the first time; common ones (API, HTTP, JSON…) are allowed.',
  example: {
    bad: 'Our SRE rotation has four people.',
    good: 'Our Site Reliability Engineering (SRE) rotation has four people.',
  },
  notes: 'An acronym is a word of 2–10 characters in capitals (digits allowed, plural *s* allowed: *SLOs*). Definitions: `Full Name (ACR)` (the words before the parenthesis must include the acronym\'s first letter as an initial), `ACR (Full Name)`, `ACR stands for …`, `ACR, or Full …`, and Chinese style `全称（ACR）`. Only the first undefined use of each acronym is reported. **Headings are not judged** (a heading often names the topic before the body defines it), but a definition in a heading counts. Not judged: Roman numerals, a letter plus digits (*S3*, *K8*), acronyms in Chinese sentences, a built-in list of ~200 common ones (API, HTTP, JSON, URL, CPU, SQL, HTML, CSS, RFC, SSR…), the rule\'s `allow` option and the config\'s `allow` list (case-insensitive).',
  examples: {
    ok: ['Our Site Reliability Engineering (SRE) rotation is small. The SRE team likes it.', 'The API returns JSON over HTTP.', 'SRE (Site Reliability Engineering) is a discipline.', 'Chapter IV covers it.',
      'We walk the abstract syntax tree (or AST) and the AST tells us more.', 'TL;DR: it works.', 'Add it to your PATH.',
      'Open VS Code and run it.'],
    notOk: ['Our SRE rotation has four people.', 'The SRE team grew. Site Reliability Engineering (SRE) is hard.'],
  },
  collect,
  finish(items) {
    const defined = new Set<string>();
    const flagged = new Set<string>();
    const out = [];
    for (const item of items) {
      const heading = item.kind === ('heading' satisfies BlockKind);
      for (const e of item.facts.events) {
        if (e.defines) { defined.add(e.acronym); continue; }
        if (heading || defined.has(e.acronym) || flagged.has(e.acronym)) continue;
        flagged.add(e.acronym);
        out.push({
          messageId: 'undefined',
          data: { acronym: e.acronym },
          range: { start: item.start + e.start, end: item.start + e.end },
        });
      }
    }
    return out;
  },
});
