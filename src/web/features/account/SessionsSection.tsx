import { Button, Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../ui/TableScroll';
import { useNavigate } from 'react-router';
import type { SessionView } from '../../../contracts/auth';
import { api, withQuery, type Page } from '../../app/api';
import { useSignOut } from '../../app/session';
import { problemMessage } from '../../ui/form';
import { formatDateTime } from '../../ui/format';
import { Pager } from '../../ui/Pager';
import { QueryStatus } from '../../ui/QueryStatus';
import { StatusMessage } from '../../ui/StatusMessage';
import { useCursorPages } from '../../ui/useCursorPages';

/** Where you are signed in; end any other session, or sign out here. */
export function SessionsSection() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const pages = useCursorPages();
  const [message, setMessage] = useState<string | null>(null);
  const sessions = useQuery({
    queryKey: ['sessions', pages.cursor],
    queryFn: () => api.get<Page<SessionView>>(withQuery('/api/v1/sessions', { cursor: pages.cursor, limit: 25 })),
  });
  const revoke = useMutation({
    mutationFn: (id: string) => api.delete(`/api/v1/sessions/${id}`),
    onSuccess: () => {
      setMessage(t('account.sessions.revoked'));
      // The row and its button are gone; continue from the section heading.
      document.getElementById('account-sessions')?.focus();
      return queryClient.invalidateQueries({ queryKey: ['sessions'] });
    },
    onError: (error) => setMessage(problemMessage(error, t)),
  });
  const signOut = useSignOut();

  return (
    <section className="wijkwijs-section" aria-labelledby="account-sessions">
      <Heading2 id="account-sessions" tabIndex={-1}>{t('account.sessions.title')}</Heading2>
      <Paragraph>{t('account.sessions.intro')}</Paragraph>
      {message && <StatusMessage>{message}</StatusMessage>}
      <QueryStatus isPending={sessions.isPending} error={sessions.error} />
      {sessions.data && (
        <TableScroll label={t('account.sessions.caption')}>
          <Table>
            <TableCaption>{t('account.sessions.caption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('account.sessions.device')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('account.sessions.ip')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('account.sessions.started')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('account.sessions.lastSeen')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('account.sessions.expires')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('common.actions')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {sessions.data.items.map((session) => (
                <TableRow key={session.id}>
                  <TableCell>
                    {session.userAgent ?? t('common.unknown')}
                    {session.current && ` (${t('account.sessions.thisSession')})`}
                  </TableCell>
                  <TableCell>{session.ip ?? t('common.unknown')}</TableCell>
                  <TableCell>{formatDateTime(session.createdAt)}</TableCell>
                  <TableCell>{formatDateTime(session.lastSeenAt)}</TableCell>
                  <TableCell>{formatDateTime(session.expiresAt)}</TableCell>
                  <TableCell>
                    {session.current ? (
                      <Button appearance="secondary-action-button" onClick={() => signOut.mutate(undefined, { onSettled: () => void navigate('/inloggen', { state: { signedOut: true } }) })}>
                        {t('layout.signOut')}
                      </Button>
                    ) : (
                      <Button appearance="secondary-action-button" hint="danger" onClick={() => revoke.mutate(session.id)}>
                        {t('account.sessions.revoke')}
                        <span className="wijkwijs-visually-hidden"> {formatDateTime(session.createdAt)}</span>
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      )}
      <Pager pages={pages} nextCursor={sessions.data?.nextCursor} label={t('account.sessions.pager')} />
    </section>
  );
}
