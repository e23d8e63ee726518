import { z } from 'zod';
import { TenantTheme } from '../../../../contracts/auth';
import { contrastRatio, MIN_TEXT_CONTRAST } from '../../../../contracts/contrast';

const HEX = /^#[0-9a-fA-F]{6}$/;
export const isHex = (value: string | undefined): value is string => !!value && HEX.test(value);

/** The theme contract with all colours required and the same contrast rules the server applies (contrastProblems). */
export const ThemeForm = z
  .object({
    primaryColour: TenantTheme.shape.primaryColour.unwrap(),
    primaryTextColour: TenantTheme.shape.primaryTextColour.unwrap(),
    linkColour: TenantTheme.shape.linkColour.unwrap(),
    logoDataUrl: z.union([z.literal(''), TenantTheme.shape.logoDataUrl.unwrap()]),
  })
  .superRefine((theme, ctx) => {
    if (contrastRatio(theme.primaryColour, '#ffffff') < MIN_TEXT_CONTRAST) {
      ctx.addIssue({ code: 'custom', path: ['primaryColour'], message: 'contrastPrimaryOnWhite' });
    }
    if (contrastRatio(theme.primaryColour, theme.primaryTextColour) < MIN_TEXT_CONTRAST) {
      ctx.addIssue({ code: 'custom', path: ['primaryTextColour'], message: 'contrastPrimary' });
    }
    if (contrastRatio(theme.linkColour, '#ffffff') < MIN_TEXT_CONTRAST) {
      ctx.addIssue({ code: 'custom', path: ['linkColour'], message: 'contrastLink' });
    }
  });
