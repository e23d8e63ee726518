import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { TenantTheme } from '../../../../contracts/auth';
import { contrastRatio, MIN_TEXT_CONTRAST } from '../../../../contracts/contrast';
import { api } from '../../../app/api';
import { publicTenantQueryKey, usePublicTenant, type PublicTenant } from '../../../app/session';
import { DEFAULT_THEME } from '../../../app/theme';
import { AppForm, useAppForm } from '../../../ui/form';
import { PageHeading } from '../../../ui/PageHeading';
import { QueryStatus } from '../../../ui/QueryStatus';
import { StatusMessage } from '../../../ui/StatusMessage';
import { ColourField } from './ColourField';
import { LogoField } from './LogoField';
import { isHex, ThemeForm } from './theme-form';

const format = (ratio: number, locale: string) => ratio.toLocaleString(locale === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

export function ThemePage() {
  const { t } = useTranslation();
  const tenant = usePublicTenant();
  return (
    <>
      <PageHeading>{t('theme.title')}</PageHeading>
      <Paragraph>{t('theme.intro')}</Paragraph>
      <QueryStatus isPending={tenant.isPending} error={tenant.error} />
      {tenant.data && <ThemeEditor theme={tenant.data.theme} />}
    </>
  );
}

function ThemeEditor({ theme }: { theme: TenantTheme }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  const contrastHint = (a: string | undefined, b: string | undefined) => {
    if (!isHex(a) || !isHex(b)) return t('theme.contrastUnknown');
    const ratio = contrastRatio(a, b);
    return t(ratio >= MIN_TEXT_CONTRAST ? 'theme.contrastOk' : 'theme.contrastTooLow', { ratio: format(ratio, i18n.language), min: format(MIN_TEXT_CONTRAST, i18n.language) });
  };
  const controller = useAppForm({
    id: 'theme',
    schema: ThemeForm,
    defaultValues: {
      primaryColour: theme.primaryColour ?? DEFAULT_THEME.primaryColour,
      primaryTextColour: theme.primaryTextColour ?? DEFAULT_THEME.primaryTextColour,
      linkColour: theme.linkColour ?? DEFAULT_THEME.linkColour,
      logoDataUrl: theme.logoDataUrl ?? '',
    },
    fields: {
      primaryColour: { label: t('theme.primaryColour'), hint: t('theme.colourHint') },
      primaryTextColour: { label: t('theme.primaryTextColour'), hint: t('theme.colourHint') },
      linkColour: { label: t('theme.linkColour'), hint: t('theme.colourHint') },
      logoDataUrl: { label: t('theme.logo'), hint: t('theme.logoHint') },
    },
    onSubmit: async (values) => {
      setSaved(false);
      const body: TenantTheme = { ...values, logoDataUrl: values.logoDataUrl || undefined };
      const savedTheme = await api.put<TenantTheme>('/api/v1/theme', body);
      queryClient.setQueryData<PublicTenant>(publicTenantQueryKey, (old) => (old ? { ...old, theme: savedTheme } : old));
      setSaved(true);
    },
  });
  const [primary, primaryText, link] = controller.form.watch(['primaryColour', 'primaryTextColour', 'linkColour']);

  return (
    <>
      {saved && <StatusMessage>{t('theme.saved')}</StatusMessage>}
      <AppForm controller={controller}>
        <ColourField name="primaryColour" />
        <ColourField name="primaryTextColour" />
        <Paragraph id="theme-contrast-primary">{t('theme.contrastPrimary', { result: contrastHint(primary, primaryText) })}</Paragraph>
        <ColourField name="linkColour" />
        <Paragraph id="theme-contrast-link">{t('theme.contrastLink', { result: contrastHint(link, '#ffffff') })}</Paragraph>
        <LogoField name="logoDataUrl" />
        <Heading2>{t('theme.previewTitle')}</Heading2>
        <ThemePreview primary={primary} primaryText={primaryText} link={link} />
        <div>
          <Button type="submit" appearance="primary-action-button" busy={controller.form.formState.isSubmitting}>
            {t('theme.save')}
          </Button>
        </div>
      </AppForm>
    </>
  );
}

function ThemePreview({ primary, primaryText, link }: { primary: string; primaryText: string; link: string }) {
  const { t } = useTranslation();
  // Never show text that is hard to read, not even in a preview.
  const readable = isHex(primary) && isHex(primaryText) && isHex(link) && contrastRatio(primary, primaryText) >= MIN_TEXT_CONTRAST
    && contrastRatio(primary, '#ffffff') >= MIN_TEXT_CONTRAST && contrastRatio(link, '#ffffff') >= MIN_TEXT_CONTRAST;
  if (!readable) return <Paragraph>{t('theme.previewUnavailable')}</Paragraph>;
  const style = { '--wijkwijs-preview-primary': primary, '--wijkwijs-preview-primary-text': primaryText, '--wijkwijs-preview-link': link } as CSSProperties;
  return (
    <div className="wijkwijs-preview" style={style}>
      <div className="wijkwijs-preview__bar">{t('theme.previewBar')}</div>
      <Paragraph>
        {t('theme.previewText')} <span className="wijkwijs-preview__link">{t('theme.previewLink')}</span>
      </Paragraph>
    </div>
  );
}
