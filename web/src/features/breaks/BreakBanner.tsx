import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useActiveBreak } from '../../api/breaks.ts';
import { useSignedIn } from '../../api/me.ts';
import { dismissInvitation, isInvitationDismissed, useBreakFormat, useNow } from './time.ts';

/**
 * A small, calm line at the top of every page for a paired person: the partner's break (a
 * neutral notice with the return time, nothing more), my own break (a way back to its page), or
 * the invitation back. Nothing when there is no break; nothing on /break, which shows it all.
 * The wrapper is always there and polite, so a notice that arrives live is read out once.
 */
export function BreakBanner() {
  const location = useLocation();
  const onBreakPage = location.pathname === '/break';
  return (
    <div role="status" className="break-banner-live">
      {!onBreakPage && <BannerContent />}
    </div>
  );
}

function BannerContent() {
  const { t } = useTranslation('breaks');
  const { t: tHard } = useTranslation('break-guidance');
  const me = useSignedIn();
  const partner = me.couple?.partner?.name;
  const query = useActiveBreak();
  const format = useBreakFormat();
  // Re-render now and then so "tomorrow" turns into today at midnight.
  const now = useNow(60_000);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const data = query.data;
  if (!data) return null;

  const active = data.active;
  if (active) {
    // The server's return time, so both partners read the same minute.
    const time = format.time(new Date(active.returnAt).getTime(), now);
    if (active.mine) {
      return (
        <div className="break-banner break-banner--mine">
          <span className="break-banner-dot" aria-hidden="true" />
          <p>
            {t('banner.mine', { time })}{' '}
            <Link to="/break" className="break-banner-link">
              {t('banner.open')}
              <span className="visually-hidden"> {t('banner.openHidden')}</span>
            </Link>
          </p>
        </div>
      );
    }
    return (
      <div className="break-banner break-banner--partner">
        <span className="break-banner-dot" aria-hidden="true" />
        <p>{partner ? tHard('breaks.partnerNoticeNamed', { partner, time }) : tHard('breaks.partnerNotice', { time })}</p>
      </div>
    );
  }

  const invitation = data.invitation;
  if (!invitation || dismissed === invitation.breakId || isInvitationDismissed(invitation.breakId)) return null;
  return (
    <div className="break-banner break-banner--invitation">
      <span className="break-banner-dot" aria-hidden="true" />
      <div className="break-banner-text">
        <p>{t('banner.invitation')}</p>
        <p className="break-banner-actions">
          <Link to="/aftermath" className="break-banner-link">
            {t('invitation.aftermath')}
          </Link>
          <button
            type="button"
            className="break-banner-dismiss"
            aria-label={t('invitation.dismissLabel')}
            onClick={() => {
              dismissInvitation(invitation.breakId);
              setDismissed(invitation.breakId);
              // The button goes away: keep the keyboard in the page rather than lost at the top.
              document.getElementById('main')?.focus();
            }}
          >
            {t('invitation.dismiss')}
          </button>
        </p>
      </div>
    </div>
  );
}
