import { Button, ButtonGroup, Fieldset, FieldsetLegend, Heading2, Heading3, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api, isProblem } from '../../../app/api';
import { AppForm, TextField, useAppForm } from '../../../ui/form';
import { formatDateTime } from '../../../ui/format';
import { QueryStatus } from '../../../ui/QueryStatus';
import { StatusMessage } from '../../../ui/StatusMessage';
import { TableScroll } from '../../../ui/TableScroll';
import { sendVersioned } from '../http';
import { householdKeys, householdsPath, useStory, useStoryVersions, type Household, type Story } from '../queries';
import { Facts } from '../ui/Facts';
import { StaleNotice } from '../ui/StaleNotice';
import { TextareaField } from '../ui/TextareaField';
import { useFileContext } from './FileLayout';

const text = (max: number) => z.string().max(max);

function StoryForm({ household, story, onSaved }: { household: Household; story: Story; onSaved: (text: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [stale, setStale] = useState(false);
  const noteOf = (personId: string) => story.members.find((m) => m.personId === personId);
  const shape: Record<string, z.ZodType> = { story: text(20000), goingWell: text(10000), worries: text(10000), writtenWith: z.string().trim().max(500) };
  const defaults: Record<string, string> = { story: story.story, goingWell: story.goingWell, worries: story.worries, writtenWith: story.writtenWith };
  const fields: Record<string, { label: string; hint?: string }> = {
    story: { label: t('households.story.story'), hint: t('households.story.storyHint') },
    goingWell: { label: t('households.story.goingWell') },
    worries: { label: t('households.story.worries') },
    writtenWith: { label: t('households.story.writtenWith'), hint: t('households.story.writtenWithHint') },
  };
  for (const member of household.members) {
    shape[`talents_${member.id}`] = text(4000);
    shape[`worries_${member.id}`] = text(4000);
    defaults[`talents_${member.id}`] = noteOf(member.id)?.talents ?? '';
    defaults[`worries_${member.id}`] = noteOf(member.id)?.worries ?? '';
    fields[`talents_${member.id}`] = { label: t('households.story.talentsOf', { name: member.givenName }) };
    fields[`worries_${member.id}`] = { label: t('households.story.worriesOf', { name: member.givenName }) };
  }
  const controller = useAppForm({
    id: 'story',
    schema: z.object(shape),
    defaultValues: defaults,
    fields,
    onSubmit: async (values) => {
      const v = values as Record<string, string>;
      const body = {
        story: v.story, goingWell: v.goingWell, worries: v.worries, writtenWith: v.writtenWith,
        members: household.members.map((m) => ({ personId: m.id, talents: v[`talents_${m.id}`] ?? '', worries: v[`worries_${m.id}`] ?? '' })).filter((m) => m.talents || m.worries),
      };
      const saved = await sendVersioned<Story>('PUT', `${householdsPath(household.id)}/story`, story.version, body);
      await queryClient.invalidateQueries({ queryKey: householdKeys.part(household.id, 'story') });
      onSaved(t('households.story.saved', { version: saved.version }));
    },
    onError: (error) => {
      if (!isProblem(error, 'precondition_failed')) return false;
      setStale(true);
      return true;
    },
  });
  return (
    <>
      {stale && <StaleNotice onReload={() => void queryClient.invalidateQueries({ queryKey: householdKeys.part(household.id, 'story') })} />}
      <AppForm controller={controller}>
        <TextareaField name="story" rows={8} />
        <TextareaField name="goingWell" />
        <TextareaField name="worries" />
        {household.members.map((member) => (
          <Fieldset key={member.id} className="wijkwijs-fieldset-row">
            <FieldsetLegend>{`${member.givenName} ${member.familyName}`}</FieldsetLegend>
            <TextareaField name={`talents_${member.id}`} rows={2} />
            <TextareaField name={`worries_${member.id}`} rows={2} />
          </Fieldset>
        ))}
        <TextField name="writtenWith" autoComplete="off" />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={controller.form.formState.isSubmitting}>
            {t('households.story.save')}
          </Button>
        </ButtonGroup>
      </AppForm>
    </>
  );
}

function StoryVersionView({ household, version }: { household: Household; version: number }) {
  const { t } = useTranslation();
  const old = useQuery({ queryKey: householdKeys.part(household.id, 'story', 'version', version), queryFn: () => api.get<Story>(`${householdsPath(household.id)}/story-versions/${version}`) });
  if (!old.data) return <QueryStatus isPending={old.isPending} error={old.error} />;
  const name = (personId: string) => household.members.find((m) => m.id === personId)?.givenName ?? t('common.unknown');
  return (
    <Facts
      items={[
        [t('households.story.story'), <span className="wijkwijs-pre-wrap">{old.data.story || t('common.none')}</span>],
        [t('households.story.goingWell'), <span className="wijkwijs-pre-wrap">{old.data.goingWell || t('common.none')}</span>],
        [t('households.story.worries'), <span className="wijkwijs-pre-wrap">{old.data.worries || t('common.none')}</span>],
        ...old.data.members.map((m): [string, string] => [name(m.personId), [m.talents, m.worries].filter(Boolean).join(' — ')]),
        [t('households.story.writtenWith'), old.data.writtenWith || t('common.none')],
      ]}
    />
  );
}

/** Verhaal: the family's story, told once and written with them; every save is a new version. */
export function StorySection() {
  const { t } = useTranslation();
  const { household } = useFileContext();
  const story = useStory(household.id);
  const versions = useStoryVersions(household.id);
  const [message, setMessage] = useState<string | null>(null);
  const [viewing, setViewing] = useState<number | null>(null);
  const closed = household.status === 'closed';
  return (
    <>
      {message && <StatusMessage>{message}</StatusMessage>}
      <section aria-labelledby="story-current">
        <Heading2 id="story-current">{t('households.story.current')}</Heading2>
        <QueryStatus isPending={story.isPending} error={story.error} />
        {story.data && (
          <>
            <Paragraph>
              {story.data.version === 0
                ? t('households.story.empty')
                : t('households.story.versionBy', { version: story.data.version, name: story.data.createdByName, at: formatDateTime(story.data.createdAt) })}
            </Paragraph>
            {closed ? (
              story.data.version > 0 && <StoryVersionView household={household} version={story.data.version} />
            ) : (
              <StoryForm key={story.data.version} household={household} story={story.data} onSaved={setMessage} />
            )}
          </>
        )}
      </section>
      <section className="wijkwijs-section" aria-labelledby="story-versions">
        <Heading2 id="story-versions">{t('households.story.versions')}</Heading2>
        <QueryStatus isPending={versions.isPending} error={versions.error} />
        {versions.data && versions.data.items.length === 0 && <Paragraph>{t('households.story.noVersions')}</Paragraph>}
        {versions.data && versions.data.items.length > 0 && (
          <TableScroll label={t('households.story.versions')}>
            <Table>
              <TableCaption>{t('households.story.versions')}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('households.story.version')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('households.story.by')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('households.story.at')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('common.actions')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {versions.data.items.map((v) => (
                  <TableRow key={v.version}>
                    <TableHeaderCell scope="row">{v.version}</TableHeaderCell>
                    <TableCell>{v.createdByName}</TableCell>
                    <TableCell>{formatDateTime(v.createdAt)}</TableCell>
                    <TableCell>
                      <Button appearance="secondary-action-button" aria-pressed={viewing === v.version} onClick={() => setViewing(viewing === v.version ? null : v.version)}>
                        {t('households.story.view', { version: v.version })}
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableScroll>
        )}
        {viewing !== null && (
          <section aria-labelledby="story-old">
            <Heading3 id="story-old">{t('households.story.viewTitle', { version: viewing })}</Heading3>
            <StoryVersionView household={household} version={viewing} />
          </section>
        )}
      </section>
    </>
  );
}
