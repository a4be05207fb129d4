import { FocusArea } from '../../common/domain/focus-area.enum';
import type { WeightedSkill } from './demo-world.types';

/**
 * The 20 social-entrepreneur projects of the European accelerator, from 16 countries, four per
 * focus area. Each asks for a mentor, a pro-bono team from the retailer and seed funding.
 * Most work in English, the accelerator's language; German-speaking teams work in German, and
 * one French project shows what a small candidate pool looks like.
 */
export interface CohortProject {
  key: string;
  name: string;
  country: string;
  languages: string[];
  domain: string;
  description: string;
  founder: string;
  need: { title: string; summary: string; impact: string; focusArea: FocusArea; language: string; remote: boolean };
  mentor: { title: string; skills: WeightedSkill[] };
  volunteer: { title: string; description: string; seats: number; hoursPerMonth: number; skills: WeightedSkill[] };
  funding: { title: string; amount: number };
}

export const COHORT_PROJECTS: readonly CohortProject[] = [
  {
    key: 'codebridge-berlin',
    name: 'CodeBridge Berlin',
    country: 'DE',
    languages: ['de', 'en', 'ar'],
    domain: 'codebridge-berlin.example',
    description: 'Free 16-week web-development bootcamp for young refugees and migrants in Berlin; 78% of graduates find a job or apprenticeship.',
    founder: 'Samira Haddad',
    need: {
      title: 'Take our coding bootcamp from one city to three',
      summary:
        'We want to open classes in Leipzig and Hamburg in 2027. Today we track 120 students, coaches and employer contacts in spreadsheets that only two staff understand. We need a simple student-tracking tool that remote coaches can use, and a plan for running three sites with one small central team.',
      impact: '240 more young people a year trained for digital jobs, and placement numbers we can prove to employers and funders.',
      focusArea: FocusArea.EDUCATION,
      language: 'en',
      remote: true,
    },
    mentor: {
      title: 'Mentor: scaling an education social business to new cities',
      skills: [
        ['social-entrepreneurship', 4, 4],
        ['scaling-strategy', 4, 5],
        ['partnership-development', 3, 3],
      ],
    },
    volunteer: {
      title: 'Pro-bono team: student-tracking tool',
      description: 'Two engineers and a product manager build a small web app on a managed database; our coaches test it with real cohorts.',
      seats: 3,
      hoursPerMonth: 10,
      skills: [
        ['backend-development', 3, 4],
        ['frontend-development', 3, 4],
        ['product-management', 3, 3],
        ['user-research', 2, 2],
      ],
    },
    funding: { title: 'Launch funding for two new city hubs', amount: 40_000 },
  },
  {
    key: 'ler-mais-lisboa',
    name: 'Ler Mais',
    country: 'PT',
    languages: ['pt', 'en'],
    domain: 'lermais.example',
    description: 'Reading buddies for primary-school pupils in low-income neighbourhoods of Lisbon and Porto.',
    founder: 'Inês Carvalho',
    need: {
      title: 'A reading-progress app for volunteer reading buddies',
      summary:
        '300 volunteers read weekly with children who fall behind. Teachers ask us for progress data, and volunteers want to see what works. We need a light mobile app to log sessions and a dashboard teachers can read in two minutes.',
      impact: 'Evidence of reading gains for 900 children a year, which unlocks municipal funding for four more schools.',
      focusArea: FocusArea.EDUCATION,
      language: 'en',
      remote: true,
    },
    mentor: {
      title: 'Mentor: from volunteer project to funded programme',
      skills: [
        ['curriculum-development', 3, 3],
        ['impact-measurement', 4, 5],
        ['social-entrepreneurship', 3, 3],
      ],
    },
    volunteer: {
      title: 'Pro-bono team: session-logging app and teacher dashboard',
      description: 'A mobile developer, a UX designer and a data person; we provide the reading framework and test schools.',
      seats: 3,
      hoursPerMonth: 8,
      skills: [
        ['mobile-development', 3, 5],
        ['ux-design', 3, 4],
        ['data-visualization', 3, 3],
      ],
    },
    funding: { title: 'Seed funding for the app and school roll-out', amount: 25_000 },
  },
  {
    key: 'mathplay-helsinki',
    name: 'MathPlay',
    country: 'FI',
    languages: ['fi', 'sv', 'en'],
    domain: 'mathplay.example',
    description: 'Game-based maths practice for children with dyscalculia and other learning difficulties; used in 40 Finnish schools.',
    founder: 'Aino Virtanen',
    need: {
      title: 'A pricing and sales model that schools can say yes to',
      summary:
        'Teachers love the game but municipalities buy through slow procurement. We need to understand who decides, test a per-school subscription against a per-municipality licence, and reach Swedish-speaking schools as well.',
      impact: 'From 40 to 200 schools in three years, financed by licences instead of one-off grants.',
      focusArea: FocusArea.EDUCATION,
      language: 'en',
      remote: true,
    },
    mentor: {
      title: 'Mentor: edtech business models for the public sector',
      skills: [
        ['business-model-design', 4, 5],
        ['lean-startup', 3, 3],
        ['e-learning', 3, 3],
      ],
    },
    volunteer: {
      title: 'Pro-bono team: market research and pricing tests',
      description: 'Interview school leaders, segment the market and run two pricing experiments with our sales lead.',
      seats: 2,
      hoursPerMonth: 8,
      skills: [
        ['customer-segmentation', 3, 5],
        ['performance-marketing', 3, 3],
        ['web-analytics', 3, 3],
        ['pricing-strategy', 2, 4],
      ],
    },
    funding: { title: 'Funding for the Swedish-language version', amount: 20_000 },
  },
  {
    key: 'skills-tomorrow-athens',
    name: 'Skills for Tomorrow',
    country: 'GR',
    languages: ['el', 'en'],
    domain: 'skillsfortomorrow.example',
    description: 'Digital-skills training and job placement for unemployed young people in Athens and Thessaloniki.',
    founder: 'Eleni Georgiou',
    need: {
      title: 'An e-commerce skills track with real online-shop internships',
      summary:
        'Greek retailers are moving online and cannot find staff who know how to run a shop. We want a 10-week track on product listing, photography, online marketing and fulfilment, taught partly by practitioners, with internships at partner shops.',
      impact: '150 young people a year into e-commerce jobs; youth unemployment in our neighbourhoods is above 25%.',
      focusArea: FocusArea.EDUCATION,
      language: 'en',
      remote: true,
    },
    mentor: {
      title: 'Mentor: employer partnerships for a training programme',
      skills: [
        ['partnership-development', 4, 5],
        ['youth-work', 3, 3],
        ['scaling-strategy', 3, 3],
      ],
    },
    volunteer: {
      title: 'Pro-bono team: course content from e-commerce practitioners',
      description: 'Practitioners record modules and review the curriculum; two live sessions per cohort.',
      seats: 3,
      hoursPerMonth: 8,
      skills: [
        ['e-commerce', 4, 5],
        ['product-photography', 3, 3],
        ['performance-marketing', 3, 4],
        ['logistics', 2, 2],
      ],
    },
    funding: { title: 'Funding for the first two cohorts', amount: 30_000 },
  },
  {
    key: 'mindmate-amsterdam',
    name: 'MindMate Foundation',
    country: 'NL',
    languages: ['nl', 'en'],
    domain: 'mindmate.example',
    description: 'Trained student peers offer chat support to students with stress, loneliness or anxiety, with escalation to professionals.',
    founder: 'Fleur van den Berg',
    need: {
      title: 'Make our peer-support app safe and GDPR-proof before launch',
      summary:
        'Our pilot ran on a generic chat tool. Before launching at five universities we must handle health data lawfully, build a safe escalation flow to counsellors and test the app with students who are struggling.',
      impact: '5,000 students with a place to talk within minutes; universities report counselling waiting lists of six weeks.',
      focusArea: FocusArea.HEALTH,
      language: 'en',
      remote: true,
    },
    mentor: {
      title: 'Mentor: launching a digital-health service responsibly',
      skills: [
        ['digital-health', 4, 5],
        ['public-health', 3, 3],
        ['product-management', 3, 3],
      ],
    },
    volunteer: {
      title: 'Pro-bono team: privacy review and app hardening',
      description: 'A privacy lawyer, a mobile engineer and a UX designer review data flows, consent and the escalation journey.',
      seats: 3,
      hoursPerMonth: 10,
      skills: [
        ['data-protection', 3, 5],
        ['mobile-development', 3, 4],
        ['ux-design', 3, 3],
        ['software-testing', 3, 2],
      ],
    },
    funding: { title: 'Funding for clinical supervision during launch', amount: 45_000 },
  },
  {
    key: 'salud-cerca-barcelona',
    name: 'Salud Cerca',
    country: 'ES',
    languages: ['es', 'ca', 'en', 'ar'],
    domain: 'saludcerca.example',
    description: 'Community health agents from migrant communities who help neighbours use Barcelona’s health services.',
    founder: 'Lucía Romero',
    need: {
      title: 'Multilingual health-information kits and a messaging help line',
      summary:
        'Our 25 agents answer the same questions every week (registering with a GP, vaccinations, pregnancy care) in six languages. We want plain-language kits and a WhatsApp help line with saved answers so agents can reach more families.',
      impact: '3,000 families a year registered with primary care instead of going to emergency rooms.',
      focusArea: FocusArea.HEALTH,
      language: 'en',
      remote: true,
    },
    mentor: {
      title: 'Mentor: community health models and public partners',
      skills: [
        ['public-health', 4, 5],
        ['partnership-development', 3, 3],
        ['health-economics', 3, 2],
      ],
    },
    volunteer: {
      title: 'Pro-bono team: content kits and help-line set-up',
      description: 'Writers and customer-care experts design the kits and the saved-answer library; we translate with our agents.',
      seats: 2,
      hoursPerMonth: 8,
      skills: [
        ['customer-service', 3, 4],
        ['content-marketing', 3, 4],
        ['copywriting', 3, 3],
        ['localization', 2, 2],
      ],
    },
    funding: { title: 'Funding for translation and agent training', amount: 25_000 },
  },
  {
    key: 'activeage-stockholm',
    name: 'ActiveAge Sverige',
    country: 'SE',
    languages: ['sv', 'en'],
    domain: 'activeage.example',
    description: 'Fall-prevention exercise groups for people over 70, led by trained volunteers in 60 Stockholm neighbourhoods.',
    founder: 'Linnea Lindqvist',
    need: {
      title: 'Booking and attendance system for 60 neighbourhood groups',
      summary:
        'Group leaders phone each participant and keep paper lists, so we cannot see who has stopped coming. We need a very simple booking and attendance tool for leaders, and a weekly list of participants to call.',
      impact: 'Fewer falls among 1,800 older people; each avoided hip fracture saves about SEK 300,000 in care.',
      focusArea: FocusArea.HEALTH,
      language: 'en',
      remote: true,
    },
    mentor: {
      title: 'Mentor: proving health outcomes to municipalities',
      skills: [
        ['health-economics', 3, 4],
        ['impact-measurement', 4, 5],
        ['public-health', 3, 3],
      ],
    },
    volunteer: {
      title: 'Pro-bono team: booking tool and drop-out alerts',
      description: 'Build on a no-code platform our staff can maintain; designed for leaders in their seventies.',
      seats: 2,
      hoursPerMonth: 8,
      skills: [
        ['no-code-tools', 3, 4],
        ['ux-design', 3, 4],
        ['data-analysis', 3, 3],
        ['web-accessibility', 3, 3],
      ],
    },
    funding: { title: 'Funding for leader training and devices', amount: 20_000 },
  },
  {
    key: 'respiro-milano',
    name: 'Respiro',
    country: 'IT',
    languages: ['it', 'en'],
    domain: 'respiro.example',
    description: 'Respite care for family caregivers of people with dementia: trained carers step in for a few hours a week.',
    founder: 'Chiara Bianchi',
    need: {
      title: 'A financial model for a sustainable respite-care subscription',
      summary:
        'We are funded by one foundation grant that ends in 2028. Families and employers are willing to pay part of the cost; we need a financial model for a sliding-scale subscription and an offer for companies whose employees are caregivers.',
      impact: 'Respite for 400 caregivers a year, most of them women who would otherwise cut their working hours.',
      focusArea: FocusArea.HEALTH,
      language: 'en',
      remote: true,
    },
    mentor: {
      title: 'Mentor: earned income for a care social business',
      skills: [
        ['financial-planning', 4, 5],
        ['business-model-design', 3, 4],
        ['impact-investing', 3, 2],
      ],
    },
    volunteer: {
      title: 'Pro-bono team: financial model and pricing',
      description: 'Finance professionals build a three-year model and test price points with our family survey data.',
      seats: 2,
      hoursPerMonth: 8,
      skills: [
        ['financial-modeling', 4, 5],
        ['controlling', 3, 3],
        ['budgeting', 3, 3],
        ['pricing-strategy', 3, 4],
      ],
    },
    funding: { title: 'Bridge funding while the subscription ramps up', amount: 35_000 },
  },
  {
    key: 'vrai-ou-faux-paris',
    name: 'Vrai ou Faux Lab',
    country: 'FR',
    languages: ['fr', 'en'],
    domain: 'vraioufaux.example',
    description: 'Fact-checking workshops in secondary schools run by journalists; 12,000 pupils reached since 2022.',
    founder: 'Camille Laurent',
    need: {
      title: 'Turn our fact-checking workshop into a self-serve toolkit for teachers',
      summary:
        'Demand from schools is five times what our journalists can deliver. We want short videos, exercises and a teacher guide so any teacher can run the workshop, with an online space to download materials and report how it went.',
      impact: '100,000 pupils a year learning to check a claim before they share it.',
      focusArea: FocusArea.TRUTHFUL_INFORMATION,
      language: 'fr',
      remote: true,
    },
    mentor: {
      title: 'Mentor: scaling media-literacy education',
      skills: [
        ['media-literacy', 4, 5],
        ['journalism', 3, 3],
        ['scaling-strategy', 3, 3],
      ],
    },
    volunteer: {
      title: 'Pro-bono team: videos and teacher website',
      description: 'Video producers and a UX designer create the toolkit with our journalists.',
      seats: 3,
      hoursPerMonth: 8,
      skills: [
        ['video-production', 2, 5],
        ['ux-design', 3, 3],
        ['content-marketing', 3, 3],
        ['copywriting', 3, 2],
      ],
    },
    funding: { title: 'Funding for production and teacher training', amount: 30_000 },
  },
  {
    key: 'overeno-praha',
    name: 'Ověřeno',
    country: 'CZ',
    languages: ['cs', 'en'],
    domain: 'overeno.example',
    description: 'A network of fact-checkers working with 30 Czech regional newspapers.',
    founder: 'Tereza Dvořáková',
    need: {
      title: 'A claim-tracking database and newsroom dashboard',
      summary:
        'Claims arrive by email, chat and social media and are tracked in a shared sheet. We need a database that stores claims, sources and verdicts, flags claims that resurface, and shows partner newsrooms what is trending.',
      impact: 'Debunks reach readers in hours rather than days in 30 regional papers with 1.2 million readers.',
      focusArea: FocusArea.TRUTHFUL_INFORMATION,
      language: 'en',
      remote: true,
    },
    mentor: {
      title: 'Mentor: sustainable revenue for a fact-checking network',
      skills: [
        ['fact-checking', 3, 3],
        ['earned-income-strategy', 4, 5],
        ['journalism', 3, 3],
      ],
    },
    volunteer: {
      title: 'Pro-bono team: claims database and dashboard',
      description: 'Data engineers and an analyst design the schema, import three years of claims and build the dashboard.',
      seats: 2,
      hoursPerMonth: 10,
      skills: [
        ['sql', 3, 4],
        ['python', 3, 3],
        ['data-visualization', 3, 4],
        ['backend-development', 2, 2],
      ],
    },
    funding: { title: 'Funding for hosting and two years of operation', amount: 25_000 },
  },
  {
    key: 'local-voices-dublin',
    name: 'Local Voices Media',
    country: 'IE',
    languages: ['en', 'ga'],
    domain: 'localvoices.example',
    description: 'Community journalism co-operative training residents to report on their own neighbourhoods.',
    founder: 'Niamh Walsh',
    need: {
      title: 'A membership model to fund community reporting',
      summary:
        'Our readers trust us, but advertising will never pay for local reporting. We want to launch reader memberships: who would join, what they get, how to ask, and the emails and pages that make it work.',
      impact: '1,500 paying members would fund three part-time community reporters in areas no newspaper covers.',
      focusArea: FocusArea.TRUTHFUL_INFORMATION,
      language: 'en',
      remote: true,
    },
    mentor: {
      title: 'Mentor: reader revenue for independent media',
      skills: [
        ['membership-programs', 4, 5],
        ['journalism', 3, 3],
        ['storytelling', 3, 2],
      ],
    },
    volunteer: {
      title: 'Pro-bono team: membership launch campaign',
      description: 'Marketers segment our readers, write the campaign and set up the email journeys.',
      seats: 2,
      hoursPerMonth: 8,
      skills: [
        ['email-marketing', 3, 5],
        ['customer-segmentation', 3, 4],
        ['copywriting', 3, 3],
        ['web-analytics', 3, 2],
      ],
    },
    funding: { title: 'Funding for a membership platform and first reporter', amount: 20_000 },
  },
  {
    key: 'medienmut-wien',
    name: 'MedienMut',
    country: 'AT',
    languages: ['de', 'en'],
    domain: 'medienmut.example',
    description: 'Media-literacy courses for older people in Austrian senior centres, against scams and disinformation.',
    founder: 'Theresa Gruber',
    need: {
      title: 'Train-the-trainer programme for 50 senior centres',
      summary:
        'Our six trainers cannot reach every centre. We want centre staff and volunteers to run the course themselves, with a trainer guide, slides that work on old projectors and short videos showing typical scams.',
      impact: '5,000 older people a year who recognise fake news and online fraud, in every Austrian state.',
      focusArea: FocusArea.TRUTHFUL_INFORMATION,
      language: 'de',
      remote: true,
    },
    mentor: {
      title: 'Mentor: growing an education programme through partners',
      skills: [
        ['media-literacy', 3, 4],
        ['partnership-development', 4, 5],
        ['curriculum-development', 3, 3],
      ],
    },
    volunteer: {
      title: 'Pro-bono team: trainer guide, slides and scam videos',
      description: 'Learning and design professionals turn our course into a package any centre can use.',
      seats: 2,
      hoursPerMonth: 8,
      skills: [
        ['learning-and-development', 3, 5],
        ['presentation-design', 2, 4],
        ['video-production', 2, 3],
        ['training-delivery', 2, 2],
      ],
    },
    funding: { title: 'Funding for trainer workshops in nine states', amount: 15_000 },
  },
  {
    key: 'rethread-hamburg',
    name: 'ReThread',
    country: 'DE',
    languages: ['de', 'en'],
    domain: 'rethread.example',
    description: 'Upcycling workshops in Hamburg that employ long-term unemployed people to turn returned and damaged textiles into new products.',
    founder: 'Tobias Becker',
    need: {
      title: 'From workshop to brand: a B2B upcycling line for retailers',
      summary:
        'Retailers send us returns they cannot sell; we want to sell back an upcycled collection they can stock. We need a product line designed for small-batch production, a sourcing process for returns and a brand that buyers take seriously.',
      impact: '40 new jobs for people out of work for over two years, and 60 tonnes of textiles a year kept out of incineration.',
      focusArea: FocusArea.POLITICS_ECONOMY,
      language: 'de',
      remote: false,
    },
    mentor: {
      title: 'Mentor: building a work-integration social enterprise',
      skills: [
        ['social-entrepreneurship', 4, 5],
        ['business-model-design', 3, 3],
        ['impact-investing', 3, 2],
      ],
    },
    volunteer: {
      title: 'Pro-bono team: collection design, sourcing and brand',
      description: 'Designers, buyers and a sustainability expert from the retailer; two workshop days in Hamburg.',
      seats: 3,
      hoursPerMonth: 12,
      skills: [
        ['sustainable-fashion', 3, 5],
        ['fashion-design', 3, 4],
        ['supply-chain-management', 3, 3],
        ['circular-economy', 3, 3],
        ['branding', 2, 2],
      ],
    },
    funding: { title: 'Funding for industrial sewing machines and a production lead', amount: 50_000 },
  },
  {
    key: 'civic-lab-brussels',
    name: 'Civic Lab Brussels',
    country: 'BE',
    languages: ['fr', 'nl', 'en'],
    domain: 'civiclab.example',
    description: 'Participatory-budgeting platform used by Brussels municipalities to let residents propose and vote on projects.',
    founder: 'Louise Lambert',
    need: {
      title: 'An accessible, multilingual participation platform for 19 municipalities',
      summary:
        'Turnout is low among older residents, people with disabilities and newcomers who do not read French or Dutch well. We need to make the platform meet accessibility standards and work in five languages before the regional roll-out.',
      impact: 'Participation from 4% to 10% of residents, with the people most affected by local budgets finally taking part.',
      focusArea: FocusArea.POLITICS_ECONOMY,
      language: 'en',
      remote: true,
    },
    mentor: {
      title: 'Mentor: selling civic tech to public administrations',
      skills: [
        ['public-policy-analysis', 4, 5],
        ['stakeholder-engagement', 3, 4],
        ['scaling-strategy', 3, 2],
      ],
    },
    volunteer: {
      title: 'Pro-bono team: accessibility audit and localisation',
      description: 'A frontend engineer and an accessibility-minded designer audit and fix the voting flow; localisation set-up for five languages.',
      seats: 2,
      hoursPerMonth: 10,
      skills: [
        ['web-accessibility', 3, 5],
        ['frontend-development', 3, 4],
        ['localization', 2, 3],
        ['ux-design', 3, 3],
      ],
    },
    funding: { title: 'Funding for accessibility certification and translation', amount: 40_000 },
  },
  {
    key: 'puente-madrid',
    name: 'Cooperativa Puente',
    country: 'ES',
    languages: ['es', 'en'],
    domain: 'cooperativapuente.example',
    description: 'Microcredit and business coaching for women founders in Madrid, most of them migrants without access to bank loans.',
    founder: 'Carmen Sánchez',
    need: {
      title: 'Credit scoring and loan tracking for 300 microloans',
      summary:
        'Loan decisions rest on the judgement of two coaches and repayment is tracked by hand. We want a transparent scoring method based on our eight years of repayment data and a tracking sheet that warns us early when a borrower struggles.',
      impact: 'Lending to grow from 120 to 300 women a year with a default rate kept under 5%.',
      focusArea: FocusArea.POLITICS_ECONOMY,
      language: 'en',
      remote: true,
    },
    mentor: {
      title: 'Mentor: microfinance growth and impact investors',
      skills: [
        ['impact-investing', 4, 5],
        ['investment-readiness', 3, 4],
        ['financial-planning', 3, 3],
      ],
    },
    volunteer: {
      title: 'Pro-bono team: scoring model and early-warning sheet',
      description: 'A data scientist and a finance controller analyse our repayment history and build the tools with our coaches.',
      seats: 2,
      hoursPerMonth: 8,
      skills: [
        ['data-analysis', 3, 4],
        ['statistics', 3, 4],
        ['financial-modeling', 3, 3],
        ['risk-management', 2, 2],
      ],
    },
    funding: { title: 'Loan-loss reserve for the first 100 new loans', amount: 45_000 },
  },
  {
    key: 'voteready-copenhagen',
    name: 'VoteReady',
    country: 'DK',
    languages: ['da', 'en'],
    domain: 'voteready.example',
    description: 'A non-partisan app that explains local politics to first-time voters in five minutes a week.',
    founder: 'Mads Christensen',
    need: {
      title: 'Grow our young audience before the next local elections',
      summary:
        'The app keeps its users but few hear about it. We need a campaign on the platforms 18-to-24-year-olds use, with creators they trust, and measurement that tells us which messages bring in new voters rather than likes.',
      impact: '50,000 young users and a measurable rise in first-time turnout in our pilot municipalities.',
      focusArea: FocusArea.POLITICS_ECONOMY,
      language: 'en',
      remote: true,
    },
    mentor: {
      title: 'Mentor: non-partisan civic campaigns',
      skills: [
        ['advocacy', 4, 4],
        ['storytelling', 3, 3],
        ['public-policy-analysis', 3, 3],
      ],
    },
    volunteer: {
      title: 'Pro-bono team: social campaign and creator partnerships',
      description: 'Social-media and brand marketers plan the campaign, brief creators and set up measurement.',
      seats: 2,
      hoursPerMonth: 8,
      skills: [
        ['social-media-marketing', 4, 5],
        ['influencer-marketing', 3, 4],
        ['content-marketing', 3, 3],
        ['web-analytics', 2, 2],
      ],
    },
    funding: { title: 'Campaign and creator budget', amount: 20_000 },
  },
  {
    key: 'toit-partage-lyon',
    name: 'Toit Partagé',
    country: 'FR',
    languages: ['fr', 'en'],
    domain: 'toitpartage.example',
    description: 'Intergenerational home-sharing: older people with a spare room host young refugees and students in Lyon.',
    founder: 'Julien Moreau',
    need: {
      title: 'A matching process and CRM for 200 home-shares a year',
      summary:
        'Every match between a host and a young person takes our staff 15 hours of calls and visits, tracked in email. We need a clear process from application to follow-up and a simple CRM that keeps the history of each home-share.',
      impact: '200 young people housed each year, and older hosts who are less alone.',
      focusArea: FocusArea.VULNERABLE_GROUPS,
      language: 'en',
      remote: true,
    },
    mentor: {
      title: 'Mentor: growing a housing social enterprise',
      skills: [
        ['social-entrepreneurship', 4, 4],
        ['social-work', 3, 3],
        ['scaling-strategy', 3, 4],
      ],
    },
    volunteer: {
      title: 'Pro-bono team: matching process and CRM set-up',
      description: 'Process and CRM experts map our journey and configure a CRM our team can run.',
      seats: 2,
      hoursPerMonth: 8,
      skills: [
        ['customer-relationship-management', 3, 5],
        ['process-improvement', 3, 4],
        ['no-code-tools', 3, 3],
        ['data-protection', 2, 2],
      ],
    },
    funding: { title: 'Funding for a second matching coordinator', amount: 30_000 },
  },
  {
    key: 'sartoria-sociale-napoli',
    name: 'Sartoria Sociale Napoli',
    country: 'IT',
    languages: ['it', 'en'],
    domain: 'sartoriasociale.example',
    description: 'A tailoring workshop and social co-operative employing migrant women and survivors of trafficking in Naples.',
    founder: 'Francesca Esposito',
    need: {
      title: 'Open an online shop and get ready for retail orders',
      summary:
        'Our bags and clothes sell out at markets, but we have no online shop and no way to produce to order for shops. We need an online store, product photos, and stock and quality routines that let us say yes to a retailer.',
      impact: '25 women in stable, paid work and on a path to a residence permit through employment.',
      focusArea: FocusArea.VULNERABLE_GROUPS,
      language: 'en',
      remote: true,
    },
    mentor: {
      title: 'Mentor: from artisan workshop to business',
      skills: [
        ['social-entrepreneurship', 4, 4],
        ['business-model-design', 3, 4],
        ['diversity-and-inclusion', 3, 2],
      ],
    },
    volunteer: {
      title: 'Pro-bono team: online shop, photography and stock',
      description: 'E-commerce, buying and product-photography professionals; one visit to Naples if possible.',
      seats: 3,
      hoursPerMonth: 10,
      skills: [
        ['e-commerce', 3, 5],
        ['product-photography', 3, 4],
        ['inventory-management', 3, 3],
        ['fashion-design', 3, 3],
        ['quality-management', 2, 2],
      ],
    },
    funding: { title: 'Funding for materials and a shop launch', amount: 35_000 },
  },
  {
    key: 'nowy-start-warszawa',
    name: 'Fundacja Nowy Start',
    country: 'PL',
    languages: ['pl', 'uk', 'en'],
    domain: 'nowystart.example',
    description: 'Job integration for refugees from Ukraine in Warsaw: language courses, skills recognition and employer matching.',
    founder: 'Magdalena Kamińska',
    need: {
      title: 'An employer partnership programme and job-matching workflow',
      summary:
        'Many of our clients are qualified nurses, engineers and accountants working far below their skills. We want a programme that brings employers in, trains their HR teams on recognition of foreign qualifications and gives us a clear workflow to match candidates to jobs.',
      impact: '400 refugees a year in jobs that fit their qualifications, and 30 employer partners.',
      focusArea: FocusArea.VULNERABLE_GROUPS,
      language: 'en',
      remote: true,
    },
    mentor: {
      title: 'Mentor: employer engagement for inclusion',
      skills: [
        ['diversity-and-inclusion', 4, 5],
        ['career-counselling', 3, 3],
        ['partnership-development', 3, 3],
      ],
    },
    volunteer: {
      title: 'Pro-bono team: employer programme and recruiting workflow',
      description: 'Recruiters and people partners design the employer offer and the matching workflow.',
      seats: 2,
      hoursPerMonth: 8,
      skills: [
        ['recruiting', 3, 5],
        ['employer-branding', 3, 3],
        ['onboarding', 2, 3],
        ['diversity-and-inclusion', 3, 4],
      ],
    },
    funding: { title: 'Funding for employer training and a job coach', amount: 25_000 },
  },
  {
    key: 'bruecke-arbeit-zuerich',
    name: 'Brücke Arbeit',
    country: 'CH',
    languages: ['de', 'fr', 'en'],
    domain: 'brueckearbeit.example',
    description: 'A co-operative creating jobs in logistics for people with disabilities in the Zurich area.',
    founder: 'Reto Keller',
    need: {
      title: 'Set up a returns-processing service line with a logistics partner',
      summary:
        'Online retailers need returns checked, refolded and repackaged, which suits our team well. We need a process design, quality checks and a capacity plan so we can offer the service to a first client at a fair price.',
      impact: '30 new jobs for people with disabilities in paid, regular employment rather than sheltered workshops.',
      focusArea: FocusArea.VULNERABLE_GROUPS,
      language: 'de',
      remote: false,
    },
    mentor: {
      title: 'Mentor: inclusive employment as a business',
      skills: [
        ['social-entrepreneurship', 3, 3],
        ['disability-support', 3, 4],
        ['business-model-design', 3, 4],
      ],
    },
    volunteer: {
      title: 'Pro-bono team: returns process, quality checks and capacity plan',
      description: 'Logistics and operations experts design the line with our job coaches; site visits in Zurich.',
      seats: 2,
      hoursPerMonth: 10,
      skills: [
        ['logistics', 3, 5],
        ['process-improvement', 3, 4],
        ['inventory-management', 3, 3],
        ['quality-management', 2, 3],
      ],
    },
    funding: { title: 'Funding for equipment and job-coach hours', amount: 40_000 },
  },
];
