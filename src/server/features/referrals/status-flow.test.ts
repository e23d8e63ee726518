import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReferralStatus } from '../../../contracts/referrals';
import { FINAL_STATUSES, judgeStep, nextStatuses, NEEDS_REASON, type StepActor } from './status-flow';

const status = fc.constantFrom(...ReferralStatus.options);
const actor = fc.constantFrom<StepActor>('coach', 'provider', 'system');
const reason = fc.option(fc.string({ maxLength: 20 }), { nil: undefined });

describe('referral status flow', () => {
  it('never leaves a final status, and only the job expires a referral', () => {
    fc.assert(fc.property(status, status, actor, reason, (from, to, who, why) => {
      const verdict = judgeStep(from, to, who, why);
      if (FINAL_STATUSES.includes(from)) expect(verdict.ok).toBe(false);
      if (to === 'expired' && who !== 'system') expect(verdict.ok).toBe(false);
      if (to === 'draft') expect(verdict.ok).toBe(false);
    }));
  });

  it('lets the provider answer and the coach send or cancel, never the other way round', () => {
    fc.assert(fc.property(status, status, reason, (from, to, why) => {
      if (judgeStep(from, to, 'provider', why).ok) expect(['accepted', 'declined', 'in_progress', 'completed', 'not_completed']).toContain(to);
      if (judgeStep(from, to, 'coach', why).ok) expect(['sent', 'cancelled']).toContain(to);
    }));
  });

  it('asks a reason for declined and not completed', () => {
    fc.assert(fc.property(status, fc.constantFrom(...NEEDS_REASON), actor, (from, to, who) => {
      expect(judgeStep(from, to, who, '  ').ok).toBe(false);
      expect(judgeStep(from, to, who, 'Geen plek').ok).toBe(nextStatuses(from, who).includes(to));
    }));
  });

  it('reaches an end from draft along any allowed walk, passing the steps in order', () => {
    const order = ['draft', 'sent', 'accepted', 'in_progress'];
    fc.assert(fc.property(fc.array(fc.tuple(actor, fc.nat()), { maxLength: 12 }), (choices) => {
      let at: ReferralStatus = 'draft';
      for (const [who, pick] of choices) {
        const options = nextStatuses(at, who);
        if (!options.length) continue;
        const to = options[pick % options.length]!;
        expect(judgeStep(at, to, who, 'reden').ok).toBe(true);
        if (order.includes(to)) expect(order.indexOf(to)).toBeGreaterThan(order.indexOf(at));
        at = to;
      }
      if (FINAL_STATUSES.includes(at)) for (const who of ['coach', 'provider', 'system'] as const) expect(nextStatuses(at, who)).toEqual([]);
    }));
  });
});
