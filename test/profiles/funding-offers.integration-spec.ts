import { DomainEvent, DomainEvents } from '../../src/common/events/domain-events';
import { insertAffiliation, insertIntermediary, insertMembership } from '../utils/fixtures';
import { createOrganization, Session, signUp } from '../utils/operations';
import { createTestApp, errorCode, errorFields, GqlResult, TestApp } from '../utils/test-app';
import { offerCandidate } from './supply-operations';

const OFFER_FIELDS = 'id funderId title focusAreas countries minTicket maxTicket budgetTotal budgetLeft currency active funder { id name kind }';
const CREATE = `mutation($input: CreateFundingOfferInput!) { createFundingOffer(input: $input) { ${OFFER_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateFundingOfferInput!) { updateFundingOffer(id: $id, input: $input) { ${OFFER_FIELDS} } }`;
const SET_ACTIVE = `mutation($id: ID!, $active: Boolean!) { setFundingOfferActive(id: $id, active: $active) { id active } }`;
const OFFER = `query($id: ID!) { fundingOffer(id: $id) { ${OFFER_FIELDS} } }`;
const OFFERS = `query($filter: FundingOfferFilter) { fundingOffers(filter: $filter, first: 100) { totalCount nodes { id } } }`;

interface OfferView {
  id: string;
  funderId: string;
  title: string;
  minTicket: number;
  maxTicket: number;
  budgetTotal: number;
  budgetLeft: number;
  currency: string;
  active: boolean;
  funder: { id: string; name: string; kind: string };
}

const offerInput = (funderId: string, overrides: Record<string, unknown> = {}) => ({
  funderId,
  title: 'Seed grants for education',
  description: 'Small grants for pilots',
  focusAreas: ['EDUCATION'],
  countries: ['JP', 'KR'],
  minTicket: 1000,
  maxTicket: 5000,
  budgetTotal: 50000,
  currency: 'eur',
  ...overrides,
});

const listIds = (res: GqlResult<{ fundingOffers: { nodes: { id: string }[] } }>) => res.data?.fundingOffers.nodes.map((n) => n.id).sort() ?? [];
const offerCount = async (t: TestApp) => (await t.dataSource.query('SELECT count(*)::int AS n FROM funding_offer'))[0].n as number;

