/**
 * Bytes ↔ text for Markdown files. A leading BOM is stripped before linting (VS Code hides it too), so line and
 * column numbers match the editor's; `--fix` puts it back so the file keeps its encoding signature.
 */
import type { CliFs } from './fs';
import { describeRefusal, refuseBytes, refuseSize } from '../core/text-bytes';

export interface DecodedText {
  text: string;
  bom: boolean;
}

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const encoder = new TextEncoder();

export function decodeText(bytes: Uint8Array): DecodedText {
  const raw = decoder.decode(bytes);
  if (raw.charCodeAt(0) === 0xfeff) return { text: raw.slice(1), bom: true };
  return { text: raw, bom: false };
}

export function encodeText({ text, bom }: DecodedText): Uint8Array {
  return encoder.encode(bom ? '\ufeff' + text : text);
}

/** A content file read as text, or why it was not: one line for the CLI to print after the file's path. */
export type ReadText =
  | { ok: true; decoded: DecodedText; bytes: Uint8Array }
  | { ok: false; reason: string };

/**
 * Reads a Markdown file for linting or indexing. Never throws: a file that vanished, cannot be read, is binary, is
 * not UTF-8 or is over `maxSize` bytes (0: no limit) comes back as a reason, so one bad file never stops a run.
 * The size is checked from a stat first: a file over the limit is refused without being read.
 */
export async function readTextFile(fs: Pick<CliFs, 'stat' | 'readFile'>, absolute: string, maxSize: number): Promise<ReadText> {
  let bytes: Uint8Array;
  try {
    const stat = await fs.stat(absolute);
    if (!stat) return { ok: false, reason: 'cannot read (ENOENT)' };
    if (stat.kind === 'directory') return { ok: false, reason: 'cannot read (EISDIR)' };
    const tooLarge = refuseSize(stat.size, maxSize);
    if (tooLarge) return { ok: false, reason: describeRefusal(tooLarge) };
    bytes = await fs.readFile(absolute);
  } catch (error) {
    return { ok: false, reason: `cannot read (${errorCode(error)})` };
  }
  const refusal = refuseBytes(bytes, maxSize);
  if (refusal) return { ok: false, reason: describeRefusal(refusal) };
  return { ok: true, decoded: decodeText(bytes), bytes };
}

export function errorCode(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') return error.code;
  return error instanceof Error ? error.message : String(error);
}
