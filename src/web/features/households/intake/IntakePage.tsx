import { Paragraph } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { IntakeInput } from '../../../../contracts/households';
import { api } from '../../../app/api';
import { PageHeading } from '../../../ui/PageHeading';
import { problemMessage } from '../../../ui/form';
import { householdKeys, type Household, type Match } from '../queries';
import { DuplicateStep } from './DuplicateStep';
import { IntakeForm, type IntakeDraft } from './IntakeForm';
import { EMPTY_INTAKE } from './intake-schema';
import '../households.css';

/** Intake: fill in the family, see possible duplicates, then register the household. */
export function IntakePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<IntakeDraft>({ rows: [0], values: EMPTY_INTAKE });
  const [pending, setPending] = useState<{ input: IntakeInput; matches: Match[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const create = async (input: IntakeInput) => {
    const household = await api.post<Household>('/api/v1/households', input);
    await queryClient.invalidateQueries({ queryKey: householdKeys.lists });
    queryClient.setQueryData(householdKeys.file(household.id), household);
    void navigate(`/huishoudens/${household.id}`, { state: { message: t('households.intake.created', { name: household.name }) } });
  };

  const check = async (input: IntakeInput, values: IntakeDraft['values']) => {
    setDraft((current) => ({ ...current, values }));
    const { matches } = await api.post<{ matches: Match[] }>('/api/v1/household-duplicate-checks', {
      members: input.members.map(({ givenName, familyName, birthDate, bsn }) => ({ givenName, familyName, birthDate, ...(bsn ? { bsn } : {}) })),
      address: { postcode: input.address.postcode, houseNumber: input.address.houseNumber },
    });
    if (matches.length > 0) setPending({ input, matches });
    else await create(input);
  };

  const createAnyway = async () => {
    if (!pending) return;
    setBusy(true);
    setError(null);
    try {
      await create({ ...pending.input, acknowledgeDuplicates: true });
    } catch (failure) {
      setError(problemMessage(failure, t));
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading>{t('households.intake.title')}</PageHeading>
      {pending ? (
        <DuplicateStep matches={pending.matches} busy={busy} error={error} onCreate={() => void createAnyway()} onBack={() => setPending(null)} />
      ) : (
        <>
          <Paragraph>{t('households.intake.intro')}</Paragraph>
          <IntakeForm draft={draft} onRows={(rows) => setDraft((current) => ({ ...current, rows }))} onSubmit={check} />
        </>
      )}
    </>
  );
}
