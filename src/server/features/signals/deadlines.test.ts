import { describe, expect, it } from 'vitest';
import { deadlinesFromSettings, firstContactDue } from './deadlines';

describe('first-contact deadline', () => {
  it('counts working days from the Dutch date received, with per-tenant settings and defaults', () => {
    expect(firstContactDue(new Date('2026-11-26T10:00:00Z'), 'urgent', deadlinesFromSettings({}))).toBe('2026-11-27');
    expect(firstContactDue(new Date('2026-11-26T10:00:00Z'), 'normal', deadlinesFromSettings(null))).toBe('2026-12-03');
    expect(firstContactDue(new Date('2026-12-24T23:30:00Z'), 'urgent', deadlinesFromSettings({}))).toBe('2026-12-28');
    expect(deadlinesFromSettings({ signalDeadlines: { urgent: 2, normal: 10 } })).toEqual({ urgent: 2, normal: 10 });
    expect(deadlinesFromSettings({ signalDeadlines: { urgent: 'soon' } })).toEqual({ urgent: 1, normal: 5 });
  });
});
