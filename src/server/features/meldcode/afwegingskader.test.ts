import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedDecisions, reportRequired } from '../../../contracts/meldcode';
import { canComplete, canReopen, replaySteps, type StepEvent } from './step-state';

const answers = fc.array(fc.boolean(), { minLength: 5, maxLength: 5 });

describe('the afwegingskader', () => {
  it('requires a report whenever there is suspicion and unsafety, or help that is missing, refused or too slow', () => {
    fc.assert(fc.property(answers, (a) => {
      const [suspicion, unsafe, canHelp, accepted, inTime] = a as [boolean, boolean, boolean, boolean, boolean];
      expect(reportRequired(a)).toBe(suspicion && (unsafe || !canHelp || !accepted || !inTime));
    }));
  });

  it('offers only the decisions the answers allow, and always at least one', () => {
    fc.assert(fc.property(answers, (a) => {
      const allowed = allowedDecisions(a);
      expect(allowed.length).toBeGreaterThan(0);
      // Without a suspicion the Meldcode stops; with one, reporting is always allowed.
      expect(allowed.includes('no_suspicion')).toBe(!a[0]);
      expect(allowed.includes('report')).toBe(a[0]);
      // Help without a report only when nothing forces the report.
      expect(allowed.includes('organise_help')).toBe(a[0] && !reportRequired(a));
    }));
  });

  it('answers yes on question 2 leave only the report', () => {
    fc.assert(fc.property(answers, (a) => {
      const withUnsafety = [true, true, ...a.slice(2)];
      expect(allowedDecisions(withUnsafety)).toEqual(['report']);
    }));
  });
});

describe('the order of the steps', () => {
  // A random history of completions and reopenings, applied only when allowed, as the API does.
  const moves = fc.array(fc.record({ reopen: fc.boolean(), step: fc.integer({ min: 1, max: 5 }) }), { maxLength: 40 });

  it('never has a done step after an open one, and only the current step can be completed', () => {
    fc.assert(fc.property(moves, (list) => {
      const events: StepEvent[] = [];
      const opened = new Date('2026-01-01T00:00:00Z');
      for (const move of list) {
        const state = replaySteps(events, opened);
        const allowed = move.reopen ? canReopen(state, move.step) : canComplete(state, move.step);
        if (allowed) events.push({ seq: events.length + 1, step: move.step, kind: move.reopen ? 'reopened' : 'completed', recordedAt: new Date(opened.getTime() + events.length * 1000) });
      }
      const state = replaySteps(events, opened);
      const done = [1, 2, 3, 4, 5].map((s) => state.done.has(s));
      const firstOpen = done.indexOf(false);
      if (firstOpen >= 0) expect(done.slice(firstOpen).every((d) => !d)).toBe(true);
      expect(state.currentStep).toBe(firstOpen >= 0 ? firstOpen + 1 : null);
      expect(state.openSince.getTime()).toBe(events.at(-1)?.recordedAt.getTime() ?? opened.getTime());
    }));
  });
});
