import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src-server/admin/create-user';
import type { Db } from '../../src-server/db/adapter';
import { openTestDatabase } from '../../src-server/testing';
import { buildApp } from '../../src-server/http/app';
import { isAllowedOrigin, parseAllowedOrigins } from '../../src-server/http/cors';

/**
 * The browser build and the Electron app call the team server from their own origins with a
 * bearer token: the preflight must pass for them, and only for them, and never with `*`.
 */
let db: Db;
let app: FastifyInstance;
let custom: FastifyInstance;
let token: string;

beforeAll(async () => {
  db = await openTestDatabase();
  app = await buildApp({ db });
  custom = await buildApp({ db, allowedOrigins: parseAllowedOrigins(['https://fieldbook.agency.com']) });
  token = (await createUser(db, { email: 'sam@agency.test', name: 'Sam Rivera' })).token;
});
afterAll(async () => {
  await app?.close();
  await custom?.close();
  await db?.close();
});

const preflight = (origin: string, path = '/v1/push', method = 'POST') => ({
  method: 'OPTIONS' as const,
  url: path,
  headers: {
    origin,
    'access-control-request-method': method,
    'access-control-request-headers': 'authorization,content-type',
  },
});

describe('CORS for the app (default origins)', () => {
  it.each(['http://127.0.0.1:5173', 'http://127.0.0.1:4173', 'http://localhost:5173', 'app://fieldbook'])(
    'answers the preflight from %s, naming that origin',
    async (origin) => {
      const reply = await app.inject(preflight(origin));
      expect(reply.statusCode).toBe(204);
      expect(reply.headers['access-control-allow-origin']).toBe(origin);
      expect(reply.headers['access-control-allow-methods']).toBe('GET, POST');
      expect(reply.headers['access-control-allow-headers']).toBe('authorization, content-type');
      expect(reply.headers['access-control-allow-credentials']).toBeUndefined();
      expect(reply.headers.vary).toBe('Origin');
    },
  );

  it('lets the browser build read /v1/me with a bearer token', async () => {
    const reply = await app.inject({
      method: 'GET',
      url: '/v1/me',
      headers: { origin: 'http://127.0.0.1:4173', authorization: `Bearer ${token}` },
    });
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['access-control-allow-origin']).toBe('http://127.0.0.1:4173');
    expect(reply.json()).toMatchObject({ email: 'sam@agency.test', name: 'Sam Rivera', role: 'csm' });
  });

  it('lets the app read a refused sign-in (401), so it can say "sign in again"', async () => {
    const reply = await app.inject({
      method: 'GET',
      url: '/v1/me',
      headers: { origin: 'app://fieldbook', authorization: 'Bearer wrong' },
    });
    expect(reply.statusCode).toBe(401);
    expect(reply.headers['access-control-allow-origin']).toBe('app://fieldbook');
  });

  it('refuses the preflight from any other site, with no allow-origin header', async () => {
    for (const origin of [
      'https://evil.example',
      'http://127.0.0.1.evil.example:80',
      'null',
      'http://192.168.1.5:5173',
    ]) {
      const reply = await app.inject(preflight(origin));
      expect(reply.statusCode, origin).toBe(403);
      expect(reply.headers['access-control-allow-origin'], origin).toBeUndefined();
    }
  });

  it('gives a simple request from another site no allow-origin header (the browser hides the reply)', async () => {
    const reply = await app.inject({ method: 'GET', url: '/v1/health', headers: { origin: 'https://evil.example' } });
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('leaves requests without an Origin (the CLI, server to server) as they were', async () => {
    const reply = await app.inject({ method: 'GET', url: '/v1/health' });
    expect(reply.json()).toEqual({ ok: true });
    expect(reply.headers['access-control-allow-origin']).toBeUndefined();
    expect(reply.headers.vary).toBeUndefined();
  });
});

describe('CORS with --allow-origin', () => {
  it('allows exactly the configured origin', async () => {
    const ok = await custom.inject(preflight('https://fieldbook.agency.com', '/v1/pull', 'GET'));
    expect(ok.statusCode).toBe(204);
    expect(ok.headers['access-control-allow-origin']).toBe('https://fieldbook.agency.com');
    const other = await custom.inject(preflight('https://fieldbook.agency.com:8443', '/v1/pull', 'GET'));
    expect(other.statusCode).toBe(403);
    const loopback = await custom.inject(preflight('http://127.0.0.1:5173'));
    expect(loopback.statusCode).toBe(403);
  });

  it('refuses "*" and things that are not origins', () => {
    expect(() => parseAllowedOrigins(['*'])).toThrow('--allow-origin "*" is refused');
    expect(() => parseAllowedOrigins(['fieldbook.agency.com'])).toThrow('is not an origin');
    expect(() => parseAllowedOrigins(['https://a.com/path'])).toThrow('is not an origin');
    expect(parseAllowedOrigins(['HTTPS://Fieldbook.Agency.com/'])).toEqual(['https://fieldbook.agency.com']);
  });

  it('matches any port only for a host:* entry', () => {
    expect(isAllowedOrigin('http://127.0.0.1:61234', ['http://127.0.0.1:*'])).toBe(true);
    expect(isAllowedOrigin('http://127.0.0.1', ['http://127.0.0.1:*'])).toBe(false);
    expect(isAllowedOrigin('http://127.0.0.1:80.evil.example', ['http://127.0.0.1:*'])).toBe(false);
    expect(isAllowedOrigin('https://127.0.0.1:5173', ['http://127.0.0.1:*'])).toBe(false);
  });
});
