import { Paragraph } from '@utrecht/component-library-react';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useOutletContext, useParams } from 'react-router';
import { isProblem } from '../../../app/api';
import { PageHeading } from '../../../ui/PageHeading';
import { QueryStatus } from '../../../ui/QueryStatus';
import { RouterLink } from '../../../ui/RouterLink';
import { StatusMessage } from '../../../ui/StatusMessage';
import { useHousehold, type Household } from '../queries';
import { FILE_SECTIONS, sectionOf } from './sections';

export interface FileContext {
  household: Household;
}

/** The household shown by the file layout around every section. */
export const useFileContext = () => useOutletContext<FileContext>();

/** A household file: its name and sections as sub-navigation; each section is its own page with its own h1. */
export function FileLayout() {
  const { t } = useTranslation();
  const { householdId = '' } = useParams();
  const location = useLocation();
  const household = useHousehold(householdId);
  const message = (location.state as { message?: string } | null)?.message;

  if (isProblem(household.error, 'not_found') || isProblem(household.error, 'bad_request') || isProblem(household.error, 'validation_failed')) {
    return (
      <>
        <PageHeading>{t('households.file.notFound')}</PageHeading>
        <Paragraph>{t('households.file.notFoundBody')}</Paragraph>
        <Paragraph>
          <RouterLink to="/huishoudens">{t('households.file.toList')}</RouterLink>
        </Paragraph>
      </>
    );
  }
  if (!household.data) return <QueryStatus isPending={household.isPending} error={household.error} />;

  const section = sectionOf(location.pathname, householdId);
  const base = `/huishoudens/${householdId}`;
  return (
    <>
      <PageHeading key={section}>{t('households.file.heading', { name: household.data.name, section: t(`households.section.${section}`) })}</PageHeading>
      <Paragraph>
        {t(`households.status.${household.data.status}`)} · {household.data.coordinatorName ? t('households.file.coordinator', { name: household.data.coordinatorName }) : t('households.list.noCoordinator')}
      </Paragraph>
      <nav aria-label={t('households.file.sections')} className="wijkwijs-tabs wijkwijs-no-print">
        <ul>
          {FILE_SECTIONS.filter((s) => !('access' in s) || (s.access as readonly string[]).includes(household.data.access)).map((s) => (
            <li key={s.key}>
              <RouterLink to={s.path ? `${base}/${s.path}` : base} aria-current={s.key === section ? 'page' : undefined}>
                {t(`households.section.${s.key}`)}
              </RouterLink>
            </li>
          ))}
          <li>
            <RouterLink to={`${base}/plan/print`}>{t('households.section.print')}</RouterLink>
          </li>
        </ul>
      </nav>
      {message && <StatusMessage>{message}</StatusMessage>}
      <Suspense fallback={<QueryStatus isPending error={null} />}>
        <Outlet context={{ household: household.data } satisfies FileContext} />
      </Suspense>
    </>
  );
}
