import { PageFooter, PageHeader, Paragraph, SkipLink } from '@utrecht/component-library-react';
import { Suspense, useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { QueryStatus } from '../ui/QueryStatus';
import { RouteFocusContext } from '../ui/PageHeading';
import { ErrorBoundary } from './ErrorBoundary';
import { HeaderBar } from './HeaderBar';
import { MainNav } from './MainNav';
import { useMe, usePublicTenant } from './session';
import { applyTheme } from './theme';
import { setLocale } from './i18n';

function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById('main');
  if (!main) return;
  event.preventDefault();
  main.focus();
}

/** Skip link, banner, navigation, main and footer around every screen. */
export function Layout() {
  const { t } = useTranslation();
  const location = useLocation();
  const firstLocationKey = useRef(location.key);
  const tenant = usePublicTenant();
  const me = useMe();
  const siteName = tenant.data?.name ?? 'Wijkwijs';
  const theme = tenant.data?.theme;
  const savedLocale = me.data?.locale;

  useEffect(() => {
    if (theme) applyTheme(theme);
  }, [theme]);

  useEffect(() => {
    if (savedLocale) void setLocale(savedLocale);
  }, [savedLocale]);

  return (
    <RouteFocusContext.Provider value={{ focusHeading: location.key !== firstLocationKey.current, siteName }}>
      <SkipLink href="#main" onClick={skipToMain}>
        {t('layout.skipLink')}
      </SkipLink>
      <PageHeader className="wijkwijs-header">
        <HeaderBar siteName={siteName} logoDataUrl={theme?.logoDataUrl} me={me.data ?? null} />
      </PageHeader>
      {me.data && !me.data.totpSetupRequired && <MainNav me={me.data} />}
      <main id="main" tabIndex={-1} className="wijkwijs-main">
        <ErrorBoundary key={location.pathname}>
          <Suspense fallback={<QueryStatus isPending error={null} />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </main>
      <PageFooter className="wijkwijs-footer">
        <Paragraph>{t('layout.footer', { site: siteName })}</Paragraph>
      </PageFooter>
    </RouteFocusContext.Provider>
  );
}
