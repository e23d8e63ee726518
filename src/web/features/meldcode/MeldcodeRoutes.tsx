import { Route, Routes } from 'react-router';
import { RequireRole } from '../../app/guards';
import { NotFoundPage } from '../../app/NotFoundPage';
import { MeldcodeCasePage } from './MeldcodeCasePage';
import { MeldcodeListPage } from './MeldcodeListPage';
import { MeldcodeSettingsPage } from './MeldcodeSettingsPage';
import '../households/households.css';
import './meldcode.css';

/** Everything under /meldcode: the list, a case, and (admins) the settings. */
export function MeldcodeRoutes() {
  return (
    <Routes>
      <Route index element={<MeldcodeListPage />} />
      <Route element={<RequireRole roles={['admin']} />}>
        <Route path="instellingen" element={<MeldcodeSettingsPage />} />
      </Route>
      <Route path=":caseId" element={<MeldcodeCasePage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
