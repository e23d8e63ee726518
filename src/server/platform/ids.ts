import { v7 } from 'uuid';

/** UUIDv7: time-ordered, generated in the app because PostgreSQL 15 has no uuidv7(). */
export const newId = (): string => v7();
