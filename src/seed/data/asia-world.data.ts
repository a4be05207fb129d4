import { FocusArea } from '../../common/domain/focus-area.enum';
import { MembershipRole } from '../../common/domain/membership-role.enum';
import { OrganizationKind } from '../../common/domain/organization-kind.enum';
import { NeedStatus } from '../../needs/need.entity';
import { RoleKind } from '../../needs/need-role.entity';
import { ProgramParticipantRole } from '../../programs/program-participant.entity';
import { seedId } from '../seed-id';
import { DEMO_EMAILS } from './demo-sign-ins.data';
import type { SkillLevel } from './demo-world.types';
import { addJapaneseVolunteers, JapaneseCompany, JP_ARCHETYPES } from './people.data';
import { NeedSpec, RoleSpec, WorldBuilder } from './world-builder';

/**
 * Part (a) of the demo world, modelled on the Asian pro-bono network: a Japanese intermediary
 * staffs six-month team projects (4-6 employees of large companies per nonprofit), beside its
 * sister intermediaries, a US pro-bono foundation and a corporate foundation as partners.
 */

export const JP_VOLUNTEER_COUNT = 100;

const TEAM_PROJECT_STARTS = '2027-01-15';
const TEAM_PROJECT_ENDS = '2027-07-14';

interface Intermediary {
  key: string;
  name: string;
  country: string;
  languages: string[];
  domain: string;
  description: string;
  curator: string;
}

const ASIAN_INTERMEDIARIES: readonly Intermediary[] = [
  {
    key: 'kr-intermediary',
    name: 'Seoul Probono Center',
    country: 'KR',
    languages: ['ko', 'en'],
    domain: 'seoul-probono.example',
    description: 'Brokers skills-based volunteering between Korean conglomerates and community organizations.',
    curator: 'Kim Min-ji',
  },
  {
    key: 'tw-intermediary',
    name: 'Taiwan Pro Bono Alliance',
    country: 'TW',
    languages: ['zh', 'en'],
    domain: 'probono-taiwan.example',
    description: 'Connects professionals in Taipei and Kaohsiung with social-welfare groups.',
    curator: 'Lin Yi-chen',
  },
  {
    key: 'hk-intermediary',
    name: 'HK Skills for Good',
    country: 'HK',
    languages: ['zh', 'en'],
    domain: 'skillsforgood-hk.example',
    description: 'Runs marathon pro-bono days and long-term consulting projects in Hong Kong.',
    curator: 'Chan Ka-yan',
  },
  {
    key: 'sg-intermediary',
    name: 'Skills Connect Singapore',
    country: 'SG',
    languages: ['en', 'zh', 'ms'],
    domain: 'skillsconnect-sg.example',
    description: 'The national skills-based volunteering platform for Singapore charities.',
    curator: 'Tan Wei Ling',
  },
  {
    key: 'ph-intermediary',
    name: 'Bayanihan Professionals Network',
    country: 'PH',
    languages: ['en', 'tl'],
    domain: 'bayanihan-pro.example',
    description: 'Mobilizes Manila professionals for cooperatives and community groups.',
    curator: 'Andrea Reyes',
  },
  {
    key: 'in-intermediary',
    name: 'Pro Bono India Collective',
    country: 'IN',
    languages: ['en', 'hi'],
    domain: 'probono-india.example',
    description: 'Matches corporate volunteers in Bengaluru, Mumbai and Delhi with grassroots NGOs.',
    curator: 'Priya Raman',
  },
  {
    key: 'id-intermediary',
    name: 'Gotong Royong Pro Bono',
    country: 'ID',
    languages: ['id', 'en'],
    domain: 'gotongroyong-probono.example',
    description: 'Pro-bono consulting for Indonesian social enterprises and foundations.',
    curator: 'Dewi Lestari',
  },
  {
    key: 'th-intermediary',
    name: 'Thai Skills Volunteering Foundation',
    country: 'TH',
    languages: ['th', 'en'],
    domain: 'thaiskills.example',
    description: 'Skills-based volunteering for Thai community organizations since 2012.',
    curator: 'Napat Srisuk',
  },
  {
    key: 'my-intermediary',
    name: 'Kongsi Pro Bono Malaysia',
    country: 'MY',
    languages: ['ms', 'en'],
    domain: 'kongsi-probono.example',
    description: 'Connects Kuala Lumpur professionals with Malaysian NGOs.',
    curator: 'Nurul Aisyah',
  },
];

interface Company {
  key: string;
  name: string;
  shortNameJa: string;
  domain: string;
  description: string;
  contact: { key: string; name: string; email: string };
  archetypes: JapaneseCompany['archetypes'];
  /** Its admins approve an employee's pro-bono time before a match is confirmed. */
  requiresEmployerSignOff?: boolean;
}

const A = JP_ARCHETYPES;

