import { TenantTheme } from '../../../contracts/auth';
import { contrastRatio, MIN_TEXT_CONTRAST } from '../../../contracts/contrast';
import type { Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { AppError, type InvalidParam } from '../../platform/errors';
import { requireAdmin } from './policy';
import * as q from './queries';

const WHITE = '#ffffff';

/** The colour pairs that carry text in the app; each must reach 4.5:1 (WCAG 2.1 AA). */
export function contrastProblems(theme: TenantTheme): InvalidParam[] {
  const problems: InvalidParam[] = [];
  const check = (field: string, fg: string | undefined, bg: string | undefined, what: string) => {
    if (!fg || !bg) return;
    const ratio = contrastRatio(fg, bg);
    if (ratio < MIN_TEXT_CONTRAST) problems.push({ name: `body.${field}`, reason: `${what} contrast ${ratio.toFixed(2)}:1 is below 4.5:1` });
  };
  check('primaryTextColour', theme.primaryTextColour ?? WHITE, theme.primaryColour, 'Text on the primary colour:');
  check('linkColour', theme.linkColour, WHITE, 'Links on white:');
  check('primaryColour', theme.primaryColour, WHITE, 'Primary colour on white:');
  return problems;
}

export async function updateTenantTheme(sql: Sql, actor: Actor, theme: TenantTheme): Promise<TenantTheme> {
  requireAdmin(actor);
  const problems = contrastProblems(theme);
  if (problems.length) throw new AppError('insufficient_contrast', { detail: 'These colours are hard to read. Choose colours with more contrast.', invalidParams: problems });
  const clean = TenantTheme.parse(theme);
  await q.updateTheme(sql, clean);
  audit(sql, actor, { eventType: 'tenant.theme_changed', action: 'update', objectType: 'tenant', objectId: actor.tenantId });
  return clean;
}
