import { Route, Routes } from 'react-router';
import { RequireRole } from '../../app/guards';
import { NotFoundPage } from '../../app/NotFoundPage';
import { ChangeSuggestionsPage } from './ChangeSuggestionsPage';
import { EditServicePage } from './EditServicePage';
import { ModerationPage } from './ModerationPage';
import { MyServicesPage } from './MyServicesPage';
import { LocationPage } from './LocationPage';
import { LocationsPage } from './LocationsPage';
import { NewActivityPage } from './NewActivityPage';
import { NewLocationPage } from './NewLocationPage';
import { DIRECTORY_KEEPERS, DIRECTORY_MODERATORS, LOCATION_KEEPERS } from './roles';
import { StaffSearchPage } from './StaffSearchPage';
import { StaffServicePage } from './StaffServicePage';

/** The directory for signed-in staff under /aanbod: search, my entries, a host's new activity, places, moderation, a service and its editing. */
export function DirectoryRoutes() {
  return (
    <Routes>
      <Route index element={<StaffSearchPage />} />
      <Route element={<RequireRole roles={DIRECTORY_KEEPERS} />}>
        <Route path="mijn" element={<MyServicesPage />} />
      </Route>
      <Route element={<RequireRole roles={['initiative_host']} />}>
        <Route path="mijn/nieuwe-activiteit" element={<NewActivityPage />} />
      </Route>
      <Route element={<RequireRole roles={LOCATION_KEEPERS} />}>
        <Route path="locaties" element={<LocationsPage />} />
        <Route path="locaties/nieuw" element={<NewLocationPage />} />
      </Route>
      <Route path="locaties/:locationId" element={<LocationPage />} />
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
