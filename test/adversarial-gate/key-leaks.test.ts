/**
 * #21 item 3, red-team pass: the API key never reaches any output, whichever way a server hands it back (echoed
 * request headers, URL-encoded, base64, HTTP Basic decoded, in the query string, cut at any length) and
 * whichever way the user passed it (an env-var header, a literal header, Basic auth, `?key=` in the endpoint).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { main, type CliIo } from '@ml-gates/cli';
import { adversarialGate } from '@ml-gates/adversarial-gate';
import { REPORT_FORMATS } from '@ml-gates/core';
import { openHttp, urlSecrets } from '../../packages/adversarial-gate/src/targets/http.js';

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
    if (cut) return res.writeHead(500).end(`${'x'.repeat(100)}${key.slice(0, Number(cut[1]))}`);
    res.writeHead(404).end('{}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

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
];

describe('the key never reaches an output, however the server returns it', () => {
  it.each(CASES.flatMap(([name, args]) => REPORT_FORMATS.map((f) => [`${name}, ${f}`, args, f] as const)))(
    '%s',
    async (_name, args, format) => {
      // `base` is known only once the server listens: rebuild the endpoint here
      const real = args.map((a) => a.replace(/^@\//, `${base}/`));
      const { code, output } = await run(real, format);
      expect(code).not.toBe(0);
      expect(output.length).toBeGreaterThan(0);
      expect(leaks(output)).toEqual([]);
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

  it('an invalid endpoint with the key in its query: the usage error does not print it', async () => {
    const c = io({});
    const code = await main(
      ['attack', '--endpoint', `http://[bad-host/v1?api_key=${KEY}`, '--kind', 'openai', '--format', 'json'],
      c,
      [adversarialGate],
    );
    expect(code).not.toBe(0);
    const output = c.out.join('') + c.err.join('');
    expect(output).toMatch(/not a valid URL/);
    expect(leaks(output)).toEqual([]);
  });
});

describe('credentials in the endpoint URL', () => {
  it('query values and user info are secrets; a protocol version is not', () => {
    expect(
      urlSecrets(`https://u1:${PASSWORD}@h.example/v1?api-version=2024-02-01&key=${encodeURIComponent(KEY)}`).sort(),
    ).toEqual([KEY, PASSWORD].sort());
    expect(urlSecrets('https://h.example/v1?sk-bare-token-123')).toEqual(['sk-bare-token-123']);
    expect(urlSecrets('not a url')).toEqual([]);
  });
});
