import { z } from 'zod';
import { AddressInput, MemberRole, Priority, type IntakeInput } from '../../../../contracts/households';
import { dayField, optionalEmail, OptionalBsnField, requiredText } from '../ui/bsn-field';

export const MEMBER_FIELDS = ['givenName', 'familyName', 'birthDate', 'role', 'bsn'] as const;
export const memberField = (field: (typeof MEMBER_FIELDS)[number], row: number) => `${field}_${row}`;

export type IntakeValues = Record<string, string | boolean>;

/**
 * The intake form is flat (one field per member and property, `givenName_3`), so the shared form
 * wrappers, error summary and focus work unchanged; it becomes the IntakeInput contract on submit.
 */
export function intakeSchema(rows: readonly number[]) {
  const shape: Record<string, z.ZodType> = {
    name: z.string().trim().max(200),
    street: AddressInput.shape.street,
    houseNumber: AddressInput.shape.houseNumber,
    postcode: AddressInput.shape.postcode,
    city: AddressInput.shape.city,
    phone: z.string().trim().max(40),
    email: optionalEmail,
    priority: Priority,
    becomeCoordinator: z.boolean(),
  };
  for (const row of rows) {
    shape[memberField('givenName', row)] = requiredText('requiredGivenName');
    shape[memberField('familyName', row)] = requiredText('requiredFamilyName');
    shape[memberField('birthDate', row)] = dayField('requiredBirthDate', { past: true });
    shape[memberField('role', row)] = MemberRole;
    shape[memberField('bsn', row)] = OptionalBsnField;
  }
  return z.object(shape).transform((v): IntakeInput => {
    const text = (key: string) => String(v[key] ?? '');
    return {
      name: text('name') || undefined,
      members: rows.map((row) => ({
        givenName: text(memberField('givenName', row)),
        familyName: text(memberField('familyName', row)),
        birthDate: text(memberField('birthDate', row)),
        role: text(memberField('role', row)) as IntakeInput['members'][number]['role'],
        bsn: text(memberField('bsn', row)) || undefined,
      })),
      address: { street: text('street'), houseNumber: text('houseNumber'), postcode: text('postcode'), city: text('city') },
      phone: text('phone') || undefined,
      email: text('email') || undefined,
      priority: text('priority') as IntakeInput['priority'],
      becomeCoordinator: v.becomeCoordinator === true,
      acknowledgeDuplicates: false,
    };
  });
}

export function emptyMember(row: number): IntakeValues {
  return { [memberField('givenName', row)]: '', [memberField('familyName', row)]: '', [memberField('birthDate', row)]: '', [memberField('role', row)]: 'parent', [memberField('bsn', row)]: '' };
}

export const EMPTY_INTAKE: IntakeValues = {
  name: '', street: '', houseNumber: '', postcode: '', city: '', phone: '', email: '', priority: 'normal', becomeCoordinator: true, ...emptyMember(0),
};
