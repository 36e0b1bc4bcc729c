import { createBrowserRouter, type RouteObject } from 'react-router';
import {
  CommunePage,
  CommunesPage,
  NewOperatorPage,
  NewUserPage,
  OperatorPage,
  OperatorsPage,
  UserPage,
  UsersPage,
} from '@/features/admin';
import { LoginPage } from '@/features/auth';
import { CaseFilesPage, QueuePage } from '@/features/case-files';
import { PersonEditPage, PersonFormPage, PersonSearchPage } from '@/features/persons';
import { SelfCheckPage } from '@/features/self-check';
import { EnrolmentsPage, ImportPage, SessionPage } from '@/features/training';
import { VerifyPage } from '@/features/verify';
import { AppLayout } from './routes/app-layout';
import { AttestationsRoute } from './routes/attestations';
import { AuditTrailRoute } from './routes/audit-trail';
import { CaseFileRoute } from './routes/case-file';
import { HomeRoute } from './routes/home';
import { NotFoundRoute } from './routes/not-found';
import { PersonRoute } from './routes/person';
import { ProtectedRoute } from './routes/protected-route';
import { RouteError } from './routes/route-error';
import { TrainingEnrolmentRoute } from './routes/training-enrolment';

export const paths = {
  home: '/',
  login: '/login',
  selfCheck: '/self-check',
  verify: '/verify',
  persons: '/persons',
  newPerson: '/persons/new',
  queues: '/queues',
  caseFiles: '/case-files',
  training: '/training',
  attestations: '/attestations',
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
                  { path: `${paths.persons}/:id/edit`, element: <PersonEditPage /> },
                  { path: `${paths.persons}/:id/audit`, element: <AuditTrailRoute /> },
                  { path: paths.caseFiles, element: <CaseFilesPage /> },
                  { path: `${paths.caseFiles}/:id`, element: <CaseFileRoute /> },
                  // Operator trainers (the API answers 403 to other roles).
                  { path: paths.training, element: <EnrolmentsPage /> },
                  { path: `${paths.training}/session`, element: <SessionPage /> },
                  { path: `${paths.training}/import`, element: <ImportPage /> },
                  { path: `${paths.training}/enrolments/:id`, element: <TrainingEnrolmentRoute /> },
                  // Administrators (the API answers 403 to other roles).
                  { path: '/admin/users', element: <UsersPage /> },
                  { path: '/admin/users/new', element: <NewUserPage /> },
                  { path: '/admin/users/:id', element: <UserPage /> },
                  { path: '/admin/operators', element: <OperatorsPage /> },
                  { path: '/admin/operators/new', element: <NewOperatorPage /> },
                  { path: '/admin/operators/:code', element: <OperatorPage /> },
                  { path: '/admin/communes', element: <CommunesPage /> },
                  { path: '/admin/communes/:nis', element: <CommunePage /> },
                  // Commune and CPAS clerks: the copies of attestations due to them.
                  { path: paths.attestations, element: <AttestationsRoute /> },
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
