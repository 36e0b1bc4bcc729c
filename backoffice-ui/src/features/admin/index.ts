export { UsersPage } from './components/users-page';
export { NewUserPage, UserPage } from './components/user-page';
export { OperatorsPage } from './components/operators-page';
export { NewOperatorPage, OperatorPage } from './components/operator-page';
export { CommunesPage } from './components/communes-page';
export { CommunePage } from './components/commune-page';
export { AdminLinks } from './components/admin-links';
