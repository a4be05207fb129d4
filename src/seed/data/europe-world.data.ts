import { FocusArea } from '../../common/domain/focus-area.enum';
import { MembershipRole } from '../../common/domain/membership-role.enum';
import { OrganizationKind } from '../../common/domain/organization-kind.enum';
import { NeedStatus } from '../../needs/need.entity';
import { RoleKind } from '../../needs/need-role.entity';
import { ProgramParticipantRole } from '../../programs/program-participant.entity';
import { DEMO_EMAILS } from './demo-sign-ins.data';
import { COHORT_PROJECTS, CohortProject } from './europe-cohort.data';
import { addEuropeanMentors, addRetailerVolunteers } from './people.data';
import { WorldBuilder } from './world-builder';

/**
 * Part (b) of the demo world, modelled on a European accelerator that a social-entrepreneur
 * network runs with an online fashion retailer: 20 projects, each with a mentor, a pro-bono team
 * of the retailer's employees and funding from three partner foundations.
 */

const PROGRAM_STARTS = '2026-10-01';
const PROGRAM_ENDS = '2027-09-30';
const RETAILER_DOMAIN = 'modaro.example';

interface Funder {
  key: string;
  name: string;
  domain: string;
  country: string;
  languages: string[];
  description: string;
  staff: { key: string; name: string; email: string; locale: string };
  offer: { title: string; description: string; focusAreas: FocusArea[]; countries: string[]; minTicket: number; maxTicket: number; budgetTotal: number };
}

const FUNDERS: readonly Funder[] = [
  {
    key: 'funder-zukunftswerk',
    name: 'Stiftung Zukunftswerk',
    domain: 'zukunftswerk.example',
    country: 'DE',
    languages: ['de', 'en'],
    description: 'Private foundation in Frankfurt funding equal opportunities in education and work in Central Europe.',
    staff: { key: 'funder', name: 'Dr. Miriam Schulz', email: DEMO_EMAILS.funder, locale: 'de' },
    offer: {
      title: 'Equal opportunities: seed grants for social entrepreneurs',
      description: 'Grants of EUR 10,000-40,000 for early-stage projects that open education and work to people who are left out.',
      focusAreas: [FocusArea.EDUCATION, FocusArea.VULNERABLE_GROUPS],
      countries: ['DE', 'AT', 'CH', 'PL', 'CZ', 'NL', 'BE'],
      minTicket: 10_000,
      maxTicket: 40_000,
      budgetTotal: 300_000,
    },
  },
  {
    key: 'funder-nordlys',
    name: 'Nordlys Foundation',
    domain: 'nordlys-foundation.example',
    country: 'DK',
    languages: ['da', 'en'],
    description: 'Copenhagen foundation backing health and inclusion innovations across Europe.',
    staff: { key: 'funder-nordlys-staff', name: 'Ida Pedersen', email: 'grants@nordlys-foundation.example', locale: 'en' },
    offer: {
      title: 'Health and inclusion innovation grants',
      description: 'Grants for social ventures that improve health and access to services for people at risk of exclusion, anywhere in Europe.',
      focusAreas: [FocusArea.HEALTH, FocusArea.VULNERABLE_GROUPS, FocusArea.EDUCATION],
      countries: [],
      minTicket: 10_000,
      maxTicket: 50_000,
      budgetTotal: 400_000,
    },
  },
  {
    key: 'funder-agora',
    name: 'Fondation Agora pour la démocratie',
    domain: 'fondation-agora.example',
    country: 'FR',
    languages: ['fr', 'en'],
    description: 'Paris foundation supporting independent information and democratic participation in Europe.',
    staff: { key: 'funder-agora-staff', name: 'Élise Girard', email: 'programmes@fondation-agora.example', locale: 'en' },
    offer: {
      title: 'Information integrity and participation fund',
      description: 'Seed funding for projects that strengthen trustworthy information and citizens’ participation in economic and political life.',
      focusAreas: [FocusArea.TRUTHFUL_INFORMATION, FocusArea.POLITICS_ECONOMY],
      countries: [],
      minTicket: 10_000,
      maxTicket: 50_000,
      budgetTotal: 350_000,
    },
  },
];

