// One file per namespace, so features add their texts without touching each other's files.
import app from './app.json';
import auth from './auth.json';
import common from './common.json';
import company from './company.json';
import curation from './curation.json';
import domain from './domain.json';
import empty from './empty.json';
import engagements from './engagements.json';
import errors from './errors.json';
import events from './events.json';
import funding from './funding.json';
import home from './home.json';
import hours from './hours.json';
import impact from './impact.json';
import interests from './interests.json';
import invitations from './invitations.json';
import language from './language.json';
import matches from './matches.json';
import matchPage from './matchPage.json';
import meetings from './meetings.json';
import messages from './messages.json';
import nav from './nav.json';
import needs from './needs.json';
import networks from './networks.json';
import networkStatements from './networkStatements.json';
import notFound from './notFound.json';
import notifications from './notifications.json';
import offers from './offers.json';
import onboarding from './onboarding.json';
import profile from './profile.json';
import programs from './programs.json';
import shell from './shell.json';
import shortlist from './shortlist.json';
import skills from './skills.json';
import team from './team.json';

export default {
  app,
  language,
  common,
  errors,
  events,
  empty,
  auth,
  shell,
  nav,
  notFound,
  home,
  company,
  domain,
  skills,
  onboarding,
  needs,
  networks,
  matches,
  matchPage,
  meetings,
  team,
  messages,
  profile,
  funding,
  hours,
  programs,
  offers,
  engagements,
  curation,
  shortlist,
  notifications,
  impact,
  interests,
  invitations,
  networkStatements,
};
