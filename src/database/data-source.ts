/**
 * @deprecated CLI only (migration:generate / migration:run). App code must not
 * import this: it reads process.env directly, which the app never does.
 */
import { DataSource } from 'typeorm';
import { typeormOptions } from './typeorm-options.js';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('Set DATABASE_URL to generate or run migrations from the CLI');

export default new DataSource(typeormOptions(url));
