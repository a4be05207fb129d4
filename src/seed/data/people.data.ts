import { FocusArea } from '../../common/domain/focus-area.enum';
import { MembershipRole } from '../../common/domain/membership-role.enum';
import { SeededRandom } from '../prng';
import type { SkillLevel } from './demo-world.types';
import { EUROPEAN_NAMES, JAPANESE_FAMILY_NAMES, JAPANESE_GIVEN_NAMES } from './names.data';
import { emailSlug, WorldBuilder } from './world-builder';

/** A kind of professional: the skills they are strong in (core) and may also have (extra). */
export interface Archetype {
  title: string;
  core: readonly string[];
  extra: readonly string[];
}

export interface JapaneseArchetype extends Archetype {
  titleJa: string;
}

export const JP_ARCHETYPES = {
  finance: {
    title: 'Finance & accounting',
    titleJa: '経理・財務',
    core: ['accounting', 'bookkeeping', 'budgeting', 'financial-reporting', 'financial-planning'],
    extra: ['cash-flow-management', 'nonprofit-accounting', 'advanced-excel', 'controlling', 'tax-advice'],
  },
  marketing: {
    title: 'Marketing',
    titleJa: 'マーケティング',
    core: ['marketing-strategy', 'market-research', 'digital-marketing', 'branding'],
    extra: ['social-media-marketing', 'content-marketing', 'customer-segmentation', 'web-analytics', 'survey-design', 'email-marketing'],
  },
  pr: {
    title: 'Public relations',
    titleJa: '広報',
    core: ['public-relations', 'copywriting', 'media-relations', 'storytelling'],
    extra: ['social-media-marketing', 'editing-and-proofreading', 'internal-communications', 'presentation-design', 'plain-language', 'content-marketing'],
  },
  hr: {
    title: 'Human resources',
    titleJa: '人事',
    core: ['recruiting', 'learning-and-development', 'training-delivery', 'hr-policies'],
    extra: ['instructional-design', 'e-learning', 'volunteer-management', 'onboarding', 'diversity-and-inclusion', 'team-coaching'],
  },
  engineer: {
    title: 'Software engineer',
    titleJa: 'ソフトウェアエンジニア',
    core: ['web-development', 'backend-development', 'frontend-development', 'cloud-infrastructure'],
    extra: ['database-administration', 'software-testing', 'devops', 'cybersecurity', 'no-code-tools'],
  },
  itSystems: {
    title: 'Corporate IT',
    titleJa: '社内SE',
    core: ['it-support', 'microsoft-365', 'network-administration', 'systems-integration'],
    extra: ['cybersecurity', 'no-code-tools', 'database-administration', 'salesforce-administration', 'customer-relationship-management'],
  },
  data: {
    title: 'Data analyst',
    titleJa: 'データアナリスト',
    core: ['data-analysis', 'sql', 'data-visualization', 'statistics'],
    extra: ['python', 'business-intelligence', 'survey-design', 'advanced-excel', 'machine-learning'],
  },
  planning: {
    title: 'Corporate planning',
    titleJa: '経営企画',
    core: ['strategic-planning', 'business-planning', 'competitive-analysis', 'financial-modeling'],
    extra: ['business-model-design', 'scenario-planning', 'impact-measurement', 'presentation-design', 'okr-goal-setting'],
  },
  designer: {
    title: 'Designer',
    titleJa: 'デザイナー',
    core: ['graphic-design', 'ux-design', 'ui-design', 'visual-identity'],
    extra: ['illustration', 'print-design', 'web-accessibility', 'presentation-design', 'user-research'],
  },
  sales: {
    title: 'Sales',
    titleJa: '営業',
    core: ['sales', 'customer-relationship-management', 'corporate-partnerships', 'public-speaking'],
    extra: ['market-research', 'customer-segmentation', 'stakeholder-engagement', 'event-planning', 'salesforce-administration'],
  },
  projectManager: {
    title: 'Project manager',
    titleJa: 'プロジェクトマネージャー',
    core: ['project-management', 'project-planning', 'requirements-analysis', 'workshop-facilitation'],
    extra: ['agile-methods', 'stakeholder-engagement', 'vendor-management', 'change-management', 'process-improvement'],
  },
  legal: {
    title: 'Legal counsel',
    titleJa: '法務',
    core: ['contract-drafting', 'compliance', 'corporate-law', 'data-protection'],
    extra: ['intellectual-property', 'terms-and-policies', 'nonprofit-law', 'employment-law', 'legal-research'],
  },
  medical: {
    title: 'Medical affairs',
    titleJa: 'メディカルアフェアーズ',
    core: ['medical-writing', 'clinical-research', 'pharmacy', 'public-health'],
    extra: ['health-promotion', 'mental-health-support', 'translation-en-ja', 'digital-health', 'compliance'],
  },
  operations: {
    title: 'Operations',
    titleJa: '業務改革',
    core: ['process-improvement', 'operations-management', 'knowledge-management', 'quality-management'],
    extra: ['logistics', 'inventory-management', 'business-continuity', 'no-code-tools', 'advanced-excel'],
  },
  csr: {
    title: 'CSR and sustainability',
    titleJa: 'CSR・サステナビリティ推進',
    core: ['csr-strategy', 'stakeholder-engagement', 'impact-reporting', 'corporate-partnerships'],
    extra: ['esg-reporting', 'grant-writing', 'volunteer-management', 'disaster-preparedness', 'event-planning'],
  },
  ecommerce: {
    title: 'E-commerce',
    titleJa: 'EC事業',
    core: ['e-commerce', 'digital-marketing', 'web-analytics', 'customer-segmentation'],
    extra: ['product-photography', 'logistics', 'email-marketing', 'inventory-management'],
  },
} satisfies Record<string, JapaneseArchetype>;

