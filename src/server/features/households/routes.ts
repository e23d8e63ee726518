import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Uuid } from '../../../contracts/common';
import {
  AssignCoordinatorInput, CaseTeamMemberInput, DuplicateCheckInput, DuplicateCheckResult, HouseholdFile, IntakeInput, MemberBsnView,
  MemberInput, MemberView, UpdateHouseholdInput, UpdateMemberInput,
} from '../../../contracts/households';
import { expectedVersion, sendVersion } from '../../platform/concurrency';
import { withActor } from '../../platform/http/context';
import { checkDuplicates } from './check-duplicates';
import { addCaseTeamMember, handOverCoordinator, removeCaseTeamMember } from './coordinator';
import { getHousehold } from './get-household';
import { addMember, revealBsn, updateMember } from './members';
import { registerHousehold } from './register-household';
import { updateHousehold } from './update-household';

const tags = ['Households'];
const HouseholdParams = z.strictObject({ householdId: Uuid });
const MemberParams = z.strictObject({ householdId: Uuid, personId: Uuid });

export async function householdRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { secretBox } = fastify.services;

  app.post('/api/v1/household-duplicate-checks', { schema: { operationId: 'checkHouseholdDuplicates', tags, body: DuplicateCheckInput, response: { 200: DuplicateCheckResult } } }, async (req) =>
    withActor(req, (sql, actor) => checkDuplicates(sql, actor, secretBox, req.body)),
  );

  app.post('/api/v1/households', { schema: { operationId: 'registerHousehold', tags, body: IntakeInput, response: { 201: HouseholdFile } } }, async (req, reply) => {
    const household = await withActor(req, (sql, actor) => registerHousehold(sql, actor, secretBox, req.body));
    sendVersion(reply, household.version);
    return reply.code(201).send(household);
  });

  app.get('/api/v1/households/:householdId', { schema: { operationId: 'getHousehold', tags, params: HouseholdParams, response: { 200: HouseholdFile } } }, async (req, reply) => {
    const household = await withActor(req, (sql, actor) => getHousehold(sql, actor, req.params.householdId));
    sendVersion(reply, household.version);
    return household;
  });

  app.patch('/api/v1/households/:householdId', { schema: { operationId: 'updateHousehold', tags, params: HouseholdParams, body: UpdateHouseholdInput, response: { 200: HouseholdFile } } }, async (req, reply) => {
    const household = await withActor(req, (sql, actor) => updateHousehold(sql, actor, req.params.householdId, expectedVersion(req), req.body));
    sendVersion(reply, household.version);
    return household;
  });

  app.post('/api/v1/households/:householdId/members', { schema: { operationId: 'addHouseholdMember', tags, params: HouseholdParams, body: MemberInput, response: { 201: MemberView } } }, async (req, reply) => {
    const member = await withActor(req, (sql, actor) => addMember(sql, actor, secretBox, req.params.householdId, req.body));
    return reply.code(201).send(member);
  });

  app.patch('/api/v1/households/:householdId/members/:personId', { schema: { operationId: 'updateHouseholdMember', tags, params: MemberParams, body: UpdateMemberInput, response: { 200: MemberView } } }, async (req, reply) => {
    const member = await withActor(req, (sql, actor) => updateMember(sql, actor, secretBox, req.params.householdId, req.params.personId, expectedVersion(req), req.body));
    sendVersion(reply, member.version);
    return member;
  });

  app.get('/api/v1/households/:householdId/members/:personId/bsn', { schema: { operationId: 'getMemberBsn', tags, params: MemberParams, response: { 200: MemberBsnView } } }, async (req) =>
    withActor(req, (sql, actor) => revealBsn(sql, actor, secretBox, req.params.householdId, req.params.personId)),
  );

  app.post('/api/v1/households/:householdId/coordinator-handovers', {
    schema: { operationId: 'handOverCoordinator', tags, params: HouseholdParams, body: AssignCoordinatorInput, response: { 201: HouseholdFile } },
  }, async (req, reply) => {
    const household = await withActor(req, (sql, actor) => handOverCoordinator(sql, actor, req.params.householdId, req.body));
    return reply.code(201).send(household);
  });

  app.post('/api/v1/households/:householdId/case-members', { schema: { operationId: 'addCaseTeamMember', tags, params: HouseholdParams, body: CaseTeamMemberInput, response: { 201: HouseholdFile } } }, async (req, reply) => {
    const household = await withActor(req, (sql, actor) => addCaseTeamMember(sql, actor, req.params.householdId, req.body));
    return reply.code(201).send(household);
  });

  app.delete('/api/v1/households/:householdId/case-members/:userId', {
    schema: { operationId: 'removeCaseTeamMember', tags, params: z.strictObject({ householdId: Uuid, userId: Uuid }), response: { 204: z.null() } },
  }, async (req, reply) => {
    await withActor(req, (sql, actor) => removeCaseTeamMember(sql, actor, req.params.householdId, req.params.userId));
    return reply.code(204).send(null);
  });
}
