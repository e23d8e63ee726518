import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { QueryStatus } from '../../ui/QueryStatus';
import { useFileContext } from '../households/file/FileLayout';
import { CaseList } from './CaseList';
import { useMeldcodeCases, useStartCase } from './queries';

/** Meldcode on the household file: its cases and, for the coordinator, starting a new one. */
export function HouseholdMeldcodeSection() {
  const { t } = useTranslation();
  const { household } = useFileContext();
  const navigate = useNavigate();
  const cases = useMeldcodeCases(household.id);
  const start = useStartCase();
  const hasOpen = cases.data?.items.some((c) => c.status === 'open') ?? true;
  const mayStart = household.access === 'coordinator' && household.status !== 'closed' && !hasOpen;
  return (
    <>
      <Paragraph>{t('meldcode.section.intro')}</Paragraph>
      <section className="wijkwijs-section" aria-labelledby="meldcode-cases">
        <Heading2 id="meldcode-cases">{t('meldcode.section.cases')}</Heading2>
        <CaseList householdId={household.id} />
      </section>
      {mayStart && (
        <section className="wijkwijs-section" aria-labelledby="meldcode-start">
          <Heading2 id="meldcode-start">{t('meldcode.section.startTitle')}</Heading2>
          <Paragraph>{t('meldcode.section.startIntro')}</Paragraph>
          <QueryStatus isPending={false} error={start.error} />
          <Button appearance="primary-action-button" busy={start.isPending} onClick={() => start.mutate(household.id, { onSuccess: (view) => void navigate(`/meldcode/${view.id}`) })}>
            {t('meldcode.section.start')}
          </Button>
        </section>
      )}
    </>
  );
}
