import type { Sql } from '../../db/database';
import { newId } from '../../platform/ids';
import { tokenHash } from '../../platform/tokens';
import { LINK_VALID_DAYS, type ReferralDeps } from './deps';
import * as links from './link-queries';
import { signLinkToken } from './link-token';
import type { ReferralRow } from './queries';
import { linkStepsAfter } from './status-flow';

const stepText: Record<string, string> = {
  sent: 'Wilt u laten weten of u deze verwijzing aanneemt?',
  accepted: 'U heeft de verwijzing aangenomen. Laat via deze link weten wanneer de hulp begint.',
  in_progress: 'De hulp is begonnen. Laat via deze link weten hoe het is afgelopen.',
};

/**
 * Issues the single-use link for the next answer (after sent: accept or decline; after accepted:
 * start; after in_progress: completed or not) and mails it. Earlier open links stop working.
 * Returns the token (only the mail and the caller ever see it) or null when there is no next step.
 */
export async function issueLink(sql: Sql, deps: ReferralDeps, tenantId: string, r: Pick<ReferralRow, 'id' | 'service_name' | 'recipient_email'>, status: string, reminder = false): Promise<string | null> {
  const allowed = linkStepsAfter(status as ReferralRow['status']);
  if (!allowed.length || !r.recipient_email) return null;
  await links.revokeOpenLinks(sql, r.id, null);
  const token = signLinkToken(deps.secretBox);
  await links.insertLink(sql, { tenantId, id: newId(), referralId: r.id, tokenHash: tokenHash(token), email: r.recipient_email, allowed, validDays: LINK_VALID_DAYS });
  const url = `${deps.baseUrl}/verwijzing?token=${encodeURIComponent(token)}`;
  await deps.mailer.send(sql, tenantId, {
    to: r.recipient_email,
    subject: `${reminder ? 'Herinnering: ' : ''}Verwijzing naar ${r.service_name}`,
    text: [
      'Beste aanbieder,', '',
      `${reminder ? 'Wij hebben nog geen antwoord ontvangen op een verwijzing' : 'U heeft een verwijzing ontvangen'} naar ${r.service_name} via Wijkwijs.`,
      stepText[status] ?? '', '', url, '',
      `De link werkt één keer en is ${LINK_VALID_DAYS} dagen geldig. Deel hem niet met anderen.`,
    ].join('\n'),
  });
  return token;
}
