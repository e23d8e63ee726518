import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, Uuid } from '../../../contracts/common';
import {
  CloseMeldcodeCaseInput, MeldcodeCaseQuery, MeldcodeCaseSummary, MeldcodeCaseView, MeldcodeSettingsInput, MeldcodeSettingsView, ReopenStepInput, StartMeldcodeCaseInput, StepRecordInput,
} from '../../../contracts/meldcode';
import { withActor } from '../../platform/http/context';
import { closeMeldcodeCase } from './close-case';
import { getMeldcodeCase, listMeldcodeCases } from './get-case';
import { recordMeldcodeStep } from './record-step';
import { reopenMeldcodeStep } from './reopen-step';
import { meldcodeReportView } from './report-document';
import { getMeldcodeSettings, updateMeldcodeSettings } from './settings';
import { startMeldcodeCase } from './start-case';

const tags = ['Meldcode'];
const CaseParams = z.strictObject({ caseId: Uuid });
const base = '/api/v1/meldcode-cases';
const PdfFile = z.string().meta({ format: 'binary', description: 'The summary for a report to Veilig Thuis (A4, selectable text)' });

export async function meldcodeRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(base, { schema: { operationId: 'listMeldcodeCases', description: 'Meldcode cases the user may see, newest first; `householdId` narrows to one household.', tags, querystring: MeldcodeCaseQuery, response: { 200: pageOf(MeldcodeCaseSummary) } } }, async (req) =>
    withActor(req, (sql, actor) => listMeldcodeCases(sql, actor, req.query)),
  );
  app.post(base, { schema: { operationId: 'startMeldcodeCase', description: 'Starts a Meldcode case on a household (one open case at a time).', tags, body: StartMeldcodeCaseInput, response: { 201: MeldcodeCaseView } } }, async (req, reply) =>
    reply.code(201).send(await withActor(req, (sql, actor) => startMeldcodeCase(sql, actor, req.body.householdId))),
  );
  app.get(`${base}/:caseId`, { schema: { operationId: 'getMeldcodeCase', description: 'One Meldcode case: each step with its status and records, and the history of every turn.', tags, params: CaseParams, response: { 200: MeldcodeCaseView } } }, async (req) =>
    withActor(req, (sql, actor) => getMeldcodeCase(sql, actor, req.params.caseId)),
  );
  app.patch(`${base}/:caseId`, { schema: { operationId: 'closeMeldcodeCase', description: 'Closes the case with a reason, after step 5.', tags, params: CaseParams, body: CloseMeldcodeCaseInput, response: { 200: MeldcodeCaseView } } }, async (req) =>
    withActor(req, (sql, actor) => closeMeldcodeCase(sql, actor, req.params.caseId, req.body.closeReason)),
  );
  app.post(`${base}/:caseId/step-records`, { schema: { operationId: 'recordMeldcodeStep', description: 'Completes the current step; steps go in order and step 5 follows the afwegingskader.', tags, params: CaseParams, body: StepRecordInput, response: { 201: MeldcodeCaseView } } }, async (req, reply) =>
    reply.code(201).send(await withActor(req, (sql, actor) => recordMeldcodeStep(sql, actor, req.params.caseId, req.body))),
  );
  app.post(`${base}/:caseId/reopenings`, { schema: { operationId: 'reopenMeldcodeStep', description: 'Opens a done step again with a reason; later steps open with it. The history keeps everything.', tags, params: CaseParams, body: ReopenStepInput, response: { 201: MeldcodeCaseView } } }, async (req, reply) =>
    reply.code(201).send(await withActor(req, (sql, actor) => reopenMeldcodeStep(sql, actor, req.params.caseId, req.body))),
  );
  app.get(`${base}/:caseId/report-document`, {
    schema: { operationId: 'getMeldcodeReportDocument', description: 'The summary for a report to Veilig Thuis as a PDF.', tags, params: CaseParams, response: { 200: { description: 'The summary', content: { 'application/pdf': { schema: PdfFile } } } } },
  }, async (req, reply) => {
    const view = await withActor(req, (sql, actor) => meldcodeReportView(sql, actor, req.params.caseId));
    // pdfkit and its font metrics load on the first PDF, not at server start (decision 0017).
    const { renderMeldcodePdf } = await import('./report-pdf');
    const pdf = await renderMeldcodePdf(view);
    return reply.type('application/pdf').header('Cache-Control', 'no-store').header('Content-Disposition', 'attachment; filename="meldcode-samenvatting.pdf"').send(pdf as unknown as string);
  });

  app.get('/api/v1/meldcode-settings', { schema: { operationId: 'getMeldcodeSettings', description: 'The wording of the afwegingskader and the working days per step before a reminder.', tags, response: { 200: MeldcodeSettingsView } } }, async (req) =>
    withActor(req, (sql, actor) => getMeldcodeSettings(sql, actor)),
  );
  app.put('/api/v1/meldcode-settings', { schema: { operationId: 'updateMeldcodeSettings', description: 'Saves a new version of the settings (admin). Past weighings keep their wording.', tags, body: MeldcodeSettingsInput, response: { 200: MeldcodeSettingsView } } }, async (req) =>
    withActor(req, (sql, actor) => updateMeldcodeSettings(sql, actor, req.body)),
  );
}
