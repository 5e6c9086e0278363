// Finding and reading corpus files. Everything here tolerates a bad file: it is skipped with a reason
// that the corpus summary shows, and the rest of the corpus still loads.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SourceText } from '../core/types';

export const CORPUS_EXTENSIONS = /\.(md|markdown|txt)$/i;

export interface Skipped {
  path: string;
  reason: string;
}

export interface Discovery {
  files: string[];
  skipped: Skipped[];
}

/** A glob pattern (with *, ** or ?) to a RegExp over forward-slash relative paths. */
function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        re += '.*';
        i++;
        if (glob[i + 1] === '/') i++;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/**
 * Corpus files under `root` for each entry of `patterns` (folders or globs, relative to root). Follows
 * symbolic links once (a loop is skipped, not followed forever); caps the number of files.
 */
export function discover(root: string, patterns: string[], maxFiles = 200_000): Discovery {
  const files: string[] = [];
  const skipped: Skipped[] = [];
  const seenReal = new Set<string>();
  const walk = (dir: string, filter: RegExp | undefined, base: string, depth: number) => {
    let real: string;
    try {
      real = fs.realpathSync(dir);
    } catch (e) {
      skipped.push({ path: dir, reason: `cannot read folder (${(e as NodeJS.ErrnoException).code ?? 'error'})` });
      return;
    }
    if (seenReal.has(real)) {
      skipped.push({ path: dir, reason: 'symbolic link loop or folder already indexed' });
      return;
    }
    seenReal.add(real);
    if (depth > 40) {
      skipped.push({ path: dir, reason: 'folder nesting too deep' });
      return;
    }
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      skipped.push({ path: dir, reason: `cannot read folder (${(e as NodeJS.ErrnoException).code ?? 'error'})` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (files.length >= maxFiles) return;
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const full = path.join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const st = fs.statSync(full);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          skipped.push({ path: full, reason: 'broken symbolic link' });
          continue;
        }
      }
      if (isDir) walk(full, filter, base, depth + 1);
      else if (isFile && CORPUS_EXTENSIONS.test(e.name)) {
        const rel = path.relative(base, full).split(path.sep).join('/');
        if (!filter || filter.test(rel)) {
          // A plain file's real path is its folder's (known) plus its name: no lstat of every path
          // component for each of thousands of files; only a link is resolved.
          const realFile = e.isSymbolicLink() ? safeReal(full) : path.join(real, e.name);
          if (realFile && seenReal.has(`file:${realFile}`)) continue;
          if (realFile) seenReal.add(`file:${realFile}`);
          files.push(full);
        }
      }
    }
  };
  for (const p of patterns) {
    const magic = /[*?]/.test(p);
    if (!magic) {
      const full = path.resolve(root, p);
      let st: fs.Stats;
      try {
        st = fs.statSync(full);
      } catch {
        continue; // The default folders need not exist; a missing configured path is reported by the caller.
      }
      if (st.isDirectory()) walk(full, undefined, full, 0);
      else if (st.isFile() && !seenReal.has(`file:${safeReal(full)}`)) {
        seenReal.add(`file:${safeReal(full)}`);
        files.push(full);
      }
      continue;
    }
    // A glob: walk from its fixed prefix.
    const parts = p.split('/');
    const fixed: string[] = [];
    while (parts.length && !/[*?]/.test(parts[0])) fixed.push(parts.shift()!);
    const base = path.resolve(root, ...fixed);
    if (fs.existsSync(base)) walk(base, globToRegExp(parts.join('/')), base, 0);
  }
  return { files, skipped };
}

function safeReal(p: string): string | undefined {
  try {
    return fs.realpathSync(p);
  } catch {
    return undefined;
  }
}

/** A file read: its text, and its stat taken just before reading (`readAt`: when, by this machine's clock). */
export type ReadResult = { ok: true; source: SourceText; warning?: string; stat: fs.Stats; readAt: number } | { ok: false; skipped: Skipped };

/** Decodes bytes: UTF-8 with or without BOM, UTF-16 with BOM; invalid UTF-8 becomes U+FFFD (with a warning). */
export function decode(buf: Buffer): { text: string; warning?: string } | { binary: true } {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)) };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)) };
  const probe = buf.subarray(0, 8192);
  if (probe.includes(0)) return { binary: true };
  const start = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(start)) };
  } catch {
    return { text: new TextDecoder('utf-8').decode(buf.subarray(start)), warning: 'invalid UTF-8 (bad bytes replaced)' };
  }
}

export function readSource(file: string, maxBytes: number, bundled = false): ReadResult {
  let st: fs.Stats;
  const readAt = Date.now();
  try {
    st = fs.statSync(file);
  } catch (e) {
    return { ok: false, skipped: { path: file, reason: `cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})` } };
  }
  if (st.size > maxBytes) return { ok: false, skipped: { path: file, reason: `larger than the ${Math.round(maxBytes / 1024)} KB limit (${(st.size / 1048576).toFixed(1)} MB); raise dossier.corpus.maxFileSizeKB to index it` } };
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch (e) {
    return { ok: false, skipped: { path: file, reason: `cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})` } };
  }
  const d = decode(buf);
  if ('binary' in d) return { ok: false, skipped: { path: file, reason: 'binary file (contains NUL bytes)' } };
  return { ok: true, source: { uri: file, name: path.basename(file), text: d.text, bundled }, warning: d.warning, stat: st, readAt };
}
