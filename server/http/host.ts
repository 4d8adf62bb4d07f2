import type { FastifyInstance, FastifyRequest } from 'fastify';
import { isLoopbackHost } from '../config/index.ts';
import { misdirected } from './errors.ts';

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);
// A host name or an IP literal, with an optional port; nothing else belongs in a Host header.
const HOST_SHAPE = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * Every request must be addressed to Hearth by its own name: BASE_URL's host, or, while Hearth
 * listens on loopback only, a loopback name with the port the request came in on. A web page that
 * rebinds its own domain to 127.0.0.1 (DNS rebinding) sends its domain as Host, and is answered 421
 * before anything else runs (docs/privacy.md). Behind a trusted proxy the host is what the proxy
 * forwards (X-Forwarded-Host, else Host).
 */
export function registerHostCheck(app: FastifyInstance, options: { baseUrl: string; listenHost: string }): void {
  const base = new URL(options.baseUrl);
  const loopback = isLoopbackHost(options.listenHost);
  app.addHook('onRequest', async (request) => {
    if (!isOwnHost(request, base, loopback)) throw misdirected();
  });
}

function isOwnHost(request: FastifyRequest, base: URL, loopback: boolean): boolean {
  const host = request.host;
  if (!HOST_SHAPE.test(host)) return false;
  let url: URL;
  try {
    url = new URL(`${base.protocol}//${host}`);
  } catch {
    return false;
  }
  // The URL parser lower-cases the name and drops a default port, as BASE_URL's host is kept.
  if (url.host === base.host) return true;
  if (!loopback || !LOOPBACK_NAMES.has(url.hostname)) return false;
  const port = new URL(`${request.protocol}://${host}`).port || (request.protocol === 'https' ? '443' : '80');
  return port === String(request.socket.localPort);
}
