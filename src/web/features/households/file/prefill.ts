import type { z } from 'zod';
import type { Lens } from '../../../../contracts/households';
import type { GoalDomain } from '../../../../contracts/plans';

type Domain = z.infer<typeof GoalDomain>;

/** What the exploration hands to the plan or network forms ("one click"): they open prefilled. */
export interface Prefill {
  goal?: { personId: string | null; domain: Domain; ownWords: string };
  action?: { description: string };
  tie?: { personId: string | null; support: string };
}

export const DOMAIN_OF_LENS: Record<z.infer<typeof Lens>, Domain> = {
  family: 'home', friends: 'leisure_friends', school_work: 'school_work', club_free_time: 'leisure_friends', neighbourhood: 'other', online: 'other',
};
