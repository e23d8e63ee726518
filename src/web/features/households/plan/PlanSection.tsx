import { Button, Heading2, Heading3, Heading4, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { GoalDomain } from '../../../../contracts/plans';
import { api } from '../../../app/api';
import { problemMessage } from '../../../ui/form';
import { QueryStatus } from '../../../ui/QueryStatus';
import { StatusMessage } from '../../../ui/StatusMessage';
import { useFileContext } from '../file/FileLayout';
import type { Prefill } from '../file/prefill';
import { householdKeys, householdsPath, usePlan, type Goal, type Household, type Plan } from '../queries';
import { Facts } from '../ui/Facts';
import { ActionForm, ActionsTable } from './Actions';
import { AddGoalForm } from './GoalForm';
import { RateGoalForm, RatingHistory } from './GoalRatings';
import { PlanMeetingForm, PlanMeetingList } from './PlanMeetings';

function GoalCard({ goal, household, canEdit, onMessage }: { goal: Goal; household: Household; canEdit: boolean; onMessage: (text: string) => void }) {
  const { t } = useTranslation();
  const owner = household.members.find((m) => m.id === goal.personId);
  const latest = [...goal.ratings].sort((a, b) => b.ratedAt.localeCompare(a.ratedAt))[0];
  return (
    <article className="wijkwijs-card" aria-labelledby={`goal-${goal.id}`}>
      <Heading4 id={`goal-${goal.id}`}>{goal.ownWords}</Heading4>
      <Facts
        items={[
          [t('households.plan.goalFor'), owner ? `${owner.givenName} ${owner.familyName}` : t('households.network.wholeHousehold')],
          [t('households.plan.status'), t(`households.goalStatus.${goal.status}`)],
          [t('households.plan.latestRating'), latest ? String(latest.rating) : t('households.plan.notRated')],
        ]}
      />
      <RatingHistory goal={goal} household={household} />
      {canEdit && <RateGoalForm goal={goal} household={household} onDone={onMessage} />}
      <ActionsTable goal={goal} household={household} canEdit={canEdit} onMessage={onMessage} />
      {canEdit && <ActionForm household={household} goal={goal} formId={`action-${goal.id}`} onDone={onMessage} />}
    </article>
  );
}

function Goals({ plan, household, canEdit, onMessage }: { plan: Plan; household: Household; canEdit: boolean; onMessage: (text: string) => void }) {
  const { t } = useTranslation();
  if (plan.goals.length === 0) return <Paragraph>{t('households.plan.noGoals')}</Paragraph>;
  return (
    <>
      {GoalDomain.options
        .filter((domain) => plan.goals.some((g) => g.domain === domain))
        .map((domain) => (
          <section key={domain} aria-labelledby={`domain-${domain}`}>
            <Heading3 id={`domain-${domain}`}>{t(`households.domain.${domain}`)}</Heading3>
            {plan.goals
              .filter((g) => g.domain === domain)
              .map((goal) => (
                <GoalCard key={goal.id} goal={goal} household={household} canEdit={canEdit} onMessage={onMessage} />
              ))}
          </section>
        ))}
    </>
  );
}

/** Plan: one plan per household, goals in the family's own words, actions by the family and network first. */
export function PlanSection() {
  const { t } = useTranslation();
  const { household } = useFileContext();
  const queryClient = useQueryClient();
  const prefill = (useLocation().state as { prefill?: Prefill } | null)?.prefill;
  const plan = usePlan(household.id);
  const [message, setMessage] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: () => api.post<Plan>(`${householdsPath(household.id)}/plan`),
    onSuccess: async () => {
      setMessage(t('households.plan.created'));
      await queryClient.invalidateQueries({ queryKey: householdKeys.part(household.id, 'plan') });
    },
    onError: (error) => setMessage(problemMessage(error, t)),
  });
  const canEdit = household.status !== 'closed' && plan.data?.status === 'active';

  return (
    <>
      {message && <StatusMessage>{message}</StatusMessage>}
      <QueryStatus isPending={plan.isPending} error={plan.error} />
      {plan.data === null && (
        <section aria-labelledby="plan-none">
          <Heading2 id="plan-none">{t('households.plan.noPlanTitle')}</Heading2>
          <Paragraph>{t('households.plan.noPlan')}</Paragraph>
          {household.status !== 'closed' && (
            <Button appearance="primary-action-button" busy={create.isPending} onClick={() => create.mutate()}>
              {t('households.plan.create')}
            </Button>
          )}
        </section>
      )}
      {plan.data && (
        <>
          {canEdit && prefill?.action && (
            <section aria-labelledby="plan-prefill-action">
              <Heading2 id="plan-prefill-action">{t('households.plan.fromExplorationAction')}</Heading2>
              <ActionForm household={household} goals={plan.data.goals} description={prefill.action.description} formId="action-from-exploration" onDone={setMessage} />
            </section>
          )}
          <section className="wijkwijs-section" aria-labelledby="plan-goals">
            <Heading2 id="plan-goals">{t('households.plan.goals')}</Heading2>
            <Goals plan={plan.data} household={household} canEdit={canEdit} onMessage={setMessage} />
          </section>
          {canEdit && (
            <section className="wijkwijs-section" aria-labelledby="plan-new-goal">
              <Heading2 id="plan-new-goal">{prefill?.goal ? t('households.plan.fromExplorationGoal') : t('households.plan.newGoal')}</Heading2>
              <AddGoalForm household={household} prefill={prefill?.goal} onDone={setMessage} />
            </section>
          )}
          <section className="wijkwijs-section" aria-labelledby="plan-meetings">
            <Heading2 id="plan-meetings">{t('households.meeting.title')}</Heading2>
            <Paragraph>{t('households.meeting.intro')}</Paragraph>
            <PlanMeetingList household={household} />
            {canEdit && <PlanMeetingForm household={household} onDone={setMessage} />}
          </section>
        </>
      )}
    </>
  );
}
