import { Button } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { problemMessage } from '../../ui/form';
import { signalKeys, type SignalDetail } from './queries';

/** "Oppakken": the moment of first contact. */
export function PickUpButton({ signal, onDone }: { signal: SignalDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const pickUp = async () => {
    setBusy(true);
    try {
      const updated = await api.post<SignalDetail>(`/api/v1/signals/${signal.id}/pick-ups`, { note: '' });
      queryClient.setQueryData(signalKeys.detail(signal.id), updated);
      await queryClient.invalidateQueries({ queryKey: ['signals', 'queue'] });
      onDone();
    } catch (failure) {
      setError(problemMessage(failure, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      {error && <p role="alert" className="utrecht-paragraph">{error}</p>}
      <Button appearance="primary-action-button" busy={busy} onClick={() => void pickUp()}>{t('signals.detail.pickUp')}</Button>
    </div>
  );
}
