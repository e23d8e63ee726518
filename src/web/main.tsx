import '@utrecht/component-library-css/dist/index.css';
import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
import './app/styles.css';
import { i18nReady } from './app/i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { preloadFirstScreen } from './app/AppRoutes';
import { createQueryClient } from './app/query-client';
import { prefetchSession } from './app/session';

const root = document.getElementById('root');
if (root) {
  const queryClient = createQueryClient();
  prefetchSession(queryClient);
  // The first render waits for the remembered language's texts (at once for Dutch, the default) and
  // for the opened screen's chunk (already on its way for the first pages: see vite.config.ts), so the
  // first paint is the screen itself rather than a loading message followed by the screen.
  void Promise.all([i18nReady, preloadFirstScreen(window.location.pathname)]).then(() =>
    createRoot(root).render(
      <StrictMode>
        <App queryClient={queryClient} />
      </StrictMode>,
    ),
  );
}
