import { addAsiaWorld } from './asia-world.data';
import { DEMO_EMAILS } from './demo-sign-ins.data';
import type { DemoWorld } from './demo-world.types';
import { addEuropeWorld } from './europe-world.data';
import { addDemoEvents } from './events.data';
import { addDemoNetworkStatements } from './network-statements.data';
import { WorldBuilder } from './world-builder';

export type { DemoSignIn } from './demo-sign-ins.data';
export { DEMO_EMAILS, DEMO_PASSWORD, DEMO_SIGN_INS } from './demo-sign-ins.data';

/** Ids of the rows tests and docs talk about; every id is fixed, so these hold in every database. */
export interface DemoIds {
  asiaNetwork: string;
  jpIntermediary: string;
  jpProgram: string;
  jpCorporateFoundation: string;
  jpCompanies: Record<string, string>;
  jpNonprofits: Record<string, string>;
  euIntermediary: string;
  euProgram: string;
  retailer: string;
  euFunders: string[];
  euCohort: Record<string, string>;
}

function buildDemoWorld(): { world: DemoWorld; ids: DemoIds } {
  const b = new WorldBuilder();
  b.user('platform-admin', { email: DEMO_EMAILS.platformAdmin, name: 'Rally Admin', locale: 'en', isPlatformAdmin: true });
  const asia = addAsiaWorld(b);
  const europe = addEuropeWorld(b);
  const ids: DemoIds = {
    asiaNetwork: asia.networkId,
    jpIntermediary: asia.intermediaryId,
    jpProgram: asia.programId,
    jpCorporateFoundation: asia.corporateFoundationId,
    jpCompanies: asia.companyIds,
    jpNonprofits: asia.nonprofitIds,
    euIntermediary: europe.intermediaryId,
    euProgram: europe.programId,
    retailer: europe.retailerId,
    euFunders: europe.funderIds,
    euCohort: europe.cohortIds,
  };
  addDemoEvents(b.world, ids);
  addDemoNetworkStatements(b.world, ids);
  return { world: b.world, ids };
}

// Built once at load: a few thousand plain objects, well under 10 ms, and the same on every run.
const built = buildDemoWorld();

export const DEMO_WORLD: Readonly<DemoWorld> = built.world;
export const DEMO_IDS: Readonly<DemoIds> = built.ids;
