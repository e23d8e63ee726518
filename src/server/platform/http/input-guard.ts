import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors';

const MAX_NAMED_DEPTH = 8;

/** Parsed JSON (plain objects and arrays): not a body that a route takes as a stream (an upload). */
const isParsed = (value: object): boolean => {
  const proto = Object.getPrototypeOf(value) as unknown;
  return Array.isArray(value) || proto === Object.prototype || proto === null;
};

/**
 * The first string in `value` that `matches`, as a field name (`body.members.0.givenName`); object
 * keys are checked too. Walks without recursion, so a deeply nested body cannot overflow the stack.
 * Only parsed values are walked: a streamed body (an upload) is read by its route.
 */
export function findString(value: unknown, root: string, matches: (text: string) => boolean): string | null {
  const stack: { value: unknown; path: string[] }[] = [{ value, path: [root] }];
  while (stack.length) {
    const { value: current, path } = stack.pop()!;
    if (typeof current === 'string') {
      if (matches(current)) return path.join('.');
    } else if (typeof current === 'object' && current !== null && isParsed(current)) {
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
  app.addHook('preValidation', async (req) => {
    for (const [value, root] of [[req.params, 'path'], [req.query, 'query'], [req.body, 'body']] as const) {
      const field = findString(value, root, (text) => text.includes('\u0000'));
      if (field) throw new AppError('validation_failed', { field, detail: 'Text may not contain the NUL character (\\u0000).' });
    }
  });
}
