import type { z } from 'zod';
import type { MapTiles } from '../../../contracts/common';
import type { OutreachLogOptions } from '../../../contracts/outreach';
import type { Sql } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { canReadOutreachLogs } from './policy';
import * as q from './queries';

/** What the log form needs: the municipality's neighbourhoods (no personal data, not audited) and the map tiles. */
export async function outreachLogOptions(sql: Sql, actor: Actor, tiles: MapTiles | null): Promise<z.infer<typeof OutreachLogOptions>> {
  if (!canReadOutreachLogs(actor)) throw new AppError('forbidden', { detail: 'Your role has no outreach log.' });
  const rows = await q.neighbourhoodChoices(sql);
  return { neighbourhoods: rows.map((r) => ({ id: r.id, name: r.name, districtName: r.district_name })), mapTileUrl: tiles?.tileUrl ?? null, mapTileAttribution: tiles?.attribution ?? null };
}
