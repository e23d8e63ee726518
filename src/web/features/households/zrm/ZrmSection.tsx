import { Heading2, Heading3, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryStatus } from '../../../ui/QueryStatus';
import { StatusMessage } from '../../../ui/StatusMessage';
import { TableScroll } from '../../../ui/TableScroll';
import { useFileContext } from '../file/FileLayout';
import { LineChart } from '../plan/LineChart';
import { useZrm, useZrmDomains, type Household, type Member, type ZrmDomains } from '../queries';
import { formatDay } from '../ui/format';
import { ZrmForm } from './ZrmForm';

/** The history of one adult: a small chart per domain, and the same scores as a table. */
function ZrmHistory({ household, member, domains }: { household: Household; member: Member; domains: ZrmDomains }) {
  const { t } = useTranslation();
  const history = useZrm(household.id, member.id);
  if (!history.data) return <QueryStatus isPending={history.isPending} error={history.error} />;
  const assessments = [...history.data.items].sort((a, b) => a.assessedOn.localeCompare(b.assessedOn));
  if (assessments.length === 0) return <Paragraph>{t('households.zrm.none', { name: member.givenName })}</Paragraph>;
  const caption = t('households.zrm.tableOf', { name: member.givenName });
  return (
    <>
      <Heading3>{t('households.zrm.chartOf', { name: member.givenName })}</Heading3>
      <ul className="wijkwijs-small-multiples">
        {domains.domains.map((domain) => {
          const points = assessments.filter((a) => a.scores[domain.key] !== undefined).map((a) => ({ x: formatDay(a.assessedOn), y: a.scores[domain.key] ?? 0 }));
          return (
            <li key={domain.key}>
              <strong>{domain.label}</strong>
              <LineChart
                points={points}
                min={1}
                max={5}
                width={220}
                height={120}
                label={points.length ? t('households.zrm.chartLabel', { domain: domain.label, values: points.map((p) => p.y).join(', ') }) : t('households.zrm.chartEmpty', { domain: domain.label })}
              />
            </li>
          );
        })}
      </ul>
      <TableScroll label={caption}>
        <Table>
          <TableCaption>{caption}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('households.zrm.domain')}</TableHeaderCell>
              {assessments.map((a) => (
                <TableHeaderCell key={a.id} scope="col">
                  {formatDay(a.assessedOn)}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {domains.domains.map((domain) => (
              <TableRow key={domain.key}>
                <TableHeaderCell scope="row">{domain.label}</TableHeaderCell>
                {assessments.map((a) => (
                  <TableCell key={a.id}>{a.scores[domain.key] ?? t('common.none')}</TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScroll>
    </>
  );
}

/** ZRM: the Zelfredzaamheidsmatrix of each adult, over time. */
export function ZrmSection() {
  const { t } = useTranslation();
  const { household } = useFileContext();
  const domains = useZrmDomains();
  const [message, setMessage] = useState<string | null>(null);
  const adults = household.members.filter((m) => (m.age ?? 0) >= 18);
  return (
    <>
      <Paragraph>{t('households.zrm.intro')}</Paragraph>
      {message && <StatusMessage>{message}</StatusMessage>}
      <QueryStatus isPending={domains.isPending} error={domains.error} />
      {adults.length === 0 && <Paragraph>{t('households.zrm.noAdults')}</Paragraph>}
      {domains.data &&
        adults.map((member) => (
          <section key={member.id} className="wijkwijs-section" aria-labelledby={`zrm-${member.id}-title`}>
            <Heading2 id={`zrm-${member.id}-title`}>{`${member.givenName} ${member.familyName}`}</Heading2>
            <ZrmHistory household={household} member={member} domains={domains.data} />
            {household.status !== 'closed' && (
              <>
                <Heading3>{t('households.zrm.newOf', { name: member.givenName })}</Heading3>
                <ZrmForm household={household} member={member} domains={domains.data} onDone={setMessage} />
              </>
            )}
          </section>
        ))}
    </>
  );
}
