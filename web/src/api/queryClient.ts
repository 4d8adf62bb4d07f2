import { QueryClient } from '@tanstack/react-query';
import { ApiError, onLocked, onUnauthorized } from './client.ts';
import { isLocked, lockHere, subscribeLock } from './lock.ts';
import { meKey } from './me.ts';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A person's own mistake (4xx) will not fix itself; a network blip or 5xx might.
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      staleTime: 15_000,
    },
    mutations: { retry: false },
  },
});

// The session ended elsewhere (signed out from another device, password changed): forget who
// was signed in, so the signed-in pages send the person to sign in again.
onUnauthorized(() => {
  if (queryClient.getQueryData(meKey)) queryClient.setQueryData(meKey, null);
});

// The server says this browser is locked (a quick exit, perhaps in another tab): lock the page.
onLocked(lockHere);

// While locked, nothing of the account stays in memory; the lock page needs only these two.
subscribeLock(() => {
  if (isLocked()) queryClient.removeQueries({ predicate: (query) => !['config', 'resources'].includes(String(query.queryKey[0])) });
});
