import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, PageQuery, Uuid } from '../../../contracts/common';
import { ExplorationInput, ExplorationView, StoryInput, StoryVersionSummary, StoryView } from '../../../contracts/households';
import { expectedVersion, sendVersion } from '../../platform/concurrency';
import { withActor } from '../../platform/http/context';
import { decodeCursor } from '../../platform/pagination';
import { createExploration, listExplorations, updateExploration } from './exploration';
import { getStory, listStoryVersions, saveStory } from './story';

const HouseholdParams = z.strictObject({ householdId: Uuid });

export async function storyRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['Story and exploration'];

  app.get('/api/v1/households/:householdId/story', { schema: { operationId: 'getStory', tags, params: HouseholdParams, response: { 200: StoryView } } }, async (req, reply) => {
    const story = await withActor(req, (sql, actor) => getStory(sql, actor, req.params.householdId));
    sendVersion(reply, story.version);
    return story;
  });
  app.put('/api/v1/households/:householdId/story', { schema: { operationId: 'saveStory', tags, params: HouseholdParams, body: StoryInput, response: { 200: StoryView } } }, async (req, reply) => {
    const story = await withActor(req, (sql, actor) => saveStory(sql, actor, req.params.householdId, expectedVersion(req), req.body));
    sendVersion(reply, story.version);
    return story;
  });
  app.get('/api/v1/households/:householdId/story-versions', {
    schema: { operationId: 'listStoryVersions', tags, params: HouseholdParams, querystring: PageQuery, response: { 200: pageOf(StoryVersionSummary) } },
  }, async (req) => {
    const [before] = decodeCursor(req.query.cursor, 1) ?? [null];
    return withActor(req, (sql, actor) => listStoryVersions(sql, actor, req.params.householdId, before === null ? null : Number(before), req.query.limit));
  });
  app.get('/api/v1/households/:householdId/story-versions/:version', {
    schema: { operationId: 'getStoryVersion', tags, params: z.strictObject({ householdId: Uuid, version: z.coerce.number().int().min(1).max(1_000_000) }), response: { 200: StoryView } },
  }, async (req) => withActor(req, (sql, actor) => getStory(sql, actor, req.params.householdId, req.params.version)));

  app.get('/api/v1/households/:householdId/explorations', { schema: { operationId: 'listExplorations', tags, params: HouseholdParams, response: { 200: z.object({ items: z.array(ExplorationView) }) } } }, async (req) =>
    ({ items: await withActor(req, (sql, actor) => listExplorations(sql, actor, req.params.householdId)) }),
  );
  app.post('/api/v1/households/:householdId/explorations', { schema: { operationId: 'createExploration', tags, params: HouseholdParams, body: ExplorationInput, response: { 201: ExplorationView } } }, async (req, reply) => {
    const exploration = await withActor(req, (sql, actor) => createExploration(sql, actor, req.params.householdId, req.body));
    sendVersion(reply, exploration.version);
    return reply.code(201).send(exploration);
  });
  app.put('/api/v1/households/:householdId/explorations/:explorationId', {
    schema: { operationId: 'updateExploration', tags, params: z.strictObject({ householdId: Uuid, explorationId: Uuid }), body: ExplorationInput, response: { 200: ExplorationView } },
  }, async (req, reply) => {
    const exploration = await withActor(req, (sql, actor) => updateExploration(sql, actor, req.params.householdId, req.params.explorationId, expectedVersion(req), req.body));
    sendVersion(reply, exploration.version);
    return exploration;
  });
}
