// `npm run audit:verify`: recomputes every tenant's audit hash chain and reports the first broken
// link. Exit code 0 when all chains are intact, 2 when one is broken. Uses DATABASE_URL or DATA_DIR.
import { loadConfig } from '../src/server/config';
import { openDatabase } from '../src/server/db/open';
import { verifyAuditChain } from '../src/server/platform/audit';

const config = loadConfig();
const db = await openDatabase(config);
let broken = 0;
try {
  const tenants = await db.asOwner((sql) => sql.query<{ id: string; slug: string }>('select id, slug from tenants order by slug'));
  for (const tenant of tenants) {
    const result = await db.asOwner((sql) => verifyAuditChain(sql, tenant.id));
    if (result.firstBreak) {
      broken++;
      console.log(`${tenant.slug}: BROKEN at event ${result.firstBreak.seq} (${result.firstBreak.problem}); ${result.checked} events checked`);
    } else {
      console.log(`${tenant.slug}: intact, ${result.checked} events checked`);
    }
  }
} finally {
  await db.close();
}
process.exit(broken ? 2 : 0);
