// On-disk cache of document extracts, keyed by a hash of the file's content and by the extract format
// version. Written atomically (temporary file, then rename). A cache that cannot be read, is corrupt or
// has another version is ignored and rebuilt, never trusted.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { EXTRACT_VERSION, type DocExtract } from '../core/corpus/document';

export const contentHash = (text: string): string => createHash('sha1').update(text).digest('base64url');

export class ExtractCache {
  private entries = new Map<string, DocExtract>();
  private used = new Set<string>();
  private dirty = false;
  /** Why an existing cache file was not used, if it was not. */
  rejected?: string;

  constructor(readonly file: string | undefined) {}

  static fileIn(dir: string): string {
    return path.join(dir, `extracts-v${EXTRACT_VERSION}.json`);
  }

  load(): this {
    if (!this.file) return this;
    let raw: string;
    try {
      raw = fs.readFileSync(this.file, 'utf8');
    } catch {
      return this;
    }
    try {
      const data = JSON.parse(raw) as { version?: number; entries?: Record<string, DocExtract> };
      if (data.version !== EXTRACT_VERSION || !data.entries || typeof data.entries !== 'object') {
        this.rejected = 'cache has another format version';
        return this;
      }
      for (const [k, v] of Object.entries(data.entries)) if (v && v.version === EXTRACT_VERSION && v.meta && Array.isArray(v.sentences)) this.entries.set(k, v);
    } catch {
      this.rejected = 'cache file is corrupt';
      this.entries.clear();
    }
    return this;
  }

  get(hash: string): DocExtract | undefined {
    const e = this.entries.get(hash);
    if (e) this.used.add(hash);
    return e;
  }

  set(hash: string, extract: DocExtract): void {
    this.entries.set(hash, extract);
    this.used.add(hash);
    this.dirty = true;
  }

  /** Writes the entries used since loading (drops the rest), atomically. Errors are returned, not thrown. */
  save(): string | undefined {
    // Rewrite when something was added, or when stale entries (files gone or changed) are over a tenth.
    if (!this.file || (!this.dirty && this.entries.size - this.used.size <= this.entries.size / 10)) return undefined;
    const tmp = `${this.file}.${process.pid}.${Date.now()}.tmp`;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      // Written entry by entry: one large JSON string of the whole cache would double peak memory.
      const fd = fs.openSync(tmp, 'w');
      try {
        fs.writeSync(fd, `{"version":${EXTRACT_VERSION},"entries":{`);
        let first = true;
        for (const k of this.used) {
          const v = this.entries.get(k);
          if (!v) continue;
          fs.writeSync(fd, `${first ? '' : ','}${JSON.stringify(k)}:${JSON.stringify(v)}`);
          first = false;
        }
        fs.writeSync(fd, '}}');
      } finally {
        fs.closeSync(fd);
      }
      fs.renameSync(tmp, this.file);
      this.dirty = false;
      return undefined;
    } catch (e) {
      try {
        fs.unlinkSync(tmp);
      } catch {
        /* nothing to clean */
      }
      return `cannot write cache ${this.file}: ${(e as Error).message}`;
    }
  }
}
