import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/**
 * The app secret encrypts secrets at rest (TOTP seeds) and signs links. In production it comes
 * from APP_SECRET; otherwise it is generated once into DATA_DIR/app-secret (mode 0600).
 */
export async function loadAppSecret(options: { appSecret?: string | undefined; dataDir: string; production: boolean }): Promise<Buffer> {
  if (options.appSecret) return createHash('sha256').update(options.appSecret).digest();
  if (options.production) throw new Error('APP_SECRET is required when NODE_ENV=production (at least 32 characters).');
  const file = resolve(options.dataDir, 'app-secret');
  try {
    return Buffer.from((await readFile(file, 'utf8')).trim(), 'base64');
  } catch {
    const secret = randomBytes(32);
    await mkdir(options.dataDir, { recursive: true });
    await writeFile(file, secret.toString('base64'), { mode: 0o600 });
    return secret;
  }
}

export interface SecretBox {
  seal(plain: string): string;
  open(sealed: string): string;
  /** A keyed digest (HMAC-SHA-256) for exact lookups of a secret value, such as a BSN. */
  digest(purpose: string, value: string): Buffer;
}

/** AES-256-GCM; the sealed form is `v1.<iv>.<tag>.<ciphertext>` in base64url. */
export function secretBox(key: Buffer): SecretBox {
  return {
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return ['v1', iv, cipher.getAuthTag(), data].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.');
    },
    open(sealed) {
      const [version, iv, tag, data] = sealed.split('.');
      if (version !== 'v1' || !iv || !tag || !data) throw new Error('Unreadable sealed secret');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
    },
    digest(purpose, value) {
      const purposeKey = createHmac('sha256', key).update(`wijkwijs:${purpose}`).digest();
      return createHmac('sha256', purposeKey).update(value).digest();
    },
  };
}
