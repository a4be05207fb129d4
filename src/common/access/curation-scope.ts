/**
 * The only SQL in Rally that says what an intermediary curates and who works with it; a test
 * (curation-scope.spec.ts) fails when it appears anywhere else. Access rules, notification
 * fan-out, impact scopes and the matching loader all build on these fragments, so who may see a
 * match, who hears about it and whose impact counts cannot disagree.
 *
 * Fragments take the intermediaries as an SQL expression of type uuid[]: a bound array
 * (`:actorIntermediaryIds`, `$2::uuid[]`) or one id through `oneId('$1')`. Row arguments name a
 * table alias (`n` for a need) or a column expression.
 */

/** One id as the uuid[] the fragments take. */
export const oneId = (param: string): string => `ARRAY[${param}::uuid]`;

/** Programs the intermediaries run. */
export const programsRunBy = (intermediaries: string): string => `(SELECT cp.id FROM program cp WHERE cp.intermediary_id = ANY(${intermediaries}))`;

/** Organizations the intermediaries curate: affiliated with them, or taking part in one of their programs. */
export const organizationsCuratedBy = (intermediaries: string): string =>
  `(SELECT ca.organization_id FROM affiliation ca WHERE ca.intermediary_id = ANY(${intermediaries})
    UNION SELECT cpp.organization_id FROM program_participant cpp JOIN program cp ON cp.id = cpp.program_id WHERE cp.intermediary_id = ANY(${intermediaries}))`;

/** Condition on a need row: one of the intermediaries runs its program or curates its nonprofit. */
export const needCuratedBy = (need: string, intermediaries: string): string =>
  `(${need}.program_id IN ${programsRunBy(intermediaries)} OR ${need}.nonprofit_id IN ${organizationsCuratedBy(intermediaries)})`;

/** Needs the intermediaries curate, as a set of ids. */
export const needsCuratedBy = (intermediaries: string): string => `(SELECT cn.id FROM need cn WHERE ${needCuratedBy('cn', intermediaries)})`;

/** The intermediaries curating a need row: the one running its program and those curating its nonprofit. */
export const curatorsOfNeed = (need: string): string =>
  `(SELECT cp.intermediary_id FROM program cp WHERE cp.id = ${need}.program_id
    UNION SELECT ca.intermediary_id FROM affiliation ca WHERE ca.organization_id = ${need}.nonprofit_id
    UNION SELECT cp.intermediary_id FROM program_participant cpp JOIN program cp ON cp.id = cpp.program_id WHERE cpp.organization_id = ${need}.nonprofit_id)`;

/** User ids (uuid[]) of a need row's curators, for notification fan-out: every member of a curating intermediary. */
export const curatorUsersOfNeed = (need: string): string => `ARRAY(SELECT DISTINCT cmb.user_id FROM membership cmb WHERE cmb.organization_id IN ${curatorsOfNeed(need)})`;

/** The intermediaries with the partners they share a network with (uuid[]): the reach of their curators' view of people. */
export const withNetworkPeers = (intermediaries: string): string =>
  `ARRAY(SELECT unnest(${intermediaries}) UNION SELECT peer.organization_id FROM network_member own
    JOIN network_member peer ON peer.network_id = own.network_id WHERE own.organization_id = ANY(${intermediaries}))`;

/** Networks the intermediaries are members of (a set of ids). */
export const networksOf = (intermediaries: string): string => `(SELECT cnm.network_id FROM network_member cnm WHERE cnm.organization_id = ANY(${intermediaries}))`;

/**
 * Needs shared into the networks (a set of network ids), with the network and the sharing intermediary:
 * shared one by one, or as a need of a shared program.
 */
export const sharedNeedsIn = (networks: string): string =>
  `(SELECT cns.need_id, cns.network_id, cns.intermediary_id, cns.shared_by, cns.shared_at, NULL::uuid AS program_id FROM need_share cns WHERE cns.network_id IN ${networks}
    UNION ALL SELECT csn.id, cps.network_id, cps.intermediary_id, cps.shared_by, cps.shared_at, cps.program_id
      FROM program_share cps JOIN need csn ON csn.program_id = cps.program_id WHERE cps.network_id IN ${networks})`;

/** The member intermediaries of one network (uuid[]): whose work a network's joint impact counts. */
export const networkMembers = (network: string): string => `ARRAY(SELECT cnm.organization_id FROM network_member cnm WHERE cnm.network_id = ${network})`;

/**
 * People affiliated with the intermediaries, as user ids: members and employees of organizations
 * they or their network partners curate, and candidates already matched (at any status) on needs
 * they curate themselves.
 */
export const usersAffiliatedWith = (intermediaries: string): string => {
  const reach = organizationsCuratedBy(withNetworkPeers(intermediaries));
  const curated = needCuratedBy('cn', intermediaries);
  return `(SELECT cmb.user_id FROM membership cmb WHERE cmb.organization_id IN ${reach}
    UNION SELECT cvp.user_id FROM volunteer_profile cvp WHERE cvp.employer_id IN ${reach}
    UNION SELECT cvp.user_id FROM match cm JOIN need cn ON cn.id = cm.need_id JOIN volunteer_profile cvp ON cvp.id = cm.volunteer_profile_id WHERE ${curated}
    UNION SELECT cmp.user_id FROM match cm JOIN need cn ON cn.id = cm.need_id JOIN mentor_profile cmp ON cmp.id = cm.mentor_profile_id WHERE ${curated})`;
};

/** Funding offers the intermediaries' curators may see: of funders in their (network's) scope, or matched on needs they curate. */
export const fundingOffersVisibleTo = (intermediaries: string): string =>
  `(SELECT cf.id FROM funding_offer cf WHERE cf.funder_id IN ${organizationsCuratedBy(withNetworkPeers(intermediaries))}
    UNION SELECT cm.funding_offer_id FROM match cm JOIN need cn ON cn.id = cm.need_id WHERE cm.funding_offer_id IS NOT NULL AND ${needCuratedBy('cn', intermediaries)})`;

/** The intermediary that curates an organization outside any program: its vetted, then oldest, affiliation. */
export const primaryIntermediaryOf = (organization: string): string =>
  `(SELECT ca.intermediary_id FROM affiliation ca WHERE ca.organization_id = ${organization} ORDER BY ca.vetted DESC, ca.created_at, ca.id LIMIT 1)`;

/** Intermediaries an organization is affiliated with (uuid[]). */
export const intermediariesOf = (organization: string): string =>
  `COALESCE((SELECT array_agg(ca.intermediary_id) FROM affiliation ca WHERE ca.organization_id = ${organization}), '{}')`;

/** Programs an organization takes part in, optionally in one participant role ('COHORT', 'FUNDER', …). */
export const programsJoinedBy = (organization: string, role?: 'COHORT' | 'PARTNER_COMPANY' | 'FUNDER'): string =>
  `(SELECT cpp.program_id FROM program_participant cpp WHERE cpp.organization_id = ${organization}${role ? ` AND cpp.role = '${role}'` : ''})`;