const JAPANESE_COMPANIES: readonly Company[] = [
  {
    key: 'kasumi-electric',
    name: 'Kasumi Electric (霞電機株式会社)',
    shortNameJa: '霞電機',
    domain: 'kasumi-electric.example',
    description: 'Electronics and infrastructure systems maker, Tokyo. About 40,000 employees; pro-bono team projects are part of its leadership programme. 電機メーカー。',
    contact: { key: 'company-jp', name: '中村 誠', email: DEMO_EMAILS.companyJapan },
    archetypes: [A.engineer, A.itSystems, A.projectManager, A.marketing, A.finance, A.hr, A.designer, A.operations, A.data, A.planning, A.csr, A.ecommerce],
  },
  {
    key: 'tsubame-trading',
    name: 'Tsubame Trading Corporation (燕商事株式会社)',
    shortNameJa: '燕商事',
    domain: 'tsubame-trading.example',
    description: 'General trading company, Tokyo and Osaka. 総合商社。',
    contact: { key: 'company-tsubame', name: '石川 沙織', email: DEMO_EMAILS.companySignOff },
    requiresEmployerSignOff: true,
    archetypes: [A.sales, A.finance, A.planning, A.legal, A.marketing, A.operations, A.hr, A.pr, A.ecommerce, A.csr],
  },
  {
    key: 'aozora-life',
    name: 'Aozora Life Insurance (あおぞら生命保険株式会社)',
    shortNameJa: 'あおぞら生命',
    domain: 'aozora-life.example',
    description: 'Life insurer with a nationwide sales network. 生命保険会社。',
    contact: { key: 'company-aozora', name: '長谷川 隆', email: 'sustainability@aozora-life.example' },
    archetypes: [A.data, A.finance, A.planning, A.marketing, A.hr, A.pr, A.legal, A.itSystems, A.sales, A.csr],
  },
  {
    key: 'hikari-pharma',
    name: 'Hikari Pharmaceutical (ひかり製薬株式会社)',
    shortNameJa: 'ひかり製薬',
    domain: 'hikari-pharma.example',
    description: 'Research-based pharmaceutical company, Osaka. 製薬会社。',
    contact: { key: 'company-hikari', name: '西村 麻衣', email: 'probono@hikari-pharma.example' },
    archetypes: [A.medical, A.marketing, A.pr, A.hr, A.data, A.legal, A.finance, A.planning, A.csr],
  },
  {
    key: 'minato-systems',
    name: 'Minato Systems (湊システムズ株式会社)',
    shortNameJa: '湊システムズ',
    domain: 'minato-systems.example',
    description: 'IT services and systems integration, Yokohama. システムインテグレーター。',
    contact: { key: 'company-minato', name: '坂本 翔太', email: 'social@minato-systems.example' },
    archetypes: [A.engineer, A.itSystems, A.projectManager, A.data, A.designer, A.marketing],
  },
];

interface Nonprofit {
  key: string;
  name: string;
  domain: string;
  description: string;
  contact: { key: string; name: string; email: string };
}

const JAPANESE_NONPROFITS: readonly Nonprofit[] = [
  {
    key: 'mirai-kodomo',
    domain: 'mirai-kodomo.example',
    name: "NPO法人 みらい子ども食堂ネットワーク (Mirai Children's Cafeteria Network)",
    description: '東京都内の子ども食堂42か所をつなぎ、食材の共同調達とボランティア研修を行う中間支援団体です。',
    contact: { key: 'nonprofit-jp', name: '小川 恵', email: DEMO_EMAILS.nonprofitJapan },
  },
  {
    key: 'tamagawa-satoyama',
    domain: 'tamagawa-satoyama.example',
    name: '多摩川さとやま保全の会 (Tamagawa Satoyama Conservation)',
    description: '多摩川流域の雑木林と田んぼを市民の手で守り、環境教育を行っています。',
    contact: { key: 'np-tamagawa', name: '森 直樹', email: 'office@tamagawa-satoyama.example' },
  },
  {
    key: 'tohoku-recovery',
    domain: 'tohoku-sasaeai.example',
    name: '一般社団法人 東北復興ささえあいセンター (Tohoku Recovery Support Center)',
    description: '宮城県石巻市を拠点に、被災地の見守り活動と防災教育を続けています。',
    contact: { key: 'np-tohoku', name: '遠藤 由美', email: 'info@tohoku-sasaeai.example' },
  },
  {
    key: 'kaigo-family',
    domain: 'kaigo-sasaeai.example',
    name: 'NPO法人 介護家族ささえあいネット (Family Caregivers Support Net)',
    description: '家族を介護する人の相談窓口と交流会を運営しています。',
    contact: { key: 'np-kaigo', name: '岡田 智子', email: 'contact@kaigo-sasaeai.example' },
  },
  {
    key: 'manabitomo',
    domain: 'manabitomo.example',
    name: 'NPO法人 まなびとも (Manabitomo Learning Support)',
    description: '外国にルーツを持つ子どもたちに、日本語と教科の学習支援を行っています。',
    contact: { key: 'np-manabitomo', name: '林 千尋', email: 'hello@manabitomo.example' },
  },
  {
    key: 'rainbow-kobe',
    domain: 'rainbow-kobe.example',
    name: 'NPO法人 レインボー神戸 (Rainbow Kobe)',
    description: '性的マイノリティの当事者と家族のための相談と居場所づくりを行っています。',
    contact: { key: 'np-rainbow', name: '藤田 蓮', email: 'soudan@rainbow-kobe.example' },
  },
  {
    key: 'hibiki-arts',
    domain: 'hibiki-art.example',
    name: '一般社団法人 ひびきアートプロジェクト (Hibiki Art Project)',
    description: '障害のあるアーティストの作品発表と商品化を支えています。',
    contact: { key: 'np-hibiki', name: '村上 葵', email: 'studio@hibiki-art.example' },
  },
  {
    key: 'shinshu-satoyama',
    domain: 'shinshu-satoyama.example',
    name: 'NPO法人 信州さとやまづくり (Shinshu Village Revival)',
    description: '長野県の中山間地域で、空き家活用と地域産品づくりに取り組んでいます。',
    contact: { key: 'np-shinshu', name: '小林 大輔', email: 'office@shinshu-satoyama.example' },
  },
  {
    key: 'kokoro-line',
    domain: 'kokoro-line.example',
    name: 'NPO法人 こころの相談ライン (Kokoro Helpline)',
    description: '10代・20代のためのチャット相談と、学校向けのメンタルヘルス講座を行っています。',
    contact: { key: 'np-kokoro', name: '吉田 美咲', email: 'info@kokoro-line.example' },
  },
  {
    key: 'hitorioya-osaka',
    domain: 'hitorioya-osaka.example',
    name: 'NPO法人 ひとり親サポートおおさか (Single Parent Support Osaka)',
    description: '大阪府内のひとり親家庭に、食料支援・就労相談・学習支援を届けています。',
    contact: { key: 'np-hitorioya', name: '井上 香織', email: 'support@hitorioya-osaka.example' },
  },
];

