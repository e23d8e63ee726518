import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, errorStatus, type ErrorCode, type InvalidParam } from '../errors';
import { findString } from './input-guard';
import { API_PREFIX, API_VERSION } from './openapi';

const titles: Record<ErrorCode, string> = {
  bad_request: 'Bad request',
  validation_failed: 'The request has invalid fields',
  malformed_json: 'The request body is not valid JSON',
  invalid_cursor: 'Invalid cursor',
  unauthenticated: 'Sign in first',
  invalid_credentials: 'E-mail address or password is wrong',
  totp_required: 'Two-factor code required',
  invalid_totp: 'Two-factor code is wrong',
  forbidden: 'Not allowed',
  origin_mismatch: 'Request from another site refused',
  totp_setup_required: 'Set up two-factor authentication first',
  not_found: 'Not found',
  conflict: 'Conflict',
  already_exists: 'Already exists',
  feature_disabled: 'Switched off',
  precondition_failed: 'Changed by someone else',
  precondition_required: 'Say which version you changed (If-Match)',
  payload_too_large: 'Request body too large',
  unsupported_media_type: 'Unsupported content type',
  insufficient_contrast: 'Colours do not contrast enough',
  consent_required: 'Consent is required',
  account_locked: 'Temporarily locked',
  too_many_requests: 'Too many requests',
  internal_error: 'Something went wrong on our side',
  service_unavailable: 'Service unavailable',
};

export function problemBody(code: ErrorCode, instance: string, detail?: string, invalidParams?: InvalidParam[]) {
  return {
    type: `urn:wijkwijs:problem:${code}`,
    title: titles[code],
    status: errorStatus[code],
    detail: detail && detail !== code ? detail : titles[code],
    instance,
    code,
    ...(invalidParams?.length ? { invalidParams } : {}),
  };
}

const validationLocation: Record<string, string> = { body: 'body', querystring: 'query', params: 'path', headers: 'header' };

/** PostgreSQL errors that bad input can cause, mapped to 4xx; everything else stays a 500. */
const pgErrors: Record<string, ErrorCode> = {
  '23505': 'already_exists',
  '23503': 'conflict',
  '23514': 'validation_failed',
  '22P02': 'validation_failed',
  '22001': 'validation_failed',
  '22007': 'validation_failed',
  '22008': 'validation_failed',
  '22003': 'validation_failed',
  '22021': 'validation_failed',
  '22P05': 'validation_failed',
  '42501': 'forbidden',
};

/**
 * A value the database refused as data (SQLSTATE class 22, e.g. the date 0000-01-01 that the schema
 * let through): named by the request field that holds the value quoted in the message. Failing
 * that, a request with a cursor carried a cursor nobody gave out (its keys are the one input that
 * reaches SQL without a schema).
 */
function refusedInput(error: { code?: string; message?: string }, request: FastifyRequest): AppError | null {
  if (typeof error.code !== 'string' || !error.code.startsWith('22')) return null;
  const quoted = /"([^"]*)"\s*$/.exec(error.message ?? '')?.[1];
  if (quoted !== undefined && quoted !== '') {
    const same = (text: string) => text === quoted || text.trim() === quoted;
    const field = findString(request.params, 'path', same) ?? findString(request.query, 'query', same) ?? findString(request.body, 'body', same);
    if (field) return new AppError('validation_failed', { field, detail: 'The data does not fit the rules for this field.' });
  }
  const query = request.query as Record<string, unknown> | undefined;
  if (typeof query?.cursor === 'string') return new AppError('invalid_cursor', { field: 'query.cursor', detail: 'The cursor is not one this API gave out.' });
  return null;
}

/**
 * What a failed request logs: the error's kind, code and stack frames. Database errors carry the
 * statement's parameters and often echo a value in their message or detail (a name, an e-mail
 * address), so for those only the SQLSTATE, the routine and the statement text are kept.
 */
export function loggableError(error: unknown): Record<string, unknown> {
  if (typeof error !== 'object' || error === null) return { type: typeof error };
  const e = error as Error & { code?: unknown; severity?: unknown; routine?: unknown; query?: unknown; statusCode?: unknown };
  const frames = typeof e.stack === 'string' ? e.stack.split('\n').filter((line) => line.trimStart().startsWith('at ')).join('\n') : undefined;
  if (typeof e.severity === 'string' && typeof e.code === 'string') {
    return { type: 'DatabaseError', code: e.code, routine: e.routine, query: typeof e.query === 'string' ? e.query : undefined, stack: frames };
  }
  return { type: e.name, code: e.code, statusCode: e.statusCode, message: e.message, stack: frames };
}

function toAppError(error: FastifyError & { code?: string }, request: FastifyRequest): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = validationLocation[error.validationContext ?? 'body'] ?? 'body';
    const invalidParams = error.validation.map((v) => ({
      name: [where, ...v.instancePath.split('/').filter(Boolean)].join('.'),
      reason: v.message ?? 'invalid',
    }));
    return new AppError('validation_failed', { detail: 'One or more fields are invalid.', invalidParams });
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError('malformed_json', { field: 'body', detail: error.message });
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('payload_too_large', { field: 'body', detail: 'The request body is larger than allowed.' });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('unsupported_media_type', { field: 'header.content-type', detail: 'Send application/json.' });
  }
  const refused = refusedInput(error, request);
  if (refused) return refused;
  const pgCode = error.code && pgErrors[error.code];
  if (pgCode) return new AppError(pgCode, { detail: pgCode === 'forbidden' ? undefined : 'The data does not fit the rules for this field.' });
  if (error.statusCode === 429) return new AppError('too_many_requests', { detail: error.message });
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return new AppError('bad_request', { detail: error.message });
  return new AppError('internal_error');
}

/** The only place where errors become HTTP: problem+json, and 5xx never shows internals. */
export function sendProblem(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const appError = toAppError(error, request);
  if (appError.status >= 500 || isResponseSerializationError(error)) request.log.error({ failure: loggableError(error) }, 'request failed');
  if (appError.retryAfterSeconds) void reply.header('Retry-After', String(appError.retryAfterSeconds));
  const instance = request.url.split('?')[0] ?? '/';
  const detail = appError.status >= 500 ? undefined : appError.message;
  return reply
    .code(appError.status)
    .type('application/problem+json')
    .send(problemBody(appError.code, instance, detail, appError.invalidParams));
}

/**
 * Errors Fastify raises before routing (a URL that does not decode, a path parameter past the
 * router's limit): answered as problem+json like every other error, instead of Fastify's own JSON.
 */
export function sendFrameworkProblem(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const detail = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'A part of the address is too long.' : 'The address is not valid (broken percent-encoding).';
  if (request.url.startsWith(API_PREFIX)) void reply.header('API-Version', API_VERSION);
  return reply
    .code(400)
    .type('application/problem+json')
    .send(problemBody('bad_request', request.url.split('?')[0] ?? '/', detail, [{ name: 'path', reason: detail }]));
}
