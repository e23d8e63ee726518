import { Button, Heading2 } from '@utrecht/component-library-react';
import { lazy, Suspense, type ReactNode, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeading } from '../../ui/PageHeading';
import { QueryStatus } from '../../ui/QueryStatus';
import { useServiceSearch, type SearchScope } from './queries';
import { ResultCount } from './ResultCount';
import { ResultList } from './ResultList';
import { apiQueryFromSearch, paramsFromSearch, searchFromParams } from './search-params';
import { SearchForm } from './SearchForm';
import { ViewSwitch } from './ViewSwitch';
import './directory.css';

// Leaflet is large: it loads only when someone opens the map.
const ServiceMap = lazy(() => import('./ServiceMap'));

interface SearchPageProps {
  scope: SearchScope;
  title: string;
  intro?: ReactNode;
  detailPath: (id: string) => string;
  /** Called when a pointer reaches or the focus lands in the page (e.g. to preload where a link leads). */
  onLinkIntent?: (event: SyntheticEvent) => void;
}

/** The directory search: form, result count, list (or map). The search lives in the URL. */
export function SearchPage({ scope, title, intro, detailPath, onLinkIntent }: SearchPageProps) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const search = searchFromParams(params);
  const view = params.get('view') === 'map' ? 'map' : 'list';
  const results = useServiceSearch(scope, apiQueryFromSearch(search));
  const items = results.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <div className="directory" onPointerOver={onLinkIntent} onFocus={onLinkIntent}>
      <PageHeading>{title}</PageHeading>
      {intro}
      <section aria-labelledby="directory-search-title" className="directory__search">
        <Heading2 id="directory-search-title" className="directory__visually-hidden">
          {t('directorySearch.title')}
        </Heading2>
        <SearchForm key={params.toString()} initial={search} onSearch={(next) => setParams(paramsFromSearch(next, { view: view === 'map' ? 'map' : '' }))} />
      </section>
      <section aria-labelledby="directory-results-title" className="directory__results">
        <Heading2 id="directory-results-title">{t('directorySearch.results')}</Heading2>
        <ResultCount
          pending={results.isFetching && !results.isFetchingNextPage} shown={items.length}
          total={results.data?.pages[0]?.total ?? 0} totalExact={results.data?.pages[0]?.totalExact ?? true} failed={!!results.error}
        />
        <ViewSwitch view={view} />
        <QueryStatus isPending={false} error={results.error} />
        {view === 'map' ? (
          <Suspense fallback={null}>
            <ServiceMap items={items} detailPath={detailPath} />
          </Suspense>
        ) : (
          <ResultList items={items} detailPath={detailPath} />
        )}
        {results.hasNextPage && (
          <Button appearance="secondary-action-button" busy={results.isFetchingNextPage} onClick={() => void results.fetchNextPage()}>
            {t('directorySearch.more')}
          </Button>
        )}
      </section>
    </div>
  );
}
