import { Heading2 } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { hasRole, useMe } from '../../../app/session';
import { PageHeading } from '../../../ui/PageHeading';
import { Pager } from '../../../ui/Pager';
import { QueryStatus } from '../../../ui/QueryStatus';
import { StatusMessage } from '../../../ui/StatusMessage';
import { useCursorPages } from '../../../ui/useCursorPages';
import { CoordinatorForm } from '../file/HandoverForm';
import { ButtonLink } from '../ui/ButtonLink';
import { useEditTarget } from '../../../ui/useEditTarget';
import { useHouseholdList, type HouseholdRow } from '../queries';
import { EMPTY_SEARCH, HouseholdSearchForm, type HouseholdSearch } from './HouseholdSearchForm';
import { HouseholdTable } from './HouseholdTable';
import { ListTabs, type Scope } from './ListTabs';
import '../households.css';

const SCOPE_PARAM: Record<string, Scope> = { team: 'team', wachtlijst: 'waiting' };

/** "Mijn huishoudens"; a team lead also sees the team's households and the waiting list. */
export function HouseholdsPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const isLead = hasRole(me, ['team_lead']);
  const [params] = useSearchParams();
  const scope: Scope = (isLead && SCOPE_PARAM[params.get('lijst') ?? '']) || 'mine';
  const waitingList = scope === 'waiting';
  return <HouseholdList key={scope} scope={scope} isLead={isLead} waitingList={waitingList} title={t(`households.list.title.${scope}`)} />;
}

function HouseholdList({ scope, isLead, waitingList, title }: { scope: Scope; isLead: boolean; waitingList: boolean; title: string }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState<HouseholdSearch>({ ...EMPTY_SEARCH, sort: waitingList ? 'waiting' : 'name' });
  const [message, setMessage] = useState<string | null>(null);
  const pages = useCursorPages();
  const list = useHouseholdList({
    scope,
    q: search.q || undefined,
    bsn: search.bsn || undefined,
    status: search.status || undefined,
    neighbourhoodId: search.neighbourhoodId || undefined,
    sort: search.sort,
    cursor: pages.cursor,
  });
  const assign = useEditTarget<HouseholdRow>();

  return (
    <>
      <PageHeading>{title}</PageHeading>
      {isLead && <ListTabs current={scope} />}
      {message && <StatusMessage>{message}</StatusMessage>}
      <ButtonLink to="/huishoudens/nieuw" appearance="primary-action-button">
        {t('households.list.new')}
      </ButtonLink>
      <section className="wijkwijs-section" aria-labelledby="households-search">
        <Heading2 id="households-search">{t('households.search.title')}</Heading2>
        <HouseholdSearchForm
          initial={search}
          waitingList={waitingList}
          onSearch={(next) => {
            setSearch(next);
            pages.reset();
          }}
        />
      </section>
      <section className="wijkwijs-section" aria-labelledby="households-list">
        <Heading2 id="households-list">{t('households.list.results')}</Heading2>
        <QueryStatus isPending={list.isPending} error={list.error} />
        {list.data && <HouseholdTable rows={list.data.items} caption={title} waitingList={waitingList} onAssign={assign.open} />}
        <Pager pages={pages} nextCursor={list.data?.nextCursor} label={t('households.list.pager')} />
      </section>
      {assign.target && (
        <section className="wijkwijs-section" aria-labelledby="households-assign">
          <Heading2 id="households-assign" ref={assign.headingRef} tabIndex={-1}>
            {t('households.assign.title', { name: assign.target.name })}
          </Heading2>
          <CoordinatorForm
            key={assign.target.id}
            formId="assign-coordinator"
            householdId={assign.target.id}
            teamId={assign.target.teamId}
            currentCoordinatorId={null}
            onDone={(text) => {
              if (text) setMessage(text);
              assign.close();
            }}
          />
        </section>
      )}
    </>
  );
}
