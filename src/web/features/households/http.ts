import { ProblemError } from '../../app/api';

type InvalidParam = { name: string; reason: string };

/**
 * A change to a versioned resource with `If-Match: W/"<version>"` (optimistic concurrency). The
 * shared api client sends no headers of its own, so edits of the household file go through here;
 * a 412 comes back as the ProblemError `precondition_failed`, so the screen can offer to reload.
 */
export async function sendVersioned<T>(method: 'PUT' | 'PATCH' | 'POST' | 'DELETE', path: string, version: number | null, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (version !== null) headers['If-Match'] = `W/"${version}"`;
  let response: Response;
  try {
    response = await fetch(path, { method, credentials: 'same-origin', headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ProblemError(0, 'network_error', 'The server could not be reached.');
  }
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (!response.ok) {
    const problem = (json ?? {}) as { code?: unknown; detail?: unknown; invalidParams?: InvalidParam[] };
    const code = typeof problem.code === 'string' ? problem.code : response.status >= 500 ? 'internal_error' : 'bad_request';
    throw new ProblemError(response.status, code, typeof problem.detail === 'string' ? problem.detail : response.statusText, problem.invalidParams ?? []);
  }
  return json as T;
}
