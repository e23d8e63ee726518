import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './errors';

/** ETag of a versioned resource: a weak tag of its version number, e.g. `W/"3"`. */
export const etagOf = (version: number): string => `W/"${version}"`;

export function sendVersion(reply: FastifyReply, version: number): void {
  void reply.header('ETag', etagOf(version));
}

/**
 * The version the client edited, from `If-Match` (`W/"3"`, `"3"` or `3`). Edits must say it:
 * no header is 428, a malformed one 400; a stale one becomes 412 in `requireVersion`.
 */
export function expectedVersion(req: FastifyRequest): number {
  const header = req.headers['if-match'];
  if (header === undefined) throw new AppError('precondition_required', { field: 'header.if-match', detail: 'Send If-Match with the ETag you edited.' });
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(String(header).trim());
  if (!match) throw new AppError('bad_request', { field: 'header.if-match', detail: 'If-Match must be an ETag this API gave out, like W/"3".' });
  return Number(match[1]);
}

/** Refuses a stale edit: someone else saved in between. */
export function requireVersion(current: number, expected: number): void {
  if (current !== expected) throw new AppError('precondition_failed', { field: 'header.if-match', detail: `Someone changed this in the meantime (now version ${current}). Reload and try again.` });
}
