import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { ServiceDetail } from '../../../contracts/directory';
import { isProblem } from '../../app/api';
import { AppForm, TextField, useAppForm } from '../../ui/form';
import { StatusMessage } from '../../ui/StatusMessage';
import { StaleNotice } from '../households/ui/StaleNotice';
import { capacityText, dateTime } from '../public-directory/format';
import { directoryKeys, useUpdateCapacity } from './queries';

const Count = (max: number) => z.union([z.literal(''), z.string().trim().regex(/^\d{1,6}$/)]).refine((v) => v === '' || Number(v) <= max);
const CapacityForm_ = z.object({ placesAvailable: Count(100000), waitingWeeks: Count(520) });
const orNull = (v: string) => (v === '' ? null : Number(v));

/** Places available and expected waiting weeks, with when they were last updated. */
export function CapacityForm({ service }: { service: ServiceDetail }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const update = useUpdateCapacity(service.id);
  const [saved, setSaved] = useState(false);
  const [stale, setStale] = useState(false);
  const controller = useAppForm({
    id: 'service-capacity',
    schema: CapacityForm_,
    defaultValues: { placesAvailable: service.placesAvailable?.toString() ?? '', waitingWeeks: service.waitingWeeks?.toString() ?? '' },
    fields: {
      placesAvailable: { label: t('directoryStaff.capacity.places'), hint: t('directoryStaff.capacity.emptyHint') },
      waitingWeeks: { label: t('directoryStaff.capacity.weeks'), hint: t('directoryStaff.capacity.emptyHint') },
    },
    onSubmit: async (values) => {
      setSaved(false);
      await update.mutateAsync({ version: service.version, placesAvailable: orNull(values.placesAvailable), waitingWeeks: orNull(values.waitingWeeks) });
      setSaved(true);
    },
    onError: (error) => {
      if (!isProblem(error, 'precondition_failed')) return false;
      setStale(true);
      return true;
    },
  });
  const current = capacityText(t, service.placesAvailable, service.waitingWeeks);
  return (
    <section aria-labelledby="capacity-title" className="directory-service__block">
      <Heading2 id="capacity-title">{t('directoryStaff.capacity.title')}</Heading2>
      <Paragraph>
        {current ?? t('directoryStaff.capacity.none')}
        {service.capacityUpdatedAt && ` ${t('directoryService.capacityUpdated', { when: dateTime(service.capacityUpdatedAt, i18n.language) })}`}
      </Paragraph>
      {saved && <StatusMessage>{t('directoryStaff.capacity.saved')}</StatusMessage>}
      {stale && <StaleNotice onReload={() => void queryClient.invalidateQueries({ queryKey: directoryKeys.service(service.id) })} />}
      <AppForm controller={controller}>
        <TextField name="placesAvailable" inputMode="numeric" maxLength={6} className="directory-search__short" />
        <TextField name="waitingWeeks" inputMode="numeric" maxLength={3} className="directory-search__short" />
        <div>
          <Button type="submit" appearance="secondary-action-button" busy={controller.form.formState.isSubmitting}>
            {t('directoryStaff.capacity.save')}
          </Button>
        </div>
      </AppForm>
    </section>
  );
}
