import type { RouteObject } from 'react-router';
import {
  HomePage,
  NotFoundPage,
  ProblemWithServicePage,
  RequireSession,
  SessionEndedPage,
  SignInPage,
  SignOutPage,
} from '@mace/web-shell';
import { AppLayout } from './app-layout.component';

export const appRoutes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      {
        // A page that throws while rendering keeps the header and footer around the problem page.
        errorElement: <ProblemWithServicePage />,
        children: [
          { path: 'sign-in', element: <SignInPage /> },
          { path: 'sign-out', element: <SignOutPage /> },
          { path: 'session-ended', element: <SessionEndedPage /> },
          { element: <RequireSession />, children: [{ index: true, element: <HomePage /> }] },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
