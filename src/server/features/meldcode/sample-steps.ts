import type { StepRecordInput } from '../../../contracts/meldcode';

/**
 * A realistic walk through the five steps, used by the tests, the authorisation matrix and the
 * demo seed. `answers` are the five yes/no answers of the afwegingskader; the default (suspicion,
 * structural unsafety) requires a report to Veilig Thuis.
 */
export function sampleSteps(options: { answers?: boolean[]; on?: string; reference?: string } = {}): StepRecordInput[] {
  const on = options.on ?? '2026-03-02';
  const answers = options.answers ?? [true, true, true, true, true];
  const report = answers[0] === true && (answers[1] === true || answers.slice(2).includes(false));
  return [
    { step: 1, signals: [{ observedOn: on, observedBy: 'Mentor van Milan', description: 'Milan heeft blauwe plekken op zijn arm en wil niet naar huis.' }] },
    { step: 2, consultations: [{ kind: 'colleague', whom: 'Fatima Ouali (aandachtsfunctionaris)', consultedOn: on, advice: 'Praat met moeder en vraag Veilig Thuis om advies.' }] },
    { step: 3, held: true, heldOn: on, withWhom: 'Moeder', summary: 'Moeder vertelt over ruzies thuis en schrikt van de zorgen.', notHeldReason: null, notHeldExplanation: null },
    { step: 4, answers: answers.map((answer, i) => ({ answer, explanation: `Toelichting bij vraag ${i + 1}`, answeredOn: on })) },
    report
      ? { step: 5, decision: 'report', alsoOrganiseHelp: true, helpPlan: 'Wekelijks huisbezoek, evaluatie na zes weken.', reportedOn: on, veiligThuisReference: options.reference ?? 'VT-2026-0042', explanation: 'Er is structurele onveiligheid.' }
      : answers[0]
        ? { step: 5, decision: 'organise_help', alsoOrganiseHelp: false, helpPlan: 'Gezinscoach twee keer per week, evaluatie na vier weken.', reportedOn: null, veiligThuisReference: null, explanation: 'Hulp is geaccepteerd en werkt.' }
        : { step: 5, decision: 'no_suspicion', alsoOrganiseHelp: false, helpPlan: null, reportedOn: null, veiligThuisReference: null, explanation: 'Het vermoeden is weggenomen.' },
  ];
}
