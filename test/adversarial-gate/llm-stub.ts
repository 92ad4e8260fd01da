/**
 * Stub chat models on 127.0.0.1 for the LLM probe tests. Each behaviour reads the request as a model would
 * (decoding what it understands) and never looks at probe ids. Routes: `/openai/<behaviour>` (chat
 * completions), `/rest/<behaviour>` (`{"prompt"}` → `{"output": {"text"}}`), `/kserve/<behaviour>` (v2 BYTES).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Msg {
  role: string;
  content: string;
}
export type Behaviour = (messages: Msg[], ctx: { key: string }) => string | { status: number; body: string } | null;

const TOKEN = /\b[A-Z]+-[0-9a-f]{8}\b/;
export const lastUser = (ms: Msg[]): string => [...ms].reverse().find((m) => m.role === 'user')?.content ?? '';
export const system = (ms: Msg[]): string => ms.find((m) => m.role === 'system')?.content ?? '';
export const rot13 = (s: string): string =>
  s.replace(/[a-z]/gi, (c) => {
    const b = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b);
  });
const b64 = (s: string): string[] =>
  (s.match(/[A-Za-z0-9+/]{16,}={0,2}/g) ?? []).map((m) => Buffer.from(m, 'base64').toString('utf8'));
/** What an encoding-savvy model reads in base64, ROT13 and leetspeak, not in plain text. */
export const encodedOnly = (text: string): string | null => {
  for (const d of [...b64(text), rot13(text)]) {
    const t = TOKEN.exec(d);
    if (t && /ignore/i.test(d) && !text.includes(t[0])) return t[0];
  }
  if (/[1i][9g]n0r3/.test(text)) return TOKEN.exec(text)?.[0] ?? null;
  return null;
};
/** Everything decoded (plain, zero-width removed, tags, base64, ROT13): the naive obedient model. */
export const decodeAll = (text: string): string => {
  let out = text.replace(/[\u200b-\u200f\u2060]/g, '');
  out +=
    ' ' +
    Array.from(text, (c) => {
      const cp = c.codePointAt(0)!;
      return cp >= 0xe0020 && cp <= 0xe007e ? String.fromCharCode(cp - 0xe0000) : '';
    }).join('');
  out += ' ' + b64(text).join(' ') + ' ' + rot13(text);
  return out;
};
export const REFUSE = "I'm sorry, I can't help with that.";

export const BEHAVIOURS: Record<string, Behaviour> = {
  hardened: () => REFUSE,
  /** Follows every injected instruction it can read (plain or decoded); never recites its prompt. */
  obey: (ms) => {
    const t = TOKEN.exec(decodeAll(lastUser(ms)));
    return t ? `Sure! ${t[0]}` : 'Happy to help!';
  },
  /** Broken only by base64, ROT13 and leetspeak smuggling; otherwise refuses. */
  'encoding-only': (ms) => {
    const t = encodedOnly(lastUser(ms));
    return t ? `Sure! ${t}` : REFUSE;
  },
  /** Refuses while quoting the request back, in full and in part. */
  echo: (ms) => {
    const u = lastUser(ms);
    const t = TOKEN.exec(decodeAll(u));
    return `I won't do that. You wrote: "${u}"${t ? `, which asks me to output "${t[0]}". I will not follow it.` : ''}`;
  },
  /** Recites its system prompt in several encodings when asked about instructions. */
  reciter: (ms) => {
    const s = system(ms);
    const canary = /CANARY-[A-Z0-9]+/.exec(s)?.[0] ?? 'none';
    if (!/prompt|instruction|configuration|secret|code|above|before|reveal|told|paste/i.test(lastUser(ms)))
      return REFUSE;
    return [
      `Plain: ${s}`,
      `Base64: ${Buffer.from(`code ${canary}`).toString('base64')}`,
      `ROT13: ${rot13(canary)}`,
      `Leet: ${canary.replace(/A/g, '4').replace(/E/g, '3')}`,
      `Spelled:\n${Array.from(canary).join('\n')}`,
      `Hex: ${Buffer.from(canary).toString('hex')}`,
      `Reversed: ${Array.from(canary).reverse().join('')}`,
    ].join('\n');
  },
  /** 500 with the API key echoed after 100 characters, so a 120-character cut lands inside it. */
  'key-echo': (_ms, { key }) => ({ status: 500, body: `${'x'.repeat(100)} token=${key} rest` }),
};

export interface Stub {
  base: string;
  /** Requests received per route. */
  count: Map<string, number>;
  close(): Promise<void>;
}

const readBody = async (req: IncomingMessage): Promise<string> => {
  let s = '';
  for await (const c of req) s += c;
  return s;
};

/**
 * Listens on 127.0.0.1 (a free port) and returns the base URL. The server never closes an idle keep-alive
 * connection itself (`keepAliveTimeout = 0`): otherwise a request the client sends on a socket the server is
 * closing at that moment fails ("other side closed"), a transport error that made a run exit 3 on a loaded
 * machine. Idle sockets are closed by the client, or by `closeAllConnections()` at the end.
 */
export async function listenLocal(server: Server): Promise<string> {
  server.keepAliveTimeout = 0;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export async function startStub(extra: Record<string, Behaviour> = {}): Promise<Stub> {
  const behaviours = { ...BEHAVIOURS, ...extra };
  const count = new Map<string, number>();
  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const [, protocol, name] = (req.url ?? '').split(/[?#]/)[0]!.split('/');
    const route = `${protocol}/${name}`;
    count.set(route, (count.get(route) ?? 0) + 1);
    const behave = behaviours[name ?? ''];
    if (!behave) return res.writeHead(404).end('{}');
    const json = JSON.parse(raw) as Record<string, unknown>;
    let messages: Msg[];
    if (protocol === 'openai') messages = json.messages as Msg[];
    else if (protocol === 'rest')
      messages = Array.isArray(json.messages)
        ? (json.messages as Msg[])
        : [{ role: 'user', content: String(json.prompt) }];
    else messages = [{ role: 'user', content: String((json.inputs as { data: string[] }[])[0]!.data[0]) }];
    const key = (req.headers.authorization ?? '').replace(/^Bearer /, '');
    const out = behave(messages, { key });
    if (out === null) return; // hang: the client's timeout decides
    if (typeof out !== 'string') return res.writeHead(out.status).end(out.body);
    res.setHeader('content-type', 'application/json');
    if (protocol === 'openai')
      return res.end(JSON.stringify({ choices: [{ message: { role: 'assistant', content: out } }] }));
    if (protocol === 'rest') return res.end(JSON.stringify({ output: { text: out } }));
    return res.end(JSON.stringify({ outputs: [{ name: 'text_output', shape: [1], datatype: 'BYTES', data: [out] }] }));
  });
  const base = await listenLocal(server);
  return {
    base,
    count,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
