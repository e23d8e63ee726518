import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { MeldcodeCaseView } from '../../../contracts/meldcode';
import { formatDateTime } from '../../ui/format';
import { QueryStatus } from '../../ui/QueryStatus';
import { useMeldcodeSettings } from './queries';
import { StepSummary } from './StepSummary';
import { ConsultationForm } from './steps/ConsultationForm';
import { ConversationForm } from './steps/ConversationForm';
import { DecisionForm } from './steps/DecisionForm';
import { SignalsForm } from './steps/SignalsForm';
import { WeighingForm } from './steps/WeighingForm';

type Step = MeldcodeCaseView['steps'][number];

function WeighingWithWording({ caseId, onDone }: { caseId: string; onDone: (m: string) => void }) {
  const settings = useMeldcodeSettings();
  if (!settings.data) return <QueryStatus isPending={settings.isPending} error={settings.error} />;
  return <WeighingForm caseId={caseId} onDone={onDone} questions={settings.data.questions} />;
}

function OpenStepForm({ view, step, onDone }: { view: MeldcodeCaseView; step: number; onDone: (m: string) => void }) {
  const weighing = view.steps[3]?.data;
  switch (step) {
    case 1: return <SignalsForm caseId={view.id} onDone={onDone} />;
    case 2: return <ConsultationForm caseId={view.id} onDone={onDone} />;
    case 3: return <ConversationForm caseId={view.id} onDone={onDone} />;
    case 4: return <WeighingWithWording caseId={view.id} onDone={onDone} />;
    default: return <DecisionForm caseId={view.id} onDone={onDone} answers={weighing?.step === 4 ? weighing.answers.map((a) => a.answer) : []} />;
  }
}

/** One step of the case: what it records once done, its form while it is the open step, or that it waits. */
export function StepPanel({ view, step, onDone }: { view: MeldcodeCaseView; step: Step; onDone: (m: string) => void }) {
  const { t } = useTranslation();
  const titleId = `meldcode-step-${step.step}-title`;
  return (
    <section className="wijkwijs-section" aria-labelledby={titleId}>
      <Heading2 id={titleId}>{t('meldcode.stepHeading', { title: t(`meldcode.stepTitle.${step.step}`), status: t(`meldcode.status.${step.status}`) })}</Heading2>
      {step.status === 'done' && step.data && (
        <>
          <StepSummary data={step.data} />
          <Paragraph>{t('meldcode.recordedBy', { name: step.completedByName ?? '', at: formatDateTime(step.completedAt ?? view.openedAt) })}</Paragraph>
        </>
      )}
      {step.status === 'open' && (
        <>
          <Paragraph>{t(`meldcode.stepIntro.${step.step}`)}</Paragraph>
          {step.openSince && <Paragraph>{t('meldcode.openSince', { at: formatDateTime(step.openSince) })}</Paragraph>}
          {view.canEdit ? <OpenStepForm view={view} step={step.step} onDone={onDone} /> : <Paragraph>{t('meldcode.readOnly')}</Paragraph>}
        </>
      )}
      {step.status === 'waiting' && <Paragraph>{t('meldcode.waiting')}</Paragraph>}
    </section>
  );
}
