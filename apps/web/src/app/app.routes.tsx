import { Navigate, type RouteObject } from 'react-router';
import { Permission } from '@mace/shared-domain';
import {
  BreakGlassPage,
  BreakGlassReviewPage,
  CheckAnswersPage,
  ChildDetailsStepPage,
  ChildListPage,
  ChildProfilePage,
  ChildStepPage,
  ConcernsStepPage,
  FiguresPage,
  MyReferralsPage,
  PossibleMatchesPage,
  ReferralConfirmationPage,
  ReferralDraftProvider,
  RiskLevelStepPage,
  SafetyStepPage,
  ScreeningStepPage,
  SearchPage,
  SharingStepPage,
  TriageBoardPage,
  TriageDecidePage,
} from '@mace/web-children';
import { ActionPage, DashboardPage, InboxPage, NewActionPage, NotificationsPage } from '@mace/web-actions';
import {
  AddAgendaItemPage,
  AgendaEditPage,
  AgendaItemEditPage,
  CancelMeetingPage,
  EditMeetingTypePage,
  LockAgendaPage,
  MeetingOverviewPage,
  MeetingsPage,
  MeetingTypesPage,
  NewMeetingTypePage,
  PreMeetingUpdatePage,
  RemoveAgendaItemPage,
  ScheduledPage,
  ScheduleMeetingPage,
  ShareAgendaItemPage,
  ActionReviewPage,
  ApproveMinutesPage,
  AttendancePage,
  CloseMeetingPage,
  LiveItemPage,
  LiveMeetingPage,
  MinutesPage,
  PacksPage,
} from '@mace/web-meetings';
import {
  AddLinkPage,
  BriefingPage,
  CheckIntelligencePage,
  CreateRecordPage,
  GradeIntelligencePage,
  GroupBasedNetworksPage,
  IntelligenceDraftProvider,
  IntelligenceListPage,
  IntelligencePage,
  IntelligenceStatusPage,
  IntelligenceSubmittedPage,
  LinkGraphPage,
  LinkIntelligencePage,
  RecordPage,
  RecordSearchPage,
  SharedContextsPage,
  SubmitIntelligencePage,
} from '@mace/web-intelligence';
import {
  HomePage,
  NotFoundPage,
  ProblemWithServicePage,
  RequirePermission,
  RequireSession,
  SessionEndedPage,
  SignInPage,
  SignOutPage,
} from '@mace/web-shell';
import { AppLayout } from './app-layout.component';

// Each group needs the permission the API asks of its operations; the API still decides record by record.
const childRoutes: RouteObject[] = [
  {
    element: <RequirePermission permission={Permission.CHILD_READ} />,
    children: [
      { path: 'children', element: <ChildListPage /> },
      { path: 'children/:id', element: <ChildProfilePage /> },
      { path: 'search', element: <SearchPage /> },
    ],
  },
  {
    element: <RequirePermission permission={Permission.CHILD_BREAK_GLASS} />,
    children: [{ path: 'children/:ref/break-glass', element: <BreakGlassPage /> }],
  },
  {
    element: <RequirePermission permission={Permission.REFERRAL_SUBMIT} />,
    children: [
      { path: 'referrals', element: <MyReferralsPage /> },
      {
        path: 'referrals/new',
        element: <ReferralDraftProvider />,
        children: [
          { index: true, element: <Navigate to="child" replace /> },
          { path: 'child', element: <ChildStepPage /> },
          { path: 'possible-matches', element: <PossibleMatchesPage /> },
          { path: 'child-details', element: <ChildDetailsStepPage /> },
          { path: 'concerns', element: <ConcernsStepPage /> },
          { path: 'screening/:section', element: <ScreeningStepPage /> },
          { path: 'risk-level', element: <RiskLevelStepPage /> },
          { path: 'safety', element: <SafetyStepPage /> },
          { path: 'sharing', element: <SharingStepPage /> },
          { path: 'check-answers', element: <CheckAnswersPage /> },
          { path: 'confirmation', element: <ReferralConfirmationPage /> },
        ],
      },
    ],
  },
  {
    element: <RequirePermission permission={Permission.REFERRAL_TRIAGE} />,
    children: [
      { path: 'triage', element: <TriageBoardPage /> },
      { path: 'triage/:referralId', element: <TriageDecidePage /> },
    ],
  },
  {
    element: <RequirePermission permission={Permission.CHILD_STATISTICS} />,
    children: [{ path: 'figures', element: <FiguresPage /> }],
  },
  {
    element: <RequirePermission permission={Permission.AUDIT_READ} />,
    children: [{ path: 'audit/break-glass', element: <BreakGlassReviewPage /> }],
  },
];

const actionRoutes: RouteObject[] = [
  {
    element: <RequirePermission permission={Permission.ACTION_READ} />,
    children: [
      { path: 'actions', element: <InboxPage /> },
      { path: 'actions/:id', element: <ActionPage /> },
    ],
  },
  {
    element: <RequirePermission permission={Permission.ACTION_CREATE} />,
    children: [{ path: 'children/:id/actions/new', element: <NewActionPage /> }],
  },
  {
    element: <RequirePermission permission={Permission.ACTION_MANAGE_DISTRICT} />,
    children: [{ path: 'dashboard', element: <DashboardPage /> }],
  },
  { path: 'notifications', element: <NotificationsPage /> },
];

