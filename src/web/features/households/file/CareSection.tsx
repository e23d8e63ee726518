import { Button, Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api } from '../../../app/api';
import { AppForm, SelectField, TextField, useAppForm } from '../../../ui/form';
import { QueryStatus } from '../../../ui/QueryStatus';
import { StatusMessage } from '../../../ui/StatusMessage';
import { TableScroll } from '../../../ui/TableScroll';
import { householdKeys, householdsPath, useCareDecisions, type Household } from '../queries';
import { dayField, requiredText } from '../ui/bsn-field';
import { formatDay, today } from '../ui/format';
import { TextareaField } from '../ui/TextareaField';
import { useFileContext } from './FileLayout';

const CareForm = z
  .object({
    direction: z.enum(['step_up', 'step_down']), personId: z.string(), provider: requiredText('requiredProvider'), productCategory: requiredText('requiredProductCategory'),
    startsOn: dayField('requiredStartsOn'), endsOn: dayField('', { optional: true }), volume: z.string().trim().max(200), note: z.string().trim().max(4000),
  })
  .superRefine((v, ctx) => {
    if (v.endsOn && v.startsOn && v.endsOn < v.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'periodOrder' });
  });

function CareDecisionForm({ household, onDone }: { household: Household; onDone: (text: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const empty = { direction: 'step_up' as const, personId: '', provider: '', productCategory: '', startsOn: today(), endsOn: '', volume: '', note: '' };
  const controller = useAppForm({
    id: 'care-decision',
    schema: CareForm,
    defaultValues: empty,
    fields: {
      direction: { label: t('households.care.direction') }, personId: { label: t('households.care.personId') },
      provider: { label: t('households.care.provider') }, productCategory: { label: t('households.care.productCategory'), hint: t('households.care.productCategoryHint') },
      startsOn: { label: t('households.care.startsOn') }, endsOn: { label: t('households.care.endsOn') },
      volume: { label: t('households.care.volume'), hint: t('households.care.volumeHint') }, note: { label: t('households.care.note') },
    },
    onSubmit: async (v) => {
      await api.post(`${householdsPath(household.id)}/care-decisions`, {
        ...v, personId: v.personId || null, endsOn: v.endsOn || null, volume: v.volume || null, note: v.note || null,
      });
      controller.form.reset(empty);
      await queryClient.invalidateQueries({ queryKey: householdKeys.part(household.id, 'care') });
      onDone(t('households.care.saved'));
    },
  });
  return (
    <AppForm controller={controller}>
      <SelectField name="direction" options={(['step_up', 'step_down'] as const).map((d) => ({ value: d, label: t(`households.care.${d}`) }))} />
      <SelectField name="personId" options={[{ value: '', label: t('households.network.wholeHousehold') }, ...household.members.map((m) => ({ value: m.id, label: m.givenName }))]} />
      <TextField name="provider" autoComplete="off" />
      <TextField name="productCategory" autoComplete="off" />
      <TextField name="startsOn" type="date" />
      <TextField name="endsOn" type="date" />
      <TextField name="volume" autoComplete="off" />
      <TextareaField name="note" rows={2} />
      <div>
        <Button type="submit" appearance="primary-action-button" busy={controller.form.formState.isSubmitting}>
          {t('households.care.save')}
        </Button>
      </div>
    </AppForm>
  );
}

/** Zorg: stepping up to specialist care and back down; the plan and the coordinator stay. */
export function CareSection() {
  const { t } = useTranslation();
  const { household } = useFileContext();
  const decisions = useCareDecisions(household.id);
  const [message, setMessage] = useState<string | null>(null);
  const who = (personId: string | null) => household.members.find((m) => m.id === personId)?.givenName ?? t('households.network.wholeHousehold');
  return (
    <>
      <Paragraph>{t('households.care.intro', { coordinator: household.coordinatorName ?? t('common.unknown') })}</Paragraph>
      {message && <StatusMessage>{message}</StatusMessage>}
      <section aria-labelledby="care-list">
        <Heading2 id="care-list">{t('households.care.title')}</Heading2>
        <QueryStatus isPending={decisions.isPending} error={decisions.error} />
        {decisions.data && decisions.data.items.length === 0 && <Paragraph>{t('households.care.none')}</Paragraph>}
        {decisions.data && decisions.data.items.length > 0 && (
          <TableScroll label={t('households.care.title')}>
            <Table>
              <TableCaption>{t('households.care.title')}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('households.care.startsOn')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('households.care.direction')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('households.care.personId')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('households.care.provider')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('households.care.productCategory')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('households.care.endsOn')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('households.care.volume')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {decisions.data.items.map((d) => (
                  <TableRow key={d.id}>
                    <TableHeaderCell scope="row">{formatDay(d.startsOn)}</TableHeaderCell>
                    <TableCell>{t(`households.care.${d.direction}`)}</TableCell>
                    <TableCell>{who(d.personId)}</TableCell>
                    <TableCell>{d.provider}</TableCell>
                    <TableCell>{d.productCategory}</TableCell>
                    <TableCell>{d.endsOn ? formatDay(d.endsOn) : t('common.none')}</TableCell>
                    <TableCell>{d.volume ?? t('common.none')}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableScroll>
        )}
      </section>
      {household.status !== 'closed' && (
        <section className="wijkwijs-section" aria-labelledby="care-new">
          <Heading2 id="care-new">{t('households.care.newTitle')}</Heading2>
          <CareDecisionForm household={household} onDone={setMessage} />
        </section>
      )}
    </>
  );
}
