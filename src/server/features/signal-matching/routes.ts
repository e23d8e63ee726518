import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, PageQuery, Uuid } from '../../../contracts/common';
import { MySignalMatchRegistrationView, SignalMatchGroup, SignalMatchingSettings, SignalMatchRegistrationInput, SignalMatchRegistrationView } from '../../../contracts/signal-matching';
import { withActor } from '../../platform/http/context';
import { listOwnMatches, listOwnRegistrations, withdrawRegistration } from './own-registrations';
import { registerInvolvement } from './register-involvement';
import { registrationsAboutMe } from './registrations-about-me';
import { getSignalMatchingSettings, updateSignalMatchingSettings } from './settings';

const tags = ['Signal matching'];
const path = '/api/v1/signal-match-registrations';

export async function signalMatchingRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const box = fastify.services.secretBox;

  app.post(path, { schema: { operationId: 'registerSignalMatch', description: 'Registers that your organisation is involved with a young person (BSN, or name, with birth date). Only match keys are kept. Other organisations registered for the same young person are told who you are, and you who they are; never any content.', tags, body: SignalMatchRegistrationInput, response: { 201: SignalMatchRegistrationView } } }, async (req, reply) => {
    const registration = await withActor(req, (sql, actor) => registerInvolvement(sql, actor, box, req.body));
    return reply.code(201).send(registration);
  });

  app.get(path, { schema: { operationId: 'listSignalMatchRegistrations', description: 'Your own active registrations, newest first.', tags, querystring: PageQuery, response: { 200: pageOf(SignalMatchRegistrationView) } } }, async (req) =>
    withActor(req, (sql, actor) => listOwnRegistrations(sql, actor, req.query)),
  );

  app.delete(`${path}/:registrationId`, { schema: { operationId: 'withdrawSignalMatchRegistration', description: 'Withdraws your own registration.', tags, params: z.strictObject({ registrationId: Uuid }), response: { 204: z.null() } } }, async (req, reply) => {
    await withActor(req, (sql, actor) => withdrawRegistration(sql, actor, req.params.registrationId));
    return reply.code(204).send(null);
  });

  app.get('/api/v1/signal-matches', { schema: { operationId: 'listSignalMatches', description: 'For each of your registrations with matches: the other organisations involved with the same young person, and their contact person.', tags, querystring: PageQuery, response: { 200: pageOf(SignalMatchGroup) } } }, async (req) =>
    withActor(req, (sql, actor) => listOwnMatches(sql, actor, req.query)),
  );

  app.get('/api/v1/me/signal-match-registrations', { schema: { operationId: 'listSignalMatchRegistrationsAboutMe', description: 'For a young person: the organisations registered as involved with them, since when and until when.', tags, response: { 200: z.object({ items: z.array(MySignalMatchRegistrationView) }) } } }, async (req) =>
    withActor(req, (sql, actor) => registrationsAboutMe(sql, actor, box)),
  );

  app.get('/api/v1/signal-matching-settings', { schema: { operationId: 'getSignalMatchingSettings', description: 'Whether signal matching is switched on in this municipality.', tags, response: { 200: SignalMatchingSettings } } }, async (req) =>
    withActor(req, (sql) => getSignalMatchingSettings(sql)),
  );

  app.put('/api/v1/signal-matching-settings', { schema: { operationId: 'updateSignalMatchingSettings', description: 'The administrator switches signal matching on or off.', tags, body: SignalMatchingSettings, response: { 200: SignalMatchingSettings } } }, async (req) =>
    withActor(req, (sql, actor) => updateSignalMatchingSettings(sql, actor, req.body)),
  );
}
