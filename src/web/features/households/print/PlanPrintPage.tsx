import { Button, ButtonGroup, Heading2, Heading3, Link, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isProblem } from '../../../app/api';
import { PageHeading } from '../../../ui/PageHeading';
import { QueryStatus } from '../../../ui/QueryStatus';
import { RouterLink } from '../../../ui/RouterLink';
import { householdsPath, usePrintView, type PrintView } from '../queries';
import { formatDay } from '../ui/format';
import '../households.css';

function PlanText({ view }: { view: PrintView }) {
  const { t } = useTranslation();
  const name = (personId: string | null) => view.members.find((m) => m.id === personId)?.givenName ?? t('households.print.everyone');
  const goals = view.plan?.goals ?? [];
  return (
    <>
      <Paragraph>
        {t('households.print.facts', { date: formatDay(view.printedOn), coordinator: view.coordinatorName ?? t('common.unknown'), team: view.teamName ?? t('common.unknown') })}
      </Paragraph>
      <section aria-labelledby="print-members">
        <Heading2 id="print-members">{t('households.print.members')}</Heading2>
        <UnorderedList>
          {view.members.map((m) => (
            <UnorderedListItem key={m.id}>{m.age === null ? m.givenName : t('households.print.memberAge', { name: m.givenName, age: m.age })}</UnorderedListItem>
          ))}
        </UnorderedList>
      </section>
      <section className="wijkwijs-section" aria-labelledby="print-goals">
        <Heading2 id="print-goals">{t('households.print.goals')}</Heading2>
        {goals.length === 0 && <Paragraph>{t('households.plan.noGoals')}</Paragraph>}
        {goals.map((goal) => {
          const latest = [...goal.ratings].sort((a, b) => b.ratedAt.localeCompare(a.ratedAt))[0];
          return (
            <article key={goal.id} className="wijkwijs-card" aria-labelledby={`print-goal-${goal.id}`}>
              <Heading3 id={`print-goal-${goal.id}`}>{goal.ownWords}</Heading3>
              <Paragraph>
                {t('households.print.goalLine', { who: name(goal.personId), domain: t(`households.domain.${goal.domain}`) })}
                {latest && ` ${t('households.print.rating', { rating: latest.rating })}`}
              </Paragraph>
              {goal.actions.length > 0 && (
                <UnorderedList>
                  {goal.actions.map((a) => (
                    <UnorderedListItem key={a.id}>
                      {t('households.print.action', { who: a.ownerName, what: a.description })}
                      {a.dueOn && ` ${t('households.print.due', { date: formatDay(a.dueOn) })}`}
                      {a.doneAt && ` ${t('households.print.done')}`}
                    </UnorderedListItem>
                  ))}
                </UnorderedList>
              )}
            </article>
          );
        })}
      </section>
      <section className="wijkwijs-section" aria-labelledby="print-network">
        <Heading2 id="print-network">{t('households.print.network')}</Heading2>
        {view.network.length === 0 ? (
          <Paragraph>{t('households.network.none')}</Paragraph>
        ) : (
          <UnorderedList>
            {view.network.map((n, i) => (
              <UnorderedListItem key={`${n.name}-${i}`}>
                {n.name} ({t(`households.tieKind.${n.kind}`)}
                {n.forName ? `, ${t('households.network.for', { name: n.forName })}` : ''}){n.support && `: ${n.support}`}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </section>
    </>
  );
}

/** The plan as a print view (styled for paper) with a link to the same plan as a PDF. */
export function PlanPrintPage() {
  const { t } = useTranslation();
  const { householdId = '' } = useParams();
  const view = usePrintView(householdId);
  if (isProblem(view.error, 'not_found') || isProblem(view.error, 'bad_request') || isProblem(view.error, 'validation_failed')) {
    return (
      <>
        <PageHeading>{t('households.file.notFound')}</PageHeading>
        <Paragraph>{t('households.file.notFoundBody')}</Paragraph>
      </>
    );
  }
  if (!view.data) return <QueryStatus isPending={view.isPending} error={view.error} />;
  return (
    <>
      <PageHeading>{t('households.print.title', { name: view.data.householdName })}</PageHeading>
      <ButtonGroup className="wijkwijs-no-print">
        <Button appearance="primary-action-button" onClick={() => window.print()}>
          {t('households.print.print')}
        </Button>
        <Link href={`${householdsPath(householdId)}/plan-document`} download>
          {t('households.print.pdf')}
        </Link>
        <RouterLink to={`/huishoudens/${householdId}/plan`}>{t('households.print.back')}</RouterLink>
      </ButtonGroup>
      <PlanText view={view.data} />
    </>
  );
}