const meetingRoutes: RouteObject[] = [
  {
    element: <RequirePermission permission={Permission.MEETING_READ} />,
    children: [
      { path: 'meetings', element: <MeetingsPage /> },
      { path: 'meetings/:id', element: <MeetingOverviewPage /> },
      // Chair-only pages check the meeting's canManage themselves: it is decided per meeting, not per role.
      { path: 'meetings/:id/live', element: <LiveMeetingPage /> },
      { path: 'meetings/:id/live/attendance', element: <AttendancePage /> },
      { path: 'meetings/:id/live/action-review', element: <ActionReviewPage /> },
      { path: 'meetings/:id/live/items/:itemId', element: <LiveItemPage /> },
      { path: 'meetings/:id/live/close', element: <CloseMeetingPage /> },
      { path: 'meetings/:id/minutes', element: <MinutesPage /> },
      { path: 'meetings/:id/minutes/approve', element: <ApproveMinutesPage /> },
      { path: 'meetings/:id/packs', element: <PacksPage /> },
    ],
  },
  {
    element: <RequirePermission permission={Permission.MEETING_MANAGE_DISTRICT} />,
    children: [
      { path: 'meetings/schedule', element: <ScheduleMeetingPage /> },
      { path: 'meetings/schedule/done', element: <ScheduledPage /> },
      { path: 'meetings/:id/cancel', element: <CancelMeetingPage /> },
      { path: 'meetings/:id/agenda', element: <AgendaEditPage /> },
      { path: 'meetings/:id/agenda/add', element: <AddAgendaItemPage /> },
      { path: 'meetings/:id/agenda/lock', element: <LockAgendaPage /> },
      { path: 'meetings/:id/agenda/:itemId/edit', element: <AgendaItemEditPage /> },
      { path: 'meetings/:id/agenda/:itemId/remove', element: <RemoveAgendaItemPage /> },
      { path: 'meetings/:id/agenda/:itemId/share', element: <ShareAgendaItemPage /> },
    ],
  },
  {
    element: <RequirePermission permission={Permission.MEETING_CONTRIBUTE} />,
    children: [{ path: 'meetings/:id/items/:itemId/update', element: <PreMeetingUpdatePage /> }],
  },
  {
    element: <RequirePermission permission={Permission.MEETING_CONFIGURE} />,
    children: [
      { path: 'meeting-types', element: <MeetingTypesPage /> },
      { path: 'meeting-types/new', element: <NewMeetingTypePage /> },
      { path: 'meeting-types/:id/edit', element: <EditMeetingTypePage /> },
    ],
  },
];

// Partners submit and read what may be shared; the police (SPOC) grade, link and analyse.
const intelligenceRoutes: RouteObject[] = [
  {
    element: <RequirePermission permission={Permission.INTEL_SUBMIT} />,
    children: [
      {
        path: 'intelligence/new',
        element: <IntelligenceDraftProvider />,
        children: [
          { index: true, element: <SubmitIntelligencePage /> },
          { path: 'check', element: <CheckIntelligencePage /> },
          { path: 'confirmation', element: <IntelligenceSubmittedPage /> },
        ],
      },
    ],
  },
  {
    element: <RequirePermission permission={Permission.INTEL_READ} />,
    children: [
      { path: 'intelligence', element: <IntelligenceListPage /> },
      { path: 'intelligence/:id', element: <IntelligencePage /> },
    ],
  },
  {
    element: <RequirePermission permission={Permission.INTEL_GRADE} />,
    children: [
      { path: 'intelligence/:id/grade', element: <GradeIntelligencePage /> },
      { path: 'intelligence/:id/status', element: <IntelligenceStatusPage /> },
    ],
  },
  {
    element: <RequirePermission permission={Permission.LINKS_READ} />,
    children: [
      { path: 'intelligence/records/search', element: <RecordSearchPage /> },
      { path: 'intelligence/records/:kind/:id', element: <RecordPage /> },
      { path: 'intelligence/graph/:kind/:id', element: <LinkGraphPage /> },
      { path: 'intelligence/shared-contexts', element: <SharedContextsPage /> },
      { path: 'intelligence/networks', element: <GroupBasedNetworksPage /> },
      { path: 'intelligence/briefing', element: <BriefingPage /> },
    ],
  },
  {
    element: <RequirePermission permission={Permission.LINKS_MANAGE} />,
    children: [
      { path: 'intelligence/:id/link', element: <LinkIntelligencePage /> },
      { path: 'intelligence/records/new/:kind', element: <CreateRecordPage /> },
      { path: 'intelligence/records/:kind/:id/link', element: <AddLinkPage /> },
    ],
  },
];

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
          { element: <RequireSession />, children: [{ index: true, element: <HomePage /> }, ...childRoutes, ...actionRoutes, ...meetingRoutes, ...intelligenceRoutes] },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
