// The index snapshot on disk: everything a restart needs to answer queries without reading or
// re-extracting the corpus. One file, written atomically (temporary file, then rename):
//
//   "DOSSIER-SNAPSHOT\n"  magic line
//   data                  each document's extract parts, JSON, one after another (read on demand)
//   segments              the document list and the merged tables (JSON, or raw Int32/Float64 arrays)
//   directory             JSON: format, versions, when written, where each segment is
//   footer                the directory's offset and length (two Float64) and "DSNAPEND"
//
// A file that is cut short, corrupt, or of another format or extract version is rejected (and rebuilt),
// never trusted. Parts of a document that cannot be read later (the file changed under us) are
// re-extracted from the document's text instead.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { EXTRACT_VERSION, extractDocument, type DocExtract } from '../core/corpus/document';
import { LAZY_FIELDS, TableBuilder, type DocLoader, type IndexTables, type LazyField, type Packed, type StoredDocInfo, type TableInput, tableInput } from '../core/corpus/snapshot';
import type { SourceText } from '../core/types';
import { readSource } from './files';

export const SNAPSHOT_FORMAT = 'dossier-snapshot-3';
const MAGIC = 'DOSSIER-SNAPSHOT\n';
const END = 'DSNAPEND';
const FOOTER = 16 + END.length;
const F = LAZY_FIELDS.length;
/** Size of one piece of a long JSON list (see SnapshotWriter.finish). */
const PIECE = 256 * 1024;

export const contentHash = (text: string): string => createHash('sha1').update(text).digest('base64url');

/** What the snapshot records of each document, to tell whether its file changed since. */
export interface SnapshotDoc extends StoredDocInfo {
  size: number;
  mtimeMs: number;
  ino: number;
  hash: string;
  /** A decoding warning met when the file was read (kept so a reload reports it again). */
  warning?: string;
}

interface Directory {
  format: string;
  extractVersion: number;
  /** When the snapshot was written (ms since 1970). */
  written: number;
  segments: Record<string, [number, number]>;
}

type Row = [string, string, 0 | 1, number, number, number, string, StoredDocInfo['meta'], string?];

/**
 * Writes a snapshot a document at a time (a document's parts go to disk as it is added; only the
 * tables grow in memory), then the tables, directory and footer, then renames it into place. Errors
 * are kept, not thrown: `finish` returns the message.
 */
export class SnapshotWriter {
  private readonly tmp: string;
  private fd?: number;
  private at = 0;
  private dataStart = 0;
  private readonly offsets: number[] = [];
  private readonly rows: Row[] = [];
  private readonly tables = new TableBuilder();
  error?: string;

  constructor(private readonly file: string) {
    this.tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
    this.attempt(() => {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      this.fd = fs.openSync(this.tmp, 'w');
      this.write(MAGIC);
      this.dataStart = this.at;
    });
  }

  private attempt(f: () => void): void {
    if (this.error) return;
    try {
      f();
    } catch (e) {
      this.error = `cannot write index snapshot ${this.file}: ${(e as Error).message}`;
    }
  }

  private write(b: Buffer | string): number {
    const buf = typeof b === 'string' ? Buffer.from(b) : b;
    fs.writeSync(this.fd!, buf);
    this.at += buf.length;
    return buf.length;
  }

  /** Adds a document: its parts are written now, its entries go to the tables. */
  add(info: SnapshotDoc, extract: DocExtract): void {
    if (this.error) return;
    this.addParts(info, LAZY_FIELDS.map((f) => JSON.stringify(extract[f])), tableInput(extract));
  }

  /** Adds a document extracted elsewhere: its parts as JSON (LAZY_FIELDS order) and its table input. */
  addParts(info: SnapshotDoc, parts: string[], input: TableInput): void {
    this.attempt(() => {
      let off = this.at - this.dataStart;
      this.offsets.push(off);
      for (const part of parts) {
        off += this.write(part);
        this.offsets.push(off);
      }
      const row: Row = [info.uri, info.name, info.bundled ? 1 : 0, info.size, info.mtimeMs, info.ino, info.hash, info.meta];
      if (info.warning) row.push(info.warning);
      this.rows.push(row);
      this.tables.addInput(input);
    });
  }

