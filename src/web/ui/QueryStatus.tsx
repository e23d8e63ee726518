import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from './form/problem-messages';

/** What to show while a query loads or when it failed; renders nothing once there is data. */
export function QueryStatus({ isPending, error }: { isPending: boolean; error: unknown }) {
  const { t } = useTranslation();
  if (error) {
    return (
      <Alert type="error" role="alert">
        <Paragraph>{problemMessage(error, t)}</Paragraph>
      </Alert>
    );
  }
  if (isPending) {
    return (
      <Paragraph role="status" className="wijkwijs-loading">
        {t('common.loading')}
      </Paragraph>
    );
  }
  return null;
}
