import PDFDocument from 'pdfkit';
import type { PrintView } from './print-view';

// Plain Dutch (B1) words for the plan's codes.
const domains: Record<string, string> = {
  home: 'Thuis', school_work: 'School of werk', leisure_friends: 'Vrije tijd en vrienden', health: 'Gezondheid', money: 'Geld', safety: 'Veiligheid', other: 'Iets anders',
};
const statuses: Record<string, string> = { open: 'Hier werken we aan', achieved: 'Gelukt', partly_achieved: 'Deels gelukt', not_achieved: 'Niet gelukt', dropped: 'Gestopt' };
const owners: Record<string, string> = { family: 'gezin', network: 'netwerk', professional: 'hulpverlener', service: 'organisatie' };
const tieKinds: Record<string, string> = {
  family: 'familie', friend: 'vriend of vriendin', neighbour: 'buren', teacher: 'school', sports_coach: 'sport', professional: 'hulpverlener', other: 'anders',
};

const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const NO_DECOMPOSITION: Record<string, string> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i', ø: 'ø' };

/**
 * The PDF's standard fonts (so no font files and selectable text) know only the Windows-1252
 * characters: others lose their accent (ş → s) or become `?`, instead of turning into garbage.
 */
export function printable(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0)!;
    if (ch === '\n' || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch)) out += ch;
    else if (NO_DECOMPOSITION[ch]) out += NO_DECOMPOSITION[ch];
    else {
      const base = ch.normalize('NFD').replace(/\p{M}/gu, '');
      out += base.length === 1 && base.codePointAt(0)! < 0x7f ? base : '?';
    }
  }
  return out;
}

const longDate = (iso: string): string =>
  new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso));

/** Renders the printed plan as an A4 PDF in plain Dutch, with real (selectable) text. */
export function renderPlanPdf(view: PrintView): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, lang: 'nl-NL', displayTitle: true, info: { Title: printable(`Gezinsplan ${view.householdName}`), Author: 'Wijkwijs' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const heading = (text: string) => doc.moveDown(1).font('Helvetica-Bold').fontSize(14).text(printable(text)).moveDown(0.3).font('Helvetica').fontSize(11);
  const line = (text: string) => doc.text(printable(text));
  const names = new Map(view.members.map((m) => [m.id, m.givenName]));

  doc.font('Helvetica-Bold').fontSize(20).text(printable(`Ons plan: ${view.householdName}`));
  doc.font('Helvetica').fontSize(10).fillColor('#444444').text(printable(`Gemaakt op ${longDate(view.printedOn)}${view.plan ? `, versie ${view.plan.version}` : ''}`)).fillColor('black');

  heading('Wie horen bij het gezin');
  for (const m of view.members) line(`${m.givenName}${m.age === null ? '' : `, ${m.age} jaar`}`);

  heading('Onze doelen');
  const goals = view.plan?.goals ?? [];
  if (!goals.length) line('Er staan nog geen doelen in het plan.');
  goals.forEach((goal, i) => {
    doc.moveDown(0.5).font('Helvetica-Bold');
    line(`${i + 1}. ${goal.ownWords}`);
    doc.font('Helvetica');
    const who = goal.personId ? names.get(goal.personId) ?? 'een gezinslid' : 'het hele gezin';
    line(`Doel van ${who}. Onderwerp: ${domains[goal.domain]}. ${statuses[goal.status]}.`);
    const latest = goal.ratings.at(-1);
    line(latest ? `Laatste cijfer: ${latest.rating} van de 10 (${longDate(latest.ratedAt)}).` : 'Nog geen cijfer gegeven.');
    if (goal.evaluation) line(`Hoe het ging: ${goal.evaluation}`);
    if (goal.actions.length) {
      line('Wat we gaan doen:');
      const items = goal.actions.map((a) => {
        const due = a.dueOn ? `, uiterlijk ${longDate(a.dueOn)}` : '';
        return printable(`${a.description}. Wie: ${a.ownerName} (${owners[a.ownerKind]})${due}.${a.doneAt ? ' Dit is gedaan.' : ''}`);
      });
      doc.list(items, { bulletRadius: 2, bulletIndent: 6, textIndent: 14 });
    }
  });

  heading('Mensen die ons helpen');
  if (!view.network.length) line('Nog niemand genoemd.');
  for (const t of view.network) line(`${t.name} (${tieKinds[t.kind]}${t.forName ? `, voor ${t.forName}` : ''})${t.support ? `: ${t.support}` : ''}`);

  heading('Uw regisseur');
  line(view.coordinatorName
    ? `${view.coordinatorName}${view.teamName ? ` van ${view.teamName}` : ''} houdt het overzicht en is uw vaste contactpersoon.`
    : 'Er is nog geen regisseur. Het team zoekt iemand voor u.');
  doc.moveDown(1).fontSize(10).fillColor('#444444');
  line('Dit plan is van u en uw gezin. Klopt er iets niet, of wilt u iets veranderen? Zeg het tegen uw regisseur.');
  doc.end();
  return done;
}
