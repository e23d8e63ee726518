import { Route, Routes } from 'react-router';
import { RequireRole } from '../../app/guards';
import { NotFoundPage } from '../../app/NotFoundPage';
import { ChangeSuggestionsPage } from './ChangeSuggestionsPage';
import { EditServicePage } from './EditServicePage';
import { ModerationPage } from './ModerationPage';
import { MyServicesPage } from './MyServicesPage';
import { DIRECTORY_KEEPERS, DIRECTORY_MODERATORS } from './roles';
import { StaffSearchPage } from './StaffSearchPage';
import { StaffServicePage } from './StaffServicePage';

/** The directory for signed-in staff under /aanbod: search, my entries, moderation, a service and its editing. */
export function DirectoryRoutes() {
  return (
    <Routes>
      <Route index element={<StaffSearchPage />} />
      <Route element={<RequireRole roles={DIRECTORY_KEEPERS} />}>
        <Route path="mijn" element={<MyServicesPage />} />
      </Route>
      <Route element={<RequireRole roles={DIRECTORY_MODERATORS} />}>
        <Route path="moderatie" element={<ModerationPage />} />
      </Route>
      <Route element={<RequireRole roles={[...DIRECTORY_MODERATORS, ...DIRECTORY_KEEPERS]} />}>
        <Route path="wijzigingsvoorstellen" element={<ChangeSuggestionsPage />} />
      </Route>
      <Route path=":serviceId" element={<StaffServicePage />} />
      <Route path=":serviceId/bewerken" element={<EditServicePage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
