/** Reads `#token=…` from an e-mailed link (a fragment never reaches a server or a Referer). */
export function tokenFromHash(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token') || null;
}
