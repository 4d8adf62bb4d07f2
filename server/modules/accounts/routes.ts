import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ChangePasswordBody,
  ConfirmSignUpBody,
  DeleteAccountBody,
  RequestPasswordResetBody,
  ResetPasswordBody,
  SessionList,
  SessionLockView,
  SessionParams,
  SettingsView,
  SignInBody,
  SignInCodeSent,
  SignInWithCodeBody,
  SignUpBody,
  UnlockSessionBody,
  UpdateAccountBody,
  UpdateSettingsBody,
  AccountView,
} from '../../../shared/contracts/accounts.ts';
import { Accepted, Ok } from '../../../shared/contracts/common.ts';
import { requireAuth, type SessionCookies } from '../../http/auth.ts';
import type { RateLimits } from '../../http/rate-limits.ts';
import { presentAccount, presentSession } from './presenter.ts';
import type { AccountService } from './service.ts';

const tags = ['accounts'];

export function accountRoutes(app: FastifyInstance, deps: { accounts: AccountService; cookies: SessionCookies; limits: RateLimits }) {
  const { accounts, cookies, limits } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/auth/sign-up', {
    schema: { operationId: 'signUp', tags, summary: 'Ask for an account; a confirmation link is e-mailed (with no text the person chose: the address is not confirmed yet). Names refuse line breaks, controls and invisible format characters', body: SignUpBody, response: { 202: Accepted } },
    config: limits.strict,
    handler: async (request, reply) => {
      await accounts.signUp(request.body, 'en');
      return reply.status(202).send({ status: 'accepted' });
    },
  });

  r.post('/api/auth/confirm', {
    schema: { operationId: 'confirmSignUp', tags, summary: 'Open the e-mailed link: creates the account and signs in', body: ConfirmSignUpBody, response: { 200: Ok } },
    config: limits.strict,
    handler: async (request, reply) => {
      const session = await accounts.confirmSignUp(request.body.token, cookies.signInContext(request));
      cookies.start(request, reply, session);
      return { status: 'ok' as const };
    },
  });

  r.post('/api/auth/sign-in', {
    schema: {
      operationId: 'signIn',
      tags,
      summary: 'Sign in with e-mail and password',
      description:
        '200 signs in. After several wrong passwords the account (or the address) is throttled: a browser that signed in to the account before waits (429 with Retry-After); any other browser gets 202 `code_sent` whatever the password, and only the right one e-mails a one-time code (see `signInWithCode`). After 100 password checks of one account in an hour, none is checked: 429 `too_many_tries`, and "Forgot password" is the way in.',
      body: SignInBody,
      response: { 200: Ok, 202: SignInCodeSent },
    },
    handler: async (request, reply) => {
      const outcome = await accounts.signIn(request.body, cookies.signInContext(request));
      if ('codeSent' in outcome) return reply.status(202).send({ status: 'code_sent' as const });
      cookies.start(request, reply, outcome.session);
      return { status: 'ok' as const };
    },
  });

  r.post('/api/auth/sign-in/code', {
    schema: {
      operationId: 'signInWithCode',
      tags,
      summary: 'Sign in with the one-time code e-mailed while sign-in was throttled (typed, or from its link); it works once, for 15 minutes',
      body: SignInWithCodeBody,
      response: { 200: Ok },
    },
    config: limits.strict,
    handler: async (request, reply) => {
      const session = await accounts.signInWithCode(request.body.code, cookies.signInContext(request));
      cookies.start(request, reply, session);
      return { status: 'ok' as const };
    },
  });

  r.post('/api/auth/sign-out', {
    schema: { operationId: 'signOut', tags, summary: "End this session (its open event streams close at once); the browser still remembers the account's device", response: { 200: Ok } },
    config: { whileLocked: true },
    handler: async (request, reply) => {
      if (request.auth) await accounts.signOut(request.auth.sessionId, request.auth.accountId);
      cookies.clear(reply);
      return { status: 'ok' as const };
    },
  });

  r.post('/api/auth/password-reset', {
    schema: { operationId: 'requestPasswordReset', tags, summary: 'E-mail a single-use link, if the address has an account; answers 202 at once, the same for every address, and the lookup happens after the answer', body: RequestPasswordResetBody, response: { 202: Accepted } },
    config: limits.strict,
    handler: async (request, reply) => {
      accounts.requestPasswordReset(request.body.email);
      return reply.status(202).send({ status: 'accepted' });
    },
  });

  r.post('/api/auth/password-reset/complete', {
    schema: { operationId: 'resetPassword', tags, body: ResetPasswordBody, response: { 200: Ok } },
    config: limits.strict,
    handler: async (request, reply) => {
      const session = await accounts.resetPassword(request.body, cookies.signInContext(request));
      cookies.start(request, reply, session);
      return { status: 'ok' as const };
    },
  });

  r.put('/api/me/password', {
    schema: { operationId: 'changePassword', tags, summary: 'Change password; other sessions end. Wrong current passwords are throttled per account like sign-in (429 with Retry-After)', body: ChangePasswordBody, response: { 200: Ok } },
    handler: async (request) => {
      await accounts.changePassword(requireAuth(request), request.body);
      return { status: 'ok' as const };
    },
  });

  r.patch('/api/me', {
    schema: {
      operationId: 'updateAccount',
      tags,
      summary: 'Change my name (letters, spaces and punctuation: no line breaks, controls or invisible format characters)',
      body: UpdateAccountBody,
      response: { 200: AccountView },
    },
    handler: async (request) => {
      const auth = requireAuth(request);
      await accounts.updateAccount(auth.accountId, request.body);
      return presentAccount({ ...auth.account, name: request.body.name });
    },
  });

  r.post('/api/me/delete', {
    schema: { operationId: 'deleteAccount', tags, summary: 'Erase the account (leaving any couple first). Wrong passwords are throttled per account like sign-in (429 with Retry-After)', body: DeleteAccountBody, response: { 200: Ok } },
    handler: async (request, reply) => {
      await accounts.deleteAccount(requireAuth(request), request.body.password);
      cookies.clear(reply);
      return { status: 'ok' as const };
    },
  });

  r.patch('/api/me/settings', {
    schema: { operationId: 'updateSettings', tags, summary: "The account's settings, on every browser it signs in from", body: UpdateSettingsBody, response: { 200: SettingsView } },
    handler: async (request) => {
      const auth = requireAuth(request);
      await accounts.updateSettings(auth.accountId, request.body);
      return request.body;
    },
  });

  r.post('/api/sessions/current/lock', {
    schema: {
      operationId: 'lockSession',
      tags,
      summary: "Quick exit: lock this browser's session (when the account's setting is on) until the password is entered again",
      description: 'While locked, every other operation but unlockSession, signOut and getResources answers 423 `locked`.',
      response: { 200: SessionLockView },
    },
    config: { whileLocked: true },
    handler: async (request) => ({ locked: await accounts.lockSession(requireAuth(request)) }),
  });

  r.post('/api/sessions/current/unlock', {
    schema: {
      operationId: 'unlockSession',
      tags,
      summary: "Open this browser's session again after a quick exit: needs the password (throttled like sign-in)",
      body: UnlockSessionBody,
      response: { 200: SessionLockView },
    },
    config: { whileLocked: true },
    handler: async (request) => {
      await accounts.unlockSession(requireAuth(request), request.body.password);
      return { locked: false };
    },
  });

  r.get('/api/sessions', {
    schema: { operationId: 'listSessions', tags, response: { 200: SessionList } },
    handler: async (request) => {
      const auth = requireAuth(request);
      const sessions = await accounts.listSessions(auth.accountId);
      return { sessions: sessions.map((s) => presentSession(s, auth.sessionId)) };
    },
  });

  r.delete('/api/sessions/:id', {
    schema: { operationId: 'revokeSession', tags, summary: 'End one of my sessions (its open event streams close at once, on every app server)', params: SessionParams, response: { 200: Ok } },
    handler: async (request, reply) => {
      const auth = requireAuth(request);
      await accounts.revokeSession(auth.accountId, request.params.id);
      if (request.params.id === auth.sessionId) cookies.clear(reply);
      return { status: 'ok' as const };
    },
  });

  r.post('/api/sessions/revoke-others', {
    schema: { operationId: 'revokeOtherSessions', tags, summary: 'End all my other sessions (their open event streams close at once, on every app server)', response: { 200: Ok } },
    handler: async (request) => {
      const auth = requireAuth(request);
      await accounts.revokeOtherSessions(auth.accountId, auth.sessionId);
      return { status: 'ok' as const };
    },
  });
}
