import { z } from 'zod';
import { Locale, MapTiles, Role, Timestamp, Uuid } from './common';
import { EMAIL_MAX, EMAIL_PATTERN, PASSWORD_MAX, PASSWORD_MIN, TOTP_CODE_PATTERN } from './rules';

export const Email = z.string().trim().toLowerCase().max(EMAIL_MAX).pipe(z.email({ pattern: EMAIL_PATTERN, error: 'Not a valid e-mail address' }));
export const NewPassword = z.string().min(PASSWORD_MIN, { error: 'At least 12 characters' }).max(PASSWORD_MAX);
export const TotpCode = z.string().trim().regex(TOTP_CODE_PATTERN, { error: 'Enter the 6-digit code or a recovery code' });

export const SignInInput = z.strictObject({
  email: Email,
  password: z.string().min(1).max(PASSWORD_MAX),
  totp: TotpCode.optional(),
});
export type SignInInput = z.infer<typeof SignInInput>;

export const Me = z.object({
  id: Uuid,
  email: z.string(),
  displayName: z.string(),
  roles: z.array(Role),
  locale: Locale,
  teams: z.array(z.object({ id: Uuid, name: z.string() })),
  tenant: z.object({ id: Uuid, slug: z.string(), name: z.string() }),
  totpEnabled: z.boolean(),
  /** True when this session may only set up two-factor authentication. */
  totpSetupRequired: z.boolean(),
  demoMode: z.boolean(),
  /** Functions the municipality may switch off; the menu hides them when off. */
  features: z.object({ signalMatching: z.boolean() }),
});
export type Me = z.infer<typeof Me>;

export const UpdateMeInput = z.strictObject({ locale: Locale.optional(), displayName: z.string().trim().min(1).max(200).optional() });

export const SessionView = z.object({
  id: Uuid,
  createdAt: Timestamp,
  lastSeenAt: Timestamp,
  expiresAt: Timestamp,
  userAgent: z.string().nullable(),
  ip: z.string().nullable(),
  current: z.boolean(),
});
export type SessionView = z.infer<typeof SessionView>;

export const TotpSetup = z.object({ secret: z.string(), otpauthUri: z.string(), qrSvg: z.string() });
export const ConfirmTotpInput = z.strictObject({ code: z.string().trim().regex(/^\d{6}$/, { error: 'Enter the 6-digit code' }) });
export const RecoveryCodes = z.object({ recoveryCodes: z.array(z.string()) });

export const ChangePasswordInput = z.strictObject({ currentPassword: z.string().min(1).max(128), newPassword: NewPassword });
export const RequestPasswordResetInput = z.strictObject({ email: Email });
export const CompletePasswordResetInput = z.strictObject({ token: z.string().min(20).max(200), newPassword: NewPassword });

export const DemoAccount = z.object({ email: z.string(), role: Role, team: z.string().nullable() });
export const PublicTenantInfo = z.object({
  name: z.string(),
  slug: z.string(),
  theme: z.lazy(() => TenantTheme),
  demo: z.object({ password: z.string(), accounts: z.array(DemoAccount) }).nullable(),
  /** Tiles for the directory map (`{z}/{x}/{y}` template) and their attribution; null when the map is off. */
  map: MapTiles.nullable(),
});

const HexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'Use a colour like #1a5f9e' });
export const TenantTheme = z.strictObject({
  primaryColour: HexColour.optional(),
  primaryTextColour: HexColour.optional(),
  linkColour: HexColour.optional(),
  logoDataUrl: z.string().max(210_000).regex(/^data:image\/(png|svg\+xml|jpeg);base64,[A-Za-z0-9+/=]+$/, { error: 'Upload a PNG, JPEG or SVG image' }).optional(),
});
export type TenantTheme = z.infer<typeof TenantTheme>;
