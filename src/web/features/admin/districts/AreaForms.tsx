import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { DistrictInput, NeighbourhoodInput, type NeighbourhoodView } from '../../../../contracts/admin';
import { api } from '../../../app/api';
import { AppForm, SelectField, TextField, useAppForm } from '../../../ui/form';
import { adminKeys, type District } from '../queries';

type Neighbourhood = z.infer<typeof NeighbourhoodView>;

function FormButtons({ editing, createLabel, onCancel, busy }: { editing: boolean; createLabel: string; onCancel: () => void; busy: boolean }) {
  const { t } = useTranslation();
  return (
    <ButtonGroup>
      <Button type="submit" appearance="primary-action-button" busy={busy}>
        {editing ? t('common.save') : createLabel}
      </Button>
      {editing && (
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      )}
    </ButtonGroup>
  );
}

/** Add a district (district = null) or change its name and CBS code. */
export function DistrictForm({ district, onDone }: { district: Omit<District, 'neighbourhoods'> | null; onDone: (text: string | null) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const controller = useAppForm({
    id: district ? 'edit-district' : 'new-district',
    schema: DistrictInput,
    defaultValues: { name: district?.name ?? '', cbsCode: district?.cbsCode ?? '' },
    fields: { name: { label: t('districts.districtName') }, cbsCode: { label: t('districts.cbsCode'), hint: t('districts.districtCodeHint') } },
    onSubmit: async (values) => {
      if (district) await api.patch(`/api/v1/districts/${district.id}`, values);
      else await api.post('/api/v1/districts', values);
      await queryClient.invalidateQueries({ queryKey: adminKeys.districts });
      if (!district) controller.form.reset();
      onDone(t(district ? 'districts.districtSaved' : 'districts.districtCreated', { name: values.name }));
    },
  });
  return (
    <AppForm controller={controller}>
      <TextField name="name" autoComplete="off" />
      <TextField name="cbsCode" autoComplete="off" spellCheck={false} />
      <FormButtons editing={!!district} createLabel={t('districts.createDistrict')} onCancel={() => onDone(null)} busy={controller.form.formState.isSubmitting} />
    </AppForm>
  );
}

/** Add a neighbourhood to a district, or change one. */
export function NeighbourhoodForm({ neighbourhood, districts, onDone }: { neighbourhood: Neighbourhood | null; districts: District[]; onDone: (text: string | null) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const controller = useAppForm({
    id: neighbourhood ? 'edit-neighbourhood' : 'new-neighbourhood',
    schema: NeighbourhoodInput,
    defaultValues: { name: neighbourhood?.name ?? '', cbsCode: neighbourhood?.cbsCode ?? '', districtId: neighbourhood?.districtId ?? '' },
    fields: {
      name: { label: t('districts.neighbourhoodName') },
      cbsCode: { label: t('districts.cbsCode'), hint: t('districts.neighbourhoodCodeHint') },
      districtId: { label: t('districts.district') },
    },
    onSubmit: async (values) => {
      if (neighbourhood) await api.patch(`/api/v1/neighbourhoods/${neighbourhood.id}`, values);
      else await api.post('/api/v1/neighbourhoods', values);
      await queryClient.invalidateQueries({ queryKey: adminKeys.districts });
      if (!neighbourhood) controller.form.reset();
      onDone(t(neighbourhood ? 'districts.neighbourhoodSaved' : 'districts.neighbourhoodCreated', { name: values.name }));
    },
  });
  const options = [{ value: '', label: t('districts.chooseDistrict') }, ...districts.map((d) => ({ value: d.id, label: `${d.name} (${d.cbsCode})` }))];
  return (
    <AppForm controller={controller}>
      <TextField name="name" autoComplete="off" />
      <TextField name="cbsCode" autoComplete="off" spellCheck={false} />
      <SelectField name="districtId" options={options} />
      <FormButtons editing={!!neighbourhood} createLabel={t('districts.createNeighbourhood')} onCancel={() => onDone(null)} busy={controller.form.formState.isSubmitting} />
    </AppForm>
  );
}
