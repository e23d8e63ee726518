import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { HouseholdStatus } from '../../../../contracts/households';
import { AppForm, SelectField, TextField, useAppForm } from '../../../ui/form';
import { OptionalBsnField } from '../ui/bsn-field';
import { useDistrictOptions } from '../queries';

const SearchForm = z.object({
  q: z.union([z.literal(''), z.string().trim().min(2).max(100)]),
  bsn: OptionalBsnField,
  status: z.union([z.literal(''), HouseholdStatus]),
  neighbourhoodId: z.string(),
  sort: z.enum(['name', 'registered', 'waiting']),
});
export type HouseholdSearch = z.infer<typeof SearchForm>;
export const EMPTY_SEARCH: HouseholdSearch = { q: '', bsn: '', status: '', neighbourhoodId: '', sort: 'name' };

/** Search by name or address, or by an exact BSN; filter by status and neighbourhood; sort. */
export function HouseholdSearchForm({ initial, waitingList, onSearch }: { initial: HouseholdSearch; waitingList: boolean; onSearch: (search: HouseholdSearch) => void }) {
  const { t } = useTranslation();
  const districts = useDistrictOptions().data?.items ?? [];
  const controller = useAppForm({
    id: 'household-search',
    schema: SearchForm,
    defaultValues: initial,
    fields: {
      q: { label: t('households.search.q'), hint: t('households.search.qHint') },
      bsn: { label: t('households.search.bsn'), hint: t('households.search.bsnHint') },
      status: { label: t('households.search.status') },
      neighbourhoodId: { label: t('households.search.neighbourhood') },
      sort: { label: t('households.search.sort') },
    },
    onSubmit: async (values) => onSearch(values),
  });
  const statuses = [{ value: '', label: t('households.search.anyStatus') }, ...HouseholdStatus.options.map((s) => ({ value: s, label: t(`households.status.${s}`) }))];
  const neighbourhoods = [
    { value: '', label: t('households.search.anyNeighbourhood') },
    ...districts.flatMap((d) => d.neighbourhoods.map((n) => ({ value: n.id, label: t('households.search.neighbourhoodIn', { neighbourhood: n.name, district: d.name }) }))),
  ];
  const sorts = (['name', 'registered', ...(waitingList ? ['waiting'] : [])] as const).map((s) => ({ value: s, label: t(`households.search.sortBy.${s}`) }));
  return (
    <AppForm controller={controller}>
      <TextField name="q" type="search" maxLength={100} autoComplete="off" />
      <TextField name="bsn" inputMode="numeric" maxLength={9} autoComplete="off" spellCheck={false} />
      {!waitingList && <SelectField name="status" options={statuses} />}
      <SelectField name="neighbourhoodId" options={neighbourhoods} />
      <SelectField name="sort" options={sorts} />
      <div>
        <Button type="submit" appearance="secondary-action-button">
          {t('common.search')}
        </Button>
      </div>
    </AppForm>
  );
}
