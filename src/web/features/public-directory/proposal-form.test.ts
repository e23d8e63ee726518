import { describe, expect, it } from 'vitest';
import { EMPTY_PROPOSAL, ProposalForm } from './proposal-form';

const filled = { ...EMPTY_PROPOSAL, name: 'Buurtmoestuin', description: 'Samen groente kweken in de Parkbuurt.', themes: ['ontmoeten'], proposerName: 'Fatima', proposerEmail: 'fatima@example.org' };

describe('the activity proposal form', () => {
  it('becomes the contract proposal without place or times when those are left empty', () => {
    const result = ProposalForm.parse(filled);
    expect(result).toMatchObject({ name: 'Buurtmoestuin', cost: 'free', minimumAge: null, maximumAge: null, place: null, schedules: [] });
  });

  it('turns a place and a weekly time into the nested proposal', () => {
    const result = ProposalForm.parse({ ...filled, minimumAge: '6', placeName: 'Buurthuis', street: 'Parkweg 1', postcode: '1234 AB', city: 'Voorbeeld', weekdays: ['WE'], opensAt: '14:00', closesAt: '16:00' });
    expect(result.minimumAge).toBe(6);
    expect(result.place).toEqual({ name: 'Buurthuis', address: { address1: 'Parkweg 1', postalCode: '1234 AB', city: 'Voorbeeld' } });
    expect(result.schedules).toEqual([{ weekdays: ['WE'], opensAt: '14:00', closesAt: '16:00', locationId: null, validFrom: null, validTo: null, description: null }]);
  });

  it('asks for the rest of the address once part of it is given, and for times once a day is chosen', () => {
    const result = ProposalForm.safeParse({ ...filled, placeName: 'Buurthuis', weekdays: ['MO'], opensAt: '10:00' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['city', 'closesAt', 'postcode', 'street']);
  });

  it('refuses a closing time before the opening time and a lowest age above the highest', () => {
    const result = ProposalForm.safeParse({ ...filled, weekdays: ['MO'], opensAt: '12:00', closesAt: '10:00', minimumAge: '12', maximumAge: '4' });
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['closesAt', 'maximumAge']);
  });
});