export interface EuropeWorldRefs {
  intermediaryId: string;
  retailerId: string;
  programId: string;
  funderIds: string[];
  cohortIds: Record<string, string>;
}

export function addEuropeWorld(b: WorldBuilder): EuropeWorldRefs {
  const intermediaryId = addSocialEntrepreneurNetwork(b);
  const retailerId = addRetailer(b, intermediaryId);
  const programId = b.program('eu-accelerator', {
    intermediaryId,
    name: 'Impulse × Modaro Social Innovation Accelerator 2026/27',
    description:
      '20 social entrepreneurs from 16 countries, selected by the Impulse network. Each project gets a mentor from the network, a pro-bono team of Modaro employees and seed funding from three partner foundations.',
    startsOn: PROGRAM_STARTS,
    endsOn: PROGRAM_ENDS,
    requiresMentor: true,
    curationRequired: true,
  });
  b.participant(programId, retailerId, ProgramParticipantRole.PARTNER_COMPANY);
  const funderIds = FUNDERS.map((funder) => addFunder(b, intermediaryId, programId, funder));

  const cohortIds: Record<string, string> = {};
  const founderIds: Record<string, string> = {};
  COHORT_PROJECTS.forEach((project, i) => {
    [cohortIds[project.key], founderIds[project.key]] = addCohortProject(b, intermediaryId, programId, project, i);
  });
  addCodeBridgeDraft(b, cohortIds['codebridge-berlin'], founderIds['codebridge-berlin']);

  addDemoMentor(b);
  addEuropeanMentors(b);
  addRetailerVolunteers(b, retailerId, RETAILER_DOMAIN);
  return { intermediaryId, retailerId, programId, funderIds, cohortIds };
}

function addSocialEntrepreneurNetwork(b: WorldBuilder): string {
  const id = b.organization('eu-intermediary', {
    kind: OrganizationKind.INTERMEDIARY,
    name: 'Impulse Social Entrepreneurs Europe',
    country: 'DE',
    // The program runs in euros, also for its members outside the euro area.
    currency: 'EUR',
    languages: ['en', 'de', 'fr', 'es'],
    website: 'https://impulse-se.example',
    description: 'A network of 600 social entrepreneurs in Europe. It selects promising ventures and connects them with mentors, corporate partners and funders.',
    verified: true,
  });
  const curator = b.user('curator-eu', { email: DEMO_EMAILS.curatorEurope, name: 'Sophie Lambert', locale: 'en' });
  b.membership(curator, id, MembershipRole.ADMIN);
  return id;
}

function addRetailer(b: WorldBuilder, intermediaryId: string): string {
  const id = b.organization('retailer', {
    kind: OrganizationKind.COMPANY,
    name: 'Modaro',
    country: 'DE',
    currency: 'EUR',
    languages: ['de', 'en'],
    website: `https://${RETAILER_DOMAIN}`,
    description: 'Online fashion and lifestyle retailer from Berlin, active in 25 European markets. Its employees give up to 5 working days a year to pro-bono projects.',
    verified: true,
  });
  b.affiliation(intermediaryId, id);
  const admin = b.user('retailer-admin', { email: DEMO_EMAILS.retailer, name: 'Jonas Hoffmann', locale: 'de' });
  b.membership(admin, id, MembershipRole.ADMIN);
  return id;
}

function addFunder(b: WorldBuilder, intermediaryId: string, programId: string, f: Funder): string {
  const id = b.organization(f.key, {
    kind: OrganizationKind.FUNDER,
    name: f.name,
    country: f.country,
    currency: 'EUR',
    languages: f.languages,
    website: `https://${f.domain}`,
    description: f.description,
    verified: true,
  });
  b.affiliation(intermediaryId, id);
  b.participant(programId, id, ProgramParticipantRole.FUNDER);
  const staff = b.user(f.staff.key, { email: f.staff.email, name: f.staff.name, locale: f.staff.locale });
  b.membership(staff, id, MembershipRole.ADMIN);
  b.fundingOffer(f.key, { funderId: id, ...f.offer, currency: 'EUR' });
  return id;
}

