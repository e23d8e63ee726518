import type { AuditEntry } from './audit';

/** The closed list of error codes Wijkwijs answers with; the HTTP status belongs to the code. */
export const errorStatus = {
  bad_request: 400,
  validation_failed: 400,
  malformed_json: 400,
  invalid_cursor: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  totp_required: 401,
  invalid_totp: 401,
  forbidden: 403,
  origin_mismatch: 403,
  totp_setup_required: 403,
  not_found: 404,
  conflict: 409,
  already_exists: 409,
  /** A function the municipality switched off (e.g. signal matching). */
  feature_disabled: 409,
  precondition_failed: 412,
  precondition_required: 428,
  payload_too_large: 413,
  unsupported_media_type: 415,
  insufficient_contrast: 422,
  consent_required: 422,
  account_locked: 423,
  too_many_requests: 429,
  internal_error: 500,
  service_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export interface InvalidParam {
  name: string;
  reason: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly invalidParams: InvalidParam[] | undefined;
  readonly retryAfterSeconds: number | undefined;
  /** An audit event to write after the failed transaction rolled back (e.g. a denied read). */
  readonly auditEntry: AuditEntry | undefined;

  constructor(
    code: ErrorCode,
    options: { detail?: string; field?: string; reason?: string; invalidParams?: InvalidParam[]; retryAfterSeconds?: number; audit?: AuditEntry } = {},
  ) {
    super(options.detail ?? code);
    this.code = code;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.auditEntry = options.audit;
    this.invalidParams = options.invalidParams ?? (options.field ? [{ name: options.field, reason: options.reason ?? options.detail ?? code }] : undefined);
  }

  get status(): number {
    return errorStatus[this.code];
  }
}
