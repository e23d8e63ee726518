import type { Role } from '../../../contracts/common';

/** Who sends signals and sees their status; who works the triage queue (the server decides per team). */
export const SIGNAL_SENDERS: readonly Role[] = ['signaller', 'outreach'];
export const TRIAGE_ROLES: readonly Role[] = ['coach', 'team_lead', 'safety_officer'];
