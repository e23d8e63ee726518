import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { hasRole, useMe } from '../../app/session';
import { PageHeading } from '../../ui/PageHeading';
import { RouterLink } from '../../ui/RouterLink';
import { CaseList } from './CaseList';

/** Meldcode: the cases the user sees (coordinator, the team's safety officer, team lead); the settings for admins. */
export function MeldcodeListPage() {
  const { t } = useTranslation();
  const me = useMe();
  const caseWorker = hasRole(me.data, ['coach', 'team_lead', 'safety_officer']);
  return (
    <>
      <PageHeading>{t('meldcode.list.title')}</PageHeading>
      <Paragraph>{t('meldcode.list.intro')}</Paragraph>
      {hasRole(me.data, ['admin']) && <Paragraph><RouterLink to="/meldcode/instellingen">{t('meldcode.settings.title')}</RouterLink></Paragraph>}
      {caseWorker && <CaseList />}
    </>
  );
}