export interface AsiaWorldRefs {
  networkId: string;
  intermediaryId: string;
  programId: string;
  corporateFoundationId: string;
  companyIds: Record<string, string>;
  nonprofitIds: Record<string, string>;
}

export function addAsiaWorld(b: WorldBuilder): AsiaWorldRefs {
  const networkId = b.network(
    'asia-pro-bono',
    'Asia Pro Bono Network',
    'Asia',
    'Ten pro-bono intermediaries from across Asia sharing methods, volunteers and cross-border projects, with a US pro-bono foundation as partner.',
  );
  const intermediaryId = addJapaneseIntermediary(b, networkId);
  for (const intermediary of ASIAN_INTERMEDIARIES) addIntermediary(b, networkId, intermediary);
  addUsFoundation(b, networkId);
  const corporateFoundationId = addCorporateFoundation(b, intermediaryId);

  const companyIds: Record<string, string> = {};
  const companies: JapaneseCompany[] = [];
  for (const company of JAPANESE_COMPANIES) {
    const id = addCompany(b, intermediaryId, company);
    companyIds[company.key] = id;
    companies.push({ id, shortNameJa: company.shortNameJa, domain: company.domain, archetypes: company.archetypes });
  }

  const programId = b.program('jp-team-projects', {
    intermediaryId,
    name: 'プロボノ・チームプロジェクト 2027 (Pro Bono Team Projects 2027)',
    description:
      '6か月間、企業の社員4〜6名のチームがひとつのNPOの課題（ウェブサイト、事業計画、マーケティング調査など）に取り組みます。Six-month projects: a team of 4-6 employees from partner companies delivers one piece of work for one nonprofit.',
    startsOn: TEAM_PROJECT_STARTS,
    endsOn: TEAM_PROJECT_ENDS,
    requiresMentor: false,
    curationRequired: true,
  });
  for (const id of Object.values(companyIds)) b.participant(programId, id, ProgramParticipantRole.PARTNER_COMPANY);
  b.participant(programId, corporateFoundationId, ProgramParticipantRole.FUNDER);

  const nonprofitIds = addNonprofitsAndNeeds(b, intermediaryId, programId);
  // Generated people come last, so they step around the names written out above.
  addDemoVolunteer(b, companyIds['kasumi-electric']);
  addSignOffEngagement(b, companyIds['tsubame-trading']);
  addJapaneseVolunteers(b, companies, JP_VOLUNTEER_COUNT - 2);
  addNetworkSharing(b, networkId, intermediaryId, programId);
  return { networkId, intermediaryId, programId, corporateFoundationId, companyIds, nonprofitIds };
}

/**
 * The Japanese intermediary shares two needs and its team-project program with the network, and the
 * Seoul partner has proposed a company volunteer for the multilingual need, waiting for approval. Not the
 * demo volunteer, whose own journey starts from a clean slate.
 */
function addNetworkSharing(b: WorldBuilder, networkId: string, intermediaryId: string, programId: string): void {
  const curatorId = seedId('user:curator-jp');
  for (const key of ['rainbow-kobe-multilingual', 'shinshu-satoyama-online-shop']) b.needShare(seedId(`need:${key}`), networkId, intermediaryId, curatorId);
  b.programShare(programId, networkId, intermediaryId, curatorId);
  b.partnerProposal('rainbow-kobe-multilingual', {
    volunteerProfileId: seedId(`volunteer-profile:${seedId('user:jp-volunteer-1')}`),
    intermediaryId: seedId('org:kr-intermediary'),
    proposedBy: seedId('user:curator-kr-intermediary'),
    note: 'Works at one of your partner companies and has helped with multilingual outreach before.',
  });
}

