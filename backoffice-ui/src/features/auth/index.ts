export {
  currentUserQueryKey,
  getCurrentUser,
  useCurrentUser,
  type UseCurrentUserOptions,
} from './api/get-current-user';
export { requestToken, useLogin, type Credentials } from './api/login';
export { useLogout } from './api/logout';
export { LoginPage, type LoginLocationState } from './components/login-page';
export {
  clearSession,
  decodeJwtExpiry,
  expiryDelay,
  getAccessToken,
  getSessionEndReason,
  isTokenExpired,
  saveAccessToken,
  useAccessToken,
  type SessionEndReason,
} from './session';
