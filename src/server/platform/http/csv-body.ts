import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * CSV uploads (`text/csv`) arrive as a string. UTF-8 with or without BOM is accepted; any other
 * encoding (e.g. Windows-1252 from a spreadsheet) is refused with a clear message.
 */
export function registerCsvParser(app: FastifyInstance): void {
  app.addContentTypeParser('text/csv', { parseAs: 'buffer' }, (_req, body, done) => {
    try {
      done(null, strictUtf8.decode(body as Buffer));
    } catch {
      done(new AppError('unsupported_media_type', { field: 'body', detail: 'The file is not UTF-8. Save it as "CSV UTF-8" and upload again.' }), undefined);
    }
  });
}