/**
 * What people bring from outside their job (caring for a parent, a PTA, past volunteering):
 * pro-bono volunteers often offer exactly these, at a modest level.
 */
const JP_LIFE_SKILLS: readonly string[] = [
  'elderly-care',
  'tutoring',
  'plain-language',
  'grant-writing',
  'individual-giving',
  'online-fundraising',
  'photography',
  'event-planning',
  'volunteer-management',
  'disaster-preparedness',
  'social-work',
  'mental-health-support',
  'no-code-tools',
  'community-development',
];

export const RETAILER_ARCHETYPES: readonly Archetype[] = [
  {
    title: 'Software engineer',
    core: ['backend-development', 'frontend-development', 'cloud-infrastructure', 'devops'],
    extra: ['software-testing', 'mobile-development', 'software-architecture', 'database-administration'],
  },
  { title: 'Mobile engineer', core: ['mobile-development', 'frontend-development', 'software-testing'], extra: ['ux-design', 'backend-development', 'web-accessibility'] },
  { title: 'Data scientist', core: ['data-analysis', 'python', 'sql', 'statistics'], extra: ['machine-learning', 'data-visualization', 'generative-ai', 'data-engineering'] },
  { title: 'Analytics engineer', core: ['sql', 'data-engineering', 'data-visualization', 'business-intelligence'], extra: ['python', 'data-analysis', 'web-analytics'] },
  {
    title: 'Product manager',
    core: ['product-management', 'agile-methods', 'requirements-analysis', 'user-research'],
    extra: ['okr-goal-setting', 'lean-startup', 'design-sprints', 'workshop-facilitation'],
  },
  {
    title: 'UX designer',
    core: ['ux-design', 'ui-design', 'user-research', 'web-accessibility'],
    extra: ['service-design', 'illustration', 'design-sprints', 'presentation-design'],
  },
  {
    title: 'Performance marketing manager',
    core: ['performance-marketing', 'search-advertising', 'seo', 'web-analytics'],
    extra: ['email-marketing', 'customer-segmentation', 'content-marketing', 'data-analysis'],
  },
  {
    title: 'Brand and content lead',
    core: ['branding', 'content-marketing', 'copywriting', 'social-media-marketing'],
    extra: ['influencer-marketing', 'photography', 'video-production', 'storytelling', 'community-management'],
  },
  {
    title: 'Logistics manager',
    core: ['logistics', 'supply-chain-management', 'inventory-management', 'process-improvement'],
    extra: ['procurement', 'operations-management', 'quality-management'],
  },
  {
    title: 'Sustainability manager',
    core: ['sustainable-fashion', 'circular-economy', 'life-cycle-assessment', 'esg-reporting'],
    extra: ['supply-chain-due-diligence', 'carbon-accounting', 'stakeholder-engagement'],
  },
  {
    title: 'Finance controller',
    core: ['controlling', 'financial-planning', 'budgeting', 'financial-modeling'],
    extra: ['accounting', 'tax-advice', 'advanced-excel', 'pricing-strategy', 'risk-management'],
  },
  {
    title: 'People partner',
    core: ['recruiting', 'learning-and-development', 'diversity-and-inclusion', 'employer-branding'],
    extra: ['onboarding', 'team-coaching', 'training-delivery', 'presentation-design'],
  },
  {
    title: 'Legal counsel',
    core: ['data-protection', 'contract-drafting', 'intellectual-property', 'compliance'],
    extra: ['terms-and-policies', 'employment-law', 'corporate-law'],
  },
  {
    title: 'Customer care lead',
    core: ['customer-service', 'knowledge-management', 'process-improvement', 'customer-relationship-management'],
    extra: ['localization', 'translation-en-de', 'no-code-tools', 'training-delivery'],
  },
  {
    title: 'Buyer and designer',
    core: ['fashion-design', 'product-photography', 'retail-operations', 'sustainable-fashion'],
    extra: ['e-commerce', 'procurement', 'quality-management'],
  },
  {
    title: 'E-commerce manager',
    core: ['e-commerce', 'digital-marketing', 'web-analytics', 'customer-segmentation'],
    extra: ['product-photography', 'email-marketing', 'inventory-management'],
  },
];

