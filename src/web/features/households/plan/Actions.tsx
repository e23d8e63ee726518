import { Button, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ActionOwnerKind } from '../../../../contracts/plans';
import { api } from '../../../app/api';
import { AppForm, problemMessage, SelectField, TextField, useAppForm } from '../../../ui/form';
import { TableScroll } from '../../../ui/TableScroll';
import { sendVersioned } from '../http';
import { householdKeys, householdsPath, type Action, type Goal, type Household } from '../queries';
import { dayField, requiredText } from '../ui/bsn-field';
import { formatDay } from '../ui/format';

/** Family and network first, then professionals and services: the order the owners are offered in. */
const OWNER_ORDER = ActionOwnerKind.options;

export function ActionsTable({ goal, household, canEdit, onMessage }: { goal: Goal; household: Household; canEdit: boolean; onMessage: (text: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const toggle = useMutation({
    mutationFn: (action: Action) => sendVersioned<Action>('PATCH', `${householdsPath(household.id)}/actions/${action.id}`, action.version, { done: !action.doneAt }),
    onSuccess: async (action) => {
      onMessage(t(action.doneAt ? 'households.plan.actionDone' : 'households.plan.actionOpen', { action: action.description }));
      await queryClient.invalidateQueries({ queryKey: householdKeys.part(household.id, 'plan') });
    },
    onError: (error) => onMessage(problemMessage(error, t)),
  });
  if (goal.actions.length === 0) return <Paragraph>{t('households.plan.noActions')}</Paragraph>;
  const actions = [...goal.actions].sort((a, b) => OWNER_ORDER.indexOf(a.ownerKind) - OWNER_ORDER.indexOf(b.ownerKind));
  const caption = t('households.plan.actionsOf', { goal: goal.ownWords });
  return (
    <TableScroll label={caption}>
      <Table>
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('households.plan.action')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('households.plan.owner')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('households.plan.dueOn')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('households.plan.done')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {actions.map((action) => (
            <TableRow key={action.id}>
              <TableHeaderCell scope="row">{action.description}</TableHeaderCell>
              <TableCell>
                {action.ownerName} ({t(`households.ownerKind.${action.ownerKind}`)})
              </TableCell>
              <TableCell>{action.dueOn ? formatDay(action.dueOn) : t('common.none')}</TableCell>
              <TableCell>
                {action.doneAt ? t('households.plan.doneOn', { date: formatDay(action.doneAt) }) : t('households.plan.notDone')}
                {canEdit && (
                  <>
                    {' '}
                    <Button appearance="subtle-button" onClick={() => toggle.mutate(action)}>
                      {action.doneAt ? t('households.plan.markOpen') : t('households.plan.markDone')}
                      <span className="wijkwijs-visually-hidden"> {action.description}</span>
                    </Button>
                  </>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

const ActionFormSchema = z.object({
  goalId: z.string().min(1), description: requiredText('requiredAction', 1000), ownerKind: ActionOwnerKind, ownerName: requiredText('requiredOwnerName'),
  dueOn: dayField('', { optional: true }),
});

/** A new action for a goal: who does what, and when. With `goals`, the form asks which goal (from the exploration). */
export function ActionForm({ household, goal, goals, description = '', formId, onDone }: {
  household: Household; goal?: Goal; goals?: Goal[]; description?: string; formId: string; onDone: (text: string) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const controller = useAppForm({
    id: formId,
    schema: ActionFormSchema,
    defaultValues: { goalId: goal?.id ?? '', description, ownerKind: 'family', ownerName: '', dueOn: '' },
    fields: {
      goalId: { label: t('households.plan.forGoal') },
      description: { label: t('households.plan.action') },
      ownerKind: { label: t('households.plan.ownerKind'), hint: t('households.plan.ownerKindHint') },
      ownerName: { label: t('households.plan.ownerName'), hint: t('households.plan.ownerNameHint') },
      dueOn: { label: t('households.plan.dueOn'), hint: t('households.plan.dueOnHint') },
    },
    onSubmit: async ({ goalId, dueOn, ...values }) => {
      await api.post(`${householdsPath(household.id)}/goals/${goalId}/actions`, { ...values, dueOn: dueOn || null });
      controller.form.reset({ goalId: goal?.id ?? '', description: '', ownerKind: 'family', ownerName: '', dueOn: '' });
      await queryClient.invalidateQueries({ queryKey: householdKeys.part(household.id, 'plan') });
      onDone(t('households.plan.actionAdded', { action: values.description }));
    },
  });
  return (
    <AppForm controller={controller}>
      {goals && <SelectField name="goalId" options={[{ value: '', label: t('households.plan.chooseGoal') }, ...goals.map((g) => ({ value: g.id, label: g.ownWords }))]} />}
      <TextField name="description" autoComplete="off" />
      <SelectField name="ownerKind" options={OWNER_ORDER.map((k) => ({ value: k, label: t(`households.ownerKind.${k}`) }))} />
      <TextField name="ownerName" autoComplete="off" />
      <TextField name="dueOn" type="date" />
      <div>
        <Button type="submit" appearance="secondary-action-button" busy={controller.form.formState.isSubmitting}>
          {t('households.plan.addAction')}
        </Button>
      </div>
    </AppForm>
  );
}
