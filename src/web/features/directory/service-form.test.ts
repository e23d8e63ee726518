import { describe, expect, it } from 'vitest';
import type { ServiceDetail } from '../../../contracts/directory';
import { changesFrom, editValues, ServiceEditForm } from './service-form';

const service = {
  id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', name: 'Huiswerkklas', description: 'Hulp bij huiswerk voor de bovenbouw.', applicationProcess: null, eligibilityDescription: null, feesDescription: null,
  minimumAge: 10, maximumAge: 14, cost: 'free', themes: [{ code: 'school-en-huiswerk', name: 'School en huiswerk', nameEn: null }], url: null, email: null, status: 'active', isPublic: true,
} as unknown as ServiceDetail;

describe('editing a service', () => {
  it('sends nothing when nothing changed', () => {
    expect(changesFrom(service, ServiceEditForm.parse(editValues(service)))).toEqual({});
  });

  it('sends only the changed fields, empty text as null and ages as numbers', () => {
    const values = ServiceEditForm.parse({ ...editValues(service), maximumAge: '16', applicationProcess: 'Bel ons.', cost: '', themes: ['school-en-huiswerk', 'taal'] });
    expect(changesFrom(service, values)).toEqual({ maximumAge: 16, applicationProcess: 'Bel ons.', cost: null, themes: ['school-en-huiswerk', 'taal'] });
  });

  it('refuses a lowest age above the highest age', () => {
    expect(ServiceEditForm.safeParse({ ...editValues(service), minimumAge: '15' }).error?.issues[0]?.path).toEqual(['maximumAge']);
  });
});
