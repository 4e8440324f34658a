/**
 * Bytes ↔ text for Markdown files. A leading BOM is stripped before linting (VS Code hides it too), so line and
 * column numbers match the editor's; `--fix` puts it back so the file keeps its encoding signature.
 */
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
