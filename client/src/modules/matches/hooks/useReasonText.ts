import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { MatchReasonKind } from '../../../generated/graphql';
import { useDisplayNames } from '../../domain/hooks/useDisplayNames';
import { useDomainLabel } from '../../domain/hooks/useDomainLabel';
import { useFormatters } from '../../i18n/hooks/useFormatters';
import { useSkillName } from '../../skills/hooks/useSkillName';
import { useSkills } from '../../skills/hooks/useSkills';
import type { MatchReason } from '../reasons';

/** Words the engine's structured reasons in the reader's language, skills first as one summary line; money in the role's currency when known. */
export function useReasonText(): (reasons: readonly MatchReason[], currency?: string | null) => string[] {
  const { t } = useTranslation();
  const names = useDisplayNames();
  const domainLabel = useDomainLabel();
  const format = useFormatters();
  const { skills } = useSkills();
  const localized = useSkillName();
  // Reasons carry the English name the engine saw; the taxonomy (cached for the session) has the reader's.
  const skillName = useMemo(() => {
    const byId = new Map(skills.map((skill) => [skill.id, localized(skill)]));
    return (reason: Pick<MatchReason, 'skillId' | 'name'>) => (reason.skillId ? byId.get(reason.skillId) : undefined) ?? reason.name ?? '';
  }, [skills, localized]);

  const locationDiff = useCallback(
    (country: string, hours: number, overlap: number | null) => {
      const diff = format.number(hours, { maximumFractionDigits: 1 });
      // Scores saved before the engine measured working-hour overlap have none to show.
      if (overlap === null) return t('matches.reasons.locationDiff', { country, hours: diff });
      return t('matches.reasons.locationOverlap', { country, hours: diff, overlap: format.number(overlap, { maximumFractionDigits: 1 }) });
    },
    [t, format],
  );

  return useCallback(
    (reasons, currency) => {
      const lines: string[] = [];
      const money = (amount: number) => (currency ? format.currency(amount, currency) : format.number(amount));
      const held = reasons.filter((r) => r.kind === MatchReasonKind.Skill);
      const missing = reasons.filter((r) => r.kind === MatchReasonKind.MissingSkill);
      const wanted = held.length + missing.length;
      if (wanted > 0) {
        const head = held.length === wanted ? t('matches.reasons.skillsAll', { count: wanted }) : t('matches.reasons.skillsSome', { held: held.length, wanted });
        const detail = held.map((r) =>
          (r.level ?? 0) >= (r.wanted ?? 0)
            ? t('matches.reasons.skillHeld', { name: skillName(r), level: domainLabel('skillLevel', r.level ?? 0) })
            : t('matches.reasons.skillBelow', { name: skillName(r), level: domainLabel('skillLevel', r.level ?? 0), wanted: domainLabel('skillLevel', r.wanted ?? 0) }),
        );
        lines.push(detail.length > 0 ? `${head}: ${detail.join(', ')}` : head);
        if (missing.length > 0) lines.push(t('matches.reasons.missing', { names: missing.map(skillName).join(', ') }));
      }
      for (const reason of reasons) {
        switch (reason.kind) {
          case MatchReasonKind.Language:
            lines.push(t('matches.reasons.language', { language: names.language(reason.language ?? '') }));
            break;
          case MatchReasonKind.Location: {
            const country = names.country(reason.country ?? '');
            if (reason.sameCountry || reason.utcOffsetDiffMinutes === null) lines.push(t('matches.reasons.locationSame', { country }));
            else if (reason.utcOffsetDiffMinutes === 0) lines.push(t('matches.reasons.locationZone', { country }));
            else lines.push(locationDiff(country, Math.abs(reason.utcOffsetDiffMinutes) / 60, reason.workingHoursOverlap ?? null));
            break;
          }
          case MatchReasonKind.AskedToHelp:
            lines.push(t('matches.reasons.askedToHelp'));
            break;
          case MatchReasonKind.Availability:
            lines.push(t('matches.reasons.availability', { free: format.number(reason.hoursPerMonthFree ?? 0), wanted: format.number(reason.hoursPerMonthWanted ?? 0) }));
            break;
          case MatchReasonKind.Funding:
            lines.push(reason.amount === null ? t('matches.reasons.fundingNoAmount') : t('matches.reasons.funding', { amount: money(reason.amount) }));
            break;
          case MatchReasonKind.Cause:
            lines.push(t('matches.reasons.cause', { cause: domainLabel('focusArea', reason.cause ?? '') }));
            break;
          case MatchReasonKind.Program:
            lines.push(t('matches.reasons.program'));
            break;
          case MatchReasonKind.Intermediary:
            lines.push(t('matches.reasons.intermediary'));
            break;
          case MatchReasonKind.Load:
            lines.push(!reason.activeEngagements ? t('matches.reasons.loadNone') : t('matches.reasons.load', { count: reason.activeEngagements }));
            break;
          case MatchReasonKind.Manual:
            lines.push(t('matches.reasons.manual', { note: reason.note ?? '' }));
            break;
          default:
            break;
        }
      }
      return lines;
    },
    [t, names, domainLabel, format, skillName, locationDiff],
  );
}
