import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

/** A confirmation after an action succeeded, announced politely by screen readers. */
export function StatusMessage({ children }: { children: ReactNode }) {
  return (
    <Alert type="ok" role="status">
      <Paragraph>{children}</Paragraph>
    </Alert>
  );
}
