import { useEffect, useRef } from 'react';
import { Navigate, Outlet, useLocation, useSearchParams } from 'react-router';
import { useMe } from '../../api/me.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { PageLoading } from '../../ui/Loading.tsx';
import { pendingInvite } from '../couple/pendingInvite.ts';

/** Where to go once signed in: a safe `next` path, the invitation being accepted, or home. */
export function afterSignInPath(search: URLSearchParams): string {
  const next = search.get('next');
  if (next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\')) return next;
  return pendingInvite.get() ? '/join' : '/';
}

/** Pages for signed-in people. Without a session: the welcome page, or sign-in and back. */
export function RequireAccount() {
  const me = useMe();
  const location = useLocation();
  const wasSignedIn = useRef(false);
  useEffect(() => {
    if (me.data) wasSignedIn.current = true;
  }, [me.data]);

  if (me.isPending) return <PageLoading />;
  if (me.isError) return <LoadError onRetry={() => void me.refetch()} />;
  if (!me.data) {
    if (location.pathname === '/' && !wasSignedIn.current) return <Navigate to="/welcome" replace />;
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace state={{ signedOut: wasSignedIn.current }} />;
  }
  return <Outlet />;
}

/** Pages for people who are not signed in (welcome, sign-in…): signed-in people move on. */
export function GuestOnly() {
  const me = useMe();
  const [search] = useSearchParams();
  if (me.isPending) return <PageLoading />;
  if (me.data) return <Navigate to={afterSignInPath(search)} replace />;
  return <Outlet />;
}
