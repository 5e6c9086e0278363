// `.dossier.jsonc`: the same keys as the editor settings, in a file found by walking up from the draft.
// The nearest file wins over the editor's settings, so the CLI and the editor agree on a project.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';

export const CONFIG_FILE = '.dossier.jsonc';

export interface ConfigFile {
  path: string;
  values: unknown;
  error?: string;
}

const cache = new Map<string, { mtimeMs: number; file: ConfigFile }>();

export function readConfigFile(file: string): ConfigFile | undefined {
  // Called on every keystroke for each folder up to the root: a missing file must not cost an exception.
  let st: fs.Stats | undefined;
  try {
    st = fs.statSync(file, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
  if (!st) return undefined;
  const hit = cache.get(file);
  if (hit && hit.mtimeMs === st.mtimeMs) return hit.file;
  let result: ConfigFile;
  try {
    const errors: ParseError[] = [];
    const values = parseJsonc(fs.readFileSync(file, 'utf8'), errors, { allowTrailingComma: true });
    result = { path: file, values: values && typeof values === 'object' ? values : {}, error: errors.length ? `${errors.length} syntax error(s)` : undefined };
  } catch (e) {
    result = { path: file, values: {}, error: (e as Error).message };
  }
  cache.set(file, { mtimeMs: st.mtimeMs, file: result });
  return result;
}

/** The nearest `.dossier.jsonc` at or above `dir`. */
export function findConfig(dir: string): ConfigFile | undefined {
  let d = path.resolve(dir);
  for (let i = 0; i < 64; i++) {
    const f = readConfigFile(path.join(d, CONFIG_FILE));
    if (f) return f;
    const up = path.dirname(d);
    if (up === d) break;
    d = up;
  }
  return undefined;
}
