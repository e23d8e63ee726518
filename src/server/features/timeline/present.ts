import type { z } from 'zod';
import type { TimelineEntry } from '../../../contracts/plans';
import type { TimelineRow } from './queries';

const contactKinds: Record<string, string> = {
  home_visit: 'Huisbezoek', school: 'Contact op school', phone: 'Telefoongesprek', video: 'Videogesprek', outreach: 'Outreach', consultation: 'Consultatie',
};

const referralSteps: Record<string, string> = {
  draft: 'concept', sent: 'verstuurd', accepted: 'aangenomen', declined: 'afgewezen', in_progress: 'hulp begonnen', completed: 'afgerond',
  not_completed: 'niet afgerond', cancelled: 'ingetrokken', expired: 'verlopen',
};

/** One line per event in plain Dutch, as the timeline shows it. */
function titleOf(r: TimelineRow): string {
  switch (r.kind) {
    case 'household_registered': return `Aangemeld: ${r.detail}`;
    case 'coordinator_handover': return `Nieuwe regisseur: ${r.detail ?? 'onbekend'}`;
    case 'contact': return `${contactKinds[r.variant ?? ''] ?? 'Contact'} (${r.amount} minuten)`;
    case 'plan_created': return 'Plan gestart';
    case 'goal_created': return `Nieuw doel: ${r.detail}`;
    case 'goal_rated': return `Cijfer ${r.amount} voor: ${r.detail}`;
    case 'plan_meeting': return `Plangesprek, akkoord van ${r.detail}`;
    case 'care_decision': return `${r.variant === 'step_up' ? 'Opgeschaald naar' : 'Afgeschaald naar'} ${r.detail}`;
    case 'safety_map': return `Veiligheidskaart, versie ${r.amount}`;
    case 'zrm_assessment': return `Zelfredzaamheidsmatrix ingevuld voor ${r.detail}`;
    // A resident's signal (public form) names no sender.
    case 'signal_linked': return `Signaal gekoppeld (${r.variant}), van ${r.detail ?? 'een inwoner'}`;
    case 'case_closed': return `Afgesloten: ${r.detail}`;
    case 'referral': return `Verwijzing naar ${r.detail}: ${referralSteps[r.variant ?? ''] ?? r.variant}`;
    default: return r.kind;
  }
}

export const toTimelineEntry = (r: TimelineRow): z.infer<typeof TimelineEntry> => ({
  at: new Date(r.at_key).toISOString(), kind: r.kind, title: titleOf(r), byName: r.by_name, refId: r.ref_id,
});
