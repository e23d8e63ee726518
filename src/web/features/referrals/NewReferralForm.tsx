import { Button } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { INFORMATION_CATEGORIES } from '../../../contracts/consents';
import { api } from '../../app/api';
import { AppForm, CheckboxGroup, SelectField, TextField, useAppForm } from '../../ui/form';
import type { Household } from '../households/queries';
import { TextareaField } from '../households/ui/TextareaField';
import type { ServiceOption } from './queries';
import { ServiceSearch } from './ServiceSearch';

const inAYear = () => new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);

const ReferralForm = z
  .object({
    serviceId: z.string().min(1), personId: z.string().min(1), recordConsent: z.array(z.string()), givenBy: z.array(z.string()), scope: z.array(z.string()),
    validUntil: z.string(), share: z.array(z.string()), message: z.string().trim().max(4000), recipientEmail: z.union([z.literal(''), z.email()]),
  })
  .superRefine((v, ctx) => {
    if (!v.recordConsent.length) return;
    if (!v.givenBy.length) ctx.addIssue({ code: 'too_small', origin: 'array', minimum: 1, inclusive: true, path: ['givenBy'], input: v.givenBy });
    if (!v.scope.length) ctx.addIssue({ code: 'too_small', origin: 'array', minimum: 1, inclusive: true, path: ['scope'], input: v.scope });
  });

/**
 * Refer a member: find the service, choose the person, record the consent here (or rest on one
 * already given), choose the minimum to share, write a message, send.
 */
export function NewReferralForm({ household, onSent }: { household: Household; onSent: (text: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [services, setServices] = useState<ServiceOption[]>([]);
  const categories = INFORMATION_CATEGORIES.map((c) => ({ value: c, label: t(`referrals.category.${c}`) }));
  const empty = { serviceId: '', personId: '', recordConsent: [] as string[], givenBy: [] as string[], scope: [] as string[], validUntil: inAYear(), share: [] as string[], message: '', recipientEmail: '' };
  const controller = useAppForm({
    id: 'new-referral',
    schema: ReferralForm,
    defaultValues: empty,
    fields: {
      serviceId: { label: t('referrals.serviceId') }, personId: { label: t('referrals.personId') },
      recordConsent: { label: t('referrals.recordConsent'), hint: t('referrals.recordConsentHint') },
      givenBy: { label: t('referrals.givenBy'), hint: t('referrals.givenByHint') }, scope: { label: t('referrals.scope') },
      validUntil: { label: t('referrals.validUntil') }, share: { label: t('referrals.share'), hint: t('referrals.shareHint') },
      message: { label: t('referrals.message') }, recipientEmail: { label: t('referrals.recipientEmail'), hint: t('referrals.recipientEmailHint') },
    },
    problemMessages: { consent_required: t('referrals.consentRequired') },
    onSubmit: async (v) => {
      const base = { householdId: household.id, personId: v.personId };
      let consentId: string | undefined;
      if (v.recordConsent.length)
        consentId = (await api.post<{ id: string }>('/api/v1/consents', { ...base, givenByPersonIds: v.givenBy, scope: v.scope, serviceId: v.serviceId, validUntil: v.validUntil })).id;
      await api.post('/api/v1/referrals', { ...base, serviceId: v.serviceId, consentId, share: v.share, message: v.message, ...(v.recipientEmail ? { recipientEmail: v.recipientEmail } : {}) });
      controller.form.reset(empty);
      setServices([]);
      await onSent(t('referrals.sent'));
    },
  });
  const recording = controller.form.watch('recordConsent').length > 0;
  const members = household.members.map((m) => ({ value: m.id, label: m.givenName }));
  return (
    <>
      <ServiceSearch onFound={(found) => { setServices(found); controller.form.setValue('serviceId', found[0]?.id ?? ''); }} />
      <AppForm controller={controller}>
        <SelectField name="serviceId" options={services.length ? services.map((s) => ({ value: s.id, label: `${s.name}${s.organizationName ? ` (${s.organizationName})` : ''}` })) : [{ value: '', label: t('referrals.chooseService') }]} />
        <SelectField name="personId" options={[{ value: '', label: '—' }, ...members]} />
        <CheckboxGroup name="recordConsent" options={[{ value: 'yes', label: t('referrals.recordConsentOption') }]} />
        {recording && (
          <>
            <CheckboxGroup name="givenBy" options={members} />
            <CheckboxGroup name="scope" options={categories} />
            <TextField name="validUntil" type="date" />
          </>
        )}
        <CheckboxGroup name="share" options={categories} />
        <TextareaField name="message" rows={3} />
        <TextField name="recipientEmail" type="email" autoComplete="off" />
        <div>
          <Button type="submit" appearance="primary-action-button" busy={controller.form.formState.isSubmitting}>
            {t('referrals.send')}
          </Button>
        </div>
      </AppForm>
    </>
  );
}
