import type { AccountView, SessionView } from '../../../shared/contracts/accounts.ts';
import type { Account, Session } from './repository.ts';

export const presentAccount = (a: Pick<Account, 'id' | 'name' | 'email' | 'created_at'>): AccountView => ({
  id: a.id,
  name: a.name,
  email: a.email,
  createdAt: a.created_at,
});

export const presentSession = (s: Session, currentId: string): SessionView => ({
  id: s.id,
  current: s.id === currentId,
  device: deviceLabel(s.user_agent),
  createdAt: s.created_at,
  lastSeenAt: s.last_seen_at,
});

const BROWSERS: [RegExp, string][] = [
  [/Edg\//, 'Edge'],
  [/OPR\//, 'Opera'],
  [/Firefox\//, 'Firefox'],
  [/Chrom(e|ium)\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];
const SYSTEMS: [RegExp, string][] = [
  [/iPhone|iPad/, 'iOS'],
  [/Android/, 'Android'],
  [/Mac OS X/, 'macOS'],
  [/Windows/, 'Windows'],
  [/CrOS/, 'ChromeOS'],
  [/Linux/, 'Linux'],
];

/** "Firefox on Android": enough to recognise one's own devices, nothing about where they are. */
export function deviceLabel(userAgent: string): string {
  const browser = BROWSERS.find(([re]) => re.test(userAgent))?.[1];
  const system = SYSTEMS.find(([re]) => re.test(userAgent))?.[1];
  if (browser && system) return `${browser} · ${system}`;
  return browser ?? system ?? 'Unknown device';
}
