export interface GenerateOptions {
  households: number;
  /** Directory services to add (a third informal), for the directory search benchmarks. */
  services: number;
  seed: number;
  batch: number;
}

const USAGE = 'usage: npm run generate -- --households N [--services M] [--seed S] [--batch B]   (DATABASE_URL for PostgreSQL, else PGlite in DATA_DIR)';

export function parseOptions(argv: string[]): GenerateOptions {
  const options: GenerateOptions = { households: 0, services: 0, seed: 2026, batch: 2000 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    const number = Number(value);
    if (!Number.isInteger(number) || number < 0) throw new Error(`${flag} needs a whole number. ${USAGE}`);
    if (flag === '--households') options.households = number;
    else if (flag === '--services') options.services = number;
    else if (flag === '--seed') options.seed = number;
    else if (flag === '--batch') options.batch = Math.max(100, number);
    else throw new Error(`Unknown option ${flag}. ${USAGE}`);
    i++;
  }
  if (options.households > 2_000_000 || (options.households < 1 && options.services < 1)) throw new Error(`--households must be 1 to 2,000,000 (or give --services). ${USAGE}`);
  if (options.services > 200_000) throw new Error(`--services must be at most 200,000. ${USAGE}`);
  return options;
}
