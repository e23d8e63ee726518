import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { ConfirmProposalPage } from './ConfirmProposalPage';
import { PublicSearchPage } from './PublicSearchPage';
import { ProposeActivityPage, PublicServicePage } from './sub-screens';

export { preloadSubScreen } from './sub-screens';

/** The public sociale kaart under /sociale-kaart: no sign-in needed, its own chunk (the search; other screens load on the way). */
export function PublicDirectoryRoutes() {
  return (
    <Routes>
      <Route index element={<PublicSearchPage />} />
      <Route path="aanbod/:serviceId" element={<PublicServicePage />} />
      <Route path="activiteit-aanmelden" element={<ProposeActivityPage />} />
      <Route path="voorstel-bevestigen" element={<ConfirmProposalPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
