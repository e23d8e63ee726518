import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Uuid } from '../../../../contracts/common';
import { AppForm, SelectField, TextField, useAppForm } from '../../../ui/form';
import { useUsers } from '../queries';

const optional = <T extends z.ZodType>(schema: T) => z.union([z.literal(''), schema]);

/** The audit query contract's filters, where an empty field means "any". */
const AuditSearchInput = z
  .object({ personId: optional(Uuid), userId: optional(Uuid), from: optional(z.iso.date()), to: optional(z.iso.date()) })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { path: ['to'], message: 'periodOrder' });
export type AuditSearch = z.infer<typeof AuditSearchInput>;

export function AuditSearchForm({ onSearch }: { onSearch: (search: AuditSearch) => void }) {
  const { t } = useTranslation();
  const users = useUsers({ limit: 100 }).data?.items ?? [];
  const controller = useAppForm({
    id: 'audit-search',
    schema: AuditSearchInput,
    defaultValues: { personId: '', userId: '', from: '', to: '' },
    fields: {
      personId: { label: t('audit.personId'), hint: t('audit.personIdHint') },
      userId: { label: t('audit.user') },
      from: { label: t('audit.from') },
      to: { label: t('audit.to') },
    },
    onSubmit: async (values) => onSearch(values),
  });
  const userOptions = [{ value: '', label: t('audit.anyUser') }, ...users.map((u) => ({ value: u.id, label: `${u.displayName} (${u.email})` }))];
  return (
    <AppForm controller={controller}>
      <TextField name="personId" autoComplete="off" spellCheck={false} />
      <SelectField name="userId" options={userOptions} />
      <TextField name="from" type="date" />
      <TextField name="to" type="date" />
      <div>
        <Button type="submit" appearance="secondary-action-button">
          {t('common.search')}
        </Button>
      </div>
    </AppForm>
  );
}
