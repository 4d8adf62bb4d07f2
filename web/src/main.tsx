import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import './i18n.ts';
import './styles/base.css';
import './styles/components.css';
import './styles/pages.css';
import './styles/checkup.css';
import './styles/chart.css';
import './styles/forms.css';
import './styles/today.css';
import './styles/appreciations.css';
import './styles/rituals.css';
import './styles/progress.css';
import './styles/talk.css';
import './styles/aftermath.css';
import './styles/cycle.css';
import './styles/breaks.css';
import { configQuery } from './api/config.ts';
import { confirmLock, isLocked, watchLock } from './api/lock.ts';
import { meQuery } from './api/me.ts';
import { queryClient } from './api/queryClient.ts';
import { router } from './router.tsx';

// Locked after a quick exit: decided here, before anything renders or is asked for.
watchLock();
// Ask for both at once, before the first page needs them.
void queryClient.prefetchQuery(configQuery);
if (isLocked()) void confirmLock();
else void queryClient.prefetchQuery(meQuery);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
