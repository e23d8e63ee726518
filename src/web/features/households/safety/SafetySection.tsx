import { Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { isProblem } from '../../../app/api';
import { AppForm, SelectField, useAppForm } from '../../../ui/form';
import { formatDateTime } from '../../../ui/format';
import { QueryStatus } from '../../../ui/QueryStatus';
import { StatusMessage } from '../../../ui/StatusMessage';
import { useFileContext } from '../file/FileLayout';
import { sendVersioned } from '../http';
import { householdKeys, householdsPath, useSafetyMaps, type Household, type SafetyMap } from '../queries';
import { Facts } from '../ui/Facts';
import { StaleNotice } from '../ui/StaleNotice';
import { TextareaField } from '../ui/TextareaField';

const TEXTS = ['harm', 'danger', 'complicatingFactors', 'workingWell', 'needsToHappen', 'dangerStatements', 'safetyGoals'] as const;
const SCALES = ['scaleFamily', 'scaleCoach', 'scaleNetwork'] as const;
const COLUMNS = [
  { key: 'worries', parts: ['harm', 'danger', 'complicatingFactors'] },
  { key: 'workingWell', parts: ['workingWell'] },
  { key: 'needsToHappen', parts: ['needsToHappen', 'dangerStatements', 'safetyGoals'] },
] as const;

const MapForm = z.object({
  ...Object.fromEntries(TEXTS.map((k) => [k, z.string().max(10000)])),
  ...Object.fromEntries(SCALES.map((k) => [k, z.string()])),
} as Record<(typeof TEXTS)[number] | (typeof SCALES)[number], z.ZodString>);

function SafetyMapForm({ household, latest, onDone }: { household: Household; latest: SafetyMap | undefined; onDone: (text: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [stale, setStale] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: householdKeys.part(household.id, 'safety') });
  const controller = useAppForm({
    id: 'safety-map',
    schema: MapForm,
    defaultValues: {
      ...Object.fromEntries(TEXTS.map((k) => [k, latest?.[k] ?? ''])),
      ...Object.fromEntries(SCALES.map((k) => [k, latest?.[k] === null || latest?.[k] === undefined ? '' : String(latest[k])])),
    } as Record<string, string>,
    fields: Object.fromEntries([...TEXTS, ...SCALES].map((k) => [k, { label: t(`households.safety.${k}`), hint: t(`households.safety.${k}Hint`, { defaultValue: '' }) || undefined }])),
    onSubmit: async (values) => {
      const body = {
        ...Object.fromEntries(TEXTS.map((k) => [k, values[k]])),
        ...Object.fromEntries(SCALES.map((k) => [k, values[k] === '' ? null : Number(values[k])])),
      };
      const saved = await sendVersioned<SafetyMap>('POST', `${householdsPath(household.id)}/safety-maps`, latest?.version ?? null, body);
      await refresh();
      onDone(t('households.safety.saved', { version: saved.version }));
    },
    onError: (error) => {
      if (!isProblem(error, 'precondition_failed')) return false;
      setStale(true);
      return true;
    },
  });
  const scale = [{ value: '', label: t('households.safety.notScored') }, ...Array.from({ length: 11 }, (_, i) => ({ value: String(i), label: String(i) }))];
  return (
    <>
      {stale && <StaleNotice onReload={() => void refresh()} />}
      <AppForm controller={controller}>
        {TEXTS.map((k) => (
          <TextareaField key={k} name={k} rows={3} />
        ))}
        {SCALES.map((k) => (
          <SelectField key={k} name={k} options={scale} />
        ))}
        <div>
          <Button type="submit" appearance="primary-action-button" busy={controller.form.formState.isSubmitting}>
            {t('households.safety.save')}
          </Button>
        </div>
      </AppForm>
    </>
  );
}

function SafetyMapView({ map }: { map: SafetyMap }) {
  const { t } = useTranslation();
  const none = t('common.none');
  return (
    <>
      <div className="wijkwijs-columns">
        {COLUMNS.map((column) => (
          <section key={column.key} className="wijkwijs-card" aria-labelledby={`safety-col-${column.key}`}>
            <Heading3 id={`safety-col-${column.key}`}>{t(`households.safety.column.${column.key}`)}</Heading3>
            <Facts items={column.parts.map((k): [string, ReactNode] => [t(`households.safety.${k}`), <span className="wijkwijs-pre-wrap">{map[k] || none}</span>])} />
          </section>
        ))}
      </div>
      <Facts items={SCALES.map((k): [string, string] => [t(`households.safety.${k}`), map[k] === null ? t('households.safety.notScored') : t('households.safety.scaleValue', { value: map[k] })])} />
    </>
  );
}

/** Veiligheid: the Signs of Safety map, kept as versions over time. */
export function SafetySection() {
  const { t } = useTranslation();
  const { household } = useFileContext();
  const maps = useSafetyMaps(household.id);
  const [message, setMessage] = useState<string | null>(null);
  const [shown, setShown] = useState<number | null>(null);
  const items = [...(maps.data?.items ?? [])].sort((a, b) => b.version - a.version);
  const latest = items[0];
  const current = items.find((m) => m.version === shown) ?? latest;
  return (
    <>
      <Paragraph>{t('households.safety.intro')}</Paragraph>
      {message && <StatusMessage>{message}</StatusMessage>}
      <QueryStatus isPending={maps.isPending} error={maps.error} />
      {maps.data && !current && <Paragraph>{t('households.safety.none')}</Paragraph>}
      {current && (
        <section aria-labelledby="safety-current">
          <Heading2 id="safety-current">{t('households.safety.versionTitle', { version: current.version, name: current.createdByName, at: formatDateTime(current.createdAt) })}</Heading2>
          {items.length > 1 && (
            <nav aria-label={t('households.safety.versions')}>
              {items.map((m) => (
                <Button key={m.id} appearance="subtle-button" aria-pressed={m.version === current.version} onClick={() => setShown(m.version)}>
                  {t('households.safety.version', { version: m.version })}
                </Button>
              ))}
            </nav>
          )}
          <SafetyMapView map={current} />
        </section>
      )}
      {maps.data && household.status !== 'closed' && (
        <section className="wijkwijs-section" aria-labelledby="safety-new">
          <Heading2 id="safety-new">{latest ? t('households.safety.newVersion') : t('households.safety.first')}</Heading2>
          <SafetyMapForm key={latest?.version ?? 0} household={household} latest={latest} onDone={setMessage} />
        </section>
      )}
    </>
  );
}
