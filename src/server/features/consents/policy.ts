import { consentRuleFor } from '../../../contracts/consents';

export interface Member {
  id: string;
  role: string;
  birth_date: string | null;
}

/**
 * The age rules (DESIGN): 16+ the young person alone; 12–15 the young person and a parent; under
 * 12 a parent. Returns why the givers do not suffice, or null when they do.
 */
export function missingGiver(subject: Member, givers: Member[], today: string): string | null {
  const rule = consentRuleFor(subject.birth_date, today);
  const selfGives = givers.some((g) => g.id === subject.id);
  const parentGives = givers.some((g) => g.id !== subject.id && g.role === 'parent');
  if (rule === 'self' && !selfGives) return 'From 16 the person decides alone: they must give the consent themselves';
  if (rule === 'self_and_parent' && !(selfGives && parentGives)) return 'From 12 to 15 both the young person and a parent give the consent';
  if (rule === 'parent' && !parentGives) return 'Under 12 a parent gives the consent';
  return null;
}
