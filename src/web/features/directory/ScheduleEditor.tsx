import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ClockTime, Weekday, type ScheduleInput, type ScheduleView, type ServiceDetail } from '../../../contracts/directory';
import { isProblem } from '../../app/api';
import { AppForm, CheckboxGroup, TextField, useAppForm } from '../../ui/form';
import { StaleNotice } from '../households/ui/StaleNotice';
import { WEEKDAYS } from '../public-directory/format';
import { directoryKeys, useUpdateService } from './queries';

const SlotForm = z.object({ weekdays: z.array(Weekday).min(1), opensAt: ClockTime, closesAt: ClockTime, description: z.string().trim().max(1000) })
  .refine((v) => v.opensAt < v.closesAt, { path: ['closesAt'], message: 'closesAfterOpens' });

const toInput = (s: ScheduleView): ScheduleInput => ({
  locationId: s.locationId, weekdays: s.weekdays, opensAt: s.opensAt ?? '00:00', closesAt: s.closesAt ?? '23:59', validFrom: s.validFrom, validTo: s.validTo, description: s.description,
});

/** Opening times: each weekly slot listed with "remove", and a form to add one. The whole list is saved with If-Match. */
export function ScheduleEditor({ service }: { service: ServiceDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const update = useUpdateService(service.id);
  const [stale, setStale] = useState(false);
  const timed = service.schedules.filter((s) => s.opensAt && s.closesAt);
  const save = (schedules: ScheduleInput[]) => update.mutateAsync({ version: service.version, changes: { schedules } });
  const onError = (error: unknown) => {
    if (!isProblem(error, 'precondition_failed')) return false;
    setStale(true);
    return true;
  };
  const controller = useAppForm({
    id: 'add-schedule',
    schema: SlotForm,
    defaultValues: { weekdays: [], opensAt: '', closesAt: '', description: '' },
    fields: { weekdays: { label: t('proposeActivity.weekdays') }, opensAt: { label: t('proposeActivity.opensAt'), hint: t('proposeActivity.opensAtHint') }, closesAt: { label: t('proposeActivity.closesAt'), hint: t('proposeActivity.closesAtHint') }, description: { label: t('directoryStaff.schedule.note'), hint: t('directoryStaff.schedule.noteHint') } },
    onSubmit: async (v) => save([...timed.map(toInput), { locationId: null, weekdays: v.weekdays, opensAt: v.opensAt, closesAt: v.closesAt, validFrom: null, validTo: null, description: v.description || null }]),
    onError,
  });
  const dayNames = (s: ScheduleView) => WEEKDAYS.filter((d) => s.weekdays.includes(d)).map((d) => t(`directoryWeekday.${d}`)).join(', ');
  return (
    <section aria-labelledby="schedule-title" className="directory-service__block">
      <Heading2 id="schedule-title">{t('directoryService.openingTimes')}</Heading2>
      {stale && <StaleNotice onReload={() => void queryClient.invalidateQueries({ queryKey: directoryKeys.service(service.id) })} />}
      {timed.length === 0 && <Paragraph>{t('directoryService.noOpeningTimes')}</Paragraph>}
      <ul className="directory-schedules">
        {timed.map((s) => (
          <li key={s.id}>
            {dayNames(s)} {s.opensAt}–{s.closesAt}
            {s.description && ` (${s.description})`}{' '}
            <Button appearance="subtle-button" aria-label={t('directoryStaff.schedule.removeLabel', { slot: `${dayNames(s)} ${s.opensAt}–${s.closesAt}` })}
              onClick={() => void save(timed.filter((x) => x.id !== s.id).map(toInput)).catch((error: unknown) => onError(error))}>
              {t('directoryStaff.schedule.remove')}
            </Button>
          </li>
        ))}
      </ul>
      <AppForm controller={controller}>
        <CheckboxGroup name="weekdays" options={WEEKDAYS.map((day) => ({ value: day, label: t(`directoryWeekday.${day}`) }))} />
        <TextField name="opensAt" type="time" className="directory-search__short" />
        <TextField name="closesAt" type="time" className="directory-search__short" />
        <TextField name="description" maxLength={1000} />
        <div>
          <Button type="submit" appearance="secondary-action-button" busy={controller.form.formState.isSubmitting}>
            {t('directoryStaff.schedule.add')}
          </Button>
        </div>
      </AppForm>
    </section>
  );
}
