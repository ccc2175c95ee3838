import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/adapter';
import { userByToken, type User } from '../store/users';

declare module 'fastify' {
  interface FastifyRequest {
    user: User | null;
  }
}

/** `Authorization: Bearer TOKEN`; the scheme is case-insensitive (RFC 9110), the token is not. */
const BEARER = /^bearer +([A-Za-z0-9_-]{10,200}) *$/i;

/**
 * An `onRequest` hook: the caller is known (by the token's hash) before a single byte of the body
 * is read, so nobody without a valid token can make the server buffer or parse anything. The
 * token itself is never logged or stored; a missing, unknown or deactivated user's token is a
 * 401 the client turns into a sign-in prompt.
 */
export function requireUser(db: Db) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const match = BEARER.exec(request.headers.authorization ?? '');
    const user = match?.[1] ? await userByToken(db, match[1]) : null;
    if (!user) {
      request.log.warn(
        { event: 'auth.refused', reason: match ? 'unknown_token' : 'no_token' },
        'refused a request without a valid token',
      );
      return reply
        .code(401)
        .send({ error: 'unauthorized', reason: 'Sign in again: the token is missing, unknown or revoked.' });
    }
    request.user = user;
  };
}

/** The user a route's auth hook put on the request. */
export function userOf(request: FastifyRequest): User {
  if (!request.user) throw new Error('route is missing its auth hook');
  return request.user;
}
