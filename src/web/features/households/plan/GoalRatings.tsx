import { Button, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api } from '../../../app/api';
import { AppForm, SelectField, TextField, useAppForm } from '../../../ui/form';
import { TableScroll } from '../../../ui/TableScroll';
import { householdKeys, householdsPath, type Goal, type Household } from '../queries';
import { formatDay } from '../ui/format';
import { LineChart } from './LineChart';

/** The goal's own rating over time (0–10): a small chart and the same numbers as a table. */
export function RatingHistory({ goal, household }: { goal: Goal; household: Household }) {
  const { t } = useTranslation();
  const ratings = [...goal.ratings].sort((a, b) => a.ratedAt.localeCompare(b.ratedAt));
  if (ratings.length === 0) return null;
  const who = (personId: string | null) => household.members.find((m) => m.id === personId)?.givenName ?? t('common.none');
  const caption = t('households.plan.ratingsOf', { goal: goal.ownWords });
  return (
    <>
      <LineChart
        points={ratings.map((r) => ({ x: formatDay(r.ratedAt), y: r.rating }))}
        min={0}
        max={10}
        label={t('households.plan.ratingChart', { goal: goal.ownWords, values: ratings.map((r) => r.rating).join(', ') })}
      />
      <TableScroll label={caption}>
        <Table>
          <TableCaption>{caption}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('households.plan.ratedAt')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('households.plan.rating')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('households.plan.ratedBy')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('households.plan.note')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {ratings.map((r) => (
              <TableRow key={r.id}>
                <TableHeaderCell scope="row">{formatDay(r.ratedAt)}</TableHeaderCell>
                <TableCell>{r.rating}</TableCell>
                <TableCell>{who(r.ratedByPersonId)}</TableCell>
                <TableCell>{r.note ?? t('common.none')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScroll>
    </>
  );
}

const RateForm = z.object({ rating: z.string().regex(/^(10|[0-9])$/), ratedByPersonId: z.string(), note: z.string().trim().max(1000) });

/** The person gives the goal a number from 0 to 10 today. */
export function RateGoalForm({ goal, household, onDone }: { goal: Goal; household: Household; onDone: (text: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const controller = useAppForm({
    id: `rate-${goal.id}`,
    schema: RateForm,
    defaultValues: { rating: '', ratedByPersonId: goal.personId ?? '', note: '' },
    fields: {
      rating: { label: t('households.plan.rating'), hint: t('households.plan.ratingHint') },
      ratedByPersonId: { label: t('households.plan.ratedBy') },
      note: { label: t('households.plan.note') },
    },
    onSubmit: async (values) => {
      await api.post(`${householdsPath(household.id)}/goals/${goal.id}/ratings`, {
        rating: Number(values.rating), ratedByPersonId: values.ratedByPersonId || null, note: values.note || null,
      });
      controller.form.reset();
      await queryClient.invalidateQueries({ queryKey: householdKeys.part(household.id, 'plan') });
      onDone(t('households.plan.rated', { rating: values.rating }));
    },
  });
  const scale = [{ value: '', label: t('households.plan.chooseRating') }, ...Array.from({ length: 11 }, (_, i) => ({ value: String(i), label: String(i) }))];
  const people = [{ value: '', label: t('households.plan.ratedByNobody') }, ...household.members.map((m) => ({ value: m.id, label: m.givenName }))];
  return (
    <AppForm controller={controller}>
      <SelectField name="rating" options={scale} />
      <SelectField name="ratedByPersonId" options={people} />
      <TextField name="note" autoComplete="off" />
      <div>
        <Button type="submit" appearance="secondary-action-button" busy={controller.form.formState.isSubmitting}>
          {t('households.plan.rate')}
        </Button>
      </div>
    </AppForm>
  );
}
