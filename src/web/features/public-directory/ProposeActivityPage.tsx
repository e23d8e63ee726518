import { Button, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityProposalInput } from '../../../contracts/directory';
import { api } from '../../app/api';
import { AppForm, TextField, useAppForm } from '../../ui/form';
import { PageHeading } from '../../ui/PageHeading';
import { RouterLink } from '../../ui/RouterLink';
import { StatusMessage } from '../../ui/StatusMessage';
import { EMPTY_PROPOSAL, ProposalForm } from './proposal-form';
import { ProposalWhenWhere } from './ProposalWhenWhere';
import { PUBLIC_DIRECTORY_PATH } from './PublicSearchPage';
import { activityFieldLabels, ProposalWhat } from './ProposalWhat';
import './directory.css';

/** "Activiteit aanmelden": a resident tells the team about an activity; it goes public after e-mail confirmation and a check. */
export function ProposeActivityPage() {
  const { t } = useTranslation();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const send = useMutation({ mutationFn: (body: ActivityProposalInput) => api.post('/api/v1/public/activity-proposals', body) });
  const label = (key: string, hint = false) => ({ label: t(`proposeActivity.${key}`), ...(hint ? { hint: t(`proposeActivity.${key}Hint`) } : {}) });
  const controller = useAppForm({
    id: 'propose-activity',
    schema: ProposalForm,
    defaultValues: EMPTY_PROPOSAL,
    fields: { ...activityFieldLabels(t), proposerName: label('proposerName', true), proposerEmail: label('proposerEmail', true) },
    onSubmit: async (values) => {
      await send.mutateAsync(values);
      setSentTo(values.proposerEmail);
    },
  });
  if (sentTo) {
    return (
      <div className="directory">
        <PageHeading>{t('proposeActivity.sentTitle')}</PageHeading>
        <StatusMessage>{t('proposeActivity.sent', { email: sentTo })}</StatusMessage>
        <Paragraph>{t('proposeActivity.sentNext')}</Paragraph>
        <Paragraph>
          <RouterLink to={PUBLIC_DIRECTORY_PATH}>{t('publicDirectory.back')}</RouterLink>
        </Paragraph>
      </div>
    );
  }
  return (
    <div className="directory">
      <PageHeading>{t('proposeActivity.title')}</PageHeading>
      <Paragraph lead>{t('proposeActivity.intro')}</Paragraph>
      <AppForm controller={controller}>
        <ProposalWhat />
        <ProposalWhenWhere />
        <Fieldset>
          <FieldsetLegend>{t('proposeActivity.who')}</FieldsetLegend>
          <TextField name="proposerName" autoComplete="name" maxLength={200} />
          <TextField name="proposerEmail" type="email" autoComplete="email" maxLength={254} spellCheck={false} />
        </Fieldset>
        <Paragraph>{t('proposeActivity.privacy')}</Paragraph>
        <div>
          <Button type="submit" appearance="primary-action-button" busy={controller.form.formState.isSubmitting}>
            {t('proposeActivity.submit')}
          </Button>
        </div>
      </AppForm>
    </div>
  );
}
