import { Button } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldValues } from 'react-hook-form';
import { AppForm, type useAppForm } from '../../../ui/form';

/** The form of one step: fields, then the button that completes the step. */
export function StepFormShell<TIn extends FieldValues, TOut extends FieldValues>({ controller, children }: { controller: ReturnType<typeof useAppForm<TIn, TOut>>; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <AppForm controller={controller}>
      {children}
      <div>
        <Button type="submit" appearance="primary-action-button" busy={controller.form.formState.isSubmitting}>
          {t('meldcode.completeStep')}
        </Button>
      </div>
    </AppForm>
  );
}

export interface StepFormProps {
  caseId: string;
  onDone: (message: string) => void;
}
