import type { Problem } from '../../contracts/common';

type InvalidParam = NonNullable<Problem['invalidParams']>[number];

/** An answer from the server that is not a success, as RFC 9457 problem details with Wijkwijs's stable code. */
export class ProblemError extends Error {
  readonly status: number;
  readonly code: string;
  readonly invalidParams: InvalidParam[];

  constructor(status: number, code: string, detail: string, invalidParams: InvalidParam[] = []) {
    super(detail);
    this.name = 'ProblemError';
    this.status = status;
    this.code = code;
    this.invalidParams = invalidParams;
  }
}

export function isProblem(error: unknown, code?: string): error is ProblemError {
  return error instanceof ProblemError && (code === undefined || error.code === code);
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type InvalidParamShape = { name?: unknown; reason?: unknown };

async function toProblem(response: Response): Promise<ProblemError> {
  const body: unknown = await response.json().catch(() => null);
  if (body && typeof body === 'object' && 'code' in body && typeof body.code === 'string') {
    const detail = 'detail' in body && typeof body.detail === 'string' ? body.detail : response.statusText;
    const raw = 'invalidParams' in body && Array.isArray(body.invalidParams) ? (body.invalidParams as InvalidParamShape[]) : [];
    const params = raw.filter((p) => typeof p.name === 'string').map((p) => ({ name: String(p.name), reason: String(p.reason ?? '') }));
    return new ProblemError(response.status, body.code, detail, params);
  }
  return new ProblemError(response.status, response.status >= 500 ? 'internal_error' : 'bad_request', response.statusText);
}

/**
 * One HTTP call to the Wijkwijs API; resolves with the JSON body (undefined for 202/204) or throws a
 * ProblemError. With `contentType`, the body is sent as it is (e.g. the bytes of a CSV file).
 */
export async function apiRequest<T>(method: Method, path: string, body?: unknown, options: { contentType?: string } = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['Content-Type'] = options.contentType ?? 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers,
      body: body === undefined ? undefined : options.contentType ? (body as BodyInit) : JSON.stringify(body),
    });
  } catch {
    throw new ProblemError(0, 'network_error', 'The server could not be reached.');
  }
  if (!response.ok) throw await toProblem(response);
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string) => apiRequest<T>('GET', path),
  post: <T = void>(path: string, body?: unknown) => apiRequest<T>('POST', path, body),
  put: <T = void>(path: string, body: unknown) => apiRequest<T>('PUT', path, body),
  patch: <T = void>(path: string, body: unknown) => apiRequest<T>('PATCH', path, body),
  delete: (path: string) => apiRequest<void>('DELETE', path),
};

/** A path with the non-empty parameters as query string. */
export function withQuery(path: string, params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

/** A page of a cursor-paginated list, as every list endpoint answers. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
