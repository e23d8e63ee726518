import { z } from 'zod';
import { NewPassword } from '../../../contracts/auth';

/** A new password (the shared rule: 12 to 128 characters) typed twice. */
export const newPasswordWithConfirmation = z
  .object({ newPassword: NewPassword, confirmPassword: z.string() })
  .refine((value) => value.newPassword === value.confirmPassword, { path: ['confirmPassword'], message: 'passwordsDiffer' });
