import { createBrowserRouter, type RouteObject } from 'react-router';
import { LoginPage } from '@/features/auth';
import { QueuePage } from '@/features/case-files';
import { PersonFormPage, PersonSearchPage } from '@/features/persons';
import { SelfCheckPage } from '@/features/self-check';
import { VerifyPage } from '@/features/verify';
import { AppLayout } from './routes/app-layout';
import { AuditTrailRoute } from './routes/audit-trail';
import { CaseFileRoute } from './routes/case-file';
import { HomeRoute } from './routes/home';
import { NotFoundRoute } from './routes/not-found';
import { PersonRoute } from './routes/person';
import { ProtectedRoute } from './routes/protected-route';
import { RouteError } from './routes/route-error';

export const paths = {
  home: '/',
  login: '/login',
  selfCheck: '/self-check',
  verify: '/verify',
  persons: '/persons',
  newPerson: '/persons/new',
  queues: '/queues',
  caseFiles: '/case-files',
} as const;

export const routes: RouteObject[] = [
  {
    errorElement: <RouteError standalone />,
    children: [
      { path: paths.login, element: <LoginPage /> },
      // Public pages: no login, five languages (Arabic included).
      { path: paths.selfCheck, element: <SelfCheckPage /> },
      { path: paths.verify, element: <VerifyPage /> },
      { path: `${paths.verify}/:code`, element: <VerifyPage /> },
      {
        element: <ProtectedRoute />,
        children: [
          {
            element: <AppLayout />,
            children: [
              {
                // Errors of a page (a 403 from the API, a crash) show inside the signed-in frame.
                errorElement: <RouteError />,
                children: [
                  { index: true, element: <HomeRoute /> },
                  // CRI staff (the API answers 403 to other roles, shown as "access denied").
                  { path: `${paths.queues}/:queue`, element: <QueuePage /> },
                  { path: paths.persons, element: <PersonSearchPage /> },
                  { path: paths.newPerson, element: <PersonFormPage /> },
                  { path: `${paths.persons}/:id`, element: <PersonRoute /> },
                  { path: `${paths.persons}/:id/audit`, element: <AuditTrailRoute /> },
                  { path: `${paths.caseFiles}/:id`, element: <CaseFileRoute /> },
                ],
              },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
