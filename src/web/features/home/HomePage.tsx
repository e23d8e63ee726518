import { Heading2, LinkList, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { navItemsFor } from '../../app/navigation';
import { useMe } from '../../app/session';
import { PageHeading } from '../../ui/PageHeading';
import { LinkListRouterLink } from '../../ui/RouterLink';

/** Welcome: who you are, your teams, and the screens you can use today. */
export function HomePage() {
  const { t } = useTranslation();
  const me = useMe().data;
  if (!me) return null;
  const links = navItemsFor(me).filter((item) => item.path !== '/');
  return (
    <>
      <PageHeading>{t('home.title', { name: me.displayName })}</PageHeading>
      <Paragraph appearance="lead">{t('home.intro', { tenant: me.tenant.name })}</Paragraph>
      <section className="wijkwijs-section" aria-labelledby="home-teams">
        <Heading2 id="home-teams">{t('home.teams')}</Heading2>
        {me.teams.length === 0 ? (
          <Paragraph>{t('home.noTeams')}</Paragraph>
        ) : (
          <UnorderedList>
            {me.teams.map((team) => (
              <UnorderedListItem key={team.id}>{team.name}</UnorderedListItem>
            ))}
          </UnorderedList>
        )}
        <Paragraph>{t('home.roles', { roles: me.roles.map((role) => t(`roles.${role}`)).join(', ') })}</Paragraph>
      </section>
      <section className="wijkwijs-section" aria-labelledby="home-links">
        <Heading2 id="home-links">{t('home.whatYouCanDo')}</Heading2>
        <LinkList>
          {links.map((item) => (
            <LinkListRouterLink key={item.path} to={item.path}>
              {/* A sentence where the catalogue has one (home.links), otherwise the screen's menu name. */}
              {t([`home.links.${item.labelKey.replace('nav.', '')}`, item.labelKey])}
            </LinkListRouterLink>
          ))}
        </LinkList>
      </section>
    </>
  );
}
