import { Button, ButtonGroup, Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { problemMessage } from '../../../ui/form';
import { QueryStatus } from '../../../ui/QueryStatus';
import { StatusMessage } from '../../../ui/StatusMessage';
import { TableScroll } from '../../../ui/TableScroll';
import { useFileContext } from '../file/FileLayout';
import type { Prefill } from '../file/prefill';
import { sendVersioned } from '../http';
import { householdKeys, householdsPath, useTies, type Tie } from '../queries';
import { useEditTarget } from '../../../ui/useEditTarget';
import { Ecomap, EcomapLegend } from './Ecomap';
import { TieEditor } from './TieForm';

type Editing = { id: string; tie: Tie | null };

/** Netwerk: the ecomap and the same ties as a table; meaningful adults are marked. */
export function NetworkSection() {
  const { t } = useTranslation();
  const { household } = useFileContext();
  const queryClient = useQueryClient();
  const prefill = (useLocation().state as { prefill?: Prefill } | null)?.prefill?.tie;
  const ties = useTies(household.id);
  const edit = useEditTarget<Editing>();
  const [message, setMessage] = useState<string | null>(null);
  const [adding, setAdding] = useState(!!prefill);
  const canEdit = household.status !== 'closed';
  const forWhom = (tie: Tie) => household.members.find((m) => m.id === tie.personId)?.givenName ?? t('households.network.wholeHousehold');
  const tieLabel = (tie: Tie) =>
    [tie.name, t(`households.tieKind.${tie.kind}`), t(`households.tieStrength.${tie.strength}`), t('households.network.for', { name: forWhom(tie) }), tie.meaningfulAdult ? t('households.network.meaningfulAdult') : null]
      .filter(Boolean)
      .join(', ');
  const remove = useMutation({
    mutationFn: (tie: Tie) => sendVersioned<void>('DELETE', `${householdsPath(household.id)}/network-ties/${tie.id}`, tie.version),
    onSuccess: async (_, tie) => {
      setMessage(t('households.network.removed', { name: tie.name }));
      await queryClient.invalidateQueries({ queryKey: householdKeys.part(household.id, 'network') });
    },
    onError: (error) => setMessage(problemMessage(error, t)),
  });
  const openNew = () => {
    setAdding(true);
    edit.open({ id: 'new', tie: null });
  };
  const done = (text: string | null) => {
    if (text) setMessage(text);
    setAdding(false);
    edit.close();
  };
  const items = ties.data?.items ?? [];
  const editing = edit.target ?? (adding ? { id: 'new', tie: null } : null);

  return (
    <>
      {message && <StatusMessage>{message}</StatusMessage>}
      <QueryStatus isPending={ties.isPending} error={ties.error} />
      {ties.data && (
        <>
          <section aria-labelledby="network-map">
            <Heading2 id="network-map">{t('households.network.mapTitle')}</Heading2>
            <Paragraph>{t(canEdit ? 'households.network.mapHint' : 'households.network.mapHintClosed')}</Paragraph>
            <EcomapLegend />
            <Ecomap household={household} ties={items} tieLabel={tieLabel} canEdit={canEdit} onAdd={openNew} onEdit={(tie) => edit.open({ id: tie.id, tie })} />
          </section>
          {editing && (
            <section className="wijkwijs-section" aria-labelledby="network-edit">
              <Heading2 id="network-edit" ref={edit.headingRef} tabIndex={-1}>
                {editing.tie ? t('households.network.editTitle', { name: editing.tie.name }) : t('households.network.addTitle')}
              </Heading2>
              <TieEditor key={editing.id} household={household} tie={editing.tie} prefill={editing.tie ? undefined : prefill} onDone={done} />
            </section>
          )}
          <section className="wijkwijs-section" aria-labelledby="network-table">
            <Heading2 id="network-table">{t('households.network.tableTitle')}</Heading2>
            {items.length === 0 ? (
              <Paragraph>{t('households.network.none')}</Paragraph>
            ) : (
              <TableScroll label={t('households.network.tableTitle')}>
                <Table>
                  <TableCaption>{t('households.network.tableTitle')}</TableCaption>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">{t('households.network.name')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('households.network.personId')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('households.network.kind')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('households.network.strength')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('households.network.meaningfulAdult')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('households.network.support')}</TableHeaderCell>
                      {canEdit && <TableHeaderCell scope="col">{t('common.actions')}</TableHeaderCell>}
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {items.map((tie) => (
                      <TableRow key={tie.id}>
                        <TableHeaderCell scope="row">{tie.name}</TableHeaderCell>
                        <TableCell>{forWhom(tie)}</TableCell>
                        <TableCell>{t(`households.tieKind.${tie.kind}`)}</TableCell>
                        <TableCell>{t(`households.tieStrength.${tie.strength}`)}</TableCell>
                        <TableCell>{tie.meaningfulAdult ? t('common.yes') : t('common.no')}</TableCell>
                        <TableCell>{tie.support || t('common.none')}</TableCell>
                        {canEdit && (
                          <TableCell>
                            <ButtonGroup>
                              <Button appearance="secondary-action-button" onClick={() => edit.open({ id: tie.id, tie })}>
                                {t('common.edit')}
                                <span className="wijkwijs-visually-hidden"> {tie.name}</span>
                              </Button>
                              <Button appearance="secondary-action-button" hint="danger" onClick={() => remove.mutate(tie)}>
                                {t('households.network.remove')}
                                <span className="wijkwijs-visually-hidden"> {tie.name}</span>
                              </Button>
                            </ButtonGroup>
                          </TableCell>
                        )}
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableScroll>
            )}
            {canEdit && !editing && (
              <Button appearance="secondary-action-button" onClick={openNew}>
                {t('households.network.add')}
              </Button>
            )}
          </section>
        </>
      )}
    </>
  );
}
