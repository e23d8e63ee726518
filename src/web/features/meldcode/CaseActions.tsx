import { Button, Heading2 } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { MeldcodeCaseView } from '../../../contracts/meldcode';
import { AppForm, SelectField, useAppForm } from '../../ui/form';
import { TextareaField } from '../households/ui/TextareaField';
import { required } from './form-fields';
import { useCaseChange } from './queries';

const ReopenForm = z.object({ step: z.string().min(1), reason: required });
const CloseForm = z.object({ closeReason: required });

/** Opening a done step again (with a reason; the history keeps what was there) and closing the case after step 5. */
export function CaseActions({ view, onDone }: { view: MeldcodeCaseView; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const change = useCaseChange(view.id);
  const done = view.steps.filter((s) => s.status === 'done').map((s) => s.step);
  const reopen = useAppForm({
    id: 'meldcode-reopen',
    schema: ReopenForm,
    defaultValues: { step: String(done.at(-1) ?? ''), reason: '' },
    fields: { step: { label: t('meldcode.reopen.step') }, reason: { label: t('meldcode.reopen.reason'), hint: t('meldcode.reopen.reasonHint') } },
    onSubmit: async (v) => {
      await change('POST', '/reopenings', { step: Number(v.step), reason: v.reason });
      reopen.form.reset({ step: '', reason: '' });
      onDone(t('meldcode.reopen.done', { step: v.step }));
    },
  });
  const close = useAppForm({
    id: 'meldcode-close',
    schema: CloseForm,
    defaultValues: { closeReason: '' },
    fields: { closeReason: { label: t('meldcode.close.reason') } },
    onSubmit: async (v) => {
      await change('PATCH', '', { status: 'closed', closeReason: v.closeReason });
      onDone(t('meldcode.close.done'));
    },
  });
  return (
    <>
      {view.currentStep === null && (
        <section className="wijkwijs-section" aria-labelledby="meldcode-close">
          <Heading2 id="meldcode-close">{t('meldcode.close.title')}</Heading2>
          <AppForm controller={close}>
            <TextareaField name="closeReason" rows={2} />
            <div><Button type="submit" appearance="primary-action-button">{t('meldcode.close.submit')}</Button></div>
          </AppForm>
        </section>
      )}
      {done.length > 0 && (
        <section className="wijkwijs-section" aria-labelledby="meldcode-reopen">
          <Heading2 id="meldcode-reopen">{t('meldcode.reopen.title')}</Heading2>
          <AppForm controller={reopen}>
            <SelectField name="step" options={done.map((s) => ({ value: String(s), label: t(`meldcode.stepTitle.${s}`) }))} />
            <TextareaField name="reason" rows={2} />
            <div><Button type="submit" appearance="secondary-action-button">{t('meldcode.reopen.submit')}</Button></div>
          </AppForm>
        </section>
      )}
    </>
  );
}
