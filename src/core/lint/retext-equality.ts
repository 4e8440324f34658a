/**
 * The heavy half of `inclusive-language` (see providers.ts for why it is separate): retext-equality run
 * synchronously (`parse` + `runSync`) over a masked prose block. The block text is the same length as its source
 * span, so retext's offsets are block offsets with no mapping table in between. The rule itself (allow lists,
 * messages, suggestions) is rules/wordlist-inclusive-language.ts. Nothing in the core imports this module: hosts
 * hand `runRetextEquality` to the engine as `LintProviders.retextEquality`.
 */
import { unified, type Processor } from 'unified';
import retextEnglish from 'retext-english';
import retextEquality from 'retext-equality';
import type { Root } from 'nlcst';
import type { VFileMessage } from 'vfile-message';
import type { EqualityMessage } from './providers';

type EqualityProcessor = Processor<Root, Root, Root>;
interface Run { messages: VFileMessage[] }

/**
 * Processors are costly to build (retext-equality compiles its phrase index), so keep one per ignore list. A memo:
 * a processor depends only on its ignore list, and `run` is reset before and read right after each synchronous run.
 */
const processors = new Map<string, { processor: EqualityProcessor; run: Run }>();

function processorFor(ignore: readonly string[]): { processor: EqualityProcessor; run: Run } {
  const key = ignore.join('\u0000');
  let entry = processors.get(key);
  if (!entry) {
    const run: Run = { messages: [] };
    const processor = unified()
      .use(retextEnglish)
      .use(retextEquality, { ignore: [...ignore] })
      // Hands the messages of the last run back to the caller: runSync makes a fresh file per call.
      .use(() => (_tree, file) => { run.messages = file.messages; }) as unknown as EqualityProcessor;
    processor.freeze();
    entry = { processor, run };
    if (processors.size > 16) processors.clear();
    processors.set(key, entry);
  }
  return entry;
}

export function runRetextEquality(text: string, ignore: readonly string[]): EqualityMessage[] {
  const { processor, run } = processorFor(ignore);
  run.messages = [];
  processor.runSync(processor.parse(text));
  const out: EqualityMessage[] = [];
  for (const m of run.messages) {
    const place = m.place;
    const start = place && 'start' in place ? place.start.offset : undefined;
    const end = place && 'end' in place ? place.end.offset : undefined;
    if (start === undefined || end === undefined) continue;
    out.push({ start, end, expected: Array.isArray(m.expected) ? m.expected.filter((e): e is string => typeof e === 'string') : [] });
  }
  return out;
}
