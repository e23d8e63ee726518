import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The API reads JSON (and CSV where a route says so); other content types are refused with 415.
 * JSON bodies must be valid UTF-8: a body with broken byte sequences is refused with a 400 instead
 * of being silently repaired. Parsing itself is Fastify's (prototype-poisoning safe).
 */
export function registerJsonParser(app: FastifyInstance): void {
  const defaultParser = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  // No route takes plain text: without this, a text/plain body reached validation as a string.
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (req, body, done) => {
    let text: string;
    try {
      text = strictUtf8.decode(body as Buffer);
    } catch {
      done(new AppError('malformed_json', { field: 'body', detail: 'The request body is not valid UTF-8.' }), undefined);
      return;
    }
    defaultParser(req, text, done);
  });
}
