import { Button, ButtonGroup, Heading3, Heading4, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { ReferralView } from '../../../contracts/referrals';
import { formatDateTime } from '../../ui/format';
import { ReferralSteps } from './ReferralSteps';
import { SharedInformationList } from './SharedInformationList';

const CANCELLABLE = ['draft', 'sent', 'accepted', 'in_progress'];

/** One referral as its case workers see it: service, person, status, what was shared, each step, the links. */
export function ReferralCard({ referral, onStep, onRevoke }: { referral: ReferralView; onStep: (status: 'sent' | 'cancelled') => void; onRevoke: (linkId: string) => void }) {
  const { t } = useTranslation();
  const headingId = `referral-${referral.id}`;
  const openLinks = referral.links.filter((l) => !l.usedAt && !l.revokedAt);
  return (
    <article className="wijkwijs-section" aria-labelledby={headingId}>
      <Heading3 id={headingId}>{t('referrals.referralTo', { service: referral.serviceName })}</Heading3>
      <Paragraph>
        {t('referrals.forPerson', { name: referral.personName ?? '' })} · {t('referrals.statusLabel', { status: t(`referrals.status.${referral.status}`) })}
        {referral.statusReason && ` · ${t('referrals.reasonLabel', { reason: referral.statusReason })}`}
      </Paragraph>
      <Heading4>{t('referrals.sharedTitle')}</Heading4>
      <Paragraph>{referral.sharedScope.map((c) => t(`referrals.category.${c}`)).join(', ') || t('referrals.sharedNothing')}</Paragraph>
      <SharedInformationList shared={referral.shared} consentActive message={referral.message} />
      <Heading4>{t('referrals.stepsTitle')}</Heading4>
      <ReferralSteps events={referral.events} />
      {referral.links.length > 0 && (
        <>
          <Heading4>{t('referrals.linksTitle')}</Heading4>
          <UnorderedList>
            {referral.links.map((l) => (
              <UnorderedListItem key={l.id}>
                {t('referrals.linkState', { email: l.recipientEmail, until: formatDateTime(l.expiresAt) })}
                {l.usedAt && ` (${t('referrals.linkUsed')})`}
                {l.revokedAt && ` (${t('referrals.linkRevoked')})`}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
      <ButtonGroup>
        {referral.status === 'draft' && (
          <Button appearance="primary-action-button" onClick={() => onStep('sent')}>
            {t('referrals.sendDraft')}
          </Button>
        )}
        {openLinks.map((l) => (
          <Button key={l.id} appearance="secondary-action-button" onClick={() => onRevoke(l.id)}>
            {t('referrals.revokeLink')}
          </Button>
        ))}
        {CANCELLABLE.includes(referral.status) && (
          <Button appearance="secondary-action-button" onClick={() => onStep('cancelled')}>
            {t('referrals.cancel')}
          </Button>
        )}
      </ButtonGroup>
    </article>
  );
}
