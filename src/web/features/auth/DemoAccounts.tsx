import { Button, Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../ui/TableScroll';
import { usePublicTenant } from '../../app/session';

/** In demo mode: every demo account, with a button that fills in the sign-in form. */
export function DemoAccounts({ onUse }: { onUse: (email: string, password: string) => void }) {
  const { t } = useTranslation();
  const demo = usePublicTenant().data?.demo;
  if (!demo) return null;
  return (
    <section className="wijkwijs-section" aria-labelledby="demo-accounts-heading">
      <Heading2 id="demo-accounts-heading">{t('demo.title')}</Heading2>
      <Paragraph>{t('demo.intro', { password: demo.password })}</Paragraph>
      <TableScroll label={t('demo.caption')}>
        <Table>
          <TableCaption>{t('demo.caption')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('demo.email')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('demo.role')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('demo.team')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('demo.action')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {demo.accounts.map((account) => (
              <TableRow key={account.email}>
                <TableCell>{account.email}</TableCell>
                <TableCell>{t(`roles.${account.role}`)}</TableCell>
                <TableCell>{account.team ?? t('common.none')}</TableCell>
                <TableCell>
                  <Button appearance="secondary-action-button" onClick={() => onUse(account.email, demo.password)}>
                    {t('demo.use')}
                    <span className="wijkwijs-visually-hidden"> {account.email}</span>
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScroll>
    </section>
  );
}
