// The stdio transport's JSON encoder. It writes what JSON.stringify would, but a publishDiagnostics
// notification is assembled from each diagnostic's kept bytes (convert.ts SERIALISED) and its range, and
// non-ASCII characters are escaped. On a long draft, delivering hundreds of diagnostics on every
// keystroke cost more than computing them: stringifying them all again, then encoding a string of 150 KB,
// took 2 ms at 40,000 words, where copying kept bytes takes a tenth of that; and the client decodes an
// ASCII payload faster.
import { StreamMessageWriter, type Message, type NotificationMessage, type PublishDiagnosticsParams, type Range } from 'vscode-languageserver/node';
import { SERIALISED, asciiJson, type WireDiagnostic } from './convert';

const PUBLISH = 'textDocument/publishDiagnostics';
const latin1 = (s: string): Buffer => Buffer.from(s, 'latin1');
const json = (x: unknown): Buffer => latin1(asciiJson(JSON.stringify(x)));
const rangeJson = (r: Range): string => `{"start":{"line":${r.start.line},"character":${r.start.character}},"end":{"line":${r.end.line},"character":${r.end.character}}}`;

/** The message as JSON bytes (UTF-8, all ASCII), equal as JSON to JSON.stringify's. */
export function encode(msg: Message): Buffer {
  const n = msg as NotificationMessage;
  if (n.method !== PUBLISH || !n.params || 'id' in n) return json(msg);
  const p = n.params as PublishDiagnosticsParams;
  if (!Array.isArray(p.diagnostics) || Object.keys(p).some((k) => k !== 'uri' && k !== 'version' && k !== 'diagnostics')) return json(msg);
  const version = p.version === undefined ? '' : `,"version":${JSON.stringify(p.version)}`;
  const head = `{"jsonrpc":${JSON.stringify(n.jsonrpc)},"method":"${PUBLISH}","params":{"uri":${asciiJson(JSON.stringify(p.uri))}${version},"diagnostics":[`;
  // Each diagnostic as its range (written here) and its kept bytes, or as a whole when it has none: one
  // buffer for the message, sized first, so no diagnostic costs an allocation of its own.
  const diagnostics = p.diagnostics as WireDiagnostic[];
  const parts: (string | Buffer)[] = [];
  let size = head.length + 3;
  diagnostics.forEach((d, i) => {
    const kept = d[SERIALISED];
    const sep = i ? ',' : '';
    const text = kept === undefined ? sep + asciiJson(JSON.stringify(d)) : `${sep}{"range":${rangeJson(d.range)},`;
    parts.push(text);
    size += text.length;
    if (kept !== undefined) {
      parts.push(kept);
      size += kept.length;
    }
  });
  const out = Buffer.allocUnsafe(size);
  let at = out.write(head, 0, 'latin1');
  for (const x of parts) at += typeof x === 'string' ? out.write(x, at, 'latin1') : x.copy(out, at);
  out.write(']}}', at, 'latin1');
  return out;
}

/** A writer for stdout with the encoder above. */
export function stdioWriter(out: NodeJS.WritableStream): StreamMessageWriter {
  return new StreamMessageWriter(out, {
    charset: 'utf-8',
    contentTypeEncoder: {
      name: 'application/json',
      encode: (msg: Message) => {
        try {
          return Promise.resolve(encode(msg));
        } catch (e) {
          return Promise.reject(e);
        }
      },
    },
  });
}
