// One file per namespace, so features add their texts without touching each other's files.
import app from './app.json';
import language from './language.json';
import common from './common.json';
import errors from './errors.json';
import empty from './empty.json';
import auth from './auth.json';
import shell from './shell.json';
import nav from './nav.json';
import notFound from './notFound.json';
import home from './home.json';
import domain from './domain.json';
import skills from './skills.json';
import onboarding from './onboarding.json';
import needs from './needs.json';
import matches from './matches.json';
import profile from './profile.json';
import funding from './funding.json';
import hours from './hours.json';
import programs from './programs.json';
import offers from './offers.json';
import engagements from './engagements.json';
import curation from './curation.json';
import notifications from './notifications.json';
import impact from './impact.json';
import invitations from './invitations.json';

export default {
  app,
  language,
  common,
  errors,
  empty,
  auth,
  shell,
  nav,
  notFound,
  home,
  domain,
  skills,
  onboarding,
  needs,
  matches,
  profile,
  funding,
  hours,
  programs,
  offers,
  engagements,
  curation,
  notifications,
  impact,
  invitations,
};
