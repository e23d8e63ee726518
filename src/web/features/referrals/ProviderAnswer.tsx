import { Button, ButtonGroup, FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Textarea } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProviderAnswer as Answer } from '../../../contracts/referrals';
import { problemMessage } from '../../ui/form';

const NEEDS_REASON: Answer[] = ['declined', 'not_completed'];

/** The provider's answer buttons for the steps allowed now, with a reason for declining or not completing. */
export function ProviderAnswer({ allowed, onAnswer }: { allowed: Answer[]; onAnswer: (status: Answer, reason: string) => Promise<void> }) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!allowed.length) return null;
  const answer = async (status: Answer) => {
    if (NEEDS_REASON.includes(status) && !reason.trim()) {
      setError(t('referrals.answer.reasonRequired'));
      document.getElementById(`${id}-reason`)?.focus();
      return;
    }
    setError(null);
    setBusy(true);
    try {
      await onAnswer(status, reason.trim());
      setReason('');
    } catch (e) {
      setError(problemMessage(e, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <FormField
        invalid={!!error}
        label={<FormLabel htmlFor={`${id}-reason`}>{t('referrals.answer.reason')}</FormLabel>}
        description={<FormFieldDescription id={`${id}-hint`}>{t('referrals.answer.reasonHint')}</FormFieldDescription>}
        errorMessage={error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>}
        input={<Textarea id={`${id}-reason`} rows={2} value={reason} invalid={!!error} aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`} onChange={(e) => setReason(e.target.value)} />}
      />
      <ButtonGroup>
        {allowed.map((status) => (
          <Button key={status} appearance={NEEDS_REASON.includes(status) ? 'secondary-action-button' : 'primary-action-button'} busy={busy} onClick={() => void answer(status)}>
            {t(`referrals.answer.${status}`)}
          </Button>
        ))}
      </ButtonGroup>
    </div>
  );
}
