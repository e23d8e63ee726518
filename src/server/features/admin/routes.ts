import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  DistrictInput, DistrictView, InviteUserInput, NeighbourhoodInput, NeighbourhoodView, OutboxMessageView, TeamInput, TeamMemberView, TeamView,
  UpdateUserInput, UserListQuery, UserView,
} from '../../../contracts/admin';
import { TenantTheme } from '../../../contracts/auth';
import { pageOf, PageQuery, Uuid } from '../../../contracts/common';
import { AppError } from '../../platform/errors';
import { withActor } from '../../platform/http/context';
import { decodeCursor, toPage } from '../../platform/pagination';
import { baseUrl } from '../auth/routes';
import { canReadOrganisation, requireAdmin } from './policy';
import { saveDistrict, saveNeighbourhood, saveTeam } from './organisation';
import { toDistrictView, toTeamView, toUserView } from './present';
import * as q from './queries';
import { updateTenantTheme } from './theme';
import { inviteUser, updateUser } from './users';

const tags = ['Administration'];
const byId = (name: string) => z.strictObject({ [name]: Uuid });

export async function adminRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { services } = fastify;
  const requireOrgReader = (actor: Parameters<typeof canReadOrganisation>[0]) => {
    if (!canReadOrganisation(actor)) throw new AppError('forbidden');
  };

  app.get('/api/v1/users', { schema: { operationId: 'listUsers', tags, querystring: UserListQuery, response: { 200: pageOf(UserView) } } }, async (req) =>
    withActor(req, async (sql, actor) => {
      requireAdmin(actor);
      const after = decodeCursor(req.query.cursor, 2) as [string, string] | null;
      const rows = await q.listUsers(sql, { q: req.query.q, status: req.query.status, after, limit: req.query.limit });
      const page = toPage(rows, req.query.limit, (r) => [r.display_name.toLowerCase(), r.id]);
      return { items: page.items.map(toUserView), nextCursor: page.nextCursor };
    }),
  );

  app.post('/api/v1/users', { schema: { operationId: 'inviteUser', tags, body: InviteUserInput, response: { 201: UserView } } }, async (req, reply) => {
    const tenant = await services.tenants.forHost(req.headers.host);
    const user = await withActor(req, (sql, actor) => inviteUser(sql, actor, services.mailer, req.body, { baseUrl: baseUrl(req), tenantName: tenant?.name ?? 'Wijkwijs' }));
    return reply.code(201).send(user);
  });

  app.patch('/api/v1/users/:userId', { schema: { operationId: 'updateUser', tags, params: byId('userId'), body: UpdateUserInput, response: { 200: UserView } } }, async (req) =>
    withActor(req, (sql, actor) => updateUser(sql, actor, String(req.params.userId), req.body)),
  );

  app.get('/api/v1/teams', { schema: { operationId: 'listTeams', tags, querystring: PageQuery, response: { 200: pageOf(TeamView) } } }, async (req) =>
    withActor(req, async (sql, actor) => {
      requireOrgReader(actor);
      const after = decodeCursor(req.query.cursor, 2) as [string, string] | null;
      const page = toPage(await q.listTeams(sql, after, req.query.limit), req.query.limit, (r) => [r.name.toLowerCase(), r.id]);
      return { items: page.items.map(toTeamView), nextCursor: page.nextCursor };
    }),
  );

  app.post('/api/v1/teams', { schema: { operationId: 'createTeam', tags, body: TeamInput, response: { 201: TeamView } } }, async (req, reply) => {
    const team = await withActor(req, async (sql, actor) => {
      const id = await saveTeam(sql, actor, null, req.body);
      return toTeamView((await q.teamById(sql, id))!);
    });
    return reply.code(201).send(team);
  });

  app.patch('/api/v1/teams/:teamId', { schema: { operationId: 'updateTeam', tags, params: byId('teamId'), body: TeamInput, response: { 200: TeamView } } }, async (req) =>
    withActor(req, async (sql, actor) => {
      const id = await saveTeam(sql, actor, String(req.params.teamId), req.body);
      return toTeamView((await q.teamById(sql, id))!);
    }),
  );

  app.get('/api/v1/teams/:teamId/members', {
    schema: { operationId: 'listTeamMembers', tags, params: byId('teamId'), response: { 200: z.object({ items: z.array(TeamMemberView) }) } },
  }, async (req) =>
    withActor(req, async (sql, actor) => {
      // Members of a team see each other (to hand over a case or invite a colleague); admins see all teams.
      const teamId = String(req.params.teamId);
      if (!canReadOrganisation(actor) || (!actor.roles.includes('admin') && !actor.teamIds.includes(teamId))) throw new AppError('not_found');
      if (!(await q.exists(sql, 'teams', teamId))) throw new AppError('not_found');
      const rows = await q.activeTeamMembers(sql, teamId);
      return { items: rows.map((r) => ({ id: r.id, displayName: r.display_name, roles: r.roles })) };
    }),
  );

  app.get('/api/v1/districts', { schema: { operationId: 'listDistricts', tags, querystring: PageQuery, response: { 200: pageOf(DistrictView) } } }, async (req) =>
    withActor(req, async (sql, actor) => {
      requireOrgReader(actor);
      const [after] = decodeCursor(req.query.cursor, 1) ?? [null];
      const page = toPage(await q.listDistricts(sql, after === null ? null : String(after), req.query.limit), req.query.limit, (r) => [r.cbs_code]);
      return { items: page.items.map(toDistrictView), nextCursor: page.nextCursor };
    }),
  );

  const districtResult = z.object({ id: Uuid });
  app.post('/api/v1/districts', { schema: { operationId: 'createDistrict', tags, body: DistrictInput, response: { 201: districtResult } } }, async (req, reply) => {
    const id = await withActor(req, (sql, actor) => saveDistrict(sql, actor, null, req.body));
    return reply.code(201).send({ id });
  });

  app.patch('/api/v1/districts/:districtId', { schema: { operationId: 'updateDistrict', tags, params: byId('districtId'), body: DistrictInput, response: { 200: districtResult } } }, async (req) =>
    ({ id: await withActor(req, (sql, actor) => saveDistrict(sql, actor, String(req.params.districtId), req.body)) }),
  );

  app.post('/api/v1/neighbourhoods', { schema: { operationId: 'createNeighbourhood', tags, body: NeighbourhoodInput, response: { 201: NeighbourhoodView } } }, async (req, reply) => {
    const id = await withActor(req, (sql, actor) => saveNeighbourhood(sql, actor, null, req.body));
    return reply.code(201).send({ id, ...req.body });
  });

  app.patch('/api/v1/neighbourhoods/:neighbourhoodId', {
    schema: { operationId: 'updateNeighbourhood', tags, params: byId('neighbourhoodId'), body: NeighbourhoodInput, response: { 200: NeighbourhoodView } },
  }, async (req) => {
    const id = await withActor(req, (sql, actor) => saveNeighbourhood(sql, actor, String(req.params.neighbourhoodId), req.body));
    return { id, ...req.body };
  });

  app.put('/api/v1/theme', { schema: { operationId: 'updateTheme', tags, body: TenantTheme, response: { 200: TenantTheme } } }, async (req) =>
    withActor(req, (sql, actor) => updateTenantTheme(sql, actor, req.body)),
  );

  app.get('/api/v1/outbox-messages', { schema: { operationId: 'listOutboxMessages', tags, querystring: PageQuery, response: { 200: pageOf(OutboxMessageView) } } }, async (req) =>
    withActor(req, async (sql, actor) => {
      requireAdmin(actor);
      if (!services.config.DEMO_MODE) throw new AppError('not_found', { detail: 'The dev outbox exists only in demo mode.' });
      const [after] = decodeCursor(req.query.cursor, 1) ?? [null];
      const page = toPage(await q.listOutbox(sql, after === null ? null : String(after), req.query.limit), req.query.limit, (r) => [r.id]);
      return {
        items: page.items.map((r) => ({ id: r.id, recipient: r.recipient, subject: r.subject, bodyText: r.body_text, createdAt: new Date(r.created_at).toISOString() })),
        nextCursor: page.nextCursor,
      };
    }),
  );
}