export interface MentorArchetype extends Archetype {
  headline: string;
  causes: readonly FocusArea[];
}

export const MENTOR_ARCHETYPES: readonly MentorArchetype[] = [
  {
    title: 'Social entrepreneur',
    headline: 'Serial social entrepreneur, founded and scaled two ventures',
    causes: [FocusArea.EDUCATION, FocusArea.VULNERABLE_GROUPS],
    core: ['social-entrepreneurship', 'scaling-strategy', 'business-model-design'],
    extra: ['fundraising-strategy', 'partnership-development'],
  },
  {
    title: 'Impact investor',
    headline: 'Impact investor and former venture partner',
    causes: [FocusArea.POLITICS_ECONOMY, FocusArea.HEALTH],
    core: ['impact-investing', 'investment-readiness', 'financial-modeling'],
    extra: ['valuation', 'impact-measurement'],
  },
  {
    title: 'Nonprofit executive',
    headline: 'Former CEO of a national nonprofit, board member',
    causes: [FocusArea.VULNERABLE_GROUPS, FocusArea.EDUCATION],
    core: ['board-governance', 'organizational-development', 'leadership-coaching'],
    extra: ['strategic-planning', 'fundraising-strategy'],
  },
  {
    title: 'Product leader',
    headline: 'Product leader who has built apps for millions of users',
    causes: [FocusArea.EDUCATION, FocusArea.HEALTH],
    core: ['product-management', 'lean-startup', 'scaling-strategy'],
    extra: ['ux-design', 'okr-goal-setting'],
  },
  {
    title: 'Communications director',
    headline: 'Communications director and campaign strategist',
    causes: [FocusArea.TRUTHFUL_INFORMATION, FocusArea.POLITICS_ECONOMY],
    core: ['storytelling', 'public-relations', 'advocacy'],
    extra: ['media-relations', 'crisis-communications'],
  },
  {
    title: 'Health innovator',
    headline: 'Physician turned digital-health founder',
    causes: [FocusArea.HEALTH, FocusArea.VULNERABLE_GROUPS],
    core: ['public-health', 'digital-health', 'social-entrepreneurship'],
    extra: ['health-economics', 'clinical-research'],
  },
  {
    title: 'Education innovator',
    headline: 'School reformer and edtech adviser',
    causes: [FocusArea.EDUCATION],
    core: ['curriculum-development', 'e-learning', 'social-entrepreneurship'],
    extra: ['youth-work', 'impact-measurement'],
  },
  {
    title: 'Editor and media founder',
    headline: 'Editor-in-chief and founder of an independent newsroom',
    causes: [FocusArea.TRUTHFUL_INFORMATION],
    core: ['journalism', 'fact-checking', 'media-literacy'],
    extra: ['earned-income-strategy', 'membership-programs'],
  },
  {
    title: 'Policy adviser',
    headline: 'Former policy adviser, now civic-tech mentor',
    causes: [FocusArea.POLITICS_ECONOMY, FocusArea.TRUTHFUL_INFORMATION],
    core: ['public-policy-analysis', 'advocacy', 'stakeholder-engagement'],
    extra: ['community-outreach', 'public-funding'],
  },
  {
    title: 'Inclusion expert',
    headline: 'Social worker and founder of an inclusion employer network',
    causes: [FocusArea.VULNERABLE_GROUPS],
    core: ['social-work', 'diversity-and-inclusion', 'career-counselling'],
    extra: ['immigration-law', 'partnership-development', 'disability-support'],
  },
  {
    title: 'Finance executive',
    headline: 'CFO for social businesses and foundations',
    causes: [FocusArea.POLITICS_ECONOMY, FocusArea.VULNERABLE_GROUPS],
    core: ['financial-planning', 'controlling', 'impact-measurement'],
    extra: ['fundraising-strategy', 'investment-readiness', 'business-planning'],
  },
];

