import type { CoupleView, MeView, NoticeView } from '../../../shared/contracts/couples.ts';
import { presentAccount } from '../accounts/presenter.ts';
import type { Authenticated } from '../accounts/service.ts';
import type { Membership } from './repository.ts';
import type { Standing } from './service.ts';

export const presentCouple = (m: Membership): CoupleView => ({
  id: m.coupleId,
  since: m.since,
  partner: m.partnerId ? { id: m.partnerId, name: m.partnerName ?? '' } : null,
});

export function presentMe(auth: Authenticated, standing: Standing): MeView {
  return {
    account: presentAccount(auth.account),
    settings: auth.settings,
    couple: standing.membership ? presentCouple(standing.membership) : null,
    invite: standing.invite ?? null,
    notices: standing.notices.map((n) => ({ id: n.id, kind: n.kind as NoticeView['kind'], createdAt: n.created_at })),
  };
}
