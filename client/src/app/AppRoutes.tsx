import { type ReactNode, Suspense } from 'react';
import { Route, Routes } from 'react-router';

import { InvitationPage } from '../modules/auth/components/InvitationPage';
import { RedirectIfAuthenticated } from '../modules/auth/components/RedirectIfAuthenticated';
import { RequireAuth } from '../modules/auth/components/RequireAuth';
import { SignInPage } from '../modules/auth/components/SignInPage';
import { SignUpPage } from '../modules/auth/components/SignUpPage';
import { HomePage } from '../modules/home/components/HomePage';
import { LiveUnreadMessagesBadge } from '../modules/messages/components/UnreadMessagesBadge';
import { LiveNotificationsBell } from '../modules/notifications/components/LiveNotificationsBell';
import { AppLayout } from '../modules/shell/components/AppLayout';
import { ComingSoonPage } from '../modules/ui/components/ComingSoonPage';
import { LoadingState } from '../modules/ui/components/LoadingState';
import { NotFoundPage } from '../modules/ui/components/NotFoundPage';
import { lazyPage } from './lazyPage';

const CompanyPage = lazyPage(() => import('../modules/company/components/CompanyPage'), 'CompanyPage');
const OnboardingPage = lazyPage(() => import('../modules/onboarding/components/OnboardingPage'), 'OnboardingPage');
const ProfilePage = lazyPage(() => import('../modules/profiles/components/ProfilePage'), 'ProfilePage');
const NeedsListPage = lazyPage(() => import('../modules/needs/components/NeedsListPage'), 'NeedsListPage');
const NewNeedPage = lazyPage(() => import('../modules/needs/components/NewNeedPage'), 'NewNeedPage');
const EditNeedPage = lazyPage(() => import('../modules/needs/components/EditNeedPage'), 'EditNeedPage');
const NeedDetailPage = lazyPage(() => import('../modules/needs/components/NeedDetailPage'), 'NeedDetailPage');
const BrowseNeedsPage = lazyPage(() => import('../modules/interests/components/BrowseNeedsPage'), 'BrowseNeedsPage');
const MyInterestsPage = lazyPage(() => import('../modules/interests/components/MyInterestsPage'), 'MyInterestsPage');
const OffersPage = lazyPage(() => import('../modules/offers/components/OffersPage'), 'OffersPage');
const FundingProposalsPage = lazyPage(() => import('../modules/offers/components/OffersPage'), 'FundingProposalsPage');
const MatchPage = lazyPage(() => import('../modules/matches/components/MatchPage'), 'MatchPage');
const EngagementsPage = lazyPage(() => import('../modules/engagements/components/EngagementsPage'), 'EngagementsPage');
const FundingOffersPage = lazyPage(() => import('../modules/funding/components/FundingOffersPage'), 'FundingOffersPage');
const ProgramsPage = lazyPage(() => import('../modules/curation/components/ProgramsPage'), 'ProgramsPage');
const CurationBoardPage = lazyPage(() => import('../modules/curation/components/CurationBoardPage'), 'CurationBoardPage');
const MatchingRunsPage = lazyPage(() => import('../modules/curation/components/MatchingRunsPage'), 'MatchingRunsPage');
const NotificationsPage = lazyPage(() => import('../modules/notifications/components/NotificationsPage'), 'NotificationsPage');
const ImportInvitationsPage = lazyPage(() => import('../modules/organizations/components/ImportInvitationsPage'), 'ImportInvitationsPage');
const MessagesInboxPage = lazyPage(() => import('../modules/messages/components/MessagesInboxPage'), 'MessagesInboxPage');
const MatchMessagesPage = lazyPage(() => import('../modules/messages/components/MatchMessagesPage'), 'MatchMessagesPage');
const EventPage = lazyPage(() => import('../modules/events/components/EventPage'), 'EventPage');
const NetworkStatementsPage = lazyPage(() => import('../modules/networkStatements/components/NetworkStatementsPage'), 'NetworkStatementsPage');
const StatementPage = lazyPage(() => import('../modules/networkStatements/components/StatementPage'), 'StatementPage');
const EventsPage = lazyPage(() => import('../modules/events/components/EventsPage'), 'EventsPage');
const NewEventPage = lazyPage(() => import('../modules/events/components/EventFormPage'), 'NewEventPage');
const EditEventPage = lazyPage(() => import('../modules/events/components/EventFormPage'), 'EditEventPage');
const ImpactPage = lazyPage(() => import('../modules/impact/components/ImpactPage'), 'ImpactPage');
const NetworksPage = lazyPage(() => import('../modules/networks/components/NetworksPage'), 'NetworksPage');
const NetworkPage = lazyPage(() => import('../modules/networks/components/NetworkPage'), 'NetworkPage');