  finish(): string | undefined {
    this.attempt(() => {
      const segments: Record<string, [number, number]> = { data: [this.dataStart, this.at - this.dataStart] };
      const segment = (name: string, v: unknown): void => {
        const start = this.at;
        const len = ArrayBuffer.isView(v) ? this.write(Buffer.from(v.buffer, v.byteOffset, v.byteLength)) : this.write(JSON.stringify(v));
        segments[name] = [start, len];
      };
      // Typed arrays start on a multiple of 8 bytes.
      const align = (): void => void (this.at % 8 && this.write(Buffer.alloc(8 - (this.at % 8))));
      align();
      // Long lists go in pieces of about 256 KB, so a reader can yield between them (the server's
      // main thread restores a snapshot without blocking requests for long).
      const list = (name: string, items: unknown[]): void => {
        let parts: string[] = [];
        let size = 0;
        let piece = 0;
        const flush = (): void => {
          const start = this.at;
          segments[`${name}#${piece++}`] = [start, this.write(`[${parts.join(',')}]`)];
          parts = [];
          size = 0;
        };
        for (const item of items) {
          const json = JSON.stringify(item);
          parts.push(json);
          size += json.length;
          if (size >= PIECE) flush();
        }
        if (parts.length || piece === 0) flush();
      };
      segment('fields', new Float64Array(this.offsets));
      list('docs', this.rows);
      const t = this.tables.finish();
      const packed = (name: string, p: Packed<unknown>, keys = true): void => {
        if (keys) list(`${name}.keys`, p.keys);
        align();
        segment(`${name}.bounds`, p.bounds);
        align();
        segment(`${name}.ints`, p.ints);
      };
      for (const name of ['definitions', 'events', 'years', 'stems', 'figures'] as const) packed(name, t[name]);
      packed('nameDocs', t.nameDocs, false);
      for (const name of ['acronyms', 'names', 'persons', 'lowerWords', 'wellKnown', 'triggers'] as const) list(name, t[name]);
      const dir: Directory = { format: SNAPSHOT_FORMAT, extractVersion: EXTRACT_VERSION, written: Date.now(), segments };
      const dirStart = this.at;
      const dirLen = this.write(JSON.stringify(dir));
      this.write(Buffer.concat([Buffer.from(new Float64Array([dirStart, dirLen]).buffer), Buffer.from(END)]));
      fs.closeSync(this.fd!);
      this.fd = undefined;
      fs.renameSync(this.tmp, this.file);
    });
    if (this.error) this.abandon();
    return this.error;
  }

  /** Drops the temporary file (after an error, or when the snapshot is not wanted after all). */
  abandon(): void {
    try {
      if (this.fd !== undefined) fs.closeSync(this.fd);
    } catch {
      /* already closed */
    }
    this.fd = undefined;
    try {
      fs.unlinkSync(this.tmp);
    } catch {
      /* nothing to clean */
    }
  }
}

/** Writes a snapshot of these documents (in this order). Returns an error message instead of throwing. */
export function writeSnapshot(file: string, docs: { info: SnapshotDoc; extract: DocExtract }[]): string | undefined {
  const w = new SnapshotWriter(file);
  for (const d of docs) w.add(d.info, d.extract);
  return w.finish();
}

class Rejected extends Error {}

// Loaders hold the file open while their index lives; the descriptor closes when the index is collected.
const closer = new FinalizationRegistry<number>((fd) => {
  try {
    fs.closeSync(fd);
  } catch {
    /* already closed */
  }
});

/** An open snapshot file. */
export class SnapshotFile {
  /** The descriptor went to a loader (which reads this same file, even if the path is replaced since). */
  private handedOver = false;
  private constructor(
    readonly file: string,
    private readonly fd: number,
    private readonly dir: Directory,
  ) {}

  /** Opens a snapshot, or says why it cannot be used (no file: neither). */
  static open(file: string): { snapshot?: SnapshotFile; rejected?: string } {
    let fd: number;
    try {
      fd = fs.openSync(file, 'r');
    } catch {
      return {};
    }
    try {
      const size = fs.fstatSync(fd).size;
      if (size < MAGIC.length + FOOTER) throw new Rejected('index snapshot is corrupt');
      const head = Buffer.alloc(MAGIC.length);
      fs.readSync(fd, head, 0, head.length, 0);
      if (head.toString('latin1') !== MAGIC) throw new Rejected('index snapshot is corrupt');
      const foot = Buffer.alloc(FOOTER);
      fs.readSync(fd, foot, 0, FOOTER, size - FOOTER);
      if (foot.toString('latin1', 16) !== END) throw new Rejected('index snapshot is corrupt');
      const [dirStart, dirLen] = new Float64Array(foot.buffer.slice(foot.byteOffset, foot.byteOffset + 16));
      if (!(dirStart >= MAGIC.length && dirLen > 0 && dirStart + dirLen === size - FOOTER)) throw new Rejected('index snapshot is corrupt');
      const dir = JSON.parse(readBytes(fd, dirStart, dirLen).toString('utf8')) as Directory;
      if (dir.format !== SNAPSHOT_FORMAT || dir.extractVersion !== EXTRACT_VERSION) throw new Rejected('index snapshot has another format version');
      for (const [start, len] of Object.values(dir.segments)) if (!(start >= 0 && len >= 0 && start + len <= dirStart)) throw new Rejected('index snapshot is corrupt');
      const snap = new SnapshotFile(file, fd, dir);
      return { snapshot: snap };
    } catch (e) {
      fs.closeSync(fd);
      return { rejected: e instanceof Rejected ? e.message : 'index snapshot is corrupt' };
    }
  }

