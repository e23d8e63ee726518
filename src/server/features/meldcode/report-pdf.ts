import PDFDocument from 'pdfkit';
import type { StepData } from '../../../contracts/meldcode';
import { printable } from '../plan-print/plan-pdf';
import type { ReportView } from './report-document';

const STEP_TITLES = ['Stap 1: signalen in kaart brengen', 'Stap 2: collegiale consultatie en advies', 'Stap 3: gesprek met de cliënt', 'Stap 4: wegen met het afwegingskader', 'Stap 5: beslissen'];
const CONSULTED: Record<string, string> = { colleague: 'collega of aandachtsfunctionaris', veilig_thuis: 'Veilig Thuis (advies)', specialist: 'deskundige' };
const NOT_HELD: Record<string, string> = { child_safety: 'de veiligheid van het kind', client_safety: 'de veiligheid van de cliënt', own_safety: 'de eigen veiligheid van de professional', other: 'een andere reden' };
export const DECISIONS: Record<string, string> = {
  report: 'Melden bij Veilig Thuis', organise_help: 'Hulp organiseren en de effecten volgen', no_suspicion: 'Geen vermoeden: de Meldcode stopt hier',
};

const dateNl = (iso: string): string =>
  new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso));

/** The lines that tell what one completed step records, in Dutch. */
function stepLines(data: StepData): string[] {
  switch (data.step) {
    case 1: return data.signals.map((s) => `${dateNl(s.observedOn)}, ${s.observedBy}: ${s.description}`);
    case 2: return data.consultations.map((c) => `${dateNl(c.consultedOn)}, ${c.whom} (${CONSULTED[c.kind]}). Advies: ${c.advice}`);
    case 3: return data.held
      ? [`Gesprek op ${dateNl(data.heldOn ?? '')} met ${data.withWhom ?? ''}.`, `Wat er is besproken: ${data.summary ?? ''}`]
      : [`Er is geen gesprek gevoerd vanwege ${NOT_HELD[data.notHeldReason ?? 'other']}.`, data.notHeldExplanation ?? ''];
    case 4: return data.answers.flatMap((a, i) => [`Vraag ${i + 1}: ${a.question}`, `Antwoord: ${a.answer ? 'ja' : 'nee'} (${dateNl(a.answeredOn)}). ${a.explanation}`, '']);
    case 5: return [
      `Besluit: ${DECISIONS[data.decision]}${data.decision === 'report' && data.alsoOrganiseHelp ? ', en ook hulp organiseren' : ''}.`,
      ...(data.reportedOn ? [`Gemeld op ${dateNl(data.reportedOn)}, kenmerk Veilig Thuis: ${data.veiligThuisReference ?? ''}.`] : []),
      ...(data.helpPlan ? [`Hulp en monitoring: ${data.helpPlan}`] : []),
      `Toelichting: ${data.explanation}`,
    ];
  }
}

/** Renders the summary for a report to Veilig Thuis as an A4 PDF with standard fonts (selectable text). */
export function renderMeldcodePdf(view: ReportView): Promise<Buffer> {
  const m = view.meldcode;
  const doc = new PDFDocument({ size: 'A4', margin: 56, lang: 'nl-NL', displayTitle: true, info: { Title: printable(`Meldcode ${m.householdName}`), Author: 'Wijkwijs' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const heading = (text: string) => doc.moveDown(1).font('Helvetica-Bold').fontSize(13).text(printable(text)).moveDown(0.3).font('Helvetica').fontSize(10.5);
  const line = (text: string) => doc.text(printable(text));

  doc.font('Helvetica-Bold').fontSize(18).text(printable(`Meldcode: samenvatting voor Veilig Thuis`));
  doc.font('Helvetica').fontSize(10).fillColor('#444444').text(printable(`Huishouden ${m.householdName}. Gemaakt op ${dateNl(view.printedAt)}. Vertrouwelijk.`)).fillColor('black');

  heading('Om wie het gaat');
  for (const p of view.persons) line(`${p.givenName} ${p.familyName}${p.birthDate ? `, geboren ${dateNl(p.birthDate)}` : ''}`);
  line(`Regisseur: ${view.coordinatorName ?? 'geen'}${view.teamName ? ` (${view.teamName})` : ''}. Meldcode gestart op ${dateNl(m.openedAt)} door ${m.openedByName}.`);

  for (const step of m.steps) {
    heading(STEP_TITLES[step.step - 1] ?? '');
    if (!step.data) {
      line('Deze stap is nog niet afgerond.');
      continue;
    }
    for (const text of stepLines(step.data)) line(text);
    doc.fontSize(9).fillColor('#444444');
    line(`Vastgelegd door ${step.completedByName ?? ''} op ${dateNl(step.completedAt ?? m.openedAt)}.`);
    doc.fontSize(10.5).fillColor('black');
  }
  if (m.closedAt) {
    heading('Afgesloten');
    line(`Op ${dateNl(m.closedAt)}: ${m.closeReason ?? ''}`);
  }
  doc.end();
  return done;
}
