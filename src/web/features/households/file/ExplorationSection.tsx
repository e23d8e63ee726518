import { Button, ButtonGroup, Fieldset, FieldsetLegend, Heading2, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { Lens } from '../../../../contracts/households';
import { api, isProblem } from '../../../app/api';
import { AppForm, useAppForm } from '../../../ui/form';
import { QueryStatus } from '../../../ui/QueryStatus';
import { StatusMessage } from '../../../ui/StatusMessage';
import { sendVersioned } from '../http';
import { householdKeys, householdsPath, useExplorations, type Exploration, type Household, type Member } from '../queries';
import { StaleNotice } from '../ui/StaleNotice';
import { TextareaField } from '../ui/TextareaField';
import { useFileContext } from './FileLayout';
import { DOMAIN_OF_LENS, type Prefill } from './prefill';

const LENSES = Lens.options;

function ExplorationForm({ household, member, exploration, onSaved }: { household: Household; member: Member; exploration: Exploration | undefined; onSaved: (text: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [stale, setStale] = useState(false);
  const lensOf = (lens: string) => exploration?.lenses.find((l) => l.lens === lens);
  const shape: Record<string, z.ZodType> = { wishes: z.string().max(5000) };
  const defaults: Record<string, string> = { wishes: exploration?.wishes ?? '' };
  const fields: Record<string, { label: string; hint?: string }> = { wishes: { label: t('households.exploration.wishes', { name: member.givenName }), hint: t('households.exploration.wishesHint') } };
  for (const lens of LENSES) {
    for (const part of ['hinders', 'helps'] as const) {
      shape[`${part}_${lens}`] = z.string().max(2000);
      defaults[`${part}_${lens}`] = lensOf(lens)?.[part] ?? '';
      fields[`${part}_${lens}`] = { label: t(`households.exploration.${part}`, { lens: t(`households.lens.${lens}`) }) };
    }
  }
  const controller = useAppForm({
    id: `exploration-${member.id}`,
    schema: z.object(shape),
    defaultValues: defaults,
    fields,
    onSubmit: async (values) => {
      const v = values as Record<string, string>;
      const body = {
        personId: member.id,
        wishes: v.wishes ?? '',
        lenses: LENSES.map((lens) => ({ lens, hinders: v[`hinders_${lens}`] ?? '', helps: v[`helps_${lens}`] ?? '' })).filter((l) => l.hinders || l.helps),
      };
      const base = `${householdsPath(household.id)}/explorations`;
      if (exploration) await sendVersioned('PUT', `${base}/${exploration.id}`, exploration.version, body);
      else await api.post(base, body);
      await queryClient.invalidateQueries({ queryKey: householdKeys.part(household.id, 'explorations') });
      onSaved(t('households.exploration.saved', { name: member.givenName }));
    },
    onError: (error) => {
      if (!isProblem(error, 'precondition_failed')) return false;
      setStale(true);
      return true;
    },
  });
  return (
    <>
      {stale && <StaleNotice onReload={() => void queryClient.invalidateQueries({ queryKey: householdKeys.part(household.id, 'explorations') })} />}
      <AppForm controller={controller}>
        <TextareaField name="wishes" />
        {LENSES.map((lens) => (
          <Fieldset key={lens} className="wijkwijs-fieldset-row">
            <FieldsetLegend>{t(`households.lens.${lens}`)}</FieldsetLegend>
            <TextareaField name={`helps_${lens}`} rows={2} />
            <TextareaField name={`hinders_${lens}`} rows={2} />
          </Fieldset>
        ))}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={controller.form.formState.isSubmitting}>
            {t('households.exploration.save', { name: member.givenName })}
          </Button>
        </ButtonGroup>
      </AppForm>
    </>
  );
}

/** Obstacles and opportunities found in the exploration become goals, actions and ties with one click. */
function FoundItems({ household, member, exploration }: { household: Household; member: Member; exploration: Exploration }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const base = `/huishoudens/${household.id}`;
  const go = (path: string, prefill: Prefill) => void navigate(`${base}/${path}`, { state: { prefill } });
  const found = exploration.lenses.flatMap((l) => [
    ...(l.helps ? [{ lens: l.lens, kind: 'helps' as const, text: l.helps }] : []),
    ...(l.hinders ? [{ lens: l.lens, kind: 'hinders' as const, text: l.hinders }] : []),
  ]);
  if (found.length === 0 && !exploration.wishes) return null;
  return (
    <UnorderedList>
      {exploration.wishes && (
        <UnorderedListItem>
          {t('households.exploration.wishLine', { text: exploration.wishes })}{' '}
          <Button appearance="subtle-button" onClick={() => go('plan', { goal: { personId: member.id, domain: 'other', ownWords: exploration.wishes } })}>
            {t('households.exploration.toGoal')}
            <span className="wijkwijs-visually-hidden"> {exploration.wishes}</span>
          </Button>
        </UnorderedListItem>
      )}
      {found.map((item) => (
        <UnorderedListItem key={`${item.lens}-${item.kind}`}>
          {t(`households.exploration.${item.kind}Line`, { lens: t(`households.lens.${item.lens}`), text: item.text })}{' '}
          <Button appearance="subtle-button" onClick={() => go('plan', { goal: { personId: member.id, domain: DOMAIN_OF_LENS[item.lens], ownWords: item.text } })}>
            {t('households.exploration.toGoal')}
            <span className="wijkwijs-visually-hidden"> {item.text}</span>
          </Button>
          <Button appearance="subtle-button" onClick={() => go('plan', { action: { description: item.text } })}>
            {t('households.exploration.toAction')}
            <span className="wijkwijs-visually-hidden"> {item.text}</span>
          </Button>
          {item.kind === 'helps' && (
            <Button appearance="subtle-button" onClick={() => go('netwerk', { tie: { personId: member.id, support: item.text } })}>
              {t('households.exploration.toTie')}
              <span className="wijkwijs-visually-hidden"> {item.text}</span>
            </Button>
          )}
        </UnorderedListItem>
      ))}
    </UnorderedList>
  );
}

/** Verkenning: with each young person, their ordinary life first — before any list of problems. */
export function ExplorationSection() {
  const { t } = useTranslation();
  const { household } = useFileContext();
  const explorations = useExplorations(household.id);
  const [message, setMessage] = useState<string | null>(null);
  const young = household.members.filter((m) => m.role === 'child');
  return (
    <>
      <Paragraph>{t('households.exploration.intro')}</Paragraph>
      {message && <StatusMessage>{message}</StatusMessage>}
      <QueryStatus isPending={explorations.isPending} error={explorations.error} />
      {young.length === 0 && <Paragraph>{t('households.exploration.noYoung')}</Paragraph>}
      {explorations.data &&
        young.map((member) => {
          const exploration = explorations.data.items.find((e) => e.personId === member.id);
          return (
            <section key={member.id} className="wijkwijs-section" aria-labelledby={`exploration-${member.id}-title`}>
              <Heading2 id={`exploration-${member.id}-title`}>{t('households.exploration.of', { name: member.givenName, age: member.age ?? '?' })}</Heading2>
              {exploration && (
                <>
                  <Heading3>{t('households.exploration.found')}</Heading3>
                  <FoundItems household={household} member={member} exploration={exploration} />
                </>
              )}
              {household.status !== 'closed' && <ExplorationForm key={exploration?.version ?? 0} household={household} member={member} exploration={exploration} onSaved={setMessage} />}
            </section>
          );
        })}
    </>
  );
}
