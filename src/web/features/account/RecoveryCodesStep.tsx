import { Alert, Button, Heading2, OrderedList, OrderedListItem, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { AppForm, CheckboxGroup, useAppForm } from '../../ui/form';
import { useFocusOnMount } from '../../ui/useFocusOnMount';

/** One checkbox gives its value when ticked and false when not (react-hook-form). */
const Saved = z.object({
  saved: z.unknown().refine((value) => value === 'yes' || value === true || (Array.isArray(value) && value.includes('yes')), { message: 'confirmSaved' }),
});

/** Step 3: the recovery codes, shown once; the user says they saved them before going on. */
export function RecoveryCodesStep({ codes, onDone }: { codes: string[]; onDone: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const controller = useAppForm({
    id: 'recovery-codes',
    schema: Saved,
    defaultValues: { saved: false },
    fields: { saved: { label: t('totp.savedLegend') } },
    onSubmit: async () => {
      await onDone();
      await navigate('/');
    },
  });

  return (
    <>
      <Alert type="ok" role="status">
        <Paragraph>{t('totp.enabled')}</Paragraph>
      </Alert>
      <Heading2 ref={headingRef} tabIndex={-1}>
        {t('totp.recoveryTitle')}
      </Heading2>
      <Paragraph>{t('totp.recoveryIntro')}</Paragraph>
      <OrderedList className="wijkwijs-codes">
        {codes.map((code) => (
          <OrderedListItem key={code}>{code}</OrderedListItem>
        ))}
      </OrderedList>
      <AppForm controller={controller}>
        <CheckboxGroup name="saved" options={[{ value: 'yes', label: t('totp.savedCheckbox') }]} />
        <div>
          <Button type="submit" appearance="primary-action-button">
            {t('totp.continue')}
          </Button>
        </div>
      </AppForm>
    </>
  );
}
