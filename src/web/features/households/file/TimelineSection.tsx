import { OrderedList, OrderedListItem, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../ui/format';
import { Pager } from '../../../ui/Pager';
import { QueryStatus } from '../../../ui/QueryStatus';
import { useCursorPages } from '../../../ui/useCursorPages';
import { useTimeline } from '../queries';
import { useFileContext } from './FileLayout';

/** Tijdlijn: the whole case in time order, from every part of the file. */
export function TimelineSection() {
  const { t } = useTranslation();
  const { household } = useFileContext();
  const pages = useCursorPages();
  const timeline = useTimeline(household.id, pages.cursor);
  return (
    <>
      <Paragraph>{t('households.timeline.intro')}</Paragraph>
      <QueryStatus isPending={timeline.isPending} error={timeline.error} />
      {timeline.data && timeline.data.items.length === 0 && <Paragraph>{t('households.timeline.none')}</Paragraph>}
      {timeline.data && timeline.data.items.length > 0 && (
        <OrderedList>
          {timeline.data.items.map((entry, i) => (
            <OrderedListItem key={`${entry.at}-${entry.kind}-${entry.refId ?? i}`}>
              <strong>{formatDateTime(entry.at)}</strong> — {t(`households.timeline.kind.${entry.kind}`, { defaultValue: entry.kind })}: {entry.title}
              {entry.byName && ` (${entry.byName})`}
            </OrderedListItem>
          ))}
        </OrderedList>
      )}
      <Pager pages={pages} nextCursor={timeline.data?.nextCursor} label={t('households.timeline.pager')} />
    </>
  );
}
