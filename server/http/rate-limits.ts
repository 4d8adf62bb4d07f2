/** Per-address request limits for the routes that send e-mail or guess at secrets. */
export interface RateLimits {
  strict: { rateLimit: { max: number; timeWindow: string } | false };
}

export function rateLimits(enabled: boolean): RateLimits {
  return { strict: { rateLimit: enabled ? { max: 20, timeWindow: '10 minutes' } : false } };
}
