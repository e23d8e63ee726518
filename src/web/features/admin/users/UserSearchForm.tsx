import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { UserStatus } from '../../../../contracts/admin';
import { AppForm, SelectField, TextField, useAppForm } from '../../../ui/form';

const SearchForm = z.object({ q: z.string().trim().max(100), status: z.union([z.literal(''), UserStatus]) });
export type UserSearch = z.infer<typeof SearchForm>;

export function UserSearchForm({ onSearch }: { onSearch: (search: UserSearch) => void }) {
  const { t } = useTranslation();
  const controller = useAppForm({
    id: 'user-search',
    schema: SearchForm,
    defaultValues: { q: '', status: '' },
    fields: { q: { label: t('users.q'), hint: t('users.qHint') }, status: { label: t('users.status') } },
    onSubmit: async (values) => onSearch(values),
  });
  const statuses = [{ value: '', label: t('users.anyStatus') }, ...UserStatus.options.map((s) => ({ value: s, label: t(`userStatus.${s}`) }))];
  return (
    <AppForm controller={controller}>
      <TextField name="q" type="search" maxLength={100} />
      <SelectField name="status" options={statuses} />
      <div>
        <Button type="submit" appearance="secondary-action-button">
          {t('common.search')}
        </Button>
      </div>
    </AppForm>
  );
}
