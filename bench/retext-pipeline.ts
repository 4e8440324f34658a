/**
 * The retext pipeline the benchmark compares Lectern with: remark-parse → remark-retext → retext-english with rules
 * comparable to Lectern's (retext-equality for insensitive language, -passive, -simplify, -intensify for weasel words).
 * Used in-process by bench/bench.ts and as a whole process by bench/retext-cli.ts.
 */
export async function retextPipeline(): Promise<(text: string) => Promise<number>> {
  const [{ unified }, remarkParse, remarkRetext, retextEnglish, retextEquality, retextPassive, retextSimplify, retextIntensify] = await Promise.all([
    import('unified'), import('remark-parse'), import('remark-retext'), import('retext-english'), import('retext-equality'),
    import('retext-passive'), import('retext-simplify'), import('retext-intensify'),
  ]);
  const english = unified().use(retextEnglish.default).use(retextEquality.default).use(retextPassive.default)
    .use(retextSimplify.default).use(retextIntensify.default);
  let messages = 0;
  const processor = unified().use(remarkParse.default).use(remarkRetext.default, english as never)
    .use(() => (_tree: unknown, file: { messages: unknown[] }) => { messages = file.messages.length; });
  // remark-retext runs its retext processor asynchronously, so `runSync` is not available for this pipeline.
  return async (text) => {
    await processor.run(processor.parse(text), text);
    return messages;
  };
}
