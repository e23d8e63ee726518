import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_BSN, registerTwoMemberHousehold } from '../../testing/api-fixtures';
import { pdfText } from '../../testing/pdf-text';
import type { TestApp } from '../../testing/test-app';
import { auditEventsOf, openPlanTestbed, type Cookies } from '../../testing/household-kit';
import { sampleSteps } from './sample-steps';

let t: TestApp;
let who: Cookies;
let householdId: string;
let caseId: string;
beforeAll(async () => {
  ({ t, who } = await openPlanTestbed());
  ({ householdId } = await registerTwoMemberHousehold(t, who.coach, 'Vermeulen'));
  caseId = (await t.request('POST', '/api/v1/meldcode-cases', { cookie: who.coach, body: { householdId } })).json().id;
});
afterAll(() => t.close());

const download = (cookie: string) => t.request('GET', `/api/v1/meldcode-cases/${caseId}/report-document`, { cookie });

describe('the summary for a report to Veilig Thuis', () => {
  it('says which steps are still open before the decision', async () => {
    const pdf = await download(who.coach);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdfText(pdf.rawPayload)).toContain('Deze stap is nog niet afgerond.');
  });

  it('holds the steps, the afwegingskader with its wording, the decision and the reference, but no BSN', async () => {
    for (const body of sampleSteps()) expect((await t.request('POST', `/api/v1/meldcode-cases/${caseId}/step-records`, { cookie: who.coach, body })).statusCode).toBe(201);
    const text = pdfText((await download(who.teamLead)).rawPayload);
    expect(text).toContain('Meldcode: samenvatting voor Veilig Thuis');
    expect(text).toContain('Daan Vermeulen');
    expect(text).toContain('Milan heeft blauwe plekken');
    expect(text).toContain('Vraag 2: Is er sprake van acute onveiligheid');
    expect(text).toContain('Besluit: Melden bij Veilig Thuis, en ook hulp organiseren.');
    expect(text).toContain('kenmerk Veilig Thuis: VT-2026-0042');
    expect(text).not.toContain(FIXTURE_BSN);
    const downloads = await auditEventsOf(t, householdId, 'meldcode_report.downloaded');
    expect(downloads.map((e) => e.details.via)).toEqual(['coordinator', 'team_lead']);
    const personReads = await auditEventsOf(t, householdId, 'person.read');
    expect(personReads.filter((e) => e.details.part === 'meldcode_report.downloaded')).toHaveLength(4);
  });
});