  private json<T>(name: string): T {
    const s = this.dir.segments[name];
    if (!s) throw new Rejected('index snapshot is corrupt');
    return JSON.parse(readBytes(this.fd, s[0], s[1]).toString('utf8')) as T;
  }

  /** A list written in pieces, a step (a yield) after each piece. */
  private *list<T>(name: string): Generator<void, T[]> {
    if (!this.dir.segments[`${name}#0`]) throw new Rejected('index snapshot is corrupt');
    let out: T[] = [];
    for (let i = 0; this.dir.segments[`${name}#${i}`]; i++) {
      const piece = this.json<T[]>(`${name}#${i}`);
      if (!Array.isArray(piece)) throw new Rejected('index snapshot is corrupt');
      if (i === 0) out = piece;
      else for (const x of piece) out.push(x);
      yield;
    }
    return out;
  }

  /** A raw array segment (Int32 or Float64), read into a fresh, aligned buffer. */
  private array<A extends Int32Array | Float64Array>(name: string, make: (length: number) => A, bytes: 4 | 8): A {
    const s = this.dir.segments[name];
    if (!s || s[1] % bytes) throw new Rejected('index snapshot is corrupt');
    const out = make(s[1] / bytes);
    readInto(this.fd, new Uint8Array(out.buffer), s[0]);
    return out;
  }

  private ints(name: string): Int32Array {
    return this.array(name, (n) => new Int32Array(n), 4);
  }

  private floats(name: string): Float64Array {
    return this.array(name, (n) => new Float64Array(n), 8);
  }

  docs(): SnapshotDoc[] {
    return run(this.docSteps());
  }

  *docSteps(): Generator<void, SnapshotDoc[]> {
    const rows = yield* this.list<Row>('docs');
    return rows.map(([uri, name, bundled, size, mtimeMs, ino, hash, meta, warning]) => ({ uri, name, bundled: bundled === 1, size, mtimeMs, ino, hash, meta, ...(warning ? { warning } : {}) }));
  }

  /** Reads the tables a segment at a time (a step each, for callers that must yield). */
  *tables(): Generator<void, IndexTables> {
    const packed = <K>(name: string): Packed<K> => {
      const keys = run(this.list<K>(`${name}.keys`));
      const bounds = this.ints(`${name}.bounds`);
      const ints = this.ints(`${name}.ints`);
      if (bounds.length !== keys.length + 1 || bounds[keys.length] !== ints.length) throw new Rejected('index snapshot is corrupt');
      return { keys, bounds, ints };
    };
    const definitions = packed<string>('definitions');
    const events = packed<string>('events');
    yield;
    const years = packed<number>('years');
    const stems = packed<string>('stems');
    const figures = packed<string>('figures');
    yield;
    const acronyms = yield* this.list<IndexTables['acronyms'][number]>('acronyms');
    const names = yield* this.list<IndexTables['names'][number]>('names');
    const nameBounds = this.ints('nameDocs.bounds');
    const nameDocs: Packed<number> = { keys: [], bounds: nameBounds, ints: this.ints('nameDocs.ints') };
    if (nameBounds.length !== names.length + 1) throw new Rejected('index snapshot is corrupt');
    yield;
    const persons = yield* this.list<string>('persons');
    const lowerWords = yield* this.list<[string, number]>('lowerWords');
    const wellKnown = yield* this.list<[string, number]>('wellKnown');
    const triggers = yield* this.list<string>('triggers');
    return { acronyms, definitions, events, years, stems, figures, names, nameDocs, persons, lowerWords, wellKnown, triggers };
  }

  /**
   * A loader for this snapshot's documents. It takes over the open file (another process may have put a
   * new snapshot at the path since it was opened) and keeps it open until it is collected; `close` then
   * leaves it open.
   */
  loader(docs: SnapshotDoc[], onStale?: (uri: string) => void): SnapshotLoader {
    const loader = new SnapshotLoader(this.fd, this.floats('fields'), this.dir.segments.data[0], docs, onStale);
    this.handedOver = true;
    closer.register(loader, this.fd);
    return loader;
  }

  close(): void {
    if (this.handedOver) return;
    try {
      fs.closeSync(this.fd);
    } catch {
      /* already closed */
    }
  }
}

