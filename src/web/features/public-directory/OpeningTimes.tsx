import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { ScheduleView } from '../../../contracts/directory';
import { openingDays } from './format';

/** "maandag 09:00–17:00", one line per day, plus any notes (e.g. "niet in de schoolvakanties"). */
export function OpeningTimes({ schedules }: { schedules: ScheduleView[] }) {
  const { t } = useTranslation();
  const days = openingDays(schedules);
  const notes = [...new Set(schedules.map((s) => s.description).filter((d): d is string => !!d))];
  if (days.length === 0 && notes.length === 0) return <Paragraph>{t('directoryService.noOpeningTimes')}</Paragraph>;
  return (
    <>
      {days.length > 0 && (
        <dl className="directory-hours">
          {days.map(({ day, times }) => (
            <div key={day} className="directory-hours__day">
              <dt>{t(`directoryWeekday.${day}`)}</dt>
              <dd>{times.join(t('directoryService.timesAnd'))}</dd>
            </div>
          ))}
        </dl>
      )}
      {notes.map((note) => (
        <Paragraph key={note}>{note}</Paragraph>
      ))}
    </>
  );
}
