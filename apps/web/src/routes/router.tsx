import { createBrowserRouter, Outlet } from 'react-router';
import { NotFoundPage } from '../components/NotFound';
import { Loading } from '../components/QueryState';
import { Home, RequireSession } from './RequireSession';
import { RouteError } from './RouteError';

/**
 * The route table. Pages load on demand; ids may appear in URLs, names and search terms never do.
 */
export const router = createBrowserRouter([
  {
    element: <Outlet />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <Loading />,
    children: [
      {
        path: '/sign-in',
        lazy: async () => ({ Component: (await import('../features/session/SignInPage')).SignInPage }),
      },
      {
        element: <RequireSession />,
        children: [
          { index: true, element: <Home /> },
          {
            path: 'change-password',
            lazy: async () => ({
              Component: (await import('../features/session/ChangePasswordPage')).ChangePasswordPage,
            }),
          },
          {
            path: 'cases',
            lazy: async () => ({ Component: (await import('../features/cases/MyCasesPage')).MyCasesPage }),
          },
          {
            path: 'cases/new',
            lazy: async () => ({
              Component: (await import('../features/cases/CaseCreatePage')).CaseCreatePage,
            }),
          },
          {
            path: 'cases/:caseId',
            lazy: async () => ({ Component: (await import('../features/cases/CasePage')).CasePage }),
          },
          {
            path: 'cases/:caseId/plan/edit',
            lazy: async () => ({
              Component: (await import('../features/plans/PlanEditPage')).PlanEditPage,
            }),
          },
          {
            path: 'my-work',
            lazy: async () => ({ Component: (await import('../features/my-work/MyWorkPage')).MyWorkPage }),
          },
          {
            path: 'persons',
            lazy: async () => ({
              Component: (await import('../features/persons/PersonSearchPage')).PersonSearchPage,
            }),
          },
          {
            path: 'persons/new',
            lazy: async () => ({
              Component: (await import('../features/persons/PersonFormPage')).PersonCreatePage,
            }),
          },
          {
            path: 'persons/:personId',
            lazy: async () => ({ Component: (await import('../features/persons/PersonPage')).PersonPage }),
          },
          {
            path: 'persons/:personId/edit',
            lazy: async () => ({
              Component: (await import('../features/persons/PersonFormPage')).PersonEditPage,
            }),
          },
          {
            path: 'persons/:personId/access-log',
            lazy: async () => ({
              Component: (await import('../features/access-log/AccessLogPage')).AccessLogPage,
            }),
          },
          {
            path: 'families/new',
            lazy: async () => ({
              Component: (await import('../features/families/FamilyFormPage')).FamilyCreatePage,
            }),
          },
          {
            path: 'families/:familyId',
            lazy: async () => ({ Component: (await import('../features/families/FamilyPage')).FamilyPage }),
          },
          {
            path: 'families/:familyId/edit',
            lazy: async () => ({
              Component: (await import('../features/families/FamilyFormPage')).FamilyEditPage,
            }),
          },
          {
            path: 'reviews',
            lazy: async () => ({
              Component: (await import('../features/stated-access/ReviewPage')).ReviewPage,
            }),
          },
          {
            path: 'team',
            lazy: async () => ({ Component: (await import('../features/team/TeamPage')).TeamPage }),
          },
          {
            path: 'figures',
            lazy: async () => ({ Component: (await import('../features/figures/FiguresPage')).FiguresPage }),
          },
          {
            path: 'referrals/new',
            lazy: async () => ({
              Component: (await import('../features/referrals/ReferralFormPage')).ReferralFormPage,
            }),
          },
          {
            path: 'referrals/sent',
            lazy: async () => ({
              Component: (await import('../features/referrals/SentReferralsPage')).SentReferralsPage,
            }),
          },
          {
            path: 'referrals/:referralId',
            lazy: async () => ({
              Component: (await import('../features/referrals/ReferralPage')).ReferralPage,
            }),
          },
          {
            path: 'units/:unitId/referrals',
            lazy: async () => ({
              Component: (await import('../features/referrals/UnitReferralsPage')).UnitReferralsPage,
            }),
          },
          {
            path: 'units/:unitId/groups',
            lazy: async () => ({
              Component: (await import('../features/groups/UnitGroupsPage')).UnitGroupsPage,
            }),
          },
          {
            path: 'groups/:groupId',
            lazy: async () => ({ Component: (await import('../features/groups/GroupPage')).GroupPage }),
          },
          {
            path: 'teams',
            lazy: async () => ({ Component: (await import('../features/teams/TeamsPage')).TeamsPage }),
          },
          {
            path: 'teams/:teamId',
            lazy: async () => ({
              Component: (await import('../features/teams/TeamDetailPage')).TeamDetailPage,
            }),
          },
          {
            path: 'team-meetings/:meetingId',
            lazy: async () => ({
              Component: (await import('../features/teams/TeamMeetingPage')).TeamMeetingPage,
            }),
          },
          {
            path: 'cases/:caseId/concerns/:assessmentId/urgent',
            lazy: async () => ({
              Component: (await import('../features/concerns/UrgentPage')).UrgentPage,
            }),
          },
          {
            path: 'meetings/:meetingId',
            lazy: async () => ({ Component: (await import('../features/meetings/MeetingPage')).MeetingPage }),
          },
          {
            path: 'meetings/:meetingId/network-meeting',
            lazy: async () => ({
              Component: (await import('../features/meetings/NetworkMeetingPage')).NetworkMeetingPage,
            }),
          },
          {
            path: 'summaries/:summaryId',
            lazy: async () => ({
              Component: (await import('../features/summaries/SummaryPage')).SummaryPage,
            }),
          },
          {
            path: 'purchaser',
            lazy: async () => ({
              Component: (await import('../features/purchaser/PurchaserPage')).PurchaserPage,
            }),
          },
          {
            path: 'admin/templates',
            lazy: async () => ({
              Component: (await import('../features/templates/TemplatesPage')).TemplatesPage,
            }),
          },
          {
            path: 'admin/directory',
            lazy: async () => ({
              Component: (await import('../features/directory/DirectoryPage')).DirectoryPage,
            }),
          },
          {
            path: 'admin/organisations',
            lazy: async () => ({
              Component: (await import('../features/admin/OrganisationsPage')).OrganisationsPage,
            }),
          },
          {
            path: 'admin/units',
            lazy: async () => ({ Component: (await import('../features/admin/UnitsPage')).UnitsPage }),
          },
          {
            path: 'admin/users',
            lazy: async () => ({ Component: (await import('../features/admin/UsersPage')).UsersPage }),
          },
          {
            path: 'admin/changes',
            lazy: async () => ({ Component: (await import('../features/admin/ChangesPage')).ChangesPage }),
          },
          {
            path: 'outbox',
            lazy: async () => ({ Component: (await import('../features/outbox/OutboxPage')).OutboxPage }),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
