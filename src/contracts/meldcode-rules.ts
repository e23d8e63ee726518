import type { Decision } from './meldcode-steps';

/**
 * The afwegingskader's logic, shared by the server (which enforces it) and the web app (which
 * offers only the decisions it allows). `answers[i]` is the yes/no answer to question i + 1:
 * 1 suspicion of (threatened) violence or abuse; 2 acute or structural unsafety; 3 can I offer
 * or organise effective help; 4 do those involved accept it and commit; 5 does it bring the needed
 * safety in time.
 */
export function reportRequired(answers: readonly boolean[]): boolean {
  const [suspicion, unsafe, canHelp, accepted, intime] = answers;
  if (!suspicion) return false;
  return unsafe === true || canHelp === false || accepted === false || intime === false;
}

/** The decisions step 5 may take after these answers. */
export function allowedDecisions(answers: readonly boolean[]): Decision[] {
  if (!answers[0]) return ['no_suspicion'];
  return reportRequired(answers) ? ['report'] : ['organise_help', 'report'];
}