function Screen({ children }: { children: ReactNode }) {
  return <Suspense fallback={<LoadingState />}>{children}</Suspense>;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<RedirectIfAuthenticated />}>
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="/sign-up" element={<SignUpPage />} />
      </Route>
      {/* Signed in or not: the page offers accepting, or creating the account of the invited email. */}
      <Route path="/invitations/:token" element={<InvitationPage />} />
      <Route element={<RequireAuth />}>
        <Route
          element={
            <AppLayout
              notificationsSlot={
                <>
                  <LiveUnreadMessagesBadge />
                  <LiveNotificationsBell />
                </>
              }
            />
          }
        >
          <Route index element={<HomePage />} />
          <Route
            path="onboarding"
            element={
              <Screen>
                <OnboardingPage />
              </Screen>
            }
          />
          <Route
            path="profile"
            element={
              <Screen>
                <ProfilePage />
              </Screen>
            }
          />
          <Route
            path="needs"
            element={
              <Screen>
                <NeedsListPage />
              </Screen>
            }
          />
          <Route
            path="needs/new"
            element={
              <Screen>
                <NewNeedPage />
              </Screen>
            }
          />
          <Route
            path="needs/:needId/edit"
            element={
              <Screen>
                <EditNeedPage />
              </Screen>
            }
          />
          <Route
            path="needs/browse"
            element={
              <Screen>
                <BrowseNeedsPage />
              </Screen>
            }
          />
          <Route
            path="interests"
            element={
              <Screen>
                <MyInterestsPage />
              </Screen>
            }
          />
          <Route
            path="needs/:needId"
            element={
              <Screen>
                <NeedDetailPage />
              </Screen>
            }
          />
          <Route
            path="events"
            element={
              <Screen>
                <EventsPage />
              </Screen>
            }
          />
          <Route
            path="events/new"
            element={
              <Screen>
                <NewEventPage />
              </Screen>
            }
          />
          <Route
            path="events/:eventId/edit"
            element={
              <Screen>
                <EditEventPage />
              </Screen>
            }
          />
          <Route
            path="events/:eventId"
            element={
              <Screen>
                <EventPage />
              </Screen>
            }
          />
          <Route
            path="networks/:networkId/statements"
            element={
              <Screen>
                <NetworkStatementsPage />
              </Screen>
            }
          />
          <Route
            path="networks"
            element={
              <Screen>
                <NetworksPage />
              </Screen>
            }
          />
          <Route
            path="statements/:statementId"
            element={
              <Screen>
                <StatementPage />
              </Screen>
            }
          />
          <Route
            path="networks/:networkId"
            element={
              <Screen>
                <NetworkPage />
              </Screen>
            }
          />
          <Route
            path="impact"
            element={
              <Screen>
                <ImpactPage />
              </Screen>
            }
          />
          <Route
            path="offers"
            element={
              <Screen>
                <OffersPage />
              </Screen>
            }
          />
          <Route
            path="matches/:matchId"
            element={
              <Screen>
                <MatchPage />
              </Screen>
            }
          />
          <Route
            path="engagements"
            element={
              <Screen>
                <EngagementsPage />
              </Screen>
            }
          />
          <Route
            path="funding/offers"
            element={
              <Screen>
                <FundingOffersPage />
              </Screen>
            }
          />
          <Route
            path="funding/proposals"
            element={
              <Screen>
                <FundingProposalsPage />
              </Screen>
            }
          />
          <Route
            path="curation/programs"
            element={
              <Screen>
                <ProgramsPage />
              </Screen>
            }
          />
          <Route
            path="curation/board"
            element={
              <Screen>
                <CurationBoardPage />
              </Screen>
            }
          />
          <Route
            path="curation/runs"
            element={
              <Screen>
                <MatchingRunsPage />
              </Screen>
            }
          />
          <Route
            path="company/employees"
            element={
              <Screen>
                <CompanyPage />
              </Screen>
            }
          />
          <Route
            path="organization/invitations/import"
            element={
              <Screen>
                <ImportInvitationsPage />
              </Screen>
            }
          />
          <Route path="admin/skills" element={<ComingSoonPage title="skills" />} />
          <Route path="admin/networks" element={<ComingSoonPage title="networks" />} />
          {/* The thread alone until the match page /matches/:id exists; it will embed MatchThread. */}
          <Route
            path="matches/:id/messages"
            element={
              <Screen>
                <MatchMessagesPage />
              </Screen>
            }
          />
          <Route
            path="messages"
            element={
              <Screen>
                <MessagesInboxPage />
              </Screen>
            }
          />
          <Route
            path="notifications"
            element={
              <Screen>
                <NotificationsPage />
              </Screen>
            }
          />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
