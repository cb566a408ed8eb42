import { EnvDto, EnvValidationError, validateEnv } from './config/env.dto.js';
import { prepareDatabase, type PreparedDatabase } from './database/prepare-database.js';

/** Validates env (exiting with a clear message if wrong) and resolves the database. */
export async function bootEnv(log: (line: string) => void): Promise<{ env: EnvDto; database: PreparedDatabase }> {
  process.env.DOTENV_CONFIG_QUIET = 'true';
  let env: EnvDto;
  try {
    env = validateEnv(process.env);
  } catch (error) {
    if (error instanceof EnvValidationError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const database = await prepareDatabase(env, log);
  env.DATABASE_URL = database.url;
  return { env, database };
}