describe('funding offers', () => {
  let t: TestApp;
  let funderMember: Session;
  let funderId: string;
  let outsider: Session;
  const events: DomainEvent[] = [];

  async function createOffer(overrides: Record<string, unknown> = {}, session = funderMember, funder = funderId): Promise<OfferView> {
    const res = await t.gql<{ createFundingOffer: OfferView }>(CREATE, { input: offerInput(funder, overrides) }, session.token);
    if (!res.data?.createFundingOffer) throw new Error(`createFundingOffer failed: ${JSON.stringify(res.errors)}`);
    return res.data.createFundingOffer;
  }

  beforeAll(async () => {
    t = await createTestApp();
    t.app.get(DomainEvents).on('funding-offer.changed', (e) => {
      events.push(e);
    });
    funderMember = await signUp(t);
    funderId = await createOrganization(t, funderMember, { kind: 'FUNDER', name: 'Sakura Foundation' });
    outsider = await signUp(t);
  });
  afterAll(() => t.close());
  beforeEach(() => {
    events.length = 0;
  });

  it('a funder member publishes an offer whose whole budget is left', async () => {
    const offer = await createOffer();
    expect(offer).toMatchObject({
      funderId,
      budgetTotal: 50000,
      budgetLeft: 50000,
      currency: 'EUR',
      active: true,
      funder: { id: funderId, name: 'Sakura Foundation', kind: 'FUNDER' },
    });
    expect(events).toEqual([{ type: 'funding-offer.changed', offerId: offer.id, actorUserId: funderMember.userId }]);
  });

  it('refuses a non-member with FORBIDDEN and writes nothing', async () => {
    const before = await offerCount(t);
    const res = await t.gql(CREATE, { input: offerInput(funderId) }, outsider.token);
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(await offerCount(t)).toBe(before);
    expect(events).toEqual([]);
  });

  it('refuses an organization that is not a funder', async () => {
    const company = await createOrganization(t, funderMember, { kind: 'COMPANY' });
    const before = await offerCount(t);
    const res = await t.gql(CREATE, { input: offerInput(company) }, funderMember.token);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(errorFields(res)).toEqual(['funderId']);
    expect(await offerCount(t)).toBe(before);
  });

  it.each([
    ['a minimum ticket above the maximum', { minTicket: 6000 }, ['minTicket']],
    ['a maximum ticket above the budget', { maxTicket: 60000 }, ['maxTicket']],
    ['a zero minimum ticket', { minTicket: 0 }, ['minTicket']],
    ['a negative budget', { budgetTotal: -5 }, ['budgetTotal']],
    ['an amount with three decimals', { maxTicket: 10.005 }, ['maxTicket']],
    ['a currency that is not ISO 4217', { currency: 'XYZ' }, ['currency']],
    ['an unknown country', { countries: ['JP', 'ZZ'] }, ['countries']],
    ['a too short title', { title: 'ab' }, ['title']],
  ])('refuses %s, naming the field', async (_case, overrides, fields) => {
    const before = await offerCount(t);
    const res = await t.gql(CREATE, { input: offerInput(funderId, overrides) }, funderMember.token);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(errorFields(res)).toEqual(fields);
    expect(await offerCount(t)).toBe(before);
  });

  describe('updates', () => {
    it('keeps what is committed when the budget changes, and refuses a total below it', async () => {
      const offer = await createOffer({ budgetTotal: 10000 });
      // Accepted grants take from budget_left; 7,500.50 of 10,000 are committed here.
      await t.dataSource.query('UPDATE funding_offer SET budget_left = 2499.50 WHERE id = $1', [offer.id]);

      const tooLow = await t.gql(UPDATE, { id: offer.id, input: { budgetTotal: 7500 } }, funderMember.token);
      expect(errorCode(tooLow)).toBe('BAD_USER_INPUT');
      expect(errorFields(tooLow)).toEqual(['budgetTotal']);
      const [row] = await t.dataSource.query('SELECT budget_total, budget_left FROM funding_offer WHERE id = $1', [offer.id]);
      expect(row).toEqual({ budget_total: '10000.00', budget_left: '2499.50' });

      const currency = await t.gql(UPDATE, { id: offer.id, input: { currency: 'JPY' } }, funderMember.token);
      expect(errorFields(currency)).toEqual(['currency']);

      const nullTitle = await t.gql(UPDATE, { id: offer.id, input: { budgetTotal: 20000, title: null } }, funderMember.token);
      expect(nullTitle.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'title' }] });
      const raised = await t.gql<{ updateFundingOffer: OfferView }>(UPDATE, { id: offer.id, input: { budgetTotal: 20000 } }, funderMember.token);
      expect(raised.errors).toBeUndefined();
      expect(raised.data?.updateFundingOffer).toMatchObject({ budgetTotal: 20000, budgetLeft: 12499.5, title: 'Seed grants for education' });

      const exact = await t.gql<{ updateFundingOffer: OfferView }>(UPDATE, { id: offer.id, input: { budgetTotal: 7500.5, maxTicket: 5000 } }, funderMember.token);
      expect(exact.data?.updateFundingOffer).toMatchObject({ budgetTotal: 7500.5, budgetLeft: 0 });
      expect(events.map((e) => e.type)).toEqual(['funding-offer.changed', 'funding-offer.changed', 'funding-offer.changed']);
    });

    it('checks the ticket rules against the stored values', async () => {
      const offer = await createOffer();
      const res = await t.gql(UPDATE, { id: offer.id, input: { minTicket: 8000 } }, funderMember.token);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(errorFields(res)).toEqual(['minTicket']);
      const budget = await t.gql(UPDATE, { id: offer.id, input: { budgetTotal: 4000 } }, funderMember.token);
      expect(errorFields(budget)).toEqual(['maxTicket']);
    });

    it('only the funder’s members change an offer: NOT_FOUND for outsiders, FORBIDDEN for curators who can see it', async () => {
      const offer = await createOffer();
      const curator = await signUp(t);
      const intermediaryId = await insertIntermediary(t, { curatorId: curator.userId, curatorRole: 'MEMBER' });
      expect(errorCode(await t.gql(UPDATE, { id: offer.id, input: { title: 'Hijacked' } }, curator.token))).toBe('NOT_FOUND');
      await insertAffiliation(t, { intermediaryId, organizationId: funderId });
      expect(errorCode(await t.gql(UPDATE, { id: offer.id, input: { title: 'Hijacked' } }, outsider.token))).toBe('NOT_FOUND');
      expect(errorCode(await t.gql(SET_ACTIVE, { id: offer.id, active: false }, outsider.token))).toBe('NOT_FOUND');
      expect(errorCode(await t.gql(UPDATE, { id: offer.id, input: { title: 'Hijacked' } }, curator.token))).toBe('FORBIDDEN');
      expect(errorCode(await t.gql(SET_ACTIVE, { id: offer.id, active: false }, curator.token))).toBe('FORBIDDEN');
      const [row] = await t.dataSource.query('SELECT title, active FROM funding_offer WHERE id = $1', [offer.id]);
      expect(row).toEqual({ title: 'Seed grants for education', active: true });
      expect(events).toHaveLength(1);
    });

    it('pauses and resumes an offer', async () => {
      const offer = await createOffer();
      const paused = await t.gql<{ setFundingOfferActive: { active: boolean } }>(SET_ACTIVE, { id: offer.id, active: false }, funderMember.token);
      expect(paused.data?.setFundingOfferActive.active).toBe(false);
      expect(listIds(await t.gql(OFFERS, { filter: { active: false } }, funderMember.token))).toContain(offer.id);
      expect(listIds(await t.gql(OFFERS, { filter: { active: true } }, funderMember.token))).not.toContain(offer.id);
    });
  });

  describe('who sees which offers', () => {
    let mine: OfferView;
    let anyCause: OfferView;
    let theirs: OfferView;
    let otherFunder: Session;
    beforeAll(async () => {
      const colleague = await signUp(t);
      await insertMembership(t, { userId: colleague.userId, organizationId: funderId });
      mine = await createOffer({ focusAreas: ['HEALTH'], countries: ['DE'] });
      anyCause = await createOffer({ focusAreas: [], countries: [] }, colleague);
      otherFunder = await signUp(t);
      const otherFunderId = await createOrganization(t, otherFunder, { kind: 'FUNDER' });
      theirs = await createOffer({ focusAreas: ['HEALTH'] }, otherFunder, otherFunderId);
    });

    it('a funder’s members see its offers and not another funder’s', async () => {
      const seen = listIds(await t.gql(OFFERS, {}, funderMember.token));
      expect(seen).toEqual(expect.arrayContaining([mine.id, anyCause.id]));
      expect(seen).not.toContain(theirs.id);
      expect(errorCode(await t.gql(OFFER, { id: theirs.id }, funderMember.token))).toBe('NOT_FOUND');
      expect(listIds(await t.gql(OFFERS, {}, otherFunder.token))).toEqual([theirs.id]);
    });

    it('an outsider sees none; a nonprofit sees an offer once it was offered to its need', async () => {
      expect(listIds(await t.gql(OFFERS, {}, outsider.token))).toEqual([]);
      expect(errorCode(await t.gql(OFFER, { id: mine.id }, outsider.token))).toBe('NOT_FOUND');
      const nonprofitMember = await signUp(t);
      const nonprofit = await createOrganization(t, nonprofitMember, { kind: 'NONPROFIT' });
      await offerCandidate(t, nonprofit, { kind: 'FUNDING', id: mine.id });
      expect(listIds(await t.gql(OFFERS, {}, nonprofitMember.token))).toEqual([mine.id]);
    });

    it('a curator sees the offers of funders affiliated with their intermediary, and filters count offers open to any focus area or country', async () => {
      const curator = await signUp(t);
      const intermediaryId = await insertIntermediary(t, { curatorId: curator.userId, curatorRole: 'MEMBER' });
      expect(listIds(await t.gql(OFFERS, {}, curator.token))).toEqual([]);
      await insertAffiliation(t, { intermediaryId, organizationId: funderId });
      const all = listIds(await t.gql(OFFERS, {}, curator.token));
      expect(all).toEqual(expect.arrayContaining([mine.id, anyCause.id]));
      expect(all).not.toContain(theirs.id);
      expect(errorCode(await t.gql(OFFER, { id: theirs.id }, curator.token))).toBe('NOT_FOUND');
      const health = listIds(await t.gql(OFFERS, { filter: { focusArea: 'HEALTH', funderId } }, curator.token));
      expect(health).toEqual([mine.id, anyCause.id].sort());
      const germany = listIds(await t.gql(OFFERS, { filter: { country: 'de', funderId } }, curator.token));
      expect(germany).toEqual([mine.id, anyCause.id].sort());
      const korea = listIds(await t.gql(OFFERS, { filter: { country: 'KR', focusArea: 'HEALTH' } }, curator.token));
      expect(korea).toEqual([anyCause.id]);
    });

    it('shows the budget to the funder’s members and its curators, not to a nonprofit it was offered to', async () => {
      const budgetOf = async (token: string) => (await t.gql<{ fundingOffer: OfferView }>(OFFER, { id: mine.id }, token)).data?.fundingOffer;
      expect(await budgetOf(funderMember.token)).toMatchObject({ id: mine.id, budgetTotal: mine.budgetTotal, budgetLeft: mine.budgetLeft });
      const curator = await signUp(t);
      await insertAffiliation(t, { intermediaryId: await insertIntermediary(t, { curatorId: curator.userId, curatorRole: 'MEMBER' }), organizationId: funderId });
      expect(await budgetOf(curator.token)).toMatchObject({ budgetTotal: mine.budgetTotal, budgetLeft: mine.budgetLeft });
      const nonprofitMember = await signUp(t);
      await offerCandidate(t, await createOrganization(t, nonprofitMember, { kind: 'NONPROFIT' }), { kind: 'FUNDING', id: mine.id });
      expect(await budgetOf(nonprofitMember.token)).toMatchObject({ id: mine.id, title: mine.title, budgetTotal: null, budgetLeft: null });
    });
  });
});
