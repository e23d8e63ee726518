import { OrderedList, OrderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { ReferralView } from '../../../contracts/referrals';
import { formatDateTime } from '../../ui/format';

/** Every step of a referral: when, what, by whom, and why where a reason was given. */
export function ReferralSteps({ events }: { events: ReferralView['events'] }) {
  const { t } = useTranslation();
  return (
    <OrderedList>
      {events.map((e) => (
        <OrderedListItem key={e.id}>
          <strong>{formatDateTime(e.at)}</strong> — {t('referrals.step', { status: t(`referrals.status.${e.toStatus}`), by: e.byName })}
          {e.reason && ` (${e.reason})`}
        </OrderedListItem>
      ))}
    </OrderedList>
  );
}
