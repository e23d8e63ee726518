import type { Mailer } from '../../platform/mail';
import type { SecretBox } from '../../platform/secrets';

/** What referral operations need beyond the database: mail for the links, the secret that signs them, the address they point to. */
export interface ReferralDeps {
  mailer: Mailer;
  secretBox: SecretBox;
  /** e.g. `https://wijkwijs.voorbeeld.nl`, without a trailing slash. */
  baseUrl: string;
}

/** A link is valid 14 days and carries one state change. */
export const LINK_VALID_DAYS = 14;
