import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { ConfirmProposalPage } from './ConfirmProposalPage';
import { ProposeActivityPage } from './ProposeActivityPage';
import { PublicSearchPage } from './PublicSearchPage';
import { PublicServicePage } from './PublicServicePage';

/** The public sociale kaart under /sociale-kaart: no sign-in needed, its own chunk. */
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
