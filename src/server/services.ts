import type { Config } from './config';
import { migrate } from './db/migrate';
import { openDatabase } from './db/open';
import type { AppServices } from './platform/http/context';
import { createMailer } from './platform/mail';
import { loadAppSecret, secretBox } from './platform/secrets';
import { createTenantResolver } from './platform/tenancy';

/** Opens the database, applies migrations and builds the services every route receives. */
export async function createServices(config: Config): Promise<AppServices> {
  const db = await openDatabase(config);
  await migrate(db);
  const key = await loadAppSecret({ appSecret: config.APP_SECRET, dataDir: config.DATA_DIR, production: config.NODE_ENV === 'production' });
  return {
    config,
    db,
    mailer: createMailer({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM }),
    secretBox: secretBox(key),
    tenants: createTenantResolver(db, config.DEFAULT_TENANT),
  };
}
