/**
 * Secret addresses that travel in a URL path (the calendar address: a calendar app cannot keep
 * its secret after '#'). Whatever logs a URL — the request line, an error message — the log line
 * is scrubbed on its way out, so no secret address lands in a log (docs/privacy.md).
 */
const SECRET_PATHS = /(\/api\/calendar\/)(?!feed(?=[/?#"\s\\]|$))[^/?#"\s\\]+/g;

export const redactSecretPaths = (line: string): string => line.replace(SECRET_PATHS, '$1[redacted]');
