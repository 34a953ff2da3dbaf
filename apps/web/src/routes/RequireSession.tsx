import { Navigate, Outlet, useLocation } from 'react-router';
import { signOutMarker, useSession } from '../api/session';
import { AppShell } from '../components/AppShell';
import { unitGroupsPath } from '../features/groups/group-units';
import { SearchMemoryProvider } from '../features/persons/search-memory';
import { referralUnits, unitReferralsPath } from '../features/referrals/referral-units';
import { ChangePasswordLink } from '../features/session/ChangePasswordLink';
import { PasswordChangedMessage } from '../features/session/PasswordChangedMessage';
import { SessionLoadState } from '../features/session/SessionLoadState';
import { SignOutButton } from '../features/session/SignOutButton';
import {
  changePasswordPath,
  handlesClients,
  homePath,
  UserContext,
  useUser,
} from '../features/session/user-context';

/** Every page behind sign-in: without a session, go to sign-in and come back here afterwards. */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();

  if (!session.isSuccess) {
    return (
      <AppShell user={null} showNav={false}>
        <SessionLoadState session={session} />
      </AppShell>
    );
  }
  const user = session.data.user;
  if (!user) {
    const from = `${location.pathname}${location.search}`;
    return <Navigate to="/sign-in" replace state={signOutMarker.active ? { signedOut: true } : { from }} />;
  }
  // A one-time password opens nothing but changing it; the server refuses everything else meanwhile.
  const gated = user.mustChangePassword;
  if (gated && location.pathname !== changePasswordPath) return <Navigate to={changePasswordPath} replace />;
  // Workers of several units reach the others from the page itself.
  const firstReferralUnit = referralUnits(user)[0];
  return (
    <UserContext.Provider value={user}>
      <SearchMemoryProvider>
        <AppShell
          user={user}
          showNav={!gated}
          clientLinks={handlesClients(user)}
          searchLink={user.role === 'admin'}
          reviewLink={user.role === 'team_lead'}
          teamLink={user.role === 'team_lead'}
          figuresLink={user.role === 'team_lead'}
          teamsLink={handlesClients(user)}
          referralLink={handlesClients(user)}
          unitReferralsLink={firstReferralUnit ? unitReferralsPath(firstReferralUnit.id) : null}
          unitGroupsLink={firstReferralUnit ? unitGroupsPath(firstReferralUnit.id) : null}
          outboxLink={user.role === 'admin' && session.data.demoMode}
          templatesLink={user.role === 'admin'}
          directoryLink={user.role === 'admin'}
          structureLink={user.role === 'admin'}
          casesLink={user.role !== 'purchaser'}
          purchaserLink={user.role === 'purchaser'}
          userActions={
            <>
              {!gated && session.data.signIn.password && <ChangePasswordLink />}
              <SignOutButton />
            </>
          }
        >
          <PasswordChangedMessage />
          <Outlet />
        </AppShell>
      </SearchMemoryProvider>
    </UserContext.Provider>
  );
}

/** The address without a page: each user's own start page. */
export function Home() {
  return <Navigate to={homePath(useUser())} replace />;
}
