import { describe, expect, it } from 'vitest';
import { signalDefaultsFromLog } from './from-outreach-log';

describe('a signal prefilled from an outreach visit', () => {
  it('takes the themes that name a concern, and the follow-up as what was already done', () => {
    const defaults = signalDefaultsFromLog({ themes: ['leisure', 'safety', 'home', 'online', 'school'], followUp: 'Met hem gepraat bij de haven' });
    expect(defaults.concerns).toEqual(['safety', 'home_situation', 'school_attendance']);
    expect(defaults.actionsTaken).toBe('Met hem gepraat bij de haven');
    expect(defaults).toMatchObject({ givenName: '', familyName: '', birthDate: '', description: '' });
  });
});
