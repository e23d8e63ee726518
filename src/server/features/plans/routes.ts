import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, PageQuery, Uuid } from '../../../contracts/common';
import {
  ActionInput, ActionView, ClosureView, CloseCaseInput, GoalInput, GoalView, PlanMeetingInput, PlanMeetingView, PlanView, RatingInput, RatingView,
  UpdateActionInput, UpdateGoalInput,
} from '../../../contracts/plans';
import { expectedVersion, sendVersion } from '../../platform/concurrency';
import { withActor } from '../../platform/http/context';
import { addAction } from './add-action';
import { addGoal } from './add-goal';
import { closeCase } from './close-case';
import { createPlan } from './create-plan';
import { getPlan } from './get-plan';
import { listPlanMeetings, recordPlanMeeting } from './plan-meetings';
import { rateGoal } from './rate-goal';
import { updateAction } from './update-action';
import { updateGoal } from './update-goal';

const tags = ['Plans'];
const HouseholdParams = z.strictObject({ householdId: Uuid });
const GoalParams = z.strictObject({ householdId: Uuid, goalId: Uuid });
const ActionParams = z.strictObject({ householdId: Uuid, actionId: Uuid });
const base = '/api/v1/households/:householdId';

export async function planRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(`${base}/plan`, { schema: { operationId: 'getPlan', description: 'The household\'s plan: the active one, or the last closed one, with each goal\'s rating history and actions. ETag is the plan\'s version. 404 when no plan is started yet.', tags, params: HouseholdParams, response: { 200: PlanView } } }, async (req, reply) => {
    const plan = await withActor(req, (sql, actor) => getPlan(sql, actor, req.params.householdId));
    sendVersion(reply, plan.version);
    return plan;
  });

  app.post(`${base}/plan`, { schema: { operationId: 'createPlan', description: 'Starts the household\'s plan. One household has at most one active plan: a second is refused with 409.', tags, params: HouseholdParams, response: { 201: PlanView } } }, async (req, reply) => {
    const plan = await withActor(req, (sql, actor) => createPlan(sql, actor, req.params.householdId));
    sendVersion(reply, plan.version);
    return reply.code(201).send(plan);
  });

  app.post(`${base}/goals`, { schema: { operationId: 'addGoal', description: 'Adds a goal in the family\'s own words, for a member or the whole household; starts the plan if there is none.', tags, params: HouseholdParams, body: GoalInput, response: { 201: GoalView } } }, async (req, reply) => {
    const goal = await withActor(req, (sql, actor) => addGoal(sql, actor, req.params.householdId, req.body));
    sendVersion(reply, goal.version);
    return reply.code(201).send(goal);
  });

  app.patch(`${base}/goals/:goalId`, { schema: { operationId: 'updateGoal', description: 'Changes a goal. Send If-Match with its ETag; a stale edit is refused with 412, a missing If-Match with 428.', tags, params: GoalParams, body: UpdateGoalInput, response: { 200: GoalView } } }, async (req, reply) => {
    const goal = await withActor(req, (sql, actor) => updateGoal(sql, actor, req.params.householdId, req.params.goalId, expectedVersion(req), req.body));
    sendVersion(reply, goal.version);
    return goal;
  });

  app.post(`${base}/goals/:goalId/ratings`, { schema: { operationId: 'rateGoal', description: 'Adds a 0–10 rating of the goal by the person (by default the goal\'s own person). Ratings are kept as history.', tags, params: GoalParams, body: RatingInput, response: { 201: RatingView } } }, async (req, reply) => {
    const rating = await withActor(req, (sql, actor) => rateGoal(sql, actor, req.params.householdId, req.params.goalId, req.body));
    return reply.code(201).send(rating);
  });

  app.post(`${base}/goals/:goalId/actions`, { schema: { operationId: 'addAction', description: 'Adds an action to a goal. Every action has an owner: the family, its network, a professional or a service.', tags, params: GoalParams, body: ActionInput, response: { 201: ActionView } } }, async (req, reply) => {
    const action = await withActor(req, (sql, actor) => addAction(sql, actor, req.params.householdId, req.params.goalId, req.body));
    sendVersion(reply, action.version);
    return reply.code(201).send(action);
  });

  app.patch(`${base}/actions/:actionId`, { schema: { operationId: 'updateAction', description: 'Changes an action or marks it done (`done: true`). Send If-Match with its ETag.', tags, params: ActionParams, body: UpdateActionInput, response: { 200: ActionView } } }, async (req, reply) => {
    const action = await withActor(req, (sql, actor) => updateAction(sql, actor, req.params.householdId, req.params.actionId, expectedVersion(req), req.body));
    sendVersion(reply, action.version);
    return action;
  });

  app.post(`${base}/plan-meetings`, { schema: { operationId: 'recordPlanMeeting', description: 'Records a plan meeting: the plan as it stands is kept as the agreed version, with who agreed.', tags, params: HouseholdParams, body: PlanMeetingInput, response: { 201: PlanMeetingView } } }, async (req, reply) => {
    const meeting = await withActor(req, (sql, actor) => recordPlanMeeting(sql, actor, req.params.householdId, req.body));
    return reply.code(201).send(meeting);
  });

  app.get(`${base}/plan-meetings`, { schema: { operationId: 'listPlanMeetings', description: 'The plan meetings, newest first, each with the plan as agreed then.', tags, params: HouseholdParams, querystring: PageQuery, response: { 200: pageOf(PlanMeetingView) } } }, async (req) =>
    withActor(req, (sql, actor) => listPlanMeetings(sql, actor, req.params.householdId, req.query)),
  );

  app.post(`${base}/closures`, { schema: { operationId: 'closeCase', description: 'Closes the case with a reason and an evaluation of each open goal; goals, plan and household close together.', tags, params: HouseholdParams, body: CloseCaseInput, response: { 201: ClosureView } } }, async (req, reply) => {
    const closure = await withActor(req, (sql, actor) => closeCase(sql, actor, req.params.householdId, req.body));
    return reply.code(201).send(closure);
  });
}
