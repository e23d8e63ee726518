import { createHash } from 'node:crypto';
import { v7 } from 'uuid';

/**
 * Deterministic UUIDv7s: the same seed, kind and number always give the same id, so a generated
 * data set is the same on every run. Time order follows the number.
 */
export function idMaker(seed: number, kind: string, baseMs = Date.UTC(2024, 0, 1)) {
  return (n: number): string => {
    const random = createHash('sha256').update(`${seed}:${kind}:${n}`).digest().subarray(0, 16);
    return v7({ msecs: baseMs + n, random });
  };
}
