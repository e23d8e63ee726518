import type { Role } from '../../contracts/common';

/** Gemeente Voorbeeld: a fictional municipality (CBS code 0999) with 3 districts and 9 neighbourhoods. */
export const DEMO_TENANT = { slug: 'voorbeeld', name: 'Gemeente Voorbeeld' };

export const DEMO_DISTRICTS = [
  { name: 'Noord', cbsCode: 'WK099901', neighbourhoods: [['Bloemenbuurt', 'BU09990101'], ['Havenkwartier', 'BU09990102'], ['Molenwijk', 'BU09990103']] },
  { name: 'Centrum', cbsCode: 'WK099902', neighbourhoods: [['Binnenstad', 'BU09990201'], ['Stationsbuurt', 'BU09990202'], ['Singelpark', 'BU09990203']] },
  { name: 'Zuid', cbsCode: 'WK099903', neighbourhoods: [['Parkzoom', 'BU09990301'], ['Rivierenbuurt', 'BU09990302'], ['De Akkers', 'BU09990303']] },
] as const;

export const DEMO_TEAMS = [
  { name: 'Team Noord', district: 'WK099901' },
  { name: 'Team Zuid', district: 'WK099903' },
] as const;

export interface DemoAccountSpec {
  email: string;
  displayName: string;
  roles: Role[];
  team: 'Team Noord' | 'Team Zuid' | null;
}

/** One account per role, `<role>@voorbeeld.nl`, plus a coach of the other team. */
export const DEMO_ACCOUNTS: DemoAccountSpec[] = [
  { email: 'coach@voorbeeld.nl', displayName: 'Sanne de Vries', roles: ['coach'], team: 'Team Noord' },
  { email: 'coach.zuid@voorbeeld.nl', displayName: 'Youssef El Amrani', roles: ['coach'], team: 'Team Zuid' },
  { email: 'specialist@voorbeeld.nl', displayName: 'Dr. Marieke Bos', roles: ['specialist'], team: 'Team Noord' },
  { email: 'team_lead@voorbeeld.nl', displayName: 'Peter Jansen', roles: ['team_lead'], team: 'Team Noord' },
  { email: 'safety_officer@voorbeeld.nl', displayName: 'Fatima Ouali', roles: ['safety_officer'], team: 'Team Noord' },
  { email: 'outreach@voorbeeld.nl', displayName: 'Kevin Mulder', roles: ['outreach'], team: null },
  { email: 'provider@voorbeeld.nl', displayName: 'Ingrid Visser', roles: ['provider'], team: null },
  { email: 'signaller@voorbeeld.nl', displayName: 'Ahmed Yilmaz', roles: ['signaller'], team: null },
  { email: 'initiative_host@voorbeeld.nl', displayName: 'Truus van Dijk', roles: ['initiative_host'], team: null },
  { email: 'analyst@voorbeeld.nl', displayName: 'Joost Smit', roles: ['analyst'], team: null },
  { email: 'admin@voorbeeld.nl', displayName: 'Linda Bakker', roles: ['admin'], team: null },
  { email: 'client@voorbeeld.nl', displayName: 'Noah Willems', roles: ['client'], team: null },
];
