import type { Database } from '../db/database';

export interface TenantInfo {
  id: string;
  slug: string;
  name: string;
  hostnames: string[];
}

export interface TenantResolver {
  /** The tenant for a request's host name: a tenant that lists the host, else the default tenant. */
  forHost(host: string | undefined): Promise<TenantInfo | null>;
  bySlug(slug: string): Promise<TenantInfo | null>;
  forget(): void;
}

const CACHE_MS = 30_000;

export function createTenantResolver(db: Database, defaultSlug: string): TenantResolver {
  let cache: { at: number; tenants: TenantInfo[] } | null = null;
  async function all(): Promise<TenantInfo[]> {
    if (cache && Date.now() - cache.at < CACHE_MS) return cache.tenants;
    const tenants = await db.withoutTenant((sql) => sql.query<TenantInfo>('select id, slug, name, hostnames from tenants order by slug'));
    cache = { at: Date.now(), tenants };
    return tenants;
  }
  return {
    async forHost(host) {
      const hostname = (host ?? '').replace(/:\d+$/, '').toLowerCase();
      const tenants = await all();
      return tenants.find((t) => t.hostnames.includes(hostname)) ?? tenants.find((t) => t.slug === defaultSlug) ?? null;
    },
    async bySlug(slug) {
      return (await all()).find((t) => t.slug === slug) ?? null;
    },
    forget() {
      cache = null;
    },
  };
}