/** The nonprofits, their needs, and the cohort: the nonprofits with a team project. */
function addNonprofitsAndNeeds(b: WorldBuilder, intermediaryId: string, programId: string): Record<string, string> {
  const nonprofitIds: Record<string, string> = {};
  const contacts: Record<string, string> = {};
  for (const nonprofit of JAPANESE_NONPROFITS) {
    [nonprofitIds[nonprofit.key], contacts[nonprofit.key]] = addNonprofit(b, intermediaryId, nonprofit);
  }
  const needs = japaneseNeeds();
  for (const need of needs) {
    const { nonprofit, teamProject } = need;
    b.need(need.key, { ...need.spec, nonprofitId: nonprofitIds[nonprofit], createdById: contacts[nonprofit], programId: teamProject ? programId : null }, need.roles);
  }
  for (const key of new Set(needs.filter((n) => n.teamProject).map((n) => n.nonprofit))) {
    b.participant(programId, nonprofitIds[key], ProgramParticipantRole.COHORT);
  }
  return nonprofitIds;
}

function addJapaneseIntermediary(b: WorldBuilder, networkId: string): string {
  const id = b.organization('jp-intermediary', {
    kind: OrganizationKind.INTERMEDIARY,
    name: 'Probono Link Japan (プロボノリンク・ジャパン)',
    country: 'JP',
    languages: ['ja', 'en'],
    website: 'https://probono-link.example',
    description:
      '企業で働く人の専門スキルをNPOにつなぐ中間支援組織。6か月のチーム型プロボノを年間40件以上コーディネートしています。A Tokyo intermediary staffing six-month pro-bono team projects with employees of large companies.',
    verified: true,
  });
  b.networkMember(networkId, id);
  const curator = b.user('curator-jp', { email: DEMO_EMAILS.curatorJapan, name: '高橋 陽子', locale: 'ja' });
  b.membership(curator, id, MembershipRole.ADMIN);
  return id;
}

function addIntermediary(b: WorldBuilder, networkId: string, i: Intermediary): void {
  const id = b.organization(i.key, {
    kind: OrganizationKind.INTERMEDIARY,
    name: i.name,
    country: i.country,
    languages: i.languages,
    website: `https://${i.domain}`,
    description: i.description,
    verified: true,
  });
  b.networkMember(networkId, id);
  const curator = b.user(`curator-${i.key}`, { email: `curator@${i.domain}`, name: i.curator, locale: 'en' });
  b.membership(curator, id, MembershipRole.ADMIN);
}

function addUsFoundation(b: WorldBuilder, networkId: string): void {
  addIntermediary(b, networkId, {
    key: 'us-foundation',
    name: 'Pro Bono Catalyst Foundation',
    country: 'US',
    languages: ['en'],
    domain: 'probono-catalyst.example',
    description: 'US pro-bono foundation that trains intermediaries worldwide in the team-project method; a founding partner of the Asia Pro Bono Network.',
    curator: 'Rebecca Collins',
  });
}

function addCorporateFoundation(b: WorldBuilder, intermediaryId: string): string {
  const id = b.organization('jp-corporate-foundation', {
    kind: OrganizationKind.FUNDER,
    name: 'Tsubame Foundation for Social Innovation (燕社会イノベーション財団)',
    country: 'JP',
    languages: ['ja', 'en'],
    website: 'https://tsubame-foundation.example',
    description: '燕商事が設立した企業財団。プロボノで基盤を強化したNPOに、事業拡大のための助成を行います。The corporate foundation of Tsubame Trading.',
    verified: true,
  });
  b.affiliation(intermediaryId, id);
  const staff = b.user('funder-tsubame', { email: 'grants@tsubame-foundation.example', name: '藤井 千尋', locale: 'ja' });
  b.membership(staff, id, MembershipRole.ADMIN);
  b.fundingOffer('tsubame-capacity-grants', {
    funderId: id,
    title: '市民活動基盤強化助成 2027 (Capacity-building grants 2027)',
    description: 'プロボノ支援と組み合わせた、NPOの組織基盤強化のための助成です。Grants that follow a pro-bono project to fund what it made possible.',
    focusAreas: [FocusArea.CHILDREN_YOUTH, FocusArea.VULNERABLE_GROUPS, FocusArea.DISASTER_RELIEF, FocusArea.COMMUNITY_DEVELOPMENT, FocusArea.ELDERLY_CARE],
    countries: ['JP'],
    minTicket: 500_000,
    maxTicket: 3_000_000,
    budgetTotal: 30_000_000,
    currency: 'JPY',
  });
  return id;
}

function addCompany(b: WorldBuilder, intermediaryId: string, c: Company): string {
  const id = b.organization(c.key, {
    kind: OrganizationKind.COMPANY,
    name: c.name,
    country: 'JP',
    languages: ['ja', 'en'],
    website: `https://${c.domain}`,
    description: c.description,
    verified: true,
    requiresEmployerSignOff: c.requiresEmployerSignOff ?? false,
  });
  b.affiliation(intermediaryId, id);
  const admin = b.user(c.contact.key, { email: c.contact.email, name: c.contact.name, locale: 'ja' });
  b.membership(admin, id, MembershipRole.ADMIN);
  return id;
}

function addNonprofit(b: WorldBuilder, intermediaryId: string, n: Nonprofit): [orgId: string, userId: string] {
  const id = b.organization(n.key, {
    kind: OrganizationKind.NONPROFIT,
    name: n.name,
    country: 'JP',
    languages: ['ja'],
    website: `https://${n.domain}`,
    description: n.description,
    verified: true,
  });
  b.affiliation(intermediaryId, id);
  const admin = b.user(n.contact.key, { email: n.contact.email, name: n.contact.name, locale: 'ja' });
  b.membership(admin, id, MembershipRole.ADMIN);
  return [id, admin];
}

