import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router';
import { useResources } from '../api/checkup.ts';
import { useLiveEvents } from '../api/live.ts';
import { useLocked } from '../api/lock.ts';
import { useMe } from '../api/me.ts';
import { BreakBanner } from '../features/breaks/BreakBanner.tsx';
import { HelpPage } from '../features/checkup/HelpPage.tsx';
import { LockPage } from '../features/lock/LockPage.tsx';
import { Logo } from './Logo.tsx';
import { QuickExitButton, useEscapeTwice } from './QuickExit.tsx';

/**
 * The frame around every page. After a quick exit that locked Hearth, the frame holds only the
 * lock page (or the help lines): no other page, no navigation, nothing that asks for the account
 * (docs/privacy.md, "The partner").
 */
export function Layout() {
  const locked = useLocked();
  const { pathname } = useLocation();
  if (!locked) return <OpenLayout />;
  // Help lines are for everyone, and stay one tap away while locked.
  return <Frame home="/">{pathname === '/help' ? <HelpPage /> : <LockPage />}</Frame>;
}

function OpenLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const signedIn = Boolean(me.data);
  const navigation = useNavigation();
  useLiveEvents(Boolean(me.data?.couple));

  return (
    <Frame
      home={signedIn ? '/' : '/welcome'}
      busy={navigation.state === 'loading'}
      nav={
        signedIn ? (
          <nav className="site-nav" aria-label={t('layout.mainNav')}>
            <NavLink to="/" end>
              {t('layout.nav.home')}
            </NavLink>
            <NavLink to="/today">{t('nav.today', { ns: 'today' })}</NavLink>
            <NavLink to="/talk">{t('nav', { ns: 'talk' })}</NavLink>
            <NavLink to="/checkup">{t('layout.nav.checkup')}</NavLink>
            <NavLink to="/invite">{t('layout.nav.invite')}</NavLink>
            <NavLink to="/account">{t('layout.nav.account')}</NavLink>
          </nav>
        ) : (
          me.data === null && (
            <nav className="site-nav site-nav--guest" aria-label={t('layout.mainNav')}>
              <NavLink to="/sign-in">{t('layout.signIn')}</NavLink>
            </nav>
          )
        )
      }
    >
      {me.data?.couple && <BreakBanner />}
      <Outlet />
    </Frame>
  );
}

/** Skip link, header with quick exit, main, and the safety footer. */
function Frame({ home, nav, busy, children }: { home: string; nav?: ReactNode; busy?: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  // The help lines of the reader's own country (from the browser's language tag, no location).
  const resources = useResources();
  useEscapeTwice();

  return (
    <div className="shell">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // Focus the content without adding "#main" to the address and the history.
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('layout.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          {/* First in keyboard order (right after the skip link); shown in the top corner. */}
          <div className="quick-exit-slot">
            <QuickExitButton />
          </div>
          <Link to={home} className="brand" aria-label={t('layout.homeLink')}>
            <Logo className="brand-logo" />
            <span className="brand-name">{t('app.name')}</span>
          </Link>
          {nav}
        </div>
      </header>
      <main id="main" tabIndex={-1} aria-busy={busy || undefined}>
        {children}
      </main>
      <footer className="site-footer" aria-label={t('layout.footerLabel')}>
        <p>
          <strong>{t('layout.notTherapy')}</strong> {resources.data?.emergencyLine ?? t('layout.emergency')} <Link to="/help">{t('layout.helpLines')}</Link>
        </p>
      </footer>
      <ScrollRestoration />
    </div>
  );
}
