// On-disk cache of document extracts, keyed by a hash of the file's content and by the extract format
// version. Written atomically (temporary file, then rename). A cache that cannot be read, is corrupt or
// has another version is ignored and rebuilt, never trusted.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { EXTRACT_VERSION, type DocExtract } from '../core/corpus/document';

/** The file layout: a header line, then `"hash" {extract}` a line. */
const CACHE_FORMAT = 'lines-1';

class Rejected extends Error {}

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

  /**
   * Reads the cache: a header line, then one line an entry (`"hash" {extract}`), read in chunks, so the
   * whole file never becomes one string (at 10,000 documents that string alone was 240 MB).
   */
  load(): this {
    if (!this.file) return this;
    let fd: number;
    try {
      fd = fs.openSync(this.file, 'r');
    } catch {
      return this;
    }
    try {
      const chunk = Buffer.allocUnsafe(1 << 22);
      let carry: Buffer | undefined;
      let header = true;
      const line = (buf: Buffer, from: number, to: number): void => {
        if (to <= from) return;
        if (header) {
          header = false;
          const h = JSON.parse(buf.toString('utf8', from, to)) as { version?: number; format?: string };
          if (h.version !== EXTRACT_VERSION || h.format !== CACHE_FORMAT) throw new Rejected('cache has another format version');
          return;
        }
        const space = buf.indexOf(32, from);
        if (space < 0 || space >= to) throw new Rejected('cache file is corrupt');
        const hash = JSON.parse(buf.toString('utf8', from, space)) as string;
        const v = JSON.parse(buf.toString('utf8', space + 1, to)) as DocExtract;
        if (v && v.version === EXTRACT_VERSION && v.meta && Array.isArray(v.sentences)) this.entries.set(hash, v);
      };
      for (;;) {
        const n = fs.readSync(fd, chunk, 0, chunk.length, null);
        if (n <= 0) break;
        let buf = chunk.subarray(0, n);
        if (carry) buf = Buffer.concat([carry, buf]);
        let from = 0;
        for (let nl = buf.indexOf(10, from); nl >= 0; nl = buf.indexOf(10, from)) {
          line(buf, from, nl);
          from = nl + 1;
        }
        carry = from < buf.length ? Buffer.from(buf.subarray(from)) : undefined;
      }
      if (carry) line(carry, 0, carry.length); // a last line without its line break (a cut-off one throws)
      if (header) throw new Rejected('cache file is corrupt');
    } catch (e) {
      this.rejected = e instanceof Rejected ? e.message : 'cache file is corrupt';
      this.entries.clear();
    } finally {
      fs.closeSync(fd);
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
      // Written entry by entry, a line each: one large JSON string of the whole cache would double peak memory.
      const fd = fs.openSync(tmp, 'w');
      try {
        fs.writeSync(fd, `${JSON.stringify({ version: EXTRACT_VERSION, format: CACHE_FORMAT })}\n`);
        for (const k of this.used) {
          const v = this.entries.get(k);
          if (!v) continue;
          fs.writeSync(fd, `${JSON.stringify(k)} ${JSON.stringify(v)}\n`);
        }
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
