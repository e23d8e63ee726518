import type { ImportProblem } from './row-set';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes an uploaded file (base64) as UTF-8, with or without BOM. Anything else — UTF-16 (its
 * BOM or NUL bytes), Windows-1252/Latin-1 bytes that are not valid UTF-8 — is refused by name.
 */
export function decodeFile(file: string, base64: string): { text: string } | { problem: ImportProblem } {
  const bytes = Buffer.from(base64, 'base64');
  const refuse = (message: string) => ({ problem: { file, code: 'encoding' as const, message } });
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bytes.subarray(0, 200).includes(0))
    return refuse('The file is UTF-16, not UTF-8. Save it as "CSV UTF-8" (or JSON in UTF-8) and upload again.');
  try {
    return { text: strictUtf8.decode(bytes) };
  } catch {
    return refuse('The file is not UTF-8 (it has bytes of another encoding, such as Windows-1252). Save it as "CSV UTF-8" and upload again.');
  }
}
