import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../ui/PageHeading';
import { RouterLink } from '../ui/RouterLink';

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('forbidden.title')}</PageHeading>
      <Paragraph>{t('forbidden.body')}</Paragraph>
      <Paragraph>
        <RouterLink to="/">{t('common.toHome')}</RouterLink>
      </Paragraph>
    </>
  );
}
