import { NavBar, NavList } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../contracts/auth';
import { NavRouterLink } from '../ui/RouterLink';
import { navItemsFor } from './navigation';

/** The main menu: only the screens the signed-in user's roles may use. */
export function MainNav({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <NavBar aria-label={t('nav.label')} className="wijkwijs-nav">
      <NavList>
        {navItemsFor(me).map((item) => (
          <NavRouterLink key={item.path} to={item.path}>
            {t(item.labelKey)}
          </NavRouterLink>
        ))}
      </NavList>
    </NavBar>
  );
}
