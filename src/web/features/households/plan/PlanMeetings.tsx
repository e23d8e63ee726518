import { Button, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api } from '../../../app/api';
import { AppForm, CheckboxGroup, TextField, useAppForm } from '../../../ui/form';
import { QueryStatus } from '../../../ui/QueryStatus';
import { TableScroll } from '../../../ui/TableScroll';
import { householdKeys, householdsPath, usePlanMeetings, type Household } from '../queries';
import { dayField } from '../ui/bsn-field';
import { formatDay, today } from '../ui/format';
import { TextareaField } from '../ui/TextareaField';

const MeetingForm = z
  .object({ metOn: dayField('requiredMetOn', { past: true }), agreedMembers: z.array(z.string()), others: z.string().trim().max(2000), note: z.string().trim().max(4000) })
  .superRefine((v, ctx) => {
    const others = v.others.split(',').map((s) => s.trim()).filter(Boolean);
    if (v.agreedMembers.length + others.length === 0) ctx.addIssue({ code: 'custom', path: ['agreedMembers'], message: 'requiredAgreedBy' });
  });

/** A plan meeting keeps the plan as it is now (a snapshot) and who agreed to it. */
export function PlanMeetingForm({ household, onDone }: { household: Household; onDone: (text: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const controller = useAppForm({
    id: 'plan-meeting',
    schema: MeetingForm,
    defaultValues: { metOn: today(), agreedMembers: [], others: '', note: '' },
    fields: {
      metOn: { label: t('households.meeting.metOn') },
      agreedMembers: { label: t('households.meeting.agreedMembers') },
      others: { label: t('households.meeting.others'), hint: t('households.meeting.othersHint') },
      note: { label: t('households.meeting.note') },
    },
    onSubmit: async (v) => {
      const agreedBy = [...v.agreedMembers, ...v.others.split(',').map((s) => s.trim()).filter(Boolean)];
      await api.post(`${householdsPath(household.id)}/plan-meetings`, { metOn: v.metOn, agreedBy, note: v.note || null });
      controller.form.reset({ metOn: today(), agreedMembers: [], others: '', note: '' });
      await queryClient.invalidateQueries({ queryKey: householdKeys.part(household.id, 'plan') });
      onDone(t('households.meeting.saved'));
    },
  });
  return (
    <AppForm controller={controller}>
      <TextField name="metOn" type="date" />
      <CheckboxGroup name="agreedMembers" options={household.members.map((m) => ({ value: `${m.givenName} ${m.familyName}`, label: `${m.givenName} ${m.familyName}` }))} />
      <TextField name="others" autoComplete="off" />
      <TextareaField name="note" rows={2} />
      <div>
        <Button type="submit" appearance="secondary-action-button" busy={controller.form.formState.isSubmitting}>
          {t('households.meeting.save')}
        </Button>
      </div>
    </AppForm>
  );
}

export function PlanMeetingList({ household }: { household: Household }) {
  const { t } = useTranslation();
  const meetings = usePlanMeetings(household.id);
  if (!meetings.data) return <QueryStatus isPending={meetings.isPending} error={meetings.error} />;
  if (meetings.data.items.length === 0) return <Paragraph>{t('households.meeting.none')}</Paragraph>;
  return (
    <TableScroll label={t('households.meeting.caption')}>
      <Table>
        <TableCaption>{t('households.meeting.caption')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('households.meeting.metOn')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('households.meeting.agreedBy')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('households.meeting.goals')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('households.meeting.note')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {meetings.data.items.map((m) => (
            <TableRow key={m.id}>
              <TableHeaderCell scope="row">{formatDay(m.metOn)}</TableHeaderCell>
              <TableCell>{m.agreedBy.join(', ')}</TableCell>
              <TableCell>{m.snapshot.goals.map((g) => g.ownWords).join('; ') || t('common.none')}</TableCell>
              <TableCell>{m.note ?? t('common.none')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
