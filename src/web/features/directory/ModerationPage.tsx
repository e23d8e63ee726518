import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../ui/PageHeading';
import { QueryStatus } from '../../ui/QueryStatus';
import { RouterLink } from '../../ui/RouterLink';
import { StatusMessage } from '../../ui/StatusMessage';
import { ageRange } from '../public-directory/format';
import '../public-directory/directory.css';
import { ModerationForm } from './ModerationForm';
import { useServiceList } from './queries';
import { staffServicePath } from './StaffSearchPage';

/** Entries waiting for the team: proposals by residents (after e-mail confirmation) and hosts' activities. */
export function ModerationPage() {
  const { t } = useTranslation();
  const queue = useServiceList({ moderation: 'pending' });
  const items = queue.data?.items ?? [];
  const [done, setDone] = useState<string | null>(null);
  return (
    <div className="directory">
      <PageHeading>{t('directoryStaff.moderation.title')}</PageHeading>
      <Paragraph>{t('directoryStaff.moderation.intro')}</Paragraph>
      {done && <StatusMessage>{done}</StatusMessage>}
      <QueryStatus isPending={queue.isPending} error={queue.error} />
      {queue.data && items.length === 0 && <Paragraph>{t('directoryStaff.moderation.empty')}</Paragraph>}
      <ol className="directory-results">
        {items.map((item) => (
          <li key={item.id}>
            <article className="directory-card" aria-labelledby={`moderate-${item.id}`}>
              <Heading2 id={`moderate-${item.id}`}>
                <RouterLink to={staffServicePath(item.id)}>{item.name}</RouterLink>
              </Heading2>
              <Paragraph>{item.shortDescription}</Paragraph>
              <Paragraph className="directory-card__org">
                {[t(`directoryKind.${item.kind}`), ageRange(t, item.minimumAge, item.maximumAge), item.city].filter(Boolean).join(' · ')}
              </Paragraph>
              <ModerationForm service={item} headingLevel={3} onDone={setDone} />
            </article>
          </li>
        ))}
      </ol>
    </div>
  );
}
