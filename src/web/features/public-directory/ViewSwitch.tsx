import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { RouterLink } from '../../ui/RouterLink';

/** List (the main view) or map; the choice is part of the URL like the filters. */
export function ViewSwitch({ view }: { view: 'list' | 'map' }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const to = (next: 'list' | 'map') => {
    const copy = new URLSearchParams(params);
    if (next === 'map') copy.set('view', 'map');
    else copy.delete('view');
    const query = copy.toString();
    return { search: query ? `?${query}` : '' };
  };
  return (
    <nav aria-label={t('directorySearch.view')} className="directory__views">
      <RouterLink to={to('list')} aria-current={view === 'list' ? 'page' : undefined}>
        {t('directorySearch.asList')}
      </RouterLink>
      <RouterLink to={to('map')} aria-current={view === 'map' ? 'page' : undefined}>
        {t('directorySearch.onMap')}
      </RouterLink>
    </nav>
  );
}
