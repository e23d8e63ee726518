import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { ServiceDetail, ServiceSummary } from '../../../contracts/directory';
import { AppForm, useAppForm } from '../../ui/form';
import { TextareaField } from '../households/ui/TextareaField';
import { useModerate } from './queries';

const RejectForm = z.object({ reason: z.string().trim().min(3).max(2000) });

/**
 * Approve (it goes public) or reject with a reason the host can read. After the decision the entry
 * leaves the list it was in (or the form its page), so the page shows the outcome: `onDone`.
 */
export function ModerationForm({ service, headingLevel = 2, onDone }: { service: ServiceDetail | ServiceSummary; headingLevel?: 2 | 3; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const moderate = useModerate(service.id);
  const [rejecting, setRejecting] = useState(false);
  const controller = useAppForm({
    id: `reject-${service.id}`,
    schema: RejectForm,
    defaultValues: { reason: '' },
    fields: { reason: { label: t('directoryStaff.moderation.reason'), hint: t('directoryStaff.moderation.reasonHint') } },
    onSubmit: async ({ reason }) => {
      await moderate.mutateAsync({ state: 'rejected', reason });
      onDone(t('directoryStaff.moderation.rejected', { name: service.name }));
    },
  });
  const Heading = headingLevel === 2 ? Heading2 : 'h3';
  return (
    <section aria-label={t('directoryStaff.moderation.for', { name: service.name })} className="directory-service__block">
      {headingLevel === 2 && <Heading>{t('directoryStaff.moderation.decide')}</Heading>}
      {moderate.error && !rejecting && <Paragraph role="alert">{t('problem.unknown')}</Paragraph>}
      <ButtonGroup>
        <Button
          appearance="primary-action-button"
          busy={moderate.isPending && !rejecting}
          onClick={() => moderate.mutate({ state: 'approved', reason: null }, { onSuccess: () => onDone(t('directoryStaff.moderation.approved', { name: service.name })) })}
        >
          {t('directoryStaff.moderation.approve')}
        </Button>
        <Button appearance="secondary-action-button" aria-expanded={rejecting} onClick={() => setRejecting((v) => !v)}>
          {t('directoryStaff.moderation.reject')}
        </Button>
      </ButtonGroup>
      {rejecting && (
        <AppForm controller={controller}>
          <TextareaField name="reason" rows={3} />
          <div>
            <Button type="submit" appearance="secondary-action-button" busy={controller.form.formState.isSubmitting}>
              {t('directoryStaff.moderation.confirmReject')}
            </Button>
          </div>
        </AppForm>
      )}
    </section>
  );
}
