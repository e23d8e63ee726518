import { Button, Checkbox, FormField, FormLabel, Paragraph } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { meQueryKey } from '../../app/session';
import { PageHeading } from '../../ui/PageHeading';
import { QueryStatus } from '../../ui/QueryStatus';
import { StatusMessage } from '../../ui/StatusMessage';
import { signalMatchKeys, useSignalMatchingSettings } from './queries';

/** For the admin: switch signal matching on or off for the whole municipality. */
export function SignalMatchingSettingsPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const settings = useSignalMatchingSettings();
  const [enabled, setEnabled] = useState(true);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (settings.data) setEnabled(settings.data.enabled);
  }, [settings.data]);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    setError(null);
    try {
      await api.put('/api/v1/signal-matching-settings', { enabled });
      await queryClient.invalidateQueries({ queryKey: signalMatchKeys.all });
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
      setMessage(t('signalMatching.settings.saved'));
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <>
      <PageHeading>{t('signalMatching.settings.title')}</PageHeading>
      <Paragraph>{t('signalMatching.settings.intro')}</Paragraph>
      {message && <StatusMessage>{message}</StatusMessage>}
      <QueryStatus isPending={settings.isPending} error={settings.error ?? error} />
      {settings.data && (
        <form className="wijkwijs-form" onSubmit={(event) => void save(event)}>
          <FormField type="checkbox">
            <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
              <FormLabel type="checkbox" htmlFor="signal-matching-enabled">
                <Checkbox id="signal-matching-enabled" className="utrecht-form-field__input" checked={enabled} onChange={(event) => setEnabled(event.target.checked)} />
                {t('signalMatching.settings.enabled')}
              </FormLabel>
            </div>
          </FormField>
          <div>
            <Button type="submit" appearance="primary-action-button">
              {t('signalMatching.settings.save')}
            </Button>
          </div>
        </form>
      )}
    </>
  );
}
