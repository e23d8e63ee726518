import { Heading2 } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../ui/RouterLink';
import { formatDateTime } from '../../ui/format';
import { Facts } from '../households/ui/Facts';
import { DueCell, FirstContactCell } from './DueCell';
import { formatDay, type SignalDetail } from './queries';

/** What the signal says and where it stands. */
export function SignalFacts({ signal: s }: { signal: SignalDetail }) {
  const { t, i18n } = useTranslation();
  const yesNo = (v: boolean | null) => (v === null ? '–' : v ? t('signals.yes') : t('signals.no'));
  const address = [s.address.street && `${s.address.street} ${s.address.houseNumber ?? ''}`.trim(), s.address.postcode, s.address.city].filter(Boolean).join(', ');
  const sender = s.sender.anonymous ? t('signals.detail.anonymous') : [s.sender.name, s.sender.organisation, s.sender.phone, s.sender.email].filter(Boolean).join(', ');
  const items: [string, React.ReactNode][] = [
    [t('signals.mine.status'), t(`signals.status.${s.status}`)],
    [t('signals.detail.team'), s.teamName],
    [t('signals.triage.received'), `${formatDateTime(s.receivedAt)} (${t(`signals.source.${s.source}`)}, ${t(`signals.kind.${s.kind}`)})`],
    [t('signals.triage.due'), <DueCell key="due" signal={s} />],
    [t('signals.triage.pickedUp'), <FirstContactCell key="first" minutes={s.minutesToFirstContact} />],
    [t('signals.triage.urgency'), t(`signals.urgency.${s.urgency}`)],
    [t('signals.detail.about'), s.subjectName ?? t('signals.triage.unknownPerson')],
  ];
  if (s.subjectBirthDate) items.push([t('signals.detail.birthDate'), formatDay(s.subjectBirthDate, i18n.language)]);
  if (s.school) items.push([t('signals.detail.school'), s.school]);
  if (address) items.push([t('signals.detail.address'), address]);
  if (s.hasBsn) items.push([t('signals.detail.bsn'), t('signals.yes')]);
  if (s.concerns.length) items.push([t('signals.triage.concerns'), s.concerns.map((c) => t(`signals.concern.${c}`)).join(', ')]);
  items.push([t('signals.detail.description'), s.description]);
  if (s.actionsTaken) items.push([t('signals.detail.actionsTaken'), s.actionsTaken]);
  if (s.parentsInformed !== null) items.push([t('signals.detail.parentsInformed'), yesNo(s.parentsInformed)], [t('signals.detail.youngPersonInformed'), yesNo(s.youngPersonInformed)]);
  if (s.notInformedReason) items.push([t('signals.detail.notInformedReason'), s.notInformedReason]);
  items.push([t('signals.detail.sender'), sender || '–']);
  if (s.householdId) items.push([t('signals.detail.household'), <RouterLink key="hh" to={`/huishoudens/${s.householdId}`}>{t('signals.detail.openHousehold')}</RouterLink>]);
  if (s.outcome) items.push([t('signals.detail.outcome'), t(`signals.outcome.${s.outcome}`)]);
  if (s.closeReason) items.push([t('signals.detail.closeReason'), s.closeReason]);
  return (
    <section aria-labelledby="signal-facts">
      <Heading2 id="signal-facts">{t('signals.detail.facts')}</Heading2>
      <Facts items={items} />
    </section>
  );
}
