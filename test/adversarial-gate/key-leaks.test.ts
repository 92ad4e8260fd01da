/**
 * #21 item 3, red-team pass: the API key never reaches any output, whichever way a server hands it back (echoed
 * request headers, URL-encoded, base64, HTTP Basic decoded, in the query string, cut at any length) and
 * whichever way the user passed it (an env-var header, a literal header, Basic auth, `?key=` in the endpoint).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import { main, type CliIo } from '@ml-gates/cli';
import { adversarialGate } from '@ml-gates/adversarial-gate';
import { listenLocal } from './llm-stub.js';
import { REPORT_FORMATS } from '@ml-gates/core';
import {
  displayUrl,
  openHttp,
  secretLikeSegment,
  urlSecrets,
} from '../../packages/adversarial-gate/src/targets/http.js';

// `+` and `/` in the key: its URL-encoded form has no long run in common with it
const KEY = 'sk-proj-Zq8+Wv3/Lm7Np2+Xr9Tb/4Yc6Hd1+Kf5Gs0';
const USER = 'svc-robot';
const PASSWORD = 'pw-Hq4Vn8Rt2Lx6Mz0Bc3';

/** Every 8-character window of each form of `secret` an output could carry. */
function windows(secret: string): string[] {
  const forms = [secret, encodeURIComponent(secret), secret.replace(/\//g, '\\/'), Buffer.from(secret).toString('hex')];
  for (let pad = 0; pad < 3; pad++) {
    const b = Buffer.from('\0'.repeat(pad) + secret + '\0\0').toString('base64');
    forms.push(b.slice(Math.ceil((pad * 4) / 3) + (pad ? 1 : 0), Math.floor(((pad + secret.length) * 4) / 3)));
  }
  return forms.flatMap((f) => Array.from({ length: f.length - 7 }, (_, i) => f.slice(i, i + 8).toLowerCase()));
}
const ALL = [...new Set([...windows(KEY), ...windows(PASSWORD)])];
const leaks = (output: string): string[] => {
  const hay = output.toLowerCase();
  return ALL.filter((w) => hay.includes(w));
};

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer(async (req, res) => {
    for await (const _ of req);
    const route = (req.url ?? '').split('?')[0]!.split('/')[1] ?? '';
    const auth = String(req.headers.authorization ?? req.headers['api-key'] ?? '');
    const basic = /^Basic (.+)$/.exec(auth);
    const key = basic ? Buffer.from(basic[1]!, 'base64').toString() : auth.replace(/^Bearer /, '');
    const cut = /^cut(\d+)$/.exec(route);
    if (route === 'headers') return res.writeHead(401).end(JSON.stringify({ error: 'bad key', headers: req.headers }));
    if (route === 'urlenc') return res.writeHead(500).end(`upstream failed for key=${encodeURIComponent(key)}`);
    if (route === 'b64') return res.writeHead(500).end(`ctx ${Buffer.from(`token ${key}`).toString('base64')}`);
    if (route === 'escaped') return res.writeHead(500).end(JSON.stringify({ key }).replace(/\//g, '\\/'));
    if (route === 'basic') return res.writeHead(403).end(`user:password ${key} is not allowed`);
    if (route === 'query') return res.writeHead(500).end(`no route for ${req.url}`);
    // a stream that reports an error quoting the key, past the point where error texts are cut
    if (route === 'sse-error')
      return res
        .writeHead(200, { 'content-type': 'text/event-stream' })
        .end(`event: error\ndata: ${JSON.stringify({ error: { message: `${'y'.repeat(150)} key ${key}` } })}\n\n`);
    // echoes the whole request line and the credentials it received, decoded
    if (route === 'echo-url')
      return res.writeHead(500).end(`no route for ${decodeURIComponent(req.url ?? '')} (${key})`);
    if (cut) return res.writeHead(500).end(`${'x'.repeat(100)}${key.slice(0, Number(cut[1]))}`);
    res.writeHead(404).end('{}');
  });
  base = await listenLocal(server);
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

const io = (env: Record<string, string>): CliIo & { out: string[]; err: string[] } => {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd: process.cwd(), env, isTTY: false };
};
async function run(args: string[], format: string): Promise<{ code: number; output: string }> {
  process.env.ADV_LEAK_KEY = KEY;
  const c = io({ ADV_LEAK_KEY: KEY });
  try {
    const code = await main(
      [
        'attack',
        '--kind',
        'openai',
        '--probe-families',
        'direct-injection',
        '--retries',
        '0',
        ...args,
        '--format',
        format,
      ],
      c,
      [adversarialGate],
    );
    return { code, output: c.out.join('') + c.err.join('') };
  } finally {
    delete process.env.ADV_LEAK_KEY;
  }
}

const basicHeader = `Authorization: Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`;
const CASES: [string, string[]][] = [
  [
    'echoed request headers (env-var header)',
    ['--endpoint', '@/headers', '--header', 'Authorization: Bearer ${ADV_LEAK_KEY}'],
  ],
  ['URL-encoded (literal header)', ['--endpoint', '@/urlenc', '--header', `api-key: ${KEY}`]],
  ['base64 (env-var header)', ['--endpoint', '@/b64', '--header', 'Authorization: Bearer ${ADV_LEAK_KEY}']],
  ['JSON with escaped slashes', ['--endpoint', '@/escaped', '--header', 'Authorization: Bearer ${ADV_LEAK_KEY}']],
  ['HTTP Basic, decoded', ['--endpoint', '@/basic', '--header', basicHeader]],
  ['in the endpoint query string', ['--endpoint', `@/query?key=${encodeURIComponent(KEY)}`]],
  [
    'an error event of a stream (env-var header)',
    ['--endpoint', '@/sse-error', '--header', 'Authorization: Bearer ${ADV_LEAK_KEY}'],
  ],
  // #21 gap 1: a key in the URL however it is put there (was: a path key printed in the target line,
  // subjects and details; user info made fetch refuse every request; a bad %-escape crashed the run)
  ...['api_key', 'api-key', 'token', 'access_token', 'sig'].map((p): [string, string[]] => [
    `?${p}= in the query`,
    ['--endpoint', `@/echo-url?${p}=${encodeURIComponent(KEY)}`],
  ]),
  ['a path segment after /key/', ['--endpoint', `@/echo-url/key/${encodeURIComponent(KEY)}`]],
  ['a random path segment', ['--endpoint', `@/echo-url/${encodeURIComponent(KEY)}/chat`]],
  ['user info', ['--endpoint', `@/echo-url`, '--userinfo']],
  ['user info with a bad %-escape in the user name', ['--endpoint', `@/echo-url`, '--userinfo', 'svc%zz']],
];

describe('the key never reaches an output, however the server returns it', () => {
  it.each(CASES.flatMap(([name, args]) => REPORT_FORMATS.map((f) => [`${name}, ${f}`, args, f] as const)))(
    '%s',
    async (_name, args, format) => {
      // `base` is known only once the server listens: rebuild the endpoint here
      const at = args.indexOf('--userinfo');
      const user = at >= 0 ? (args[at + 1]?.startsWith('--') === false ? args[at + 1]! : USER) : '';
      const real = args
        .filter((a, i) => i !== at && !(at >= 0 && i === at + 1 && a === user))
        .map((a) =>
          a.replace(/^@\//, user ? `${base.replace('//', `//${user}:${encodeURIComponent(PASSWORD)}@`)}/` : `${base}/`),
        );
      const { code, output } = await run(real, format);
      expect(code).not.toBe(0);
      expect(output.length).toBeGreaterThan(0);
      expect(leaks(output)).toEqual([]);
      // the run reached the server: the key was sent, not refused before any request
      if (format === 'text' && real.some((a) => a.includes('echo-url'))) expect(output).toMatch(/HTTP 500: no route/);
    },
  );

  it('an error body cut at every length inside the key shows no 8 characters of it', async () => {
    for (let n = 8; n <= KEY.length; n++) {
      const t = openHttp({
        url: `${base}/cut${n}`,
        kind: 'openai',
        headers: { authorization: `Bearer ${KEY}` },
        timeoutMs: 2000,
        concurrency: 1,
        maxBatch: 1,
        retries: 0,
      });
      const [a] = await t.predict(['hi']);
      expect(a!.ok).toBe(false);
      expect({ n, leaks: leaks((a as { error: string }).error) }).toEqual({ n, leaks: [] });
    }
  });

  it.each([
    `http://[bad-host/v1?api_key=${KEY}`,
    // was: the path was printed, key and all
    `http://[bad-host/v1/key/${encodeURIComponent(KEY)}/chat`,
    `http://svc:${encodeURIComponent(KEY)}@[bad-host/v1`,
  ])('an invalid endpoint holding the key: the usage error does not print it (%#)', async (url) => {
    const c = io({});
    const code = await main(['attack', '--endpoint', url, '--kind', 'openai', '--format', 'json'], c, [
      adversarialGate,
    ]);
    expect(code).not.toBe(0);
    const output = c.out.join('') + c.err.join('');
    expect(output).toMatch(/not a valid URL/);
    expect(leaks(output)).toEqual([]);
  });
});

describe('credentials in the endpoint URL', () => {
  it('query values and user info are secrets; a protocol version is not', () => {
    const found = urlSecrets(
      `https://u1:${PASSWORD}@h.example/v1?api-version=2024-02-01&key=${encodeURIComponent(KEY)}`,
    );
    expect(found).toEqual(expect.arrayContaining([KEY, PASSWORD, encodeURIComponent(KEY)]));
    expect(found.filter((x) => x.includes('2024-02-01'))).toEqual([]);
    expect(urlSecrets('https://h.example/v1?sk-bare-token-123')).toEqual(['sk-bare-token-123']);
    expect(urlSecrets('not a url')).toEqual([]);
  });

  it('a key in a path segment is a secret and is shown as *** in the URL; routes and model names are not', () => {
    const keys = [
      'Zk3Lq9Wm2Xv7Np4Rt8Yb6Hc1', // letters and digits
      '4f9a1c2e7b3d8a6f0e5c9b2a7d1f3e8c', // a hex digest
      'bot123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw', // Telegram
      'QmVyeVNlY3JldFRva2VuVmFsdWVfX19fX0FCQ0RFRkc', // base64url-ish, mixed case
      'hf_AbCdEfGhIjKlMnOpQrStUvWxYz01234567', // a known format
    ];
    for (const k of keys) {
      expect({ k, like: secretLikeSegment(k) }).toEqual({ k, like: true });
      expect(urlSecrets(`https://h.example/v1/${k}/chat`)).toContain(k);
      expect(displayUrl(`https://h.example/v1/${encodeURIComponent(k)}/chat`)).toBe('https://h.example/v1/***/chat');
    }
    // whatever follows /key/, /token/, a webhook or an inline key=value is a credential
    expect(displayUrl('https://h.example/key/abcdefgh/generate')).toBe('https://h.example/key/***/generate');
    expect(displayUrl('https://h.example/api/webhooks/112233445566778899/tok-en-tok-en')).toBe(
      'https://h.example/api/webhooks/***/***',
    );
    // a short route after a key word is a route, not a key (masking "count" would mangle "account" everywhere)
    expect(urlSecrets('https://h.example/v1/tokens/count')).toEqual([]);
    expect(urlSecrets('https://h.example/v1;api_key=short-one/x')).toContain('short-one');
    for (const plain of [
      'https://h.example/v1/chat/completions',
      'https://h.example/v2/models/digits-classifier-v3/infer',
      'https://h.example/openai/deployments/gpt-4o-mini-2024-07-18/chat/completions',
      'https://h.example/v1/models/Meta-Llama-3.1-70B-Instruct:generate',
      'https://h.example/v1/projects/my-project-123456/locations/us-central1/models/gemini-1.5-pro:generateContent',
      'https://h.example/runs/123e4567-e89b-12d3-a456-426614174000/predict',
      'https://h.example/serving-endpoints/KServeInferenceService/invocations',
    ])
      expect({ plain, shown: displayUrl(plain), secrets: urlSecrets(plain) }).toEqual({
        plain,
        shown: plain,
        secrets: [],
      });
  });

  it('user info: masked as written and as its Basic header; a bad %-escape is not a crash', () => {
    const s = urlSecrets(`https://svc%zz:${encodeURIComponent(PASSWORD)}@h.example/v1`);
    expect(s).toEqual(expect.arrayContaining(['svc%zz', PASSWORD, `svc%zz:${PASSWORD}`]));
    expect(s).toContain(Buffer.from(`svc%zz:${PASSWORD}`).toString('base64'));
    expect(displayUrl(`https://svc:${PASSWORD}@h.example/v1?key=1#t=2`)).toBe('https://h.example/v1');
    expect(urlSecrets(`https://h.example/v1#access_token=${PASSWORD}`)).toEqual([PASSWORD]);
  });

  it('user info is sent as HTTP Basic (fetch refuses a URL with credentials), never with a second Authorization', async () => {
    const t = openHttp({
      url: `${base.replace('//', `//${USER}:${encodeURIComponent(PASSWORD)}@`)}/basic`,
      kind: 'openai',
      headers: {},
      timeoutMs: 2000,
      concurrency: 1,
      maxBatch: 1,
      retries: 0,
    });
    expect(t.fingerprint).toBe(`${base}/basic`);
    const [a] = await t.predict(['hi']);
    // the server decoded our Basic header and echoed it: the request carried the credentials, the error masks them
    expect(a).toMatchObject({ ok: false, kind: 'auth' });
    expect((a as { error: string }).error).toMatch(/user:password \*\*\* is not allowed/);
    expect(() =>
      openHttp({
        url: `https://u:${PASSWORD}@h.example/v1`,
        kind: 'openai',
        headers: { Authorization: 'Bearer x' },
        timeoutMs: 2000,
        concurrency: 1,
        maxBatch: 1,
        retries: 0,
      }),
    ).toThrow(/keep one/);
  });
});
