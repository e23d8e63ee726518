import { Button, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { OutreachLogView } from '../../../contracts/outreach';
import { ConcernCategory, Urgency, type SentSignalView } from '../../../contracts/signals';
import { api } from '../../app/api';
import { formatDateTime } from '../../ui/format';
import { QueryStatus } from '../../ui/QueryStatus';
import { AppForm, CheckboxGroup, SelectField, TextField, useAppForm } from '../../ui/form';
import { PageHeading } from '../../ui/PageHeading';
import { RouterLink } from '../../ui/RouterLink';
import { StatusMessage } from '../../ui/StatusMessage';
import { TextareaField } from '../households/ui/TextareaField';
import { signalDefaultsFromLog } from './from-outreach-log';
import { signalKeys } from './queries';
import { EMPTY_SIGNAL, sendSignalSchema } from './send-signal-schema';

/**
 * "Signaal doorgeven": a signaller or outreach worker tells the team about a young person. With
 * `?bezoek=<log id>` the outreach worker turns their own visit into a signal: the form starts from
 * the visit and the signal stays linked to it.
 */
export function SendSignalPage() {
  const logId = useSearchParams()[0].get('bezoek');
  return logId ? <SignalFromVisit logId={logId} /> : <SendSignalForm />;
}

function SignalFromVisit({ logId }: { logId: string }) {
  const { t } = useTranslation();
  const [sent, setSent] = useState<string | null>(null);
  const log = useQuery({ queryKey: ['outreach-logs', 'one', logId], queryFn: () => api.get<OutreachLogView>(`/api/v1/outreach-logs/${encodeURIComponent(logId)}`) });
  const reference = sent ?? log.data?.signal?.reference;
  if (!log.data || reference) {
    return (
      <>
        <PageHeading>{t('signals.send.title')}</PageHeading>
        <QueryStatus isPending={log.isPending} error={log.error} />
        {sent && <StatusMessage>{t('signals.send.sent', { reference: sent })}</StatusMessage>}
        {!sent && reference && <Paragraph>{t('signals.fromVisit.already', { reference })}</Paragraph>}
        <Paragraph><RouterLink to="/outreach">{t('signals.fromVisit.back')}</RouterLink></Paragraph>
        <Paragraph><RouterLink to="/signalen/mijn">{t('signalsNav.mine')}</RouterLink></Paragraph>
      </>
    );
  }
  const visit = t('signals.fromVisit.intro', { when: formatDateTime(log.data.startedAt), neighbourhood: log.data.neighbourhoodName });
  return <SendSignalForm fromLog={{ id: logId, intro: visit, defaults: signalDefaultsFromLog(log.data) }} onSent={setSent} />;
}

interface FromLog { id: string; intro: string; defaults: typeof EMPTY_SIGNAL }

function SendSignalForm({ fromLog, onSent }: { fromLog?: FromLog; onSent?: (reference: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [sent, setSent] = useState<string | null>(null);
  const f = (key: string, hint?: string) => ({ label: t(`signals.send.${key}`), ...(hint ? { hint: t(`signals.send.${hint}`) } : {}) });
  const controller = useAppForm({
    id: 'send-signal',
    schema: sendSignalSchema,
    defaultValues: fromLog?.defaults ?? EMPTY_SIGNAL,
    fields: {
      givenName: f('givenName'), familyName: f('familyName'), birthDate: f('birthDate'), school: f('school', 'schoolHint'), street: f('street'), houseNumber: f('houseNumber'),
      postcode: f('postcode', 'postcodeHint'), city: f('city'), bsn: f('bsn', 'bsnHint'), concerns: f('concerns'), urgency: f('urgency', 'urgencyHint'), description: f('description'),
      actionsTaken: f('actionsTaken'), parentsInformed: f('parentsInformed'), youngPersonInformed: f('youngPersonInformed'), notInformedReason: f('notInformedReason', 'notInformedReasonHint'),
      contactName: f('contactName'), organisation: f('organisation'), phone: f('phone'), email: f('email'),
    },
    onSubmit: async (input) => {
      const signal = await api.post<SentSignalView>(fromLog ? `/api/v1/outreach-logs/${encodeURIComponent(fromLog.id)}/signals` : '/api/v1/signals', input);
      if (fromLog) {
        // The page swaps this form for the confirmation first; the visit then shows the signal too.
        onSent?.(signal.reference);
        window.scrollTo(0, 0);
        await queryClient.invalidateQueries({ queryKey: ['outreach-logs'] });
      }
      await queryClient.invalidateQueries({ queryKey: signalKeys.all });
      if (fromLog) return;
      controller.form.reset(EMPTY_SIGNAL);
      setSent(signal.reference);
      window.scrollTo(0, 0);
    },
  });
  const yesNo = [{ value: '', label: t('signals.choose') }, { value: 'yes', label: t('signals.yes') }, { value: 'no', label: t('signals.no') }];
  return (
    <>
      <PageHeading>{t('signals.send.title')}</PageHeading>
      {sent && <StatusMessage>{t('signals.send.sent', { reference: sent })}</StatusMessage>}
      <Paragraph>{t('signals.send.intro')}</Paragraph>
      {fromLog && <Paragraph>{fromLog.intro}</Paragraph>}
      <Paragraph><RouterLink to="/signalen/mijn">{t('signalsNav.mine')}</RouterLink></Paragraph>
      <AppForm controller={controller}>
        <Fieldset className="wijkwijs-fieldset-row">
          <FieldsetLegend>{t('signals.send.about')}</FieldsetLegend>
          <TextField name="givenName" autoComplete="off" />
          <TextField name="familyName" autoComplete="off" />
          <TextField name="birthDate" type="date" />
          <TextField name="school" autoComplete="off" />
          <TextField name="street" autoComplete="off" />
          <TextField name="houseNumber" autoComplete="off" />
          <TextField name="postcode" autoComplete="off" />
          <TextField name="city" autoComplete="off" />
          <TextField name="bsn" inputMode="numeric" maxLength={9} autoComplete="off" spellCheck={false} />
        </Fieldset>
        <CheckboxGroup name="concerns" options={ConcernCategory.options.map((c) => ({ value: c, label: t(`signals.concern.${c}`) }))} />
        <SelectField name="urgency" options={Urgency.options.map((u) => ({ value: u, label: t(`signals.urgency.${u}`) }))} />
        <TextareaField name="description" rows={5} />
        <TextareaField name="actionsTaken" rows={3} />
        <SelectField name="parentsInformed" options={yesNo} />
        <SelectField name="youngPersonInformed" options={yesNo} />
        <TextareaField name="notInformedReason" rows={2} />
        <Fieldset className="wijkwijs-fieldset-row">
          <FieldsetLegend>{t('signals.send.contact')}</FieldsetLegend>
          <TextField name="contactName" autoComplete="name" />
          <TextField name="organisation" autoComplete="organization" />
          <TextField name="phone" type="tel" autoComplete="tel" />
          <TextField name="email" type="email" autoComplete="email" spellCheck={false} />
        </Fieldset>
        <div>
          <Button type="submit" appearance="primary-action-button" busy={controller.form.formState.isSubmitting}>{t('signals.send.submit')}</Button>
        </div>
      </AppForm>
    </>
  );
}
