import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { fromArtefact } from './domain/text/linear-model.js';
import { ARTEFACT_FORMAT, type TextModelArtefactFile } from './domain/text/text-model-artefact.js';
import { TEXT_MODEL_SPECS } from './domain/text/text-model-specs.js';
import type { TextModels } from './domain/text-models.types.js';

export interface LoadedTextModels {
  models: TextModels;
  /** Artefact files that were absent; the scorer then uses its fallbacks. */
  missing: string[];
}

/**
 * Reads the committed artefacts (models/*.vN.json). A missing file is not an
 * error: the pure scorer has a fallback per model. A present but malformed or
 * mismatched file is, because it means a broken deploy.
 */
export function loadTextModels(modelsDir: string = path.resolve('models')): LoadedTextModels {
  const models: TextModels = {};
  const missing: string[] = [];
  for (const spec of Object.values(TEXT_MODEL_SPECS)) {
    const file = path.join(modelsDir, spec.file);
    if (!existsSync(file)) {
      missing.push(spec.file);
      continue;
    }
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as TextModelArtefactFile;
    const { header } = parsed;
    if (header?.format !== ARTEFACT_FORMAT || header.model !== spec.name || header.version !== spec.version) {
      throw new Error(`${file}: expected ${ARTEFACT_FORMAT} ${spec.name} v${spec.version}`);
    }
    models[spec.name] = fromArtefact(parsed.model);
  }
  return { models, missing };
}