/**
 * Reads documents' parts from the snapshot, and their text from their files. A file whose content is no
 * longer what the snapshot holds is reported to `onStale` (the server then indexes it again) and reads
 * as empty: its stored offsets would point into other text. A part that cannot be read (damaged) is
 * re-extracted from the file if its content is still the same, else it reads as empty.
 */
export class SnapshotLoader implements DocLoader {
  private readonly redone = new Map<number, DocExtract | null>();
  private readonly stale = new Set<number>();
  constructor(
    private readonly fd: number,
    private readonly fields: Float64Array,
    private readonly dataStart: number,
    private readonly docs: SnapshotDoc[],
    private readonly onStale?: (uri: string) => void,
  ) {
    if (fields.length !== docs.length * (F + 1)) throw new Rejected('index snapshot is corrupt');
  }

  /** One part as stored (JSON text), for copying into a new snapshot. */
  raw(doc: number, field: LazyField): string {
    const i = doc * (F + 1) + LAZY_FIELDS.indexOf(field);
    const start = this.fields[i];
    return readBytes(this.fd, this.dataStart + start, this.fields[i + 1] - start).toString('utf8');
  }

  field(doc: number, field: LazyField): unknown {
    try {
      const v = JSON.parse(this.raw(doc, field)) as unknown;
      if (Array.isArray(v)) return v;
    } catch {
      /* re-extracted below */
    }
    const again = this.extractAgain(doc)?.[field];
    return Array.isArray(again) ? again : [];
  }

  /** The whole extract (every part read now). */
  extract(doc: number): DocExtract {
    const x = { version: EXTRACT_VERSION, meta: this.docs[doc].meta } as DocExtract;
    for (const f of LAZY_FIELDS) (x as unknown as Record<string, unknown>)[f] = this.field(doc, f);
    return x;
  }

  text(doc: number): string {
    return this.current(doc)?.text ?? '';
  }

  /** The document's file as the snapshot knows it, or undefined (and reported) when it changed or went. */
  private current(doc: number): SourceText | undefined {
    const d = this.docs[doc];
    const r = readSource(d.uri, Number.MAX_SAFE_INTEGER, d.bundled);
    if (r.ok && contentHash(r.source.text) === d.hash) return r.source;
    if (!this.stale.has(doc)) {
      this.stale.add(doc);
      this.onStale?.(d.uri);
    }
    return undefined;
  }

  private extractAgain(doc: number): DocExtract | undefined {
    if (!this.redone.has(doc)) {
      let x: DocExtract | null = null;
      try {
        const source = this.current(doc);
        if (source) x = extractDocument(source);
      } catch {
        x = null;
      }
      this.redone.set(doc, x);
    }
    return this.redone.get(doc) ?? undefined;
  }
}

/** Runs steps to the end. */
function run<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

function readBytes(fd: number, start: number, len: number): Buffer {
  const buf = Buffer.allocUnsafe(len);
  readInto(fd, buf, start);
  return buf;
}

function readInto(fd: number, into: Uint8Array, start: number): void {
  let done = 0;
  while (done < into.length) {
    const n = fs.readSync(fd, into, done, into.length - done, start + done);
    if (n <= 0) throw new Rejected('index snapshot is cut short');
    done += n;
  }
}

/**
 * The snapshot's file in a storage folder, one per corpus configuration (servers of different
 * workspaces may share a folder: each keeps its own snapshot), with the format version in the name.
 */
export function snapshotFileIn(dir: string, corpus: unknown): string {
  const key = createHash('sha1').update(JSON.stringify(corpus)).digest('hex').slice(0, 12);
  return path.join(dir, `index-v${EXTRACT_VERSION}-${key}.snapshot`);
}

/** A snapshot being written grows all the time: one untouched this long was left by a writer that stopped. */
const ABANDONED_TMP_MS = 10 * 60_000;

/**
 * Deletes this server's stale cache files in its storage folder, never anything else: caches of
 * earlier formats, snapshots of other corpus configurations unused for 30 days, and temporary files of
 * snapshots whose writing stopped (a rebuild that replaced it, a killed process).
 */
export function removeOldCaches(dir: string, keep: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const n of names) {
    const m = /^(?:extracts-v\d+\.json|index-v(\d+)-[0-9a-f]+\.snapshot(\.\d+\.\d+\.tmp)?)$/.exec(n);
    if (!m || path.join(dir, n) === keep) continue;
    try {
      const file = path.join(dir, n);
      const age = Date.now() - fs.statSync(file).mtimeMs;
      if (m[2] ? age < ABANDONED_TMP_MS : m[1] === String(EXTRACT_VERSION) && age < 30 * 86_400_000) continue;
      fs.unlinkSync(file);
    } catch {
      /* in use or gone: harmless */
    }
  }
}
