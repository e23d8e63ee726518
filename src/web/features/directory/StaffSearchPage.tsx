import { LinkList, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { hasRole, useMe } from '../../app/session';
import { LinkListRouterLink } from '../../ui/RouterLink';
import { SearchPage } from '../public-directory/SearchPage';
import { DIRECTORY_KEEPERS, DIRECTORY_MODERATORS } from './roles';

export const staffServicePath = (id: string) => `/aanbod/${id}`;

/** The same search for professionals: also entries that are not public (professional-only). */
export function StaffSearchPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const links = [
    hasRole(me, DIRECTORY_KEEPERS) && { to: '/aanbod/mijn', label: t('directoryStaff.mine.title') },
    hasRole(me, DIRECTORY_MODERATORS) && { to: '/aanbod/moderatie', label: t('directoryStaff.moderation.title') },
    hasRole(me, [...DIRECTORY_KEEPERS, ...DIRECTORY_MODERATORS]) && { to: '/aanbod/wijzigingsvoorstellen', label: t('directoryStaff.suggestions.title') },
    { to: '/sociale-kaart', label: t('directoryStaff.publicPortal') },
  ].filter((link): link is { to: string; label: string } => !!link);
  const intro = (
    <>
      <Paragraph>{t('directoryStaff.intro')}</Paragraph>
      <LinkList>
        {links.map((link) => (
          <LinkListRouterLink key={link.to} to={link.to}>
            {link.label}
          </LinkListRouterLink>
        ))}
      </LinkList>
    </>
  );
  return <SearchPage scope="staff" title={t('directoryStaff.searchTitle')} intro={intro} detailPath={staffServicePath} />;
}
