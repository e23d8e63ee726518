import type { TenantTheme } from '../../contracts/auth';

/** The colours of the Voorbeeld design tokens, used when a tenant has not chosen its own. */
export const DEFAULT_THEME = { primaryColour: '#5115ef', primaryTextColour: '#ffffff', linkColour: '#00568b' } as const;

const PRIMARY_BACKGROUND = [
  '--utrecht-button-primary-action-background-color',
  '--utrecht-button-primary-action-border-color',
  '--utrecht-button-primary-action-hover-background-color',
  '--utrecht-button-primary-action-hover-border-color',
  '--utrecht-button-primary-action-active-background-color',
  '--utrecht-button-primary-action-active-border-color',
  '--utrecht-page-header-background-color',
  '--wijkwijs-primary-color',
];
const PRIMARY_TEXT = [
  '--utrecht-button-primary-action-color',
  '--utrecht-button-primary-action-hover-color',
  '--utrecht-button-primary-action-active-color',
  '--utrecht-page-header-color',
  '--wijkwijs-primary-text-color',
];
const LINK = ['--utrecht-link-color', '--utrecht-link-hover-color', '--utrecht-link-active-color', '--utrecht-link-visited-color'];

/** Maps the tenant's colours onto NL Design System tokens on <html>, so every component follows them. */
export function applyTheme(theme: TenantTheme): void {
  const style = document.documentElement.style;
  const effective = { ...DEFAULT_THEME, ...theme };
  for (const name of PRIMARY_BACKGROUND) style.setProperty(name, effective.primaryColour);
  for (const name of PRIMARY_TEXT) style.setProperty(name, effective.primaryTextColour);
  for (const name of LINK) style.setProperty(name, effective.linkColour);
}
