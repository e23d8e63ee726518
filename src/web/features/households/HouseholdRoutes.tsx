import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { FileLayout } from './file/FileLayout';
import { OverviewSection } from './file/OverviewSection';
import './households.css';

// The list, intake and each part of the file load as their own chunks.
const HouseholdsPage = lazy(() => import('./list/HouseholdsPage').then((m) => ({ default: m.HouseholdsPage })));
const IntakePage = lazy(() => import('./intake/IntakePage').then((m) => ({ default: m.IntakePage })));
const StorySection = lazy(() => import('./file/StorySection').then((m) => ({ default: m.StorySection })));
const ExplorationSection = lazy(() => import('./file/ExplorationSection').then((m) => ({ default: m.ExplorationSection })));
const NetworkSection = lazy(() => import('./network/NetworkSection').then((m) => ({ default: m.NetworkSection })));
const PlanSection = lazy(() => import('./plan/PlanSection').then((m) => ({ default: m.PlanSection })));
const ContactsSection = lazy(() => import('./file/ContactsSection').then((m) => ({ default: m.ContactsSection })));
const ZrmSection = lazy(() => import('./zrm/ZrmSection').then((m) => ({ default: m.ZrmSection })));
const SafetySection = lazy(() => import('./safety/SafetySection').then((m) => ({ default: m.SafetySection })));
const CareSection = lazy(() => import('./file/CareSection').then((m) => ({ default: m.CareSection })));
const ReferralsSection = lazy(() => import('../referrals/ReferralsSection').then((m) => ({ default: m.ReferralsSection })));
const TimelineSection = lazy(() => import('./file/TimelineSection').then((m) => ({ default: m.TimelineSection })));
const CloseSection = lazy(() => import('./file/CloseSection').then((m) => ({ default: m.CloseSection })));
const HouseholdMeldcodeSection = lazy(() => import('../meldcode/HouseholdMeldcodeSection').then((m) => ({ default: m.HouseholdMeldcodeSection })));
const PlanPrintPage = lazy(() => import('./print/PlanPrintPage').then((m) => ({ default: m.PlanPrintPage })));

/** Everything under /huishoudens: the lists, the intake and the household file with its parts. */
export function HouseholdRoutes() {
  return (
    <Routes>
      <Route index element={<HouseholdsPage />} />
      <Route path="nieuw" element={<IntakePage />} />
      <Route path=":householdId/plan/print" element={<PlanPrintPage />} />
      <Route path=":householdId" element={<FileLayout />}>
        <Route index element={<OverviewSection />} />
        <Route path="verhaal" element={<StorySection />} />
        <Route path="verkenning" element={<ExplorationSection />} />
        <Route path="netwerk" element={<NetworkSection />} />
        <Route path="plan" element={<PlanSection />} />
        <Route path="contacten" element={<ContactsSection />} />
        <Route path="zrm" element={<ZrmSection />} />
        <Route path="veiligheid" element={<SafetySection />} />
        <Route path="meldcode" element={<HouseholdMeldcodeSection />} />
        <Route path="zorg" element={<CareSection />} />
        <Route path="verwijzingen" element={<ReferralsSection />} />
        <Route path="tijdlijn" element={<TimelineSection />} />
        <Route path="afsluiten" element={<CloseSection />} />
      </Route>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
