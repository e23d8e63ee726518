import { Button } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ServiceStatus, type ServiceDetail } from '../../../contracts/directory';
import { isProblem } from '../../app/api';
import { AppForm, CheckboxGroup, SelectField, TextField, useAppForm } from '../../ui/form';
import { CheckboxField } from '../households/ui/CheckboxField';
import { StaleNotice } from '../households/ui/StaleNotice';
import { TextareaField } from '../households/ui/TextareaField';
import { themeName } from '../public-directory/format';
import { useServiceFilters } from '../public-directory/queries';
import { directoryKeys, useUpdateService } from './queries';
import { changesFrom, editValues, ServiceEditForm } from './service-form';
import { staffServicePath } from './StaffSearchPage';

/** The entry's own fields; saved with If-Match, so someone else's save in between is never overwritten. */
export function EditServiceForm({ service }: { service: ServiceDetail }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const themes = useServiceFilters().data?.themes ?? [];
  const update = useUpdateService(service.id);
  const [stale, setStale] = useState(false);
  const f = (key: string, hint = false) => ({ label: t(`directoryStaff.form.${key}`), ...(hint ? { hint: t(`directoryStaff.form.${key}Hint`) } : {}) });
  const controller = useAppForm({
    id: 'edit-service',
    schema: ServiceEditForm,
    defaultValues: editValues(service),
    fields: {
      name: f('name'), description: f('description'), applicationProcess: f('applicationProcess', true), eligibilityDescription: f('eligibilityDescription'),
      feesDescription: f('feesDescription'), minimumAge: f('minimumAge'), maximumAge: f('maximumAge'), cost: f('cost'), themes: f('themes'),
      url: f('url'), email: f('email'), status: f('status'), isPublic: f('isPublic', true),
    },
    onSubmit: async (values) => {
      const changes = changesFrom(service, values);
      if (Object.keys(changes).length > 0) await update.mutateAsync({ version: service.version, changes });
      void navigate(staffServicePath(service.id), { state: { saved: true } });
    },
    onError: (error) => {
      if (!isProblem(error, 'precondition_failed')) return false;
      setStale(true);
      return true;
    },
  });
  const costs = [{ value: '', label: t('directoryService.costUnknown') }, ...(['free', 'low', 'paid'] as const).map((value) => ({ value, label: t(`directoryCost.${value}`) }))];
  const statuses = ServiceStatus.options.map((value) => ({ value, label: t(`directoryStaff.status.${value.replace(' ', '_')}`) }));
  return (
    <>
      {stale && <StaleNotice onReload={() => void queryClient.invalidateQueries({ queryKey: directoryKeys.service(service.id) })} />}
      <AppForm controller={controller}>
        <TextField name="name" maxLength={200} />
        <TextareaField name="description" rows={5} />
        <TextareaField name="applicationProcess" rows={3} />
        <TextareaField name="eligibilityDescription" rows={2} />
        <TextField name="minimumAge" inputMode="numeric" maxLength={3} className="directory-search__short" />
        <TextField name="maximumAge" inputMode="numeric" maxLength={3} className="directory-search__short" />
        <SelectField name="cost" options={costs} />
        <TextareaField name="feesDescription" rows={2} />
        <CheckboxGroup name="themes" options={themes.map((theme) => ({ value: theme.code, label: themeName(theme, i18n.language) }))} />
        <TextField name="url" type="url" maxLength={2000} />
        <TextField name="email" type="email" maxLength={254} />
        <SelectField name="status" options={statuses} />
        <CheckboxField name="isPublic" />
        <div>
          <Button type="submit" appearance="primary-action-button" busy={controller.form.formState.isSubmitting}>
            {t('common.save')}
          </Button>
        </div>
      </AppForm>
    </>
  );
}
