import { Button } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActivityKind, OutreachTheme } from '../../../contracts/outreach';
import { api } from '../../app/api';
import { AppForm, CheckboxGroup, SelectField, TextField, useAppForm } from '../../ui/form';
import { TextareaField } from '../households/ui/TextareaField';
import { today } from '../households/ui/format';
import { MapPointPicker, type MapPoint } from './MapPointPicker';
import { emptyOutreachForm, FORM_FOLLOW_UPS, OutreachForm, toInput } from './outreach-form';
import { outreachKeys, type OutreachOptions } from './queries';

/** "Bezoek vastleggen": the neighbourhood is the place; a point on the map is optional. */
export function OutreachLogForm({ options, onSaved }: { options: OutreachOptions; onSaved: (text: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [point, setPoint] = useState<MapPoint | null>(null);
  const empty = emptyOutreachForm(today());
  const label = (key: string, hint?: string) => ({ label: t(`outreach.${key}`), ...(hint ? { hint: t(`outreach.${hint}`) } : {}) });
  const controller = useAppForm({
    id: 'outreach',
    schema: OutreachForm,
    defaultValues: empty,
    fields: {
      neighbourhoodId: label('neighbourhood'), day: label('day'), startTime: label('startTime', 'startTimeHint'), minutes: label('minutes', 'minutesHint'),
      activityKind: label('activityKind'), youngPeopleMet: label('youngPeopleMet'), themes: label('themes'), notes: label('notes', 'notesHint'),
      followUp: label('followUp', 'followUpHint'), followUpKind: label('followUpKind'),
    },
    onSubmit: async (values) => {
      await api.post('/api/v1/outreach-logs', toInput(values, point));
      controller.form.reset(empty);
      setPoint(null);
      await queryClient.invalidateQueries({ queryKey: outreachKeys.all });
      onSaved(t('outreach.saved'));
    },
  });
  const tiles = useMemo(() => (options.mapTileUrl ? { url: options.mapTileUrl, attribution: options.mapTileAttribution ?? '' } : null), [options.mapTileUrl, options.mapTileAttribution]);
  const neighbourhoods = [{ value: '', label: '' }, ...options.neighbourhoods.map((n) => ({ value: n.id, label: `${n.name} (${n.districtName})` }))];
  return (
    <AppForm controller={controller}>
      <SelectField name="neighbourhoodId" options={neighbourhoods} />
      <TextField name="day" type="date" />
      <TextField name="startTime" type="time" />
      <TextField name="minutes" inputMode="numeric" autoComplete="off" />
      <SelectField name="activityKind" options={ActivityKind.options.map((k) => ({ value: k, label: t(`outreach.kind.${k}`) }))} />
      <TextField name="youngPeopleMet" inputMode="numeric" autoComplete="off" />
      <CheckboxGroup name="themes" options={OutreachTheme.options.map((k) => ({ value: k, label: t(`outreach.theme.${k}`) }))} />
      <TextareaField name="notes" />
      <TextareaField name="followUp" rows={2} />
      <SelectField name="followUpKind" options={FORM_FOLLOW_UPS.map((k) => ({ value: k, label: t(`outreach.followUpKinds.${k}`) }))} />
      <MapPointPicker tiles={tiles} point={point} onChange={setPoint} />
      <div>
        <Button type="submit" appearance="primary-action-button" busy={controller.form.formState.isSubmitting}>
          {t('outreach.save')}
        </Button>
      </div>
    </AppForm>
  );
}
