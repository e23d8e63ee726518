import { Alert, Button, FormField, FormLabel, Heading2, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocationDetail } from '../../../contracts/directory';
import { isProblem } from '../../app/api';
import { hasRole, useMe } from '../../app/session';
import { QueryStatus } from '../../ui/QueryStatus';
import { RouterLink } from '../../ui/RouterLink';
import { StatusMessage } from '../../ui/StatusMessage';
import { useServiceAtLocation } from './location-queries';
import { useServiceList } from './queries';
import { staffServicePath } from './StaffSearchPage';

/** The services offered at a place; whoever keeps the place adds or removes their own services here. */
export function ServicesAtLocation({ location }: { location: LocationDetail }) {
  const { t } = useTranslation();
  const me = useMe().data;
  const change = useServiceAtLocation(location.id);
  const [message, setMessage] = useState<string | null>(null);
  const [choice, setChoice] = useState('');
  const scope: Record<string, string> = { includeHidden: 'true', sort: 'name', ...(location.organizationId ? { organizationId: location.organizationId } : {}), ...(hasRole(me, ['admin']) ? {} : { mine: 'true' }) };
  const candidates = useServiceList(scope);
  const linkable = (candidates.data?.items ?? []).filter((s) => !location.services.some((x) => x.id === s.id));
  const send = (serviceId: string, name: string, linked: boolean) =>
    change.mutate({ serviceId, linked }, { onSuccess: () => { setChoice(''); setMessage(t(linked ? 'directoryKeeping.services.linked' : 'directoryKeeping.services.unlinked', { name })); } });
  const chosen = linkable.find((s) => s.id === choice);
  return (
    <section aria-labelledby="services-here" className="directory-service__block">
      <Heading2 id="services-here">{t('directoryKeeping.services.title')}</Heading2>
      {message && <StatusMessage>{message}</StatusMessage>}
      {isProblem(change.error, 'conflict') ? (
        <Alert type="error" role="alert">
          <Paragraph>{t('directoryKeeping.services.hasTimes')}</Paragraph>
        </Alert>
      ) : (
        <QueryStatus isPending={false} error={change.error} />
      )}
      {location.services.length === 0 && <Paragraph>{t('directoryKeeping.services.none')}</Paragraph>}
      <ul className="directory-places">
        {location.services.map((s) => (
          <li key={s.id}>
            <RouterLink to={staffServicePath(s.id)}>{s.name}</RouterLink>{' '}
            {location.canEdit && s.canEdit && (
              <Button appearance="subtle-button" aria-label={t('directoryKeeping.services.unlinkLabel', { name: s.name })} onClick={() => send(s.id, s.name, false)}>
                {t('directoryKeeping.services.unlink')}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {location.canEdit && linkable.length > 0 && (
        <div className="directory-keeper__actions">
          <FormField label={<FormLabel htmlFor="link-service">{t('directoryKeeping.services.choose')}</FormLabel>} input={
            <Select id="link-service" value={choice} onChange={(e) => setChoice(e.target.value)}>
              <SelectOption value="">{t('directoryKeeping.services.chooseEmpty')}</SelectOption>
              {linkable.map((s) => <SelectOption key={s.id} value={s.id}>{s.name}</SelectOption>)}
            </Select>
          } />
          <Button appearance="secondary-action-button" disabled={!chosen} busy={change.isPending} onClick={() => chosen && send(chosen.id, chosen.name, true)}>
            {t('directoryKeeping.services.link')}
          </Button>
        </div>
      )}
    </section>
  );
}
