import type { FastifyInstance } from 'fastify';
import { Stream } from 'node:stream';
import { AppError } from '../errors';

const MAX_NAMED_DEPTH = 8;


/**
 * The first string in `value` that `matches`, as a field name (`body.members.0.givenName`); object
 * keys are checked too. Walks without recursion, so a deeply nested body cannot overflow the stack.
 * A streamed body (an upload) is not walked: its route reads it.
 */
export function findString(value: unknown, root: string, matches: (text: string) => boolean): string | null {
  const stack: { value: unknown; path: string[] }[] = [{ value, path: [root] }];
  while (stack.length) {
    const { value: current, path } = stack.pop()!;
    if (typeof current === 'string') {
      if (matches(current)) return path.join('.');
    } else if (typeof current === 'object' && current !== null && !(current instanceof Stream)) {
      for (const [key, child] of Object.entries(current)) {
        if (matches(key)) return path.join('.');
        stack.push({ value: child, path: path.length < MAX_NAMED_DEPTH ? [...path, key] : path });
      }
    }
  }
  return null;
}

/**
 * PostgreSQL text cannot hold a NUL character: a string with one would fail deep in a query as a
 * 500. Refuse it up front as a 400 that names the field.
 */
export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', (req, _reply, done) => {
    for (const [value, root] of [[req.params, 'path'], [req.query, 'query'], [req.body, 'body']] as const) {
      const field = findString(value, root, (text) => text.includes('\u0000'));
      if (field) throw new AppError('validation_failed', { field, detail: 'Text may not contain the NUL character (\\u0000).' });
    }
    done();
  });
}
