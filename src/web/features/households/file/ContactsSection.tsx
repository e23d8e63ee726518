import { Button, Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ContactKind } from '../../../../contracts/households';
import { api } from '../../../app/api';
import { AppForm, SelectField, TextField, useAppForm } from '../../../ui/form';
import { Pager } from '../../../ui/Pager';
import { QueryStatus } from '../../../ui/QueryStatus';
import { StatusMessage } from '../../../ui/StatusMessage';
import { TableScroll } from '../../../ui/TableScroll';
import { useCursorPages } from '../../../ui/useCursorPages';
import { householdKeys, householdsPath, useContacts, type Household } from '../queries';
import { dayField } from '../ui/bsn-field';
import { CheckboxField } from '../ui/CheckboxField';
import { formatDay, today } from '../ui/format';
import { TextareaField } from '../ui/TextareaField';
import { useFileContext } from './FileLayout';

const ContactForm = z.object({
  occurredOn: dayField('requiredOccurredOn', { past: true }), kind: ContactKind, participants: z.string().trim().max(1000),
  minutes: z.string().regex(/^\d{1,4}$/).refine((v) => Number(v) <= 1440, { message: 'minutesTooMany' }), note: z.string().max(10000), sensitive: z.boolean(),
});

function NewContactForm({ household, onDone }: { household: Household; onDone: (text: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const empty = { occurredOn: today(), kind: 'home_visit' as const, participants: '', minutes: '', note: '', sensitive: false };
  const controller = useAppForm({
    id: 'contact',
    schema: ContactForm,
    defaultValues: empty,
    fields: {
      occurredOn: { label: t('households.contacts.occurredOn') }, kind: { label: t('households.contacts.kind') },
      participants: { label: t('households.contacts.participants'), hint: t('households.contacts.participantsHint') },
      minutes: { label: t('households.contacts.minutes'), hint: t('households.contacts.minutesHint') }, note: { label: t('households.contacts.note') },
      sensitive: { label: t('households.contacts.sensitive'), hint: t('households.contacts.sensitiveHint') },
    },
    onSubmit: async (values) => {
      await api.post(`${householdsPath(household.id)}/contacts`, { ...values, minutes: Number(values.minutes) });
      controller.form.reset(empty);
      await queryClient.invalidateQueries({ queryKey: householdKeys.part(household.id, 'contacts') });
      onDone(t('households.contacts.saved'));
    },
  });
  return (
    <AppForm controller={controller}>
      <TextField name="occurredOn" type="date" />
      <SelectField name="kind" options={ContactKind.options.map((k) => ({ value: k, label: t(`households.contactKind.${k}`) }))} />
      <TextField name="participants" autoComplete="off" />
      <TextField name="minutes" inputMode="numeric" autoComplete="off" />
      <TextareaField name="note" />
      <CheckboxField name="sensitive" />
      <div>
        <Button type="submit" appearance="primary-action-button" busy={controller.form.formState.isSubmitting}>
          {t('households.contacts.save')}
        </Button>
      </div>
    </AppForm>
  );
}

/** Contacten: the contact log; a sensitive note is shown to the case team only. */
export function ContactsSection() {
  const { t } = useTranslation();
  const { household } = useFileContext();
  const pages = useCursorPages();
  const contacts = useContacts(household.id, pages.cursor);
  const [message, setMessage] = useState<string | null>(null);
  return (
    <>
      {message && <StatusMessage>{message}</StatusMessage>}
      <section aria-labelledby="contacts-list">
        <Heading2 id="contacts-list">{t('households.contacts.title')}</Heading2>
        <QueryStatus isPending={contacts.isPending} error={contacts.error} />
        {contacts.data && contacts.data.items.length === 0 && <Paragraph>{t('households.contacts.none')}</Paragraph>}
        {contacts.data && contacts.data.items.length > 0 && (
          <TableScroll label={t('households.contacts.title')}>
            <Table>
              <TableCaption>{t('households.contacts.title')}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('households.contacts.occurredOn')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('households.contacts.kind')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('households.contacts.participants')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('households.contacts.minutes')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('households.contacts.note')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('households.contacts.by')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {contacts.data.items.map((c) => (
                  <TableRow key={c.id}>
                    <TableHeaderCell scope="row">{formatDay(c.occurredOn)}</TableHeaderCell>
                    <TableCell>{t(`households.contactKind.${c.kind}`)}</TableCell>
                    <TableCell>{c.participants || t('common.none')}</TableCell>
                    <TableCell>{c.minutes}</TableCell>
                    <TableCell>
                      {c.noteVisible ? (
                        <span className="wijkwijs-pre-wrap">
                          {c.sensitive && <strong>{t('households.contacts.sensitiveMark')} </strong>}
                          {c.note || t('common.none')}
                        </span>
                      ) : (
                        <em>{t('households.contacts.hiddenNote')}</em>
                      )}
                    </TableCell>
                    <TableCell>{c.createdByName}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableScroll>
        )}
        <Pager pages={pages} nextCursor={contacts.data?.nextCursor} label={t('households.contacts.pager')} />
      </section>
      {household.status !== 'closed' && (
        <section className="wijkwijs-section" aria-labelledby="contacts-new">
          <Heading2 id="contacts-new">{t('households.contacts.newTitle')}</Heading2>
          <NewContactForm household={household} onDone={setMessage} />
        </section>
      )}
    </>
  );
}
