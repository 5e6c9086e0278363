// The index snapshot on disk: everything a restart needs to answer queries without reading or
// re-extracting the corpus. One file, written atomically (temporary file, then rename):
//
//   "DOSSIER-SNAPSHOT\n"  magic line
//   data                  each document's extract parts, JSON, one after another (read on demand)
//   segments              the document list and the merged tables, by column: JSON, lists of strings,
//                         raw Int32/Float64 arrays, and the tables' integer lists (read on demand)
//   directory             JSON: format, versions, when written, where each segment is
//   footer                the directory's offset and length (two Float64) and "DSNAPEND"
//
// A file that is cut short, corrupt, or of another format or extract version is rejected (and rebuilt),
// never trusted. Parts of a document that cannot be read later (the file changed under us) are
// re-extracted from the document's text instead, and a table's list that cannot be read later is taken
// from the table rebuilt from the documents' parts.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { EXTRACT_VERSION, extractDocument, type DocExtract } from '../core/corpus/document';
import { LAZY_FIELDS, TableBuilder, type DocLoader, type IndexTables, type IntLists, type LazyField, type StoredDocInfo, type TableInput, tableInput } from '../core/corpus/snapshot';
import type { SourceText } from '../core/types';
import { readSource } from './files';

export const SNAPSHOT_FORMAT = 'dossier-snapshot-5';
const MAGIC = 'DOSSIER-SNAPSHOT\n';
const END = 'DSNAPEND';
const FOOTER = 16 + END.length;
const F = LAZY_FIELDS.length;
/** Size of one piece of a long list (see SnapshotWriter.finish). */
const PIECE = 256 * 1024;
/** Lists of strings are stored joined, each string followed by SEP (split apart in one call, several
 * times faster than JSON.parse); SEP and ESC inside a string are written ESC ESC2 and ESC ESC. */
