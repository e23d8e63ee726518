import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../ui/RouterLink';
import { SearchPage } from './SearchPage';
import { preloadLinkTarget } from './sub-screens';

export const PUBLIC_DIRECTORY_PATH = '/sociale-kaart';
export const publicServicePath = (id: string) => `${PUBLIC_DIRECTORY_PATH}/aanbod/${id}`;

/** The public sociale kaart: no sign-in, for every resident. */
export function PublicSearchPage() {
  const { t } = useTranslation();
  const intro = (
    <>
      <Paragraph lead>{t('publicDirectory.intro')}</Paragraph>
      <Paragraph>
        {t('publicDirectory.proposeIntro')} <RouterLink to={`${PUBLIC_DIRECTORY_PATH}/activiteit-aanmelden`}>{t('publicDirectory.proposeLink')}</RouterLink>
      </Paragraph>
    </>
  );
  return <SearchPage scope="public" title={t('publicDirectory.title')} intro={intro} detailPath={publicServicePath} onLinkIntent={preloadLinkTarget} />;
}