/** The volunteer demo sign-in: written out by hand so the demo has a known, well-matching profile. */
function addDemoVolunteer(b: WorldBuilder, employerId: string): void {
  const userId = b.user('volunteer', { email: DEMO_EMAILS.volunteer, name: '山本 彩', locale: 'ja' });
  b.membership(userId, employerId, MembershipRole.MEMBER);
  const skills: SkillLevel[] = [
    ['marketing-strategy', 4],
    ['market-research', 4],
    ['digital-marketing', 3],
    ['social-media-marketing', 3],
    ['customer-segmentation', 3],
    ['translation-ja-en', 3],
  ];
  b.volunteer(
    userId,
    {
      employerId,
      headline: 'マーケティング（霞電機） / Marketing manager',
      bio: '霞電機で家電のマーケティングを10年担当。子ども食堂でのボランティア経験があり、子ども・教育分野のプロボノに関心があります。',
      languages: ['ja', 'en'],
      country: 'JP',
      timeZone: 'Asia/Tokyo',
      hoursPerMonth: 12,
      maxConcurrentEngagements: 1,
      causes: [FocusArea.CHILDREN_YOUTH, FocusArea.EDUCATION, FocusArea.VULNERABLE_GROUPS],
      remoteOk: true,
      onSiteOk: true,
      available: true,
    },
    skills,
  );
}

/**
 * The sign-off demo: a Tsubame Trading market researcher and the Tamagawa research team agreed, and the
 * match waits for Tsubame's admin (DEMO_EMAILS.companySignOff) to approve the time.
 */
function addSignOffEngagement(b: WorldBuilder, employerId: string): void {
  const userId = b.user('volunteer-signoff', { email: DEMO_EMAILS.volunteerSignOff, name: '森 健太', locale: 'ja' });
  b.membership(userId, employerId, MembershipRole.MEMBER);
  const profileId = b.volunteer(
    userId,
    {
      employerId,
      headline: '市場調査（燕商事） / Market researcher',
      bio: '燕商事で消費者調査を担当。地域の環境保全活動に関心があり、調査設計でNPOを支援したいと考えています。',
      languages: ['ja', 'en'],
      country: 'JP',
      timeZone: 'Asia/Tokyo',
      hoursPerMonth: 10,
      maxConcurrentEngagements: 2,
      causes: [FocusArea.ENVIRONMENT, FocusArea.COMMUNITY_DEVELOPMENT],
      remoteOk: true,
      onSiteOk: false,
      available: true,
    },
    [
      ['market-research', 4],
      ['survey-design', 4],
      ['marketing-strategy', 3],
    ],
  );
  b.awaitingSignOff('tamagawa-research-signoff', {
    roleId: seedId('role:tamagawa-satoyama-membership:volunteer-1'),
    volunteerProfileId: profileId,
    curatorId: seedId('user:curator-jp'),
    volunteerUserId: userId,
    nonprofitUserId: seedId('user:np-tamagawa'),
    offeredAt: '2026-11-02T01:00:00Z',
    reason: '調査設計の経験が会員調査にぴったりです。Survey design experience that fits the membership study.',
  });
}

interface JapaneseNeed {
  key: string;
  nonprofit: string;
  teamProject: boolean;
  spec: Omit<NeedSpec, 'nonprofitId' | 'createdById' | 'programId'>;
  roles: RoleSpec[];
}

const open = (publishedAt: string) => ({ status: NeedStatus.OPEN, publishedAt });
const team = (seats: number, hoursPerMonth: number, title: string, description: string, skills: RoleSpec['skills']): RoleSpec => ({
  kind: RoleKind.VOLUNTEER,
  title,
  description,
  hoursPerMonth,
  seats,
  skills,
});
const teamDates = { startsOn: TEAM_PROJECT_STARTS, endsOn: TEAM_PROJECT_ENDS };