const CAUSES_JA: Readonly<Record<FocusArea, string>> = {
  [FocusArea.EDUCATION]: '教育',
  [FocusArea.HEALTH]: '保健・医療',
  [FocusArea.TRUTHFUL_INFORMATION]: '正確な情報の発信',
  [FocusArea.POLITICS_ECONOMY]: '政治・経済',
  [FocusArea.VULNERABLE_GROUPS]: '困難を抱える人の支援',
  [FocusArea.ENVIRONMENT]: '環境',
  [FocusArea.COMMUNITY_DEVELOPMENT]: '地域づくり',
  [FocusArea.ARTS_CULTURE]: '芸術・文化',
  [FocusArea.HUMAN_RIGHTS]: '人権',
  [FocusArea.DISASTER_RELIEF]: '災害支援',
  [FocusArea.CHILDREN_YOUTH]: '子ども・若者',
  [FocusArea.ELDERLY_CARE]: '高齢者福祉',
};

const JAPANESE_CAUSES: readonly FocusArea[] = [
  FocusArea.CHILDREN_YOUTH,
  FocusArea.EDUCATION,
  FocusArea.ELDERLY_CARE,
  FocusArea.DISASTER_RELIEF,
  FocusArea.ENVIRONMENT,
  FocusArea.COMMUNITY_DEVELOPMENT,
  FocusArea.VULNERABLE_GROUPS,
  FocusArea.HEALTH,
  FocusArea.ARTS_CULTURE,
  FocusArea.HUMAN_RIGHTS,
];

const EUROPEAN_CAUSES: readonly FocusArea[] = [
  FocusArea.EDUCATION,
  FocusArea.HEALTH,
  FocusArea.TRUTHFUL_INFORMATION,
  FocusArea.POLITICS_ECONOMY,
  FocusArea.VULNERABLE_GROUPS,
  FocusArea.ENVIRONMENT,
];

export const EUROPEAN_CITIES: Readonly<Record<string, string>> = {
  DE: 'Berlin',
  AT: 'Vienna',
  CH: 'Zurich',
  FR: 'Paris',
  ES: 'Madrid',
  IT: 'Milan',
  PT: 'Lisbon',
  NL: 'Amsterdam',
  BE: 'Brussels',
  PL: 'Warsaw',
  CZ: 'Prague',
  SE: 'Stockholm',
  DK: 'Copenhagen',
  FI: 'Helsinki',
  IE: 'Dublin',
  GR: 'Athens',
};

/** Three or four core skills at working level or better, and one or two extras at a lower level. */
function drawSkills(rng: SeededRandom, archetype: Archetype): SkillLevel[] {
  const core = rng.sample(archetype.core, rng.int(3, 4)).map((id): SkillLevel => [id, rng.int(3, 5)]);
  const extra = rng.sample(archetype.extra, rng.int(1, 2)).map((id): SkillLevel => [id, rng.int(2, 3)]);
  return [...core, ...extra];
}

