import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceDetail } from '../../../contracts/directory';
import { QueryStatus } from '../../ui/QueryStatus';
import { StatusMessage } from '../../ui/StatusMessage';
import { ButtonLink } from '../households/ui/ButtonLink';
import { dateTime } from '../public-directory/format';
import { useConfirmStillRunning } from './queries';

/** State of the entry (public? moderated? confirmed?) and, for its keeper, "still running" and edit. */
export function KeeperPanel({ service }: { service: ServiceDetail }) {
  const { t, i18n } = useTranslation();
  const confirm = useConfirmStillRunning(service.id);
  const [confirmed, setConfirmed] = useState(false);
  const facts = [
    t(`directoryModeration.${service.moderationState}`) + (service.moderationReason ? `: ${service.moderationReason}` : ''),
    service.isPublic ? t('directoryStaff.public') : t('directoryStaff.professionalOnly'),
    service.flagged && t('directoryFormat.flagged'),
    service.hiddenAt && t('directoryStaff.hidden'),
    service.lastConfirmedAt && t('directoryStaff.lastConfirmed', { when: dateTime(service.lastConfirmedAt, i18n.language) }),
  ].filter((fact): fact is string => !!fact);
  return (
    <section aria-labelledby="keeper-title" className="directory-service__block">
      <Heading2 id="keeper-title">{t('directoryStaff.state')}</Heading2>
      <ul className="directory-card__facts">
        {facts.map((fact) => (
          <li key={fact}>{fact}</li>
        ))}
      </ul>
      {confirmed && <StatusMessage>{t('directoryStaff.confirmedNow')}</StatusMessage>}
      <QueryStatus isPending={false} error={confirm.error} />
      {service.canEdit && (
        <div className="directory-keeper__actions">
          <ButtonLink to={`/aanbod/${service.id}/bewerken`} appearance="primary-action-button">
            {t('directoryStaff.edit')}
          </ButtonLink>
          {service.kind === 'informal' && (
            <Button appearance="secondary-action-button" busy={confirm.isPending} onClick={() => confirm.mutate(undefined, { onSuccess: () => setConfirmed(true) })}>
              {t('directoryStaff.confirmStillRunning')}
            </Button>
          )}
        </div>
      )}
      {service.canEdit && service.kind === 'informal' && <Paragraph>{t('directoryStaff.confirmHint')}</Paragraph>}
    </section>
  );
}
