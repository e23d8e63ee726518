import { useTranslation } from 'react-i18next';
import { formatDay, type SignalQueueItem } from './queries';

/** The first-contact deadline; an overdue one says so in words with a warning sign, not by colour alone. */
export function DueCell({ signal }: { signal: Pick<SignalQueueItem, 'firstContactDue' | 'overdue'> }) {
  const { t, i18n } = useTranslation();
  const day = formatDay(signal.firstContactDue, i18n.language);
  if (!signal.overdue) return <>{day}</>;
  return (
    <span className="wijkwijs-signals-overdue">
      <span aria-hidden="true">⚠ </span>
      {t('signals.triage.overdue')}: {day}
    </span>
  );
}

/** Time from receipt to first contact, in hours under two days, else days. */
export function FirstContactCell({ minutes }: { minutes: number | null }) {
  const { t } = useTranslation();
  if (minutes === null) return <>–</>;
  const hours = Math.round(minutes / 60);
  return <>{hours < 48 ? t('signals.triage.hours', { hours }) : t('signals.triage.days', { days: Math.round(hours / 24) })}</>;
}
