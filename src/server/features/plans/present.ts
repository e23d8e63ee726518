import type { z } from 'zod';
import type { ActionView, GoalView, PlanMeetingView, PlanView, RatingView } from '../../../contracts/plans';
import type * as q from './queries';

const iso = (d: Date | string): string => new Date(d).toISOString();

export const toRatingView = (r: q.RatingRow): z.infer<typeof RatingView> => ({
  id: r.id, rating: Number(r.rating), ratedByPersonId: r.rated_by_person_id, note: r.note, ratedAt: iso(r.rated_at),
});

export const toActionView = (a: q.ActionRow): z.infer<typeof ActionView> => ({
  id: a.id, goalId: a.goal_id, description: a.description, ownerKind: a.owner_kind, ownerName: a.owner_name, dueOn: a.due_on,
  doneAt: a.done_at ? iso(a.done_at) : null, version: a.version,
});

export function toGoalView(g: q.GoalRow, ratings: q.RatingRow[], actions: q.ActionRow[]): z.infer<typeof GoalView> {
  return {
    id: g.id, personId: g.person_id, domain: g.domain, ownWords: g.own_words, status: g.status, evaluation: g.evaluation, version: g.version,
    ratings: ratings.filter((r) => r.goal_id === g.id).map(toRatingView),
    actions: actions.filter((a) => a.goal_id === g.id).map(toActionView),
  };
}

export function toPlanView(p: q.PlanRow, goals: q.GoalRow[], ratings: q.RatingRow[], actions: q.ActionRow[]): PlanView {
  return {
    id: p.id, householdId: p.household_id, status: p.status, version: p.version, createdAt: iso(p.created_at), updatedAt: iso(p.updated_at),
    goals: goals.map((g) => toGoalView(g, ratings, actions)),
  };
}

export const toMeetingView = (m: q.MeetingRow): z.infer<typeof PlanMeetingView> => ({
  id: m.id, metOn: m.met_on, agreedBy: m.agreed_by, note: m.note, snapshot: m.snapshot as PlanView, createdAt: iso(m.created_at),
});

/** The persons whose data a plan shows: the owners of its goals and whoever rated them. */
export function personsInPlan(plan: PlanView): string[] {
  const ids = plan.goals.flatMap((g) => [g.personId, ...g.ratings.map((r) => r.ratedByPersonId)]);
  return [...new Set(ids.filter((id): id is string => id !== null))];
}
