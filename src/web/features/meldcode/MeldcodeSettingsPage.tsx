import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { MeldcodeSettingsView } from '../../../contracts/meldcode';
import { api } from '../../app/api';
import { AppForm, TextField, useAppForm } from '../../ui/form';
import { PageHeading } from '../../ui/PageHeading';
import { QueryStatus } from '../../ui/QueryStatus';
import { StatusMessage } from '../../ui/StatusMessage';
import { TextareaField } from '../households/ui/TextareaField';
import { meldcodeKeys, useMeldcodeSettings } from './queries';

const N = [1, 2, 3, 4, 5] as const;
const Form = z.object(Object.fromEntries(N.flatMap((n) => [[`question${n}`, z.string().trim().min(5).max(500)], [`days${n}`, z.string().regex(/^([1-9]|[1-5][0-9]|60)$/)]])) as Record<string, z.ZodString>);

function SettingsForm({ settings, onDone }: { settings: MeldcodeSettingsView; onDone: (m: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const controller = useAppForm({
    id: 'meldcode-settings',
    schema: Form,
    defaultValues: Object.fromEntries(N.flatMap((n) => [[`question${n}`, settings.questions[n - 1] ?? ''], [`days${n}`, String(settings.overdueWorkingDays[n - 1] ?? 5)]])),
    fields: Object.fromEntries(N.flatMap((n) => [
      [`question${n}`, { label: t('meldcode.settings.question', { n }) }],
      [`days${n}`, { label: t('meldcode.settings.days', { title: t(`meldcode.stepTitle.${n}`) }), hint: t('meldcode.settings.daysHint') }],
    ])),
    onSubmit: async (v) => {
      const saved = await api.put<MeldcodeSettingsView>('/api/v1/meldcode-settings', { questions: N.map((n) => v[`question${n}`]), overdueWorkingDays: N.map((n) => Number(v[`days${n}`])) });
      queryClient.setQueryData(meldcodeKeys.settings, saved);
      onDone(t('meldcode.settings.saved', { version: saved.version }));
    },
  });
  return (
    <AppForm controller={controller}>
      <Heading2>{t('meldcode.settings.questionsTitle')}</Heading2>
      {N.map((n) => <TextareaField key={n} name={`question${n}`} rows={2} />)}
      <Heading2>{t('meldcode.settings.daysTitle')}</Heading2>
      {N.map((n) => <TextField key={n} name={`days${n}`} inputMode="numeric" />)}
      <div><Button type="submit" appearance="primary-action-button">{t('meldcode.settings.save')}</Button></div>
    </AppForm>
  );
}

/** Admin: the tenant's official wording of the afwegingskader and the working days per step before a reminder. */
export function MeldcodeSettingsPage() {
  const { t } = useTranslation();
  const settings = useMeldcodeSettings();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <>
      <PageHeading>{t('meldcode.settings.title')}</PageHeading>
      <Paragraph>{t('meldcode.settings.intro')}</Paragraph>
      {settings.data && <Paragraph>{t('meldcode.settings.version', { version: settings.data.version })}</Paragraph>}
      {message && <StatusMessage>{message}</StatusMessage>}
      {settings.data ? <SettingsForm key={settings.data.version} settings={settings.data} onDone={setMessage} /> : <QueryStatus isPending={settings.isPending} error={settings.error} />}
    </>
  );
}
