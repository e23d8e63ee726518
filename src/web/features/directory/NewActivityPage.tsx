import { Button, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ServiceDetail } from '../../../contracts/directory';
import { api } from '../../app/api';
import { AppForm, TextField, useAppForm } from '../../ui/form';
import { PageHeading } from '../../ui/PageHeading';
import { RouterLink } from '../../ui/RouterLink';
import '../public-directory/directory.css';
import { EMPTY_OWN_ACTIVITY, OwnActivityForm } from '../public-directory/proposal-form';
import { ProposalWhenWhere } from '../public-directory/ProposalWhenWhere';
import { activityFieldLabels, ProposalWhat } from '../public-directory/ProposalWhat';
import { directoryKeys } from './queries';
import { staffServicePath } from './StaffSearchPage';

export const NEW_ACTIVITY_PATH = '/aanbod/mijn/nieuwe-activiteit';

/**
 * "Nieuwe activiteit": a host adds an activity of their own with the public form's fields. No
 * e-mail link (we know the account); the team checks it before it is public; the host keeps it.
 */
export function NewActivityPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const controller = useAppForm({
    id: 'new-activity',
    schema: OwnActivityForm,
    defaultValues: EMPTY_OWN_ACTIVITY,
    fields: {
      ...activityFieldLabels(t),
      email: { label: t('directoryKeeping.activity.email'), hint: t('directoryKeeping.activity.emailHint') },
      phone: { label: t('directoryKeeping.activity.phone'), hint: t('directoryKeeping.activity.phoneHint') },
    },
    onSubmit: async (values) => {
      const service = await api.post<ServiceDetail>('/api/v1/activity-proposals', values);
      queryClient.setQueryData(directoryKeys.service(service.id), service);
      void queryClient.invalidateQueries({ queryKey: directoryKeys.all, predicate: (q) => q.queryKey[1] !== 'staff' || q.queryKey[2] !== 'service' });
      void navigate(staffServicePath(service.id), { state: { notice: t('directoryKeeping.activity.proposed', { name: service.name }) } });
    },
  });
  return (
    <div className="directory">
      <Paragraph>
        <RouterLink to="/aanbod/mijn">{t('directoryKeeping.backToMine')}</RouterLink>
      </Paragraph>
      <PageHeading>{t('directoryKeeping.activity.title')}</PageHeading>
      <Paragraph lead>{t('directoryKeeping.activity.intro')}</Paragraph>
      <AppForm controller={controller}>
        <ProposalWhat />
        <ProposalWhenWhere />
        <Fieldset>
          <FieldsetLegend>{t('directoryKeeping.activity.contact')}</FieldsetLegend>
          <TextField name="email" type="email" autoComplete="email" maxLength={254} spellCheck={false} />
          <TextField name="phone" type="tel" autoComplete="tel" maxLength={30} />
        </Fieldset>
        <div>
          <Button type="submit" appearance="primary-action-button" busy={controller.form.formState.isSubmitting}>
            {t('directoryKeeping.activity.submit')}
          </Button>
        </div>
      </AppForm>
    </div>
  );
}
