import { Link, Paragraph } from '@utrecht/component-library-react';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../ui/PageHeading';

function ErrorPage() {
  const { t } = useTranslation();
  return (
    <div className="wijkwijs-error-page">
      <PageHeading>{t('errorPage.title')}</PageHeading>
      <Paragraph>{t('errorPage.body')}</Paragraph>
      <Paragraph>
        {/* A full page load, so the app starts clean. */}
        <Link href="/">{t('common.toHome')}</Link>
      </Paragraph>
    </div>
  );
}

/** Shows an error page with a way home when a screen throws while rendering. */
export class ErrorBoundary extends Component<{ children: ReactNode; standalone?: boolean }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Screen failed to render', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    // Outside the layout (the layout itself failed) the page still needs its main landmark.
    return this.props.standalone ? (
      <main id="main">
        <ErrorPage />
      </main>
    ) : (
      <ErrorPage />
    );
  }
}
