import { Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { StepData } from '../../../contracts/meldcode';
import { Facts } from '../households/ui/Facts';
import { formatDay } from '../households/ui/format';

/** What a completed step records, read-only. */
export function StepSummary({ data }: { data: StepData }) {
  const { t } = useTranslation();
  const yesNo = (b: boolean) => t(b ? 'meldcode.yes' : 'meldcode.no');
  switch (data.step) {
    case 1:
      return (
        <UnorderedList>
          {data.signals.map((s, i) => <UnorderedListItem key={i}>{t('meldcode.signals.line', { on: formatDay(s.observedOn), by: s.observedBy, what: s.description })}</UnorderedListItem>)}
        </UnorderedList>
      );
    case 2:
      return (
        <UnorderedList>
          {data.consultations.map((c, i) => (
            <UnorderedListItem key={i}>{t('meldcode.consultation.line', { on: formatDay(c.consultedOn), whom: c.whom, kind: t(`meldcode.consultation.kind.${c.kind === 'colleague' ? 'colleague' : c.kind}`), advice: c.advice })}</UnorderedListItem>
          ))}
        </UnorderedList>
      );
    case 3:
      return data.held
        ? <Facts items={[[t('meldcode.conversation.heldOn'), data.heldOn ? formatDay(data.heldOn) : ''], [t('meldcode.conversation.withWhom'), data.withWhom ?? ''], [t('meldcode.conversation.summary'), data.summary ?? '']]} />
        : <Facts items={[[t('meldcode.conversation.notHeldReason'), t(`meldcode.notHeld.${data.notHeldReason ?? 'other'}`)], [t('meldcode.conversation.notHeldExplanation'), data.notHeldExplanation ?? '']]} />;
    case 4:
      return (
        <>
          {data.answers.map((a, i) => (
            <Paragraph key={i}>
              <strong>{t('meldcode.weighing.question', { q: i + 1, text: a.question })}</strong>
              <br />
              {t('meldcode.weighing.answerLine', { answer: yesNo(a.answer), on: formatDay(a.answeredOn), explanation: a.explanation })}
            </Paragraph>
          ))}
        </>
      );
    case 5:
      return (
        <>
          <Paragraph>
            <strong>{t(`meldcode.decisions.${data.decision}`)}</strong>
            {data.decision === 'report' && data.alsoOrganiseHelp ? ` ${t('meldcode.decision.andHelp')}` : ''}
          </Paragraph>
          <Facts
            items={[
              ...(data.reportedOn ? [[t('meldcode.decision.reportedOn'), formatDay(data.reportedOn)] as [string, string], [t('meldcode.decision.veiligThuisReference'), data.veiligThuisReference ?? ''] as [string, string]] : []),
              ...(data.helpPlan ? [[t('meldcode.decision.helpPlan'), data.helpPlan] as [string, string]] : []),
              [t('meldcode.decision.explanation'), data.explanation],
            ]}
          />
        </>
      );
  }
}