const SEP = '\u0000';
const ESC = '\u0001';
const ESC2 = '\u0002';

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
  /** The document list, by column; `numbers` has four a document: bundled (0 or 1), size, mtimeMs, ino. */
  private readonly docs = { uris: [] as string[], names: [] as string[], hashes: [] as string[], warnings: [] as string[], numbers: [] as number[], metas: [] as StoredDocInfo['meta'][] };
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
      const docs = this.docs;
      docs.uris.push(info.uri);
      docs.names.push(info.name);
      docs.hashes.push(info.hash);
      docs.warnings.push(info.warning ?? '');
      docs.numbers.push(info.bundled ? 1 : 0, info.size, info.mtimeMs, info.ino);
      docs.metas.push(info.meta);
      this.tables.addInput(input);
    });
  }

  finish(): string | undefined {
    this.attempt(() => {
      const segments: Record<string, [number, number]> = { data: [this.dataStart, this.at - this.dataStart] };
      const segment = (name: string, v: unknown): void => {
        // Typed arrays start on a multiple of 8 bytes.
        if (ArrayBuffer.isView(v) && this.at % 8) this.write(Buffer.alloc(8 - (this.at % 8)));
        const start = this.at;
        const len = ArrayBuffer.isView(v) ? this.write(Buffer.from(v.buffer, v.byteOffset, v.byteLength)) : this.write(JSON.stringify(v));
        segments[name] = [start, len];
      };
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
      // Lists of strings, in pieces the same way.
      const strings = (name: string, items: string[]): void => {
        let piece = 0;
        for (let i = 0; i < items.length || piece === 0; piece++) {
          let text = '';
          for (; i < items.length && text.length < PIECE; i++) text += escaped(items[i]) + SEP;
          const start = this.at;
          segments[`${name}#${piece}`] = [start, this.write(text)];
        }
      };
      // A table's lists, read a key at a time: their bytes one after another, and where each starts.
      const lists = (name: string, t: IntLists<unknown>, step: number): void => {
        const out = new Bytes();
        const at = [0];
        for (let i = 0; i < t.keys.length; i++) {
          encodeList(out, t.list(i), step);
          at.push(out.length);
        }
        segment(`${name}.lists`, out.bytes());
        segment(`${name}.at`, new Float64Array(at));
      };
      segment('fields', new Float64Array(this.offsets));
      const docs = this.docs;
      segment('docs.numbers', new Float64Array(docs.numbers));
      strings('docs.uris', docs.uris);
      strings('docs.names', docs.names);
      strings('docs.hashes', docs.hashes);
      strings('docs.warnings', docs.warnings);
      list('docs.meta', docs.metas);
      const t = this.tables.finish();
      list('triggers', t.triggers);
      // Acronyms are resident (read whole): (doc, long form, start, end) by key, each long form stored
      // once (most recur in many documents).
      const quads: number[] = [];
      const bounds = [0];
      const forms = new Map<string, number>();
      t.acronyms.keys.forEach((_, i) => {
        for (const [d, long, start, end] of t.acronyms.list(i)) {
          let form = forms.get(long);
          if (form === undefined) forms.set(long, (form = forms.size));
          quads.push(d, form, start, end);
        }
        bounds.push(quads.length / 4);
      });
      strings('acronyms.keys', t.acronyms.keys);
      strings('acronyms.forms', [...forms.keys()]);
      segment('acronyms.bounds', new Int32Array(bounds));
      segment('acronyms.quads', new Int32Array(quads));
      for (const [name, step] of [['definitions', 3], ['events', 3], ['stems', 1], ['figures', 2]] as const) {
        strings(`${name}.keys`, t[name].keys);
        lists(name, t[name], step);
      }
      segment('years.keys', new Int32Array(t.years.keys));
      lists('years', t.years, 3);
      strings('names.keys', t.names.keys);
      strings('names.texts', t.names.texts);
      strings('names.persons', t.names.persons);
      segment('names.counts', new Int32Array(t.names.counts));
      lists('names.docs', t.names.docs, 2);
      for (const name of ['persons', 'lowerWords', 'wellKnown'] as const) list(name, t[name]);
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

  /** A list of strings written in pieces (see SnapshotWriter), a step after each piece; `n` of them
   * when the caller knows how many. */
  private *strings(name: string, n?: number): Generator<void, string[]> {
    if (!this.dir.segments[`${name}#0`]) throw new Rejected('index snapshot is corrupt');
    const pieces: string[][] = [];
    for (let i = 0; this.dir.segments[`${name}#${i}`]; i++) {
      const s = this.dir.segments[`${name}#${i}`];
      const text = readBytes(this.fd, s[0], s[1]).toString('utf8');
      const piece = text.split(SEP);
      // Each string ends in SEP: the last of the split is empty.
      if (piece.pop() !== '') throw new Rejected('index snapshot is corrupt');
      if (text.includes(ESC)) for (let j = 0; j < piece.length; j++) piece[j] = unescaped(piece[j]);
      pieces.push(piece);
      yield;
    }
    const out = pieces.length === 1 ? pieces[0] : ([] as string[]).concat(...pieces);
    if (n !== undefined && out.length !== n) throw new Rejected('index snapshot is corrupt');
    return out;
  }

  docs(): SnapshotDoc[] {
    return run(this.docSteps());
  }

  *docSteps(): Generator<void, SnapshotDoc[]> {
    const numbers = this.floats('docs.numbers');
    const n = numbers.length / 4;
    const uris = yield* this.strings('docs.uris', n);
    const names = yield* this.strings('docs.names', n);
    const hashes = yield* this.strings('docs.hashes', n);
    const warnings = yield* this.strings('docs.warnings', n);
    const metas = yield* this.list<StoredDocInfo['meta']>('docs.meta');
    if (metas.length !== n) throw new Rejected('index snapshot is corrupt');
    const docs: SnapshotDoc[] = [];
    for (let d = 0; d < n; d++) {
      const doc: SnapshotDoc = { uri: uris[d], name: names[d], bundled: numbers[4 * d] === 1, size: numbers[4 * d + 1], mtimeMs: numbers[4 * d + 2], ino: numbers[4 * d + 3], hash: hashes[d], meta: metas[d] };
      if (warnings[d]) doc.warning = warnings[d];
      docs.push(doc);
    }
    return docs;
  }

  /**
   * Reads the tables a segment at a time (a step each, for callers that must yield): keys, names and
   * acronyms whole, the other tables' lists when first asked for, through this snapshot's `loader`.
   */
  *tables(loader: SnapshotLoader): Generator<void, IndexTables> {
    const corrupt = (bad: boolean): void => {
      if (bad) throw new Rejected('index snapshot is corrupt');
    };
    const triggers = yield* this.list<string>('triggers');
    // A list that cannot be read later comes from its table rebuilt from one part of every document
    // (once a part: events and years share one), numbering triggers as stored.
    const rebuilt = new Map<LazyField, IndexTables>();
    const rebuild = (part: LazyField): IndexTables => {
      let t = rebuilt.get(part);
      if (!t) rebuilt.set(part, (t = loader.tablesOf(part, triggers)));
      return t;
    };
    const lazy = <K>(name: string, keys: K[], step: 1 | 2 | 3, part: LazyField, pick: (t: IndexTables) => IntLists<K>): IntLists<K> => {
      const at = this.floats(`${name}.at`);
      const s = this.dir.segments[`${name}.lists`];
      corrupt(!s || at.length !== keys.length + 1 || !ascending(at, s[1]));
      return new StoredLists(keys, s[0], at, step, loader, () => pick(rebuild(part)));
    };
    const acrBounds = this.ints('acronyms.bounds');
    const quads = this.ints('acronyms.quads');
    const acrKeys = yield* this.strings('acronyms.keys', acrBounds.length - 1);
    const forms = yield* this.strings('acronyms.forms');
    let valid = ascending(acrBounds, quads.length / 4);
    for (let j = 0, docs = loader.count; valid && j < quads.length; j += 4) valid = quads[j] >= 0 && quads[j] < docs && quads[j + 1] >= 0 && quads[j + 1] < forms.length;
    corrupt(!valid);
    const acronyms: IndexTables['acronyms'] = {
      keys: acrKeys,
      list: (i) => {
        const out: [number, string, number, number][] = [];
        for (let j = 4 * acrBounds[i]; j < 4 * acrBounds[i + 1]; j += 4) out.push([quads[j], forms[quads[j + 1]], quads[j + 2], quads[j + 3]]);
        return out;
      },
    };
    const definitions = lazy('definitions', yield* this.strings('definitions.keys'), 3, 'definitions', (t) => t.definitions);
    const events = lazy('events', yield* this.strings('events.keys'), 3, 'events', (t) => t.events);
    const years = lazy('years', [...this.ints('years.keys')], 3, 'events', (t) => t.years);
    const stems = lazy('stems', yield* this.strings('stems.keys'), 1, 'stems', (t) => t.stems);
    const figures = lazy('figures', yield* this.strings('figures.keys'), 2, 'figures', (t) => t.figures);
    const counts = this.ints('names.counts');
    const nameKeys = yield* this.strings('names.keys', counts.length);
    const texts = yield* this.strings('names.texts', counts.length);
    const namePersons = yield* this.strings('names.persons', counts.length);
    const names = { keys: nameKeys, texts, counts, persons: namePersons, docs: lazy('names.docs', nameKeys, 2, 'names', (t) => t.names.docs) };
    const persons = yield* this.list<string>('persons');
    const lowerWords = yield* this.list<[string, number]>('lowerWords');
    const wellKnown = yield* this.list<[string, number]>('wellKnown');
    return { acronyms, definitions, events, years, stems, figures, names, persons, lowerWords, wellKnown, triggers };
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
  private scratch = new Uint8Array(4096);
  constructor(
    private readonly fd: number,
    private readonly fields: Float64Array,
    private readonly dataStart: number,
    private readonly docs: SnapshotDoc[],
    private readonly onStale?: (uri: string) => void,
  ) {
    if (fields.length !== docs.length * (F + 1)) throw new Rejected('index snapshot is corrupt');
  }

  /** The number of documents. */
  get count(): number {
    return this.docs.length;
  }

  /** Bytes of the snapshot, in a buffer that the next call reuses; throws when they cannot be read. */
  bytes(start: number, len: number): Uint8Array {
    if (this.scratch.length < len) this.scratch = new Uint8Array(Math.max(len, 2 * this.scratch.length));
    const view = this.scratch.subarray(0, len);
    readInto(this.fd, view, start);
    return view;
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

  /**
   * The tables rebuilt from one part of every document (the other parts left empty), triggers numbered
   * after `triggers` as stored: what stands in for a table's list that cannot be read (see StoredLists).
   */
  tablesOf(part: LazyField, triggers: string[]): IndexTables {
    const b = new TableBuilder(triggers);
    for (let d = 0; d < this.docs.length; d++) {
      const x = { version: EXTRACT_VERSION, meta: this.docs[d].meta } as DocExtract;
      for (const f of LAZY_FIELDS) (x as unknown as Record<string, unknown>)[f] = f === part ? this.field(d, f) : [];
      b.add(x);
    }
    return b.finish();
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

/**
 * A table's lists, each read from the snapshot when first asked for (the index keeps what it makes of
 * it). One that cannot be read (damaged, or the file cut short since it was opened) is taken, by its
 * key, from the table rebuilt from the documents' parts, as a damaged part is re-extracted: the index
 * still answers as a built one would.
 */
class StoredLists<K> implements IntLists<K> {
  private rebuilt?: Map<K, ArrayLike<number>>;
  constructor(
    readonly keys: K[],
    private readonly start: number,
    private readonly at: Float64Array,
    private readonly step: 1 | 2 | 3,
    private readonly loader: SnapshotLoader,
    private readonly rebuild: () => IntLists<K>,
  ) {}

  list(i: number): ArrayLike<number> {
    try {
      return decodeList(this.loader.bytes(this.start + this.at[i], this.at[i + 1] - this.at[i]), this.step, this.loader.count);
    } catch {
      return this.standIn().get(this.keys[i]) ?? [];
    }
  }

  private standIn(): Map<K, ArrayLike<number>> {
    if (!this.rebuilt) {
      this.rebuilt = new Map();
      try {
        const t = this.rebuild();
        for (let j = 0; j < t.keys.length; j++) this.rebuilt.set(t.keys[j], t.list(j));
      } catch {
        /* parts that are not extracts (damaged beyond JSON): nothing to stand in */
      }
    }
    return this.rebuilt;
  }
}

/** A growing byte buffer, written a zigzag varint at a time (seven bits a byte, small numbers of either
 * sign in one byte). */
class Bytes {
  private buf = new Uint8Array(1 << 16);
  length = 0;

  varint(n: number): void {
    let v = ((n << 1) ^ (n >> 31)) >>> 0;
    if (this.length + 5 > this.buf.length) {
      const grown = new Uint8Array(2 * this.buf.length);
      grown.set(this.buf);
      this.buf = grown;
    }
    while (v >= 0x80) {
      this.buf[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.buf[this.length++] = v;
  }

  bytes(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }
}

/**
 * A list of tuples (`step` numbers each, the first a document) as stored: the number of tuples, then
 * each tuple with its document as the distance from the previous tuple's. Documents come in order, so
 * most tuples take a byte a number, not four.
 */
function encodeList(out: Bytes, l: ArrayLike<number>, step: number): void {
  out.varint(l.length / step);
  let doc = 0;
  for (let j = 0; j < l.length; j += step) {
    out.varint(l[j] - doc);
    doc = l[j];
    for (let k = 1; k < step; k++) out.varint(l[j + k]);
  }
}

/** A list as encodeList wrote it, checked (whole tuples, documents in range, every byte used). */
function decodeList(b: Uint8Array, step: number, docs: number): Int32Array {
  let p = 0;
  const next = (): number => {
    let v = 0;
    for (let shift = 0; ; shift += 7) {
      if (p >= b.length || shift > 28) throw new Rejected('index snapshot is corrupt');
      const byte = b[p++];
      v += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return (v >>> 1) ^ -(v & 1);
    }
  };
  const n = next();
  // A tuple takes a byte a number at least.
  if (!(n >= 0 && n * step < b.length)) throw new Rejected('index snapshot is corrupt');
  const out = new Int32Array(n * step);
  let doc = 0;
  for (let j = 0; j < out.length; j += step) {
    doc += next();
    if (!(doc >= 0 && doc < docs)) throw new Rejected('index snapshot is corrupt');
    out[j] = doc;
    for (let k = 1; k < step; k++) out[j + k] = next();
  }
  if (p !== b.length) throw new Rejected('index snapshot is corrupt');
  return out;
}

/** Whether offsets start at 0, never decrease and end at `last`. */
function ascending(a: ArrayLike<number>, last: number): boolean {
  if (!a.length || a[0] !== 0 || a[a.length - 1] !== last) return false;
  for (let i = 1; i < a.length; i++) if (!(a[i] >= a[i - 1])) return false;
  return true;
}

const escaped = (s: string): string => (s.includes(SEP) || s.includes(ESC) ? s.split(ESC).join(ESC + ESC).split(SEP).join(ESC + ESC2) : s);
const unescaped = (s: string): string => s.replace(/\u0001([\u0001\u0002])/g, (_, c: string) => (c === ESC ? ESC : SEP));

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
