import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useFocusOnMount } from '../../../ui/useFocusOnMount';

/**
 * Someone else saved this part in the meantime (412): nothing was overwritten. The user keeps what
 * they typed on screen and chooses to load the newest version.
 */
export function StaleNotice({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  const ref = useFocusOnMount<HTMLDivElement>();
  return (
    <Alert ref={ref} type="warning" role="alert" tabIndex={-1} className="wijkwijs-error-summary">
      <Paragraph>{t('households.stale.body')}</Paragraph>
      <Button appearance="secondary-action-button" onClick={onReload}>
        {t('households.stale.reload')}
      </Button>
    </Alert>
  );
}
