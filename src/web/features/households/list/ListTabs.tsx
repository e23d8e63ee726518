import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../../ui/RouterLink';

export type Scope = 'mine' | 'team' | 'waiting';
const TARGET: Record<Scope, string> = { mine: '/huishoudens', team: '/huishoudens?lijst=team', waiting: '/huishoudens?lijst=wachtlijst' };

/** The team lead's three lists, as links (each list has its own address). */
export function ListTabs({ current }: { current: Scope }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('households.list.tabs')} className="wijkwijs-tabs">
      <ul>
        {(Object.keys(TARGET) as Scope[]).map((scope) => (
          <li key={scope}>
            <RouterLink to={TARGET[scope]} aria-current={scope === current ? 'page' : undefined}>
              {t(`households.list.tab.${scope}`)}
            </RouterLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
