import type { TestApp } from '../../testing/test-app';

/** Test helpers for signals: a valid signal body and a look-up of its audit events. */
export const NOORD_POSTCODE = '9101AA';
export const ZUID_POSTCODE = '9301AA';
export const CENTRUM_POSTCODE = '9201AA';

export function signalBody(overrides: Record<string, unknown> = {}, subject: Record<string, unknown> = {}) {
  return {
    subject: { givenName: 'Lotte', familyName: 'Bakker', birthDate: '2012-05-14', school: 'OBS De Regenboog', address: { street: 'Dorpsstraat', houseNumber: '3', postcode: NOORD_POSTCODE, city: 'Voorbeeld' }, ...subject },
    concerns: ['school_attendance', 'emotional_wellbeing'], urgency: 'normal', description: 'Lotte is sinds de herfstvakantie vaak afwezig en trekt zich terug.',
    actionsTaken: 'Gesprek met mentor en moeder.', parentsInformed: true, youngPersonInformed: true,
    contact: { name: 'Ahmed Yilmaz', organisation: 'OBS De Regenboog', phone: '030 123 4567', email: 'zorg@regenboog.example' },
    ...overrides,
  };
}

export function signalAudit(t: TestApp, signalId: string, eventType: string): Promise<{ outcome: string; user_id: string | null }[]> {
  return t.db.withTenant({ tenantId: t.tenant.id }, (sql) =>
    sql.query('select outcome, user_id from audit_events where object_id = $1 and event_type = $2 order by seq', [signalId, eventType]),
  );
}

/** Audit events of one type whose details list this signal among the ones shown (list reads). */
export function listReadsOf(t: TestApp, signalId: string, eventType: string): Promise<{ user_id: string | null }[]> {
  return t.db.withTenant({ tenantId: t.tenant.id }, (sql) =>
    sql.query("select user_id from audit_events where event_type = $2 and details->'signalIds' ? $1 order by seq", [signalId, eventType]),
  );
}
