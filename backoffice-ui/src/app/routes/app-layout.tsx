import { Outlet } from 'react-router';
import { Layout } from '@/components';
import { useCurrentUser, useLogout } from '@/features/auth';
import { HeaderSearch } from '@/features/search';
import { useTranslation } from '@/lib/i18n';
import { isCriStaff, isRole, roleLabel } from '@/lib/roles';
import { useFocusTitleOnNavigation } from '../focus-title-on-navigation';
import { NAVIGATION } from '../navigation';

export function AppLayout() {
  const { t } = useTranslation();
  const { data: user } = useCurrentUser({ throwOnForbidden: false });
  const logout = useLogout();
  useFocusTitleOnNavigation();
  return (
    <Layout
      user={user ? { displayName: user.displayName ?? user.username ?? '', roleLabel: roleLabel(user.role, t) } : null}
      onLogout={() => void logout()}
      links={user && isRole(user.role) ? NAVIGATION[user.role] : []}
      search={user && isCriStaff(user.role) ? <HeaderSearch owner={user.username ?? ''} /> : null}
    >
      <Outlet />
    </Layout>
  );
}