/** A unique address: kenta.sato@ at one company may exist at another, or as a curator's. */
function uniqueEmail(b: WorldBuilder, localPart: string, domain: string): string {
  for (let n = 1; ; n++) {
    const email = `${localPart}${n === 1 ? '' : n}@${domain}`;
    if (!b.hasEmail(email)) return email;
  }
}

/** Draws until the name is not taken; the lists are long enough that this ends in a few tries. */
function drawUnique<T>(b: WorldBuilder, draw: () => T, nameOf: (value: T) => string): T {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const value = draw();
    if (!b.hasName(nameOf(value))) return value;
  }
  throw new Error('Demo world: name lists too short for the people requested');
}

interface EuropeanPerson {
  given: string;
  family: string;
  name: string;
}

function drawEuropeanPerson(rng: SeededRandom, b: WorldBuilder, country: string): EuropeanPerson {
  const names = EUROPEAN_NAMES[country];
  return drawUnique(
    b,
    () => {
      const female = rng.chance(0.5);
      const given = rng.pick(female ? names.female : names.male);
      const index = rng.int(0, names.family.length - 1);
      const family = (female && names.familyFemale ? names.familyFemale : names.family)[index];
      return { given, family, name: `${given} ${family}` };
    },
    (p) => p.name,
  );
}

export interface JapaneseCompany {
  id: string;
  shortNameJa: string;
  domain: string;
  archetypes: readonly JapaneseArchetype[];
}

/** Employees of the Japanese partner companies, spread evenly over the companies. */
export function addJapaneseVolunteers(b: WorldBuilder, companies: readonly JapaneseCompany[], count: number): void {
  const rng = new SeededRandom(20260401);
  for (let i = 0; i < count; i++) {
    const company = companies[i % companies.length];
    const archetype = rng.pick(company.archetypes);
    const { family, given } = drawUnique(
      b,
      () => ({ family: rng.pick(JAPANESE_FAMILY_NAMES), given: rng.pick(JAPANESE_GIVEN_NAMES) }),
      (n) => `${n.family.kanji} ${n.given.kanji}`,
    );
    const email = uniqueEmail(b, `${given.romaji}.${family.romaji}`.toLowerCase(), company.domain);
    const userId = b.user(`jp-volunteer-${i + 1}`, { email, name: `${family.kanji} ${given.kanji}`, locale: 'ja' });
    b.membership(userId, company.id, MembershipRole.MEMBER);
    const speaksEnglish = rng.chance(0.4);
    const causes = rng.sample(JAPANESE_CAUSES, rng.int(1, 3));
    const skills = drawSkills(rng, archetype);
    if (speaksEnglish && rng.chance(0.3)) skills.push(['translation-ja-en', rng.int(3, 4)]);
    if (rng.chance(0.6)) skills.push([rng.pick(JP_LIFE_SKILLS), rng.int(2, 3)]);
    const years = rng.int(3, 22);
    b.volunteer(
      userId,
      {
        employerId: company.id,
        headline: `${archetype.titleJa}（${company.shortNameJa}） / ${archetype.title}`,
        bio: `${company.shortNameJa}で${archetype.titleJa}に携わって${years}年。${causes.map((c) => CAUSES_JA[c]).join('・')}の分野でプロボノに関わりたいと考えています。`,
        languages: speaksEnglish ? (rng.chance(0.1) ? ['ja', 'en', rng.pick(['zh', 'ko'])] : ['ja', 'en']) : ['ja'],
        country: 'JP',
        timeZone: 'Asia/Tokyo',
        hoursPerMonth: rng.int(4, 20),
        maxConcurrentEngagements: rng.chance(0.8) ? 1 : 2,
        causes,
        remoteOk: true,
        onSiteOk: rng.chance(0.6),
        available: rng.chance(0.95),
      },
      skills,
    );
  }
}

/** Where the retailer's volunteering employees work: mostly the Berlin head office, the rest at European hubs. */
const RETAILER_OFFICES: readonly [country: string, employees: number][] = [
  ['DE', 30],
  ['PL', 5],
  ['NL', 4],
  ['FR', 4],
  ['IT', 3],
  ['ES', 3],
  ['AT', 2],
  ['SE', 2],
  ['CZ', 2],
  ['IE', 2],
  ['DK', 1],
  ['FI', 1],
  ['PT', 1],
];

