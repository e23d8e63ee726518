import { inflateSync } from 'node:zlib';

/**
 * The text a PDF reader would select: the hex strings of each text operator, page streams inflated.
 * Shared by the server's print test and the browser test that downloads the PDF.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const lines: string[] = [];
  for (let at = raw.indexOf('stream\n'); at >= 0; at = raw.indexOf('stream\n', at + 1)) {
    const end = raw.indexOf('endstream', at);
    let content: string;
    try {
      content = inflateSync(pdf.subarray(at + 7, end)).toString('latin1');
    } catch {
      continue;
    }
    for (const op of content.matchAll(/\[(.*?)\] TJ/g))
      lines.push([...(op[1] ?? '').matchAll(/<([0-9a-f]*)>/g)].map((m) => Buffer.from(m[1] ?? '', 'hex').toString('latin1')).join(''));
  }
  return lines.join(' ').replace(/\s+/g, ' ');
}
