import {
  type Icon,
  IconBuildingCommunity,
  IconCalendarEvent,
  IconChartBar,
  IconClipboardList,
  IconCoin,
  IconHandStop,
  IconHeartHandshake,
  IconHome,
  IconLayoutKanban,
  IconListCheck,
  IconNetwork,
  IconPlayerPlay,
  IconPlus,
  IconRocket,
  IconSearch,
  IconTags,
  IconUser,
  IconUserPlus,
  IconUsers,
} from '@tabler/icons-react';

import type { RallyRole } from '../auth/roles';

export type NavLabelKey =
  | 'home'
  | 'onboarding'
  | 'needs'
  | 'browseNeeds'
  | 'myInterests'
  | 'postNeed'
  | 'offers'
  | 'engagements'
  | 'profile'
  | 'mentorProfile'
  | 'mentees'
  | 'fundedGrants'
  | 'fundingOffers'
  | 'fundingProposals'
  | 'programs'
  | 'board'
  | 'matchingRuns'
  | 'impact'
  | 'events'
  | 'employees'
  | 'importInvitations'
  | 'skills'
  | 'networks'
  | 'notifications';

export interface NavItem {
  to: string;
  label: NavLabelKey;
  icon: Icon;
}

export type NavSectionKey = 'general' | RallyRole;

export interface NavSection {
  key: NavSectionKey;
  items: NavItem[];
}

export const ROLE_NAVIGATION: Record<RallyRole, NavItem[]> = {
  nonprofit: [
    { to: '/needs', label: 'needs', icon: IconClipboardList },
    { to: '/needs/new', label: 'postNeed', icon: IconPlus },
    { to: '/engagements', label: 'engagements', icon: IconListCheck },
  ],
  volunteer: [
    { to: '/needs/browse', label: 'browseNeeds', icon: IconSearch },
    { to: '/interests', label: 'myInterests', icon: IconHeartHandshake },
    { to: '/offers', label: 'offers', icon: IconHandStop },
    { to: '/engagements', label: 'engagements', icon: IconListCheck },
    { to: '/profile', label: 'profile', icon: IconUser },
  ],
  mentor: [
    { to: '/profile', label: 'mentorProfile', icon: IconUser },
    { to: '/offers', label: 'offers', icon: IconHandStop },
    { to: '/engagements', label: 'mentees', icon: IconListCheck },
  ],
  funder: [
    { to: '/funding/offers', label: 'fundingOffers', icon: IconCoin },
    { to: '/funding/proposals', label: 'fundingProposals', icon: IconHandStop },
    { to: '/engagements', label: 'fundedGrants', icon: IconListCheck },
  ],
  curator: [
    { to: '/curation/programs', label: 'programs', icon: IconBuildingCommunity },
    { to: '/curation/board', label: 'board', icon: IconLayoutKanban },
    { to: '/curation/runs', label: 'matchingRuns', icon: IconPlayerPlay },
  ],
  companyAdmin: [
    { to: '/company/employees', label: 'employees', icon: IconUsers },
    { to: '/organization/invitations/import', label: 'importInvitations', icon: IconUserPlus },
  ],
  platformAdmin: [
    { to: '/admin/skills', label: 'skills', icon: IconTags },
    { to: '/admin/networks', label: 'networks', icon: IconNetwork },
  ],
};

const ROLE_ORDER: RallyRole[] = ['nonprofit', 'volunteer', 'mentor', 'funder', 'curator', 'companyAdmin', 'platformAdmin'];

export interface NavigationOptions {
  needsOnboarding: boolean;
  /** The viewer curates for an intermediary that belongs to a network: its page lists the needs shared there. */
  inNetwork?: boolean;
}

const NETWORKS_ITEM: NavItem = { to: '/networks', label: 'networks', icon: IconNetwork };

export function navigationFor(roles: Set<RallyRole>, { needsOnboarding, inNetwork = false }: NavigationOptions): NavSection[] {
  const general: NavItem[] = [{ to: '/', label: 'home', icon: IconHome }];
  if (needsOnboarding) general.push({ to: '/onboarding', label: 'onboarding', icon: IconRocket });
  general.push({ to: '/impact', label: 'impact', icon: IconChartBar });
  // Anyone may attend an event (curators also organize them), so the list is for everyone.
  general.push({ to: '/events', label: 'events', icon: IconCalendarEvent });
  // A screen shared by two roles (Engagements: nonprofit, volunteer, mentor, funder) is listed once, under the first.
  const seen = new Set(general.map((item) => item.to));
  const sections: NavSection[] = [{ key: 'general', items: general }];
  for (const role of ROLE_ORDER.filter((r) => roles.has(r))) {
    const all = role === 'curator' && inNetwork ? [...ROLE_NAVIGATION[role], NETWORKS_ITEM] : ROLE_NAVIGATION[role];
    const items = all.filter((item) => !seen.has(item.to));
    items.forEach((item) => seen.add(item.to));
    if (items.length > 0) sections.push({ key: role, items });
  }
  return sections;
}
