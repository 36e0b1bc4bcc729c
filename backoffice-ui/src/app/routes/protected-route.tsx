import { useEffect } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import {
  clearSession,
  expiryDelay,
  getSessionEndReason,
  useAccessToken,
  type LoginLocationState,
} from '@/features/auth';

/** Shows its children only with a valid session; otherwise sends the user to /login and back. */
export function ProtectedRoute() {
  const token = useAccessToken();
  const location = useLocation();

  useEffect(() => {
    if (!token) return;
    const timer = setTimeout(() => clearSession('expired'), expiryDelay(token));
    return () => clearTimeout(timer);
  }, [token]);

  if (!token) {
    const reason = getSessionEndReason();
    const state: LoginLocationState = {
      reason,
      from: reason === 'logout' ? undefined : `${location.pathname}${location.search}${location.hash}`,
    };
    return <Navigate to="/login" replace state={state} />;
  }
  return <Outlet />;
}
