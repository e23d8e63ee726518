import { Button, Heading2, Heading3 } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../ui/StatusMessage';
import { Facts } from '../ui/Facts';
import { formatDay } from '../ui/format';
import { useEditTarget } from '../../../ui/useEditTarget';
import { AddMemberForm } from './AddMemberForm';
import { CaseTeam } from './CaseTeam';
import { useFileContext } from './FileLayout';
import { CoordinatorForm } from './HandoverForm';
import { HouseholdDetailsForm } from './HouseholdDetailsForm';
import { MembersTable } from './MembersTable';

/** Overzicht: who lives here, where, and who works on the case. */
export function OverviewSection() {
  const { t } = useTranslation();
  const { household } = useFileContext();
  const [message, setMessage] = useState<string | null>(null);
  const details = useEditTarget<{ id: string }>();
  const handover = useEditTarget<{ id: string }>();
  const canManage = household.access === 'coordinator' || household.access === 'team_lead';
  const open = household.status !== 'closed';
  const a = household.address;
  const done = (close: () => void) => (text: string | null) => {
    if (text) setMessage(text);
    close();
  };

  return (
    <>
      {message && <StatusMessage>{message}</StatusMessage>}
      <section aria-labelledby="overview-details">
        <Heading2 id="overview-details">{t('households.overview.details')}</Heading2>
        <Facts
          items={[
            [t('households.overview.address'), a.street ? `${a.street} ${a.houseNumber ?? ''}, ${a.postcode ?? ''} ${a.city ?? ''}` : t('common.unknown')],
            [t('households.overview.neighbourhood'), a.neighbourhoodName ? `${a.neighbourhoodName}${a.districtName ? ` (${a.districtName})` : ''}` : t('households.overview.noNeighbourhood')],
            [t('households.intake.phone'), household.phone ?? t('common.none')],
            [t('households.intake.email'), household.email ?? t('common.none')],
            [t('households.intake.priority'), t(`households.priority.${household.priority}`)],
            [t('households.overview.team'), household.teamName ?? t('common.none')],
            [t('households.overview.registered'), formatDay(household.registeredAt)],
            ...(household.closedAt ? [[t('households.overview.closed'), `${formatDay(household.closedAt)}: ${household.closeReason ?? ''}`] as [string, string]] : []),
          ]}
        />
        {open && !details.target && (
          <Button appearance="secondary-action-button" onClick={() => details.open({ id: 'details' })}>
            {t('households.details.edit')}
          </Button>
        )}
        {details.target && (
          <section aria-labelledby="overview-edit">
            <Heading3 id="overview-edit" ref={details.headingRef} tabIndex={-1}>
              {t('households.details.title')}
            </Heading3>
            <HouseholdDetailsForm household={household} onDone={done(details.close)} />
          </section>
        )}
      </section>
      <section className="wijkwijs-section" aria-labelledby="overview-members">
        <Heading2 id="overview-members">{t('households.members.title')}</Heading2>
        <MembersTable householdId={household.id} members={household.members} />
      </section>
      <section className="wijkwijs-section" aria-labelledby="overview-team">
        <Heading2 id="overview-team">{t('households.caseTeam.title')}</Heading2>
        <CaseTeam household={household} canManage={canManage && open} />
        {canManage && open && !handover.target && (
          <Button appearance="secondary-action-button" onClick={() => handover.open({ id: 'handover' })}>
            {household.coordinatorId ? t('households.assign.handover') : t('households.assign.open')}
          </Button>
        )}
        {handover.target && (
          <section aria-labelledby="overview-handover">
            <Heading3 id="overview-handover" ref={handover.headingRef} tabIndex={-1}>
              {t('households.assign.title', { name: household.name })}
            </Heading3>
            <CoordinatorForm
              formId="handover"
              householdId={household.id}
              teamId={household.teamId}
              currentCoordinatorId={household.coordinatorId}
              onDone={done(handover.close)}
            />
          </section>
        )}
      </section>
      {open && (
        <section className="wijkwijs-section" aria-labelledby="overview-add-member">
          <Heading2 id="overview-add-member">{t('households.members.addTitle')}</Heading2>
          <AddMemberForm householdId={household.id} onDone={setMessage} />
        </section>
      )}
    </>
  );
}
