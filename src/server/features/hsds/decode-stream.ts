import { Readable, type Duplex } from 'node:stream';

/** A file that is not UTF-8: refused by name, with what to do about it. */
export class EncodingProblem extends Error {}

/**
 * The text of a file's bytes, chunk by chunk, as UTF-8 with or without BOM (the BOM is dropped).
 * Anything else — UTF-16 (its BOM or NUL bytes in the first 200 bytes), Windows-1252/Latin-1
 * bytes that are not valid UTF-8 — throws an EncodingProblem, wherever in the file it shows.
 */
export async function* decodeUtf8(bytes: AsyncIterable<Buffer> | Readable): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let head = Buffer.alloc(0);
  let checked = false;
  const decode = (chunk: Buffer, stream: boolean) => {
    try {
      return decoder.decode(chunk, { stream });
    } catch {
      throw new EncodingProblem('The file is not UTF-8 (it has bytes of another encoding, such as Windows-1252). Save it as "CSV UTF-8" and upload again.');
    }
  };
  const checkHead = () => {
    checked = true;
    if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff) || head.subarray(0, 200).includes(0))
      throw new EncodingProblem('The file is UTF-16, not UTF-8. Save it as "CSV UTF-8" (or JSON in UTF-8) and upload again.');
  };
  for await (const chunk of bytes as AsyncIterable<Buffer>) {
    if (!checked) {
      head = Buffer.concat([head, chunk]);
      if (head.length < 200) continue;
      checkHead();
      const text = decode(head, true);
      head = Buffer.alloc(0);
      if (text) yield text;
      continue;
    }
    const text = decode(chunk, true);
    if (text) yield text;
  }
  if (!checked) checkHead();
  const rest = decode(head, false);
  if (rest) yield rest;
}

/** Text chunks piped into a parser stream, with the source's errors (an EncodingProblem) passed on to it. */
export function parseText<T extends Duplex>(text: AsyncIterable<string>, parser: T): T {
  const source = Readable.from(text);
  source.once('error', (error) => parser.destroy(error));
  return source.pipe(parser);
}
