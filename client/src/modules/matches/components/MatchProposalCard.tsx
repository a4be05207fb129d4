import { Badge, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { MatchCardFieldsFragment } from '../../../generated/graphql';
import { useDomainLabel } from '../../domain/hooks/useDomainLabel';
import { useFormatters } from '../../i18n/hooks/useFormatters';
import { candidateDetail, candidateName } from '../candidate';
import { useMatchActions } from '../hooks/useMatchActions';
import { ProposalCard } from './ProposalCard';

export type Perspective = 'nonprofit' | 'candidate' | 'curator';

/** showNeed: the nonprofit's engagements are headed by the need, with the counterpart below. */
export function MatchProposalCard({
  match,
  perspective,
  footer,
  showNeed = false,
}: {
  match: MatchCardFieldsFragment;
  perspective: Perspective;
  footer?: ReactNode;
  showNeed?: boolean;
}) {
  const { t } = useTranslation();
  const domainLabel = useDomainLabel();
  const actions = useMatchActions();
  const allowed = new Set(match.allowedActions);
  const forCandidate = perspective === 'candidate';
  const heading = forCandidate || showNeed ? match.need.title : candidateName(match);
  const subheading = forCandidate
    ? t('offers.forRole', { role: match.role.title, organization: match.need.nonprofit.name })
    : showNeed
      ? [candidateName(match), candidateDetail(match), match.role.title].filter(Boolean).join(' · ')
      : [candidateDetail(match), perspective === 'curator' ? `${match.need.title} · ${match.role.title}` : null].filter(Boolean).join(' · ');
  return (
    <ProposalCard
      heading={
        <Group gap="xs" component="span">
          {heading}
          <Badge size="xs" variant="light" component="span">
            {domainLabel('roleKind', match.candidateKind)}
          </Badge>
          <FundingAmount match={match} />
        </Group>
      }
      subheading={subheading}
      status={match.status}
      score={match.score}
      manual={match.manual}
      reasons={match.reasons}
      breakdown={match.breakdown}
      explanation={match.explanation}
      currency={match.fundingOffer?.currency}
      expiresAt={match.expiresAt}
      acceptedByMeAt={forCandidate ? match.candidateAcceptedAt : match.nonprofitAcceptedAt}
      acceptedByOtherAt={forCandidate ? match.nonprofitAcceptedAt : match.candidateAcceptedAt}
      canRespond={allowed.has('ACCEPT') || allowed.has('DECLINE')}
      onAccept={allowed.has('ACCEPT') ? () => actions.accept(match) : undefined}
      onDecline={allowed.has('DECLINE') ? (reason, note) => actions.decline(match, reason, note) : undefined}
      busy={actions.busy}
      footer={footer}
      detailsHref={`/matches/${match.id}`}
    />
  );
}

/** A funding match says how much it is about, in the offer's currency. */
function FundingAmount({ match }: { match: MatchCardFieldsFragment }) {
  const format = useFormatters();
  const { amount } = match.role;
  if (match.candidateKind !== 'FUNDING' || amount == null) return null;
  const currency = match.fundingOffer?.currency;
  return (
    <Badge size="sm" variant="outline" component="span">
      {currency ? format.currency(amount, currency) : format.number(amount)}
    </Badge>
  );
}
