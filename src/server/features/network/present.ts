import type { z } from 'zod';
import type { NetworkTieView } from '../../../contracts/plans';
import type { TieRow } from './queries';

export const toTieView = (r: TieRow): z.infer<typeof NetworkTieView> => ({
  id: r.id, personId: r.person_id, name: r.name, kind: r.kind, strength: r.strength, support: r.support, meaningfulAdult: r.meaningful_adult, version: r.version,
});