function addCohortProject(b: WorldBuilder, intermediaryId: string, programId: string, p: CohortProject, index: number): [orgId: string, founderId: string] {
  const id = b.organization(p.key, {
    kind: OrganizationKind.NONPROFIT,
    name: p.name,
    country: p.country,
    currency: 'EUR',
    languages: p.languages,
    website: `https://${p.domain}`,
    description: p.description,
    verified: true,
  });
  b.affiliation(intermediaryId, id);
  b.participant(programId, id, ProgramParticipantRole.COHORT);
  const isDemo = p.key === 'codebridge-berlin';
  const founder = b.user(isDemo ? 'nonprofit-eu' : `founder-${p.key}`, {
    email: isDemo ? DEMO_EMAILS.nonprofitEurope : `founder@${p.domain}`,
    name: p.founder,
    locale: p.need.language === 'de' ? 'de' : 'en',
  });
  b.membership(founder, id, MembershipRole.ADMIN);
  // Published over three weeks of October, in cohort order, so lists have a believable spread.
  const publishedAt = new Date(Date.UTC(2026, 9, 5 + index, 9, 0, 0)).toISOString();
  b.need(
    `eu-${p.key}`,
    {
      ...p.need,
      nonprofitId: id,
      programId,
      country: p.country,
      startsOn: '2026-12-01',
      endsOn: PROGRAM_ENDS,
      status: NeedStatus.OPEN,
      publishedAt,
      createdById: founder,
    },
    [
      {
        kind: RoleKind.MENTOR,
        title: p.mentor.title,
        description: 'A monthly call and help between calls for the length of the accelerator.',
        hoursPerMonth: 4,
        seats: 1,
        skills: p.mentor.skills,
      },
      { kind: RoleKind.VOLUNTEER, ...p.volunteer },
      { kind: RoleKind.FUNDING, title: p.funding.title, description: 'Amount in EUR.', hoursPerMonth: 0, seats: 1, amount: p.funding.amount },
    ],
  );
  return [id, founder];
}

/** A second, unpublished need, so the nonprofit demo sign-in can show the draft → publish flow. */
function addCodeBridgeDraft(b: WorldBuilder, nonprofitId: string, createdById: string): void {
  b.need(
    'eu-codebridge-berlin-alumni',
    {
      nonprofitId,
      programId: null,
      title: 'An alumni network that helps graduates into their second job',
      summary:
        'Our graduates find a first job, but many stall after a year. We want a mentoring circle of alumni and volunteers from tech companies, with monthly meet-ups in Berlin.',
      impact: 'Graduates who stay in tech and become role models for the next cohorts.',
      focusArea: FocusArea.EDUCATION,
      country: 'DE',
      language: 'de',
      remote: false,
      startsOn: '2027-03-01',
      endsOn: '2027-12-31',
      status: NeedStatus.DRAFT,
      createdById,
    },
    [
      {
        kind: RoleKind.VOLUNTEER,
        title: 'Alumni-circle coordinator',
        hoursPerMonth: 6,
        seats: 2,
        skills: [
          ['recruiting', 3, 4],
          ['learning-and-development', 3, 4],
          ['community-management', 2, 3],
        ],
      },
    ],
  );
}

function addDemoMentor(b: WorldBuilder): void {
  const userId = b.user('mentor', { email: DEMO_EMAILS.mentor, name: 'Clara Neumann', locale: 'de' });
  b.mentor(
    userId,
    {
      headline: 'Founder of two education social businesses, Berlin',
      bio: 'Founded a tutoring social business that grew to twelve cities, then a coding school for young migrants. Mentors founders on scaling, partnerships and funding.',
      languages: ['de', 'en', 'fr'],
      country: 'DE',
      timeZone: 'Europe/Berlin',
      hoursPerMonth: 8,
      menteeCapacity: 2,
      causes: [FocusArea.EDUCATION, FocusArea.VULNERABLE_GROUPS],
      available: true,
    },
    [
      ['social-entrepreneurship', 5],
      ['scaling-strategy', 5],
      ['partnership-development', 4],
      ['fundraising-strategy', 4],
      ['curriculum-development', 3],
    ],
  );
}
