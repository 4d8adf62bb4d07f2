import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import './i18n.ts';
import './styles/base.css';
import './styles/components.css';
import './styles/pages.css';
import './styles/checkup.css';
import './styles/everyday.css';
import './styles/talk.css';
import './styles/aftermath.css';
import './styles/cycle.css';
import './styles/breaks.css';
import { configQuery } from './api/config.ts';
import { meQuery } from './api/me.ts';
import { queryClient } from './api/queryClient.ts';
import { router } from './router.tsx';

// Ask for both at once, before the first page needs them.
void queryClient.prefetchQuery(configQuery);
void queryClient.prefetchQuery(meQuery);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
