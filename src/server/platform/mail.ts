import type { Transporter } from 'nodemailer';
import type { Sql } from '../db/database';
import { newId } from './ids';

export interface Mailer {
  /** True when mail goes to the dev outbox page instead of an SMTP server. */
  readonly usesOutbox: boolean;
  send(sql: Sql, tenantId: string, message: { to: string; subject: string; text: string }): Promise<void>;
}

/**
 * With SMTP_URL, mail goes out by SMTP and only its subject is kept. Without it (demo mode), the
 * whole message lands in the outbox table, which admins read on the dev outbox page.
 */
export function createMailer(options: { smtpUrl: string | undefined; from: string }): Mailer {
  const smtpUrl = options.smtpUrl;
  // nodemailer loads with the first mail, and never in demo mode (decision 0017).
  let transport: Promise<Transporter> | null = null;
  const smtp = () => (transport ??= import('nodemailer').then(({ default: nodemailer }) => nodemailer.createTransport(smtpUrl)));
  return {
    usesOutbox: !smtpUrl,
    async send(sql, tenantId, message) {
      if (smtpUrl) await (await smtp()).sendMail({ from: options.from, to: message.to, subject: message.subject, text: message.text });
      await sql.query(
        `insert into outbox_messages (tenant_id, id, recipient, subject, body_text, delivered_via) values ($1, $2, $3, $4, $5, $6)`,
        [tenantId, newId(), message.to, message.subject, smtpUrl ? '(sent by SMTP; not kept)' : message.text, smtpUrl ? 'smtp' : 'outbox'],
      );
    },
  };
}
