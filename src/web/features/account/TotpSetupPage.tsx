import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { TotpSetup } from '../../../contracts/auth';
import { api } from '../../app/api';
import { meQueryKey, useMe } from '../../app/session';
import { PageHeading } from '../../ui/PageHeading';
import { QueryStatus } from '../../ui/QueryStatus';
import { RouterLink } from '../../ui/RouterLink';
import { RecoveryCodesStep } from './RecoveryCodesStep';
import { TotpConfirmStep } from './TotpConfirmStep';

type Setup = z.infer<typeof TotpSetup>;

/** Two-factor set-up: scan or type the secret, confirm with a first code, keep the recovery codes. */
export function TotpSetupPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const queryClient = useQueryClient();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const start = useMutation({ mutationFn: () => api.post<Setup>('/api/v1/me/totp-secrets') });

  if (!me) return null;
  const done = () => queryClient.invalidateQueries({ queryKey: meQueryKey });

  return (
    <>
      <PageHeading>{t('totp.title')}</PageHeading>
      {me.totpSetupRequired && (
        <Alert type="info">
          <Paragraph>{t('totp.required')}</Paragraph>
        </Alert>
      )}
      {recoveryCodes ? (
        <RecoveryCodesStep codes={recoveryCodes} onDone={done} />
      ) : me.totpEnabled ? (
        <>
          <Paragraph>{t('account.totp.on')}</Paragraph>
          <Paragraph>
            <RouterLink to="/account">{t('totp.backToAccount')}</RouterLink>
          </Paragraph>
        </>
      ) : start.data ? (
        <TotpConfirmStep setup={start.data} onConfirmed={setRecoveryCodes} />
      ) : (
        <>
          <Paragraph>{t('totp.intro')}</Paragraph>
          {start.error && <QueryStatus isPending={false} error={start.error} />}
          <Button appearance="primary-action-button" busy={start.isPending} onClick={() => start.mutate()}>
            {t('totp.start')}
          </Button>
        </>
      )}
    </>
  );
}