export function addRetailerVolunteers(b: WorldBuilder, retailerId: string, domain: string): void {
  const rng = new SeededRandom(20261001);
  let index = 0;
  for (const [country, employees] of RETAILER_OFFICES) {
    for (let k = 0; k < employees; k++) {
      index++;
      const names = EUROPEAN_NAMES[country];
      const person = drawEuropeanPerson(rng, b, country);
      const archetype = rng.pick(RETAILER_ARCHETYPES);
      const email = uniqueEmail(b, `${emailSlug(person.given)}.${emailSlug(person.family)}`, domain);
      const userId = b.user(`retailer-volunteer-${index}`, { email, name: person.name, locale: names.language === 'de' ? 'de' : 'en' });
      b.membership(userId, retailerId, MembershipRole.MEMBER);
      const causes = rng.sample(EUROPEAN_CAUSES, rng.int(1, 3));
      b.volunteer(
        userId,
        {
          employerId: retailerId,
          headline: `${archetype.title}, Modaro ${EUROPEAN_CITIES[country]}`,
          bio: `${rng.int(3, 18)} years of experience; ${archetype.title.toLowerCase()} at Modaro. Happy to share it with social entrepreneurs.`,
          languages: retailerLanguages(rng, country, names.language),
          country,
          timeZone: names.timeZone,
          hoursPerMonth: rng.int(4, 16),
          maxConcurrentEngagements: rng.chance(0.75) ? 1 : 2,
          causes,
          remoteOk: true,
          onSiteOk: rng.chance(0.3),
          available: rng.chance(0.95),
        },
        drawSkills(rng, archetype),
      );
    }
  }
}

/** English is the company language; German comes with the Berlin head office, for some also abroad. */
function retailerLanguages(rng: SeededRandom, country: string, local: string): string[] {
  const languages = new Set(['en', local]);
  if (country !== 'DE' && rng.chance(0.3)) languages.add('de');
  if (rng.chance(0.2)) languages.add(rng.pick(['fr', 'es', 'it']));
  return [...languages];
}

/** Mentor countries: one per cohort country, and more where the network is strongest. */
const MENTOR_COUNTRIES: readonly string[] = [
  'AT',
  'CH',
  'FR',
  'ES',
  'IT',
  'PT',
  'NL',
  'BE',
  'PL',
  'CZ',
  'SE',
  'DK',
  'FI',
  'IE',
  'GR',
  'DE',
  'DE',
  'DE',
  'FR',
  'FR',
  'NL',
  'ES',
  'IT',
  'AT',
];

export function addEuropeanMentors(b: WorldBuilder): void {
  const rng = new SeededRandom(20260915);
  MENTOR_COUNTRIES.forEach((country, i) => {
    const names = EUROPEAN_NAMES[country];
    const person = drawEuropeanPerson(rng, b, country);
    const archetype = MENTOR_ARCHETYPES[i % MENTOR_ARCHETYPES.length];
    const email = uniqueEmail(b, `${emailSlug(person.given)}.${emailSlug(person.family)}`, 'mentors.impulse-se.example');
    const userId = b.user(`eu-mentor-${i + 1}`, { email, name: person.name, locale: names.language === 'de' ? 'de' : 'en' });
    const languages = new Set(['en', names.language]);
    if (rng.chance(0.3)) languages.add(rng.pick(['de', 'fr', 'es']));
    b.mentor(
      userId,
      {
        headline: archetype.headline,
        bio: `${archetype.title} based in ${EUROPEAN_CITIES[country]} with ${rng.int(10, 30)} years of experience; mentors early-stage social entrepreneurs.`,
        languages: [...languages],
        country,
        timeZone: names.timeZone,
        hoursPerMonth: rng.int(4, 8),
        menteeCapacity: rng.int(1, 3),
        causes: [...archetype.causes],
        available: true,
      },
      [...archetype.core.map((id): SkillLevel => [id, rng.int(4, 5)]), ...rng.sample(archetype.extra, 2).map((id): SkillLevel => [id, rng.int(3, 4)])],
    );
  });
}
