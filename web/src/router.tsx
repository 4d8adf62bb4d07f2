import { createBrowserRouter } from 'react-router';
import { AccountPage } from './features/account/AccountPage.tsx';
import { ConfirmPage } from './features/auth/ConfirmPage.tsx';
import { ForgotPasswordPage } from './features/auth/ForgotPasswordPage.tsx';
import { GuestOnly, RequireAccount } from './features/auth/guards.tsx';
import { ResetPasswordPage } from './features/auth/ResetPasswordPage.tsx';
import { SignInCodePage } from './features/auth/SignInCode.tsx';
import { SignInPage } from './features/auth/SignInPage.tsx';
import { SignUpPage } from './features/auth/SignUpPage.tsx';
import { WelcomePage } from './features/auth/WelcomePage.tsx';
import { InvitePage } from './features/couple/InvitePage.tsx';
import { JoinPage } from './features/couple/JoinPage.tsx';
import { CheckupPage } from './features/checkup/CheckupPage.tsx';
import { CoupleReportPage } from './features/checkup/CoupleReportPage.tsx';
import { HelpPage } from './features/checkup/HelpPage.tsx';
import { LatestResultPage, ResultPage } from './features/checkup/ResultPage.tsx';
import { SafetyCarePage } from './features/checkup/SafetyCarePage.tsx';
import { SafetyPage } from './features/checkup/SafetyPage.tsx';
import { CrashPage } from './features/CrashPage.tsx';
import { OutboxPage } from './features/dev/OutboxPage.tsx';
import { HomePage } from './features/home/HomePage.tsx';
import { NotFoundPage } from './features/NotFoundPage.tsx';
import { AppreciationsPage } from './features/appreciations/AppreciationsPage.tsx';
import { ProgressPage } from './features/progress/ProgressPage.tsx';
import { RemindersPage } from './features/reminders/RemindersPage.tsx';
import { RitualsPage } from './features/rituals/RitualsPage.tsx';
import { TodayPage } from './features/today/TodayPage.tsx';
import { Layout } from './ui/Layout.tsx';

const aftermath = () => import('./features/aftermath/AftermathPage.tsx').then((m) => ({ Component: m.AftermathPage }));

export const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <CrashPage />,
    children: [
      {
        // Errors inside a page keep the header, quick exit and footer around them.
        errorElement: <CrashPage />,
        children: [
          {
            element: <GuestOnly />,
            children: [
              { path: 'welcome', element: <WelcomePage /> },
              { path: 'sign-up', element: <SignUpPage /> },
              { path: 'sign-in', element: <SignInPage /> },
              { path: 'forgot-password', element: <ForgotPasswordPage /> },
            ],
          },
          {
            element: <RequireAccount />,
            children: [
              { index: true, element: <HomePage /> },
              { path: 'invite', element: <InvitePage /> },
              { path: 'account', element: <AccountPage /> },
              { path: 'account/safety', element: <SafetyCarePage /> },
              { path: 'today', element: <TodayPage /> },
              { path: 'appreciations', element: <AppreciationsPage /> },
              { path: 'rituals', element: <RitualsPage /> },
              { path: 'progress', element: <ProgressPage /> },
              { path: 'settings/reminders', element: <RemindersPage /> },
              // The pages for hard moments load when first opened: most visits never need them.
              { path: 'talk', lazy: () => import('./features/talk/TalkPage.tsx').then((m) => ({ Component: m.TalkPage })) },
              { path: 'aftermath', lazy: aftermath },
              { path: 'aftermath/:id', lazy: aftermath },
              { path: 'cycle-map', lazy: () => import('./features/cycle/CycleMapPage.tsx').then((m) => ({ Component: m.CycleMapPage })) },
              { path: 'break', lazy: () => import('./features/breaks/BreakPage.tsx').then((m) => ({ Component: m.BreakPage })) },
              { path: 'checkup', element: <CheckupPage /> },
              { path: 'checkup/safety', element: <SafetyPage /> },
              { path: 'checkup/result', element: <LatestResultPage /> },
              { path: 'checkup/results/:id', element: <ResultPage /> },
              { path: 'checkup/couple', element: <CoupleReportPage /> },
            ],
          },
          { path: 'help', element: <HelpPage /> },
          { path: 'confirm', element: <ConfirmPage /> },
          { path: 'sign-in-code', element: <SignInCodePage /> },
          { path: 'reset-password', element: <ResetPasswordPage /> },
          { path: 'join', element: <JoinPage /> },
          { path: 'dev/outbox', element: <OutboxPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
