import { Heading2, Link, OrderedList, OrderedListItem, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { MeldcodeCaseView } from '../../../contracts/meldcode';
import { isProblem } from '../../app/api';
import { formatDateTime } from '../../ui/format';
import { PageHeading } from '../../ui/PageHeading';
import { QueryStatus } from '../../ui/QueryStatus';
import { RouterLink } from '../../ui/RouterLink';
import { StatusMessage } from '../../ui/StatusMessage';
import { CaseActions } from './CaseActions';
import { MeldcodeHistory } from './MeldcodeHistory';
import { reportPath, useMeldcodeCase } from './queries';
import { StepPanel } from './StepPanel';

/** One Meldcode case: the five steps with their status, the form of the open step, the decision and the PDF summary. */
export function MeldcodeCasePage() {
  const { t } = useTranslation();
  const { caseId = '' } = useParams();
  const meldcode = useMeldcodeCase(caseId);
  const [message, setMessage] = useState<string | null>(null);
  if (isProblem(meldcode.error, 'not_found') || isProblem(meldcode.error, 'bad_request') || isProblem(meldcode.error, 'validation_failed')) {
    return (
      <>
        <PageHeading>{t('meldcode.notFound')}</PageHeading>
        <Paragraph><RouterLink to="/meldcode">{t('meldcode.toList')}</RouterLink></Paragraph>
      </>
    );
  }
  if (!meldcode.data) return <QueryStatus isPending={meldcode.isPending} error={meldcode.error} />;
  const view: MeldcodeCaseView = meldcode.data;
  return (
    <>
      <PageHeading>{t('meldcode.caseHeading', { name: view.householdName })}</PageHeading>
      <Paragraph>
        {t(view.status === 'open' ? 'meldcode.openedBy' : 'meldcode.closedOn', { name: view.openedByName, at: formatDateTime(view.status === 'open' ? view.openedAt : view.closedAt ?? view.openedAt) })}
        {' · '}{t(`meldcode.access.${view.access}`)}
      </Paragraph>
      {view.closeReason && <Paragraph>{t('meldcode.close.reasonShown', { reason: view.closeReason })}</Paragraph>}
      {view.access !== 'safety_officer' && <Paragraph><RouterLink to={`/huishoudens/${view.householdId}/meldcode`}>{t('meldcode.toHousehold')}</RouterLink></Paragraph>}
      {message && <StatusMessage>{message}</StatusMessage>}
      <nav aria-label={t('meldcode.stepsNav')}>
        <OrderedList className="wijkwijs-meldcode-steps">
          {view.steps.map((s) => (
            <OrderedListItem key={s.step} aria-current={s.status === 'open' ? 'step' : undefined}>
              <Link href={`#meldcode-step-${s.step}-title`}>{t(`meldcode.stepTitle.${s.step}`)}</Link>: {t(`meldcode.status.${s.status}`)}
            </OrderedListItem>
          ))}
        </OrderedList>
      </nav>
      {view.steps.map((s) => <StepPanel key={`${s.step}-${view.history.length}`} view={view} step={s} onDone={setMessage} />)}
      <section className="wijkwijs-section" aria-labelledby="meldcode-pdf">
        <Heading2 id="meldcode-pdf">{t('meldcode.pdf.title')}</Heading2>
        <Paragraph>{t('meldcode.pdf.intro')}</Paragraph>
        <Paragraph><Link href={reportPath(view.id)} download>{t('meldcode.pdf.download')}</Link></Paragraph>
      </section>
      {view.canEdit && <CaseActions key={view.history.length} view={view} onDone={setMessage} />}
      <MeldcodeHistory view={view} />
    </>
  );
}
