import { Button, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MemberBsnView } from '../../../../contracts/households';
import type { z } from 'zod';
import { api } from '../../../app/api';
import { problemMessage } from '../../../ui/form';
import { TableScroll } from '../../../ui/TableScroll';
import { formatDay } from '../ui/format';
import { householdsPath, type Member } from '../queries';

/** The BSN stays hidden until the coach asks for it; every reveal is audited by the server. */
function BsnReveal({ householdId, member }: { householdId: string; member: Member }) {
  const { t } = useTranslation();
  const reveal = useMutation({ mutationFn: () => api.get<z.infer<typeof MemberBsnView>>(`${householdsPath(householdId)}/members/${member.id}/bsn`) });
  if (!member.hasBsn) return <>{t('households.members.noBsn')}</>;
  if (reveal.data) return <span aria-live="polite">{reveal.data.bsn}</span>;
  return (
    <>
      <Button appearance="subtle-button" busy={reveal.isPending} onClick={() => reveal.mutate()}>
        {t('households.members.showBsn')}
        <span className="wijkwijs-visually-hidden"> {t('households.members.of', { name: member.givenName })}</span>
      </Button>
      {reveal.error && <span role="alert"> {problemMessage(reveal.error, t)}</span>}
    </>
  );
}

export function MembersTable({ householdId, members }: { householdId: string; members: Member[] }) {
  const { t } = useTranslation();
  return (
    <TableScroll label={t('households.members.caption')}>
      <Table>
        <TableCaption>{t('households.members.caption')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('households.members.name')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('households.members.role')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('households.members.birthDate')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('households.members.age')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('households.members.bsn')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {members.map((member) => (
            <TableRow key={member.id}>
              <TableHeaderCell scope="row">
                {member.givenName} {member.familyName}
              </TableHeaderCell>
              <TableCell>{t(`households.role.${member.role}`)}</TableCell>
              <TableCell>{member.birthDate ? formatDay(member.birthDate) : t('common.unknown')}</TableCell>
              <TableCell>{member.age ?? t('common.unknown')}</TableCell>
              <TableCell>
                <BsnReveal householdId={householdId} member={member} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
