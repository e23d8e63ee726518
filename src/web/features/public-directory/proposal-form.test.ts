import { describe, expect, it } from 'vitest';
import { EMPTY_OWN_ACTIVITY, EMPTY_PROPOSAL, OwnActivityForm, ProposalForm } from './proposal-form';

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

describe('a host\'s own activity form', () => {
  const own = { ...EMPTY_OWN_ACTIVITY, name: 'Buurtvoetbal', description: 'Elke woensdag voetballen op het plein.', themes: ['sport-en-spel'] };

  it('becomes the contract\'s own activity with contact details instead of a proposer', () => {
    expect(OwnActivityForm.parse({ ...own, email: 'voetbal@example.nl', phone: '06 1234 5678', weekdays: ['WE'], opensAt: '15:00', closesAt: '17:00' })).toMatchObject({
      email: 'voetbal@example.nl', phones: [{ number: '06 1234 5678', description: null }], place: null, schedules: [{ weekdays: ['WE'], opensAt: '15:00' }],
    });
    expect(OwnActivityForm.parse(own)).toMatchObject({ email: null, phones: [] });
  });

  it('checks place, times and contact like the public form', () => {
    const result = OwnActivityForm.safeParse({ ...own, street: 'Plein 1', email: 'geen-adres', phone: 'bel me' });
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['city', 'email', 'phone', 'placeName', 'postcode']);
  });
});
