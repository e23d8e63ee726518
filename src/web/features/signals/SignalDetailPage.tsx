import { Heading2, OrderedList, OrderedListItem, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { hasRole, useMe } from '../../app/session';
import { PageHeading } from '../../ui/PageHeading';
import { QueryStatus } from '../../ui/QueryStatus';
import { RouterLink } from '../../ui/RouterLink';
import { StatusMessage } from '../../ui/StatusMessage';
import { formatDateTime } from '../../ui/format';
import { CloseSignalForm } from './CloseSignalForm';
import { LinkHouseholdSection } from './LinkHouseholdSection';
import { PickUpButton } from './PickUpButton';
import { useSignal, type SignalDetail } from './queries';
import { SignalFacts } from './SignalFacts';
import './signals.css';

function History({ signal }: { signal: SignalDetail }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="signal-history">
      <Heading2 id="signal-history">{t('signals.detail.history')}</Heading2>
      <OrderedList>
        {signal.events.map((e) => (
          <OrderedListItem key={e.id}>
            {formatDateTime(e.occurredAt)}: {t(`signals.event.${e.type}`)}
            {e.byName && ` ${t('signals.detail.by', { name: e.byName })}`}
            {e.note && ` — ${e.note}`}
          </OrderedListItem>
        ))}
      </OrderedList>
    </section>
  );
}

/** One signal for its team: the facts, the history, and what a coach can do next. */
export function SignalDetailPage() {
  const { t } = useTranslation();
  const { signalId = '' } = useParams();
  const { data: me } = useMe();
  const { data: signal, isPending, error } = useSignal(signalId);
  const [message, setMessage] = useState<string | null>(null);
  const canAct = hasRole(me, ['coach', 'team_lead']);
  return (
    <>
      <Paragraph><RouterLink to="/signalen">{t('signals.detail.back')}</RouterLink></Paragraph>
      <QueryStatus isPending={isPending} error={error} />
      {signal && (
        <>
          <PageHeading>{t('signals.detail.title', { reference: signal.reference })}</PageHeading>
          {message && <StatusMessage>{message}</StatusMessage>}
          <SignalFacts signal={signal} />
          {canAct && signal.status === 'received' && <PickUpButton signal={signal} onDone={() => setMessage(t('signals.detail.pickedUp'))} />}
          {canAct && signal.status !== 'closed' && !signal.householdId && <LinkHouseholdSection signal={signal} onDone={() => setMessage(t('signals.detail.linkedDone'))} />}
          {canAct && signal.status !== 'closed' && <CloseSignalForm signal={signal} onDone={() => setMessage(t('signals.detail.closedDone'))} />}
          <History signal={signal} />
        </>
      )}
    </>
  );
}
