/** One sign-in per kind of user, for the README, the client's login hints and the tests. */
export const DEMO_PASSWORD = 'rally-demo-2026';

export const DEMO_EMAILS = {
  platformAdmin: 'admin@rally.demo',
  curatorJapan: 'curator.jp@rally.demo',
  curatorEurope: 'curator.eu@rally.demo',
  nonprofitJapan: 'nonprofit@rally.demo',
  nonprofitEurope: 'nonprofit.eu@rally.demo',
  volunteer: 'volunteer@rally.demo',
  mentor: 'mentor@rally.demo',
  funder: 'funder@rally.demo',
  companyJapan: 'company@rally.demo',
  retailer: 'retailer@rally.demo',
  companySignOff: 'company.signoff@rally.demo',
  volunteerSignOff: 'volunteer.signoff@rally.demo',
} as const;

export interface DemoSignIn {
  email: string;
  password: string;
  role: string;
  description: string;
}

export const DEMO_SIGN_INS: readonly DemoSignIn[] = [
  { email: DEMO_EMAILS.platformAdmin, password: DEMO_PASSWORD, role: 'platform admin', description: 'Manages networks, the skills taxonomy and abuse reports' },
  {
    email: DEMO_EMAILS.curatorJapan,
    password: DEMO_PASSWORD,
    role: 'intermediary curator (Japan)',
    description: 'Admin of Probono Link Japan; curates the six-month team projects of Japanese company employees',
  },
  {
    email: DEMO_EMAILS.curatorEurope,
    password: DEMO_PASSWORD,
    role: 'intermediary curator (Europe)',
    description: 'Admin of Impulse Social Entrepreneurs Europe; curates the 20-project accelerator with Modaro',
  },
  {
    email: DEMO_EMAILS.nonprofitJapan,
    password: DEMO_PASSWORD,
    role: 'nonprofit member (Japan)',
    description: "Admin of Mirai Children's Cafeteria Network, Tokyo; has a team-project need and an accounting need",
  },
  {
    email: DEMO_EMAILS.nonprofitEurope,
    password: DEMO_PASSWORD,
    role: 'nonprofit member (Europe)',
    description: 'Admin of CodeBridge Berlin, a cohort project with mentor, volunteer and funding roles',
  },
  { email: DEMO_EMAILS.volunteer, password: DEMO_PASSWORD, role: 'volunteer', description: 'Marketing manager at Kasumi Electric, Tokyo, with a full volunteer profile' },
  { email: DEMO_EMAILS.mentor, password: DEMO_PASSWORD, role: 'mentor', description: 'Berlin-based social entrepreneur mentoring cohort projects' },
  { email: DEMO_EMAILS.funder, password: DEMO_PASSWORD, role: 'funder', description: 'Programme officer at Stiftung Zukunftswerk, with an open funding offer' },
  { email: DEMO_EMAILS.companyJapan, password: DEMO_PASSWORD, role: 'company admin (Japan)', description: 'CSR lead and admin of Kasumi Electric, whose employees volunteer' },
  { email: DEMO_EMAILS.retailer, password: DEMO_PASSWORD, role: 'company admin (Europe)', description: 'Corporate responsibility lead and admin of Modaro, the partner retailer' },
  {
    email: DEMO_EMAILS.companySignOff,
    password: DEMO_PASSWORD,
    role: 'company admin with sign-off (Japan)',
    description: 'CSR lead and admin of Tsubame Trading, which signs off its employees’ pro-bono time; one engagement awaits it',
  },
  {
    email: DEMO_EMAILS.volunteerSignOff,
    password: DEMO_PASSWORD,
    role: 'volunteer awaiting sign-off',
    description: 'Market researcher at Tsubame Trading whose agreed engagement waits for the employer’s sign-off',
  },
];
