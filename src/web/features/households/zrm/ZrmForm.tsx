import { Button } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api } from '../../../app/api';
import { AppForm, SelectField, TextField, useAppForm } from '../../../ui/form';
import { householdKeys, householdsPath, type Household, type Member, type ZrmDomains } from '../queries';
import { dayField } from '../ui/bsn-field';
import { today } from '../ui/format';
import { TextareaField } from '../ui/TextareaField';

/** A new assessment of one adult on the tenant's ZRM domains (1–5; a domain may stay open). */
export function ZrmForm({ household, member, domains, onDone }: { household: Household; member: Member; domains: ZrmDomains; onDone: (text: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const shape: Record<string, z.ZodType> = { assessedOn: dayField('requiredAssessedOn', { past: true }), note: z.string().trim().max(4000) };
  const defaults: Record<string, string> = { assessedOn: today(), note: '' };
  const fields: Record<string, { label: string; hint?: string }> = { assessedOn: { label: t('households.zrm.assessedOn') }, note: { label: t('households.zrm.note') } };
  for (const domain of domains.domains) {
    shape[`score_${domain.key}`] = z.string();
    defaults[`score_${domain.key}`] = '';
    fields[`score_${domain.key}`] = { label: domain.label };
  }
  const schema = z.object(shape).superRefine((v, ctx) => {
    if (!domains.domains.some((d) => v[`score_${d.key}`])) ctx.addIssue({ code: 'custom', path: [`score_${domains.domains[0]?.key ?? ''}`], message: 'requiredZrmScore' });
  });
  const controller = useAppForm({
    id: `zrm-${member.id}`,
    schema,
    defaultValues: defaults,
    fields,
    onSubmit: async (values) => {
      const v = values as Record<string, string>;
      const scores = Object.fromEntries(domains.domains.filter((d) => v[`score_${d.key}`]).map((d) => [d.key, Number(v[`score_${d.key}`])]));
      await api.post(`${householdsPath(household.id)}/zrm-assessments`, { personId: member.id, assessedOn: v.assessedOn, scores, note: v.note || null });
      controller.form.reset(defaults);
      await queryClient.invalidateQueries({ queryKey: householdKeys.part(household.id, 'zrm') });
      onDone(t('households.zrm.saved', { name: member.givenName }));
    },
  });
  const scale = [{ value: '', label: t('households.zrm.notScored') }, ...domains.scale.map((s) => ({ value: String(s.score), label: `${s.score} – ${s.label}` }))];
  return (
    <AppForm controller={controller}>
      <TextField name="assessedOn" type="date" />
      {domains.domains.map((domain) => (
        <SelectField key={domain.key} name={`score_${domain.key}`} options={scale} />
      ))}
      <TextareaField name="note" rows={2} />
      <div>
        <Button type="submit" appearance="primary-action-button" busy={controller.form.formState.isSubmitting}>
          {t('households.zrm.save')}
        </Button>
      </div>
    </AppForm>
  );
}
