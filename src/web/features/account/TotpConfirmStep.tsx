import { Button, Code, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ConfirmTotpInput, type RecoveryCodes, type TotpSetup } from '../../../contracts/auth';
import { api } from '../../app/api';
import { AppForm, TextField, useAppForm } from '../../ui/form';
import { useFocusOnMount } from '../../ui/useFocusOnMount';

function svgDataUrl(svg: string): string {
  const bytes = new TextEncoder().encode(svg);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

/** Step 2: show the QR code and the secret, and confirm with the first code from the app. */
export function TotpConfirmStep({ setup, onConfirmed }: { setup: z.infer<typeof TotpSetup>; onConfirmed: (codes: string[]) => void }) {
  const { t } = useTranslation();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const controller = useAppForm({
    id: 'totp-confirm',
    schema: ConfirmTotpInput,
    defaultValues: { code: '' },
    fields: { code: { label: t('totp.code'), hint: t('totp.codeHint') } },
    onSubmit: async (values) => {
      const result = await api.post<z.infer<typeof RecoveryCodes>>('/api/v1/me/totp-activations', values);
      onConfirmed(result.recoveryCodes);
    },
  });

  return (
    <>
      <Heading2 ref={headingRef} tabIndex={-1}>
        {t('totp.scanTitle')}
      </Heading2>
      <Paragraph>{t('totp.scanIntro')}</Paragraph>
      <img className="wijkwijs-qr" src={svgDataUrl(setup.qrSvg)} alt={t('totp.qrAlt')} />
      <Paragraph>
        {t('totp.manual')} <Code>{setup.secret}</Code>
      </Paragraph>
      <Heading2>{t('totp.confirmTitle')}</Heading2>
      <AppForm controller={controller}>
        <TextField name="code" autoComplete="one-time-code" inputMode="numeric" spellCheck={false} />
        <div>
          <Button type="submit" appearance="primary-action-button" busy={controller.form.formState.isSubmitting}>
            {t('totp.confirm')}
          </Button>
        </div>
      </AppForm>
    </>
  );
}