function japaneseNeeds(): JapaneseNeed[] {
  return [
    {
      key: 'mirai-kodomo-website',
      nonprofit: 'mirai-kodomo',
      teamProject: true,
      spec: {
        ...teamDates,
        ...open('2026-10-20T01:00:00Z'),
        title: '寄付者と利用者に届くウェブサイトのリニューアル',
        summary:
          '現在のサイトは10年前に作ったもので、スマートフォンで読みにくく、子ども食堂の開催情報も更新が追いつきません。利用したい家庭が近くの食堂を探せて、寄付者が活動の成果を確かめられるサイトに作り替えたいと考えています。',
        impact: '利用世帯を年間1,200世帯から2,000世帯へ。オンライン寄付を月30件から100件に増やし、食材費の安定につなげます。',
        focusArea: FocusArea.CHILDREN_YOUTH,
        country: 'JP',
        language: 'ja',
        remote: true,
      },
      roles: [
        team(5, 12, 'プロボノチーム：ウェブサイト刷新 (website team)', 'ディレクター、デザイナー、エンジニア、ライター、マーケターの5名チームを想定しています。', [
          ['web-development', 3, 4],
          ['ux-design', 3, 4],
          ['copywriting', 3, 3],
          ['marketing-strategy', 3, 3],
          ['project-management', 3, 3],
        ]),
      ],
    },
    {
      key: 'mirai-kodomo-accounting',
      nonprofit: 'mirai-kodomo',
      teamProject: false,
      spec: {
        startsOn: '2026-12-01',
        endsOn: '2027-03-31',
        ...open('2026-11-05T02:30:00Z'),
        title: '会計ソフト導入と月次決算の仕組みづくり',
        summary:
          '会計を表計算ソフトで管理しており、助成金ごとの収支報告に毎回2週間かかっています。NPO会計基準に沿った会計ソフトの導入と、月次で締める手順づくりを手伝ってください。',
        impact: '事務局の作業を月20時間削減し、その時間を子ども食堂の現場支援に回します。',
        focusArea: FocusArea.VULNERABLE_GROUPS,
        country: 'JP',
        language: 'ja',
        remote: true,
      },
      roles: [
        {
          kind: RoleKind.VOLUNTEER,
          title: '会計アドバイザー (accounting adviser)',
          hoursPerMonth: 6,
          seats: 1,
          skills: [
            ['accounting', 4, 5],
            ['nonprofit-accounting', 3, 4],
            ['bookkeeping', 3, 3],
            ['advanced-excel', 2, 1],
          ],
        },
        { kind: RoleKind.FUNDING, title: '食材共同調達の運営資金 (shared food purchasing)', description: '金額は日本円です。', hoursPerMonth: 0, seats: 1, amount: 1_500_000 },
      ],
    },
    {
      key: 'tamagawa-satoyama-membership',
      nonprofit: 'tamagawa-satoyama',
      teamProject: true,
      spec: {
        ...teamDates,
        ...open('2026-10-22T01:00:00Z'),
        title: '会員拡大に向けたマーケティング調査',
        summary:
          '会員の平均年齢が68歳になり、活動の担い手が減っています。30〜40代の流域住民が何に関心を持ち、どうすれば参加してくれるのかを調査し、会員募集の方針をまとめてください。',
        impact: '3年で会員を180人から300人へ。雑木林12ヘクタールの手入れを続けられる体制をつくります。',
        focusArea: FocusArea.ENVIRONMENT,
        country: 'JP',
        language: 'ja',
        remote: true,
      },
      roles: [
        team(4, 10, 'プロボノチーム：マーケティング調査 (research team)', 'インタビューとアンケートを設計・実施し、最終報告会で提案します。', [
          ['market-research', 3, 5],
          ['survey-design', 3, 4],
          ['marketing-strategy', 3, 4],
          ['data-analysis', 3, 3],
          ['presentation-design', 2, 2],
        ]),
      ],
    },
    {
      key: 'tohoku-recovery-crm',
      nonprofit: 'tohoku-recovery',
      teamProject: true,
      spec: {
        ...teamDates,
        ...open('2026-10-25T03:00:00Z'),
        title: '支援者・寄付者データベースの構築',
        summary:
          '震災以降に関わってくれた約4,000人の支援者の情報が、複数の表計算ファイルと名刺に散らばっています。寄付・ボランティア参加の履歴を一元管理できるデータベースを設計し、移行まで支援してください。',
        impact: '支援者への報告とお礼を確実に届け、継続寄付者を2年で2倍にします。',
        focusArea: FocusArea.DISASTER_RELIEF,
        country: 'JP',
        language: 'ja',
        remote: true,
      },
      roles: [
        team(5, 12, 'プロボノチーム：データベース構築 (CRM team)', '要件定義から設計、移行、職員向け研修までを担当します。', [
          ['customer-relationship-management', 3, 4],
          ['salesforce-administration', 3, 4],
          ['requirements-analysis', 3, 4],
          ['project-management', 3, 3],
          ['database-administration', 2, 2],
        ]),
        {
          kind: RoleKind.VOLUNTEER,
          title: 'データ移行サポート (data clean-up)',
          hoursPerMonth: 6,
          seats: 1,
          skills: [
            ['advanced-excel', 3, 4],
            ['data-analysis', 3, 3],
            ['sql', 2, 2],
          ],
        },
      ],
    },
    {
      key: 'tohoku-recovery-grant',
      nonprofit: 'tohoku-recovery',
      teamProject: false,
      spec: {
        startsOn: '2026-12-15',
        endsOn: '2027-02-28',
        ...open('2026-11-10T00:00:00Z'),
        title: '防災教育プログラムの助成金申請書づくり',
        summary: '小中学校向けの防災教育プログラムを石巻市外にも広げるため、複数の財団に申請します。事業の成果を数字で示し、説得力のある申請書にまとめる支援をお願いします。',
        impact: '3年間で20校、4,000人の子どもに防災教育を届けます。',
        focusArea: FocusArea.DISASTER_RELIEF,
        country: 'JP',
        language: 'ja',
        remote: true,
      },
      roles: [
        {
          kind: RoleKind.VOLUNTEER,
          title: '申請書ライター (grant writer)',
          hoursPerMonth: 8,
          seats: 1,
          skills: [
            ['grant-writing', 3, 5],
            ['impact-reporting', 3, 3],
            ['copywriting', 3, 3],
            ['disaster-preparedness', 2, 2],
          ],
        },
        { kind: RoleKind.FUNDING, title: '防災教育プログラムの拡大資金 (programme expansion)', description: '金額は日本円です。', hoursPerMonth: 0, seats: 1, amount: 2_000_000 },
      ],
    },
    {
      key: 'kaigo-family-business-plan',
      nonprofit: 'kaigo-family',
      teamProject: true,
      spec: {
        ...teamDates,
        ...open('2026-10-28T01:00:00Z'),
        title: '介護者支援事業の3か年事業計画づくり',
        summary:
          '相談窓口を自治体からの委託に頼っており、委託が終わると活動を続けられません。企業向けの「介護と仕事の両立」研修を有料事業として立ち上げるための3か年計画をつくりたいと考えています。',
        impact: '自主財源比率を15%から40%へ。相談窓口を年間800件から1,500件に広げます。',
        focusArea: FocusArea.ELDERLY_CARE,
        country: 'JP',
        language: 'ja',
        remote: true,
      },
      roles: [
        team(5, 12, 'プロボノチーム：事業計画 (business-plan team)', '市場調査、収支計画、営業計画までを一冊にまとめます。', [
          ['business-planning', 3, 5],
          ['financial-modeling', 3, 4],
          ['strategic-planning', 3, 4],
          ['market-research', 3, 3],
          ['elderly-care', 2, 2],
        ]),
      ],
    },
    {
      key: 'manabitomo-volunteer-training',
      nonprofit: 'manabitomo',
      teamProject: true,
      spec: {
        ...teamDates,
        ...open('2026-11-01T01:00:00Z'),
        title: '学習支援ボランティア研修プログラムの設計',
        summary:
          '学習支援ボランティアが年間60人加わりますが、研修は先輩の経験頼みです。やさしい日本語の使い方や、子どもの背景への理解を含む研修プログラムと教材を一緒につくってください。',
        impact: 'ボランティアの1年継続率を45%から70%に上げ、支援できる子どもを150人から250人に増やします。',
        focusArea: FocusArea.EDUCATION,
        country: 'JP',
        language: 'ja',
        remote: true,
      },
      roles: [
        team(4, 10, 'プロボノチーム：研修設計 (training-design team)', '研修の体系、教材、オンライン受講の仕組みをつくります。', [
          ['instructional-design', 3, 5],
          ['training-delivery', 3, 4],
          ['volunteer-management', 3, 4],
          ['e-learning', 2, 3],
          ['plain-language', 2, 2],
        ]),
      ],
    },
    {
      key: 'rainbow-kobe-multilingual',
      nonprofit: 'rainbow-kobe',
      teamProject: false,
      spec: {
        startsOn: '2026-12-01',
        endsOn: '2027-04-30',
        ...open('2026-11-12T05:00:00Z'),
        title: '相談窓口ページの英語対応',
        summary: '神戸に住む外国籍の当事者からの問い合わせが増えています。相談窓口と居場所の案内ページを英語に翻訳し、やさしい日本語版もつくってください。',
        impact: '言葉の壁で相談をあきらめていた人が、安心して窓口にたどり着けるようにします。',
        focusArea: FocusArea.HUMAN_RIGHTS,
        country: 'JP',
        language: 'ja',
        remote: true,
      },
      roles: [
        {
          kind: RoleKind.VOLUNTEER,
          title: '翻訳・ローカライズ (translation)',
          hoursPerMonth: 6,
          seats: 2,
          skills: [
            ['translation-ja-en', 3, 5],
            ['plain-language', 2, 3],
            ['copywriting', 3, 3],
            ['web-accessibility', 2, 2],
          ],
        },
      ],
    },
    {
      key: 'hibiki-arts-branding',
      nonprofit: 'hibiki-arts',
      teamProject: true,
      spec: {
        ...teamDates,
        ...open('2026-10-30T01:00:00Z'),
        title: '団体ブランドとロゴの再構築',
        summary:
          'アーティストの作品を使った商品の販売が伸びていますが、団体名やロゴがばらばらで、取引先に活動が伝わりません。ブランドの軸を言葉にし、ロゴと基本デザインを整えてください。',
        impact: '企業とのライセンス契約を年3件から10件に増やし、アーティストへの還元額を倍にします。',
        focusArea: FocusArea.ARTS_CULTURE,
        country: 'JP',
        language: 'ja',
        remote: true,
      },
      roles: [
        team(4, 10, 'プロボノチーム：ブランディング (branding team)', 'ヒアリングからブランドの定義、ロゴ、ガイドラインまでを担当します。', [
          ['branding', 3, 5],
          ['visual-identity', 3, 5],
          ['graphic-design', 3, 4],
          ['storytelling', 3, 3],
          ['market-research', 2, 2],
        ]),
      ],
    },
    {
      key: 'shinshu-satoyama-online-shop',
      nonprofit: 'shinshu-satoyama',
      teamProject: false,
      spec: {
        startsOn: '2027-01-10',
        endsOn: '2027-06-30',
        ...open('2026-11-15T01:00:00Z'),
        title: '地域産品のオンラインショップ立ち上げ',
        summary:
          '集落の高齢農家がつくる干し柿やそば粉を、都市の消費者に直接届けたいと考えています。オンラインショップの開設、商品写真、発送の仕組みまでを一緒に整えてください。現地訪問（長野県）を1〜2回お願いします。',
        impact: '農家の収入を年間平均15万円増やし、耕作放棄地を5ヘクタール減らします。',
        focusArea: FocusArea.COMMUNITY_DEVELOPMENT,
        country: 'JP',
        language: 'ja',
        remote: false,
      },
      roles: [
        {
          kind: RoleKind.VOLUNTEER,
          title: 'ECサイト担当 (online shop)',
          hoursPerMonth: 10,
          seats: 2,
          skills: [
            ['e-commerce', 3, 5],
            ['digital-marketing', 3, 4],
            ['product-photography', 2, 3],
            ['logistics', 2, 2],
          ],
        },
        { kind: RoleKind.FUNDING, title: '加工設備と梱包資材 (processing equipment)', description: '金額は日本円です。', hoursPerMonth: 0, seats: 1, amount: 800_000 },
      ],
    },
    {
      key: 'kokoro-line-outreach',
      nonprofit: 'kokoro-line',
      teamProject: true,
      spec: {
        ...teamDates,
        ...open('2026-11-03T01:00:00Z'),
        title: '若者に届く広報戦略とSNS運用の設計',
        summary:
          'チャット相談を必要とする10代に、窓口の存在が知られていません。学校や保護者ではなく本人に届く広報の戦略と、少人数でも続けられるSNS運用の仕組みをつくってください。',
        impact: '相談件数を月300件から600件へ。深刻化する前に相談できる若者を増やします。',
        focusArea: FocusArea.HEALTH,
        country: 'JP',
        language: 'ja',
        remote: true,
      },
      roles: [
        team(5, 12, 'プロボノチーム：広報戦略 (outreach team)', 'ターゲット調査、メッセージ設計、SNS運用ルールと投稿計画をつくります。', [
          ['public-relations', 3, 5],
          ['social-media-marketing', 3, 5],
          ['content-marketing', 3, 3],
          ['customer-segmentation', 3, 3],
          ['mental-health-support', 2, 1],
        ]),
      ],
    },
    {
      key: 'kokoro-line-privacy',
      nonprofit: 'kokoro-line',
      teamProject: false,
      spec: {
        startsOn: '2027-02-01',
        endsOn: '2027-05-31',
        status: NeedStatus.DRAFT,
        title: '相談記録の個人情報保護規程の整備',
        summary: '相談記録には機微な情報が含まれます。個人情報保護法に沿った取扱規程と、相談員向けのチェックリストを整えたいと考えています。',
        impact: '相談者が安心して話せる体制を、規程と運用の両面から裏づけます。',
        focusArea: FocusArea.HEALTH,
        country: 'JP',
        language: 'ja',
        remote: true,
      },
      roles: [
        {
          kind: RoleKind.VOLUNTEER,
          title: '法務アドバイザー (privacy counsel)',
          hoursPerMonth: 6,
          seats: 1,
          skills: [
            ['data-protection', 4, 5],
            ['compliance', 3, 4],
            ['terms-and-policies', 3, 3],
          ],
        },
      ],
    },
    {
      key: 'hitorioya-osaka-process',
      nonprofit: 'hitorioya-osaka',
      teamProject: true,
      spec: {
        ...teamDates,
        ...open('2026-11-06T01:00:00Z'),
        title: '相談受付から支援までの業務プロセス改善',
        summary:
          '電話・LINE・窓口で受けた相談を紙で回しており、対応漏れや二重対応が起きています。受付から食料支援・就労相談につなぐまでの流れを整理し、ノーコードツールで仕組み化してください。',
        impact: '1件あたりの対応時間を半分にし、支援できる世帯を年間600世帯から900世帯に増やします。',
        focusArea: FocusArea.VULNERABLE_GROUPS,
        country: 'JP',
        language: 'ja',
        remote: true,
      },
      roles: [
        team(4, 10, 'プロボノチーム：業務改善 (process team)', '現状の業務を可視化し、新しい受付の仕組みを導入します。', [
          ['process-improvement', 3, 5],
          ['no-code-tools', 2, 4],
          ['requirements-analysis', 3, 3],
          ['knowledge-management', 2, 2],
          ['social-work', 2, 1],
        ]),
      ],
    },
    {
      key: 'hitorioya-osaka-monthly-donors',
      nonprofit: 'hitorioya-osaka',
      teamProject: false,
      spec: {
        startsOn: '2027-01-05',
        endsOn: '2027-04-30',
        ...open('2026-11-18T01:00:00Z'),
        title: 'マンスリーサポーター獲得の仕組みづくり',
        summary: '寄付の8割が年末に集中し、夏場の資金繰りが苦しくなっています。毎月定額で支える寄付者を増やすためのウェブ導線とメール施策を設計してください。',
        impact: 'マンスリーサポーターを80人から300人に増やし、通年で食料支援を続けられるようにします。',
        focusArea: FocusArea.VULNERABLE_GROUPS,
        country: 'JP',
        language: 'ja',
        remote: true,
      },
      roles: [
        {
          kind: RoleKind.VOLUNTEER,
          title: 'ファンドレイジング担当 (fundraising)',
          hoursPerMonth: 8,
          seats: 2,
          skills: [
            ['individual-giving', 2, 5],
            ['online-fundraising', 2, 4],
            ['email-marketing', 3, 3],
            ['copywriting', 3, 3],
          ],
        },
      ],
    },
  ];
}
