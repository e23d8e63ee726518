import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { SERVICE_SORTS } from '../../../contracts/rules';
import { AppForm, SelectField, TextField, useAppForm } from '../../ui/form';
import { FilterFields } from './FilterFields';
import { searchCheck } from './search-check';
import { activeFilterCount, type DirectorySearch } from './search-params';

/** Search words on top; the filters fold away on a phone behind "Filters (n)". */
export function SearchForm({ initial, onSearch }: { initial: DirectorySearch; onSearch: (search: DirectorySearch) => void }) {
  const { t } = useTranslation();
  const controller = useAppForm({
    id: 'directory-search',
    check: searchCheck,
    defaultValues: initial,
    fields: {
      q: { label: t('directorySearch.q'), hint: t('directorySearch.qHint') },
      theme: { label: t('directorySearch.theme') },
      age: { label: t('directorySearch.age'), hint: t('directorySearch.ageHint') },
      cost: { label: t('directorySearch.cost') },
      language: { label: t('directorySearch.language') },
      area: { label: t('directorySearch.area') },
      kind: { label: t('directorySearch.kind') },
      openNow: { label: t('directorySearch.openNow') },
      hasCapacity: { label: t('directorySearch.hasCapacity') },
      postcode: { label: t('directorySearch.postcode'), hint: t('directorySearch.postcodeHint') },
      radiusKm: { label: t('directorySearch.radius') },
      sort: { label: t('directorySearch.sort'), hint: t('directorySearch.sortHint') },
    },
    onSubmit: async (values) => onSearch(values),
  });
  const filters = activeFilterCount(initial);
  const sorts = SERVICE_SORTS.map((value) => ({ value, label: t(`directorySearch.sortBy.${value}`) }));
  return (
    <AppForm controller={controller} className="wijkwijs-form directory-search">
      <div className="directory-search__words">
        <TextField name="q" type="search" maxLength={200} autoComplete="off" enterKeyHint="search" />
        <Button type="submit" appearance="primary-action-button">
          {t('common.search')}
        </Button>
      </div>
      <details className="directory-search__filters" open={filters > 0 || undefined}>
        <summary>{filters > 0 ? t('directorySearch.filtersOn', { count: filters }) : t('directorySearch.filters')}</summary>
        <FilterFields />
        <SelectField name="sort" options={sorts} />
        <div>
          <Button type="submit" appearance="secondary-action-button">
            {t('directorySearch.apply')}
          </Button>
        </div>
      </details>
    </AppForm>
  );
}
