import type { CreateNeedInput, RoleInput, RoleKind } from '../../generated/graphql';
import { isFocusArea } from '../domain/enums';
import type { NeedFormValues, NeedRoleFormValues } from './needForm';

export function toCreateNeedInput(values: NeedFormValues, nonprofitId: string): CreateNeedInput {
  if (!isFocusArea(values.focusArea)) throw new Error(`Unknown focus area ${values.focusArea}`);
  return {
    nonprofitId,
    programId: values.programId,
    title: values.title.trim(),
    summary: values.summary.trim(),
    impact: values.impact.trim(),
    focusArea: values.focusArea,
    country: values.country,
    language: values.language,
    remote: values.remote,
    startsOn: values.startsOn,
    endsOn: values.endsOn,
    roles: values.roles.map(toRoleInput),
  };
}

export function toRoleInput(role: NeedRoleFormValues): RoleInput {
  const kind: RoleKind = role.kind;
  const funding = kind === 'FUNDING';
  return {
    kind,
    title: role.title.trim(),
    description: role.description.trim(),
    hoursPerMonth: funding ? 0 : role.hoursPerMonth,
    seats: funding ? 1 : role.seats,
    amount: funding ? Number(role.amount) : null,
    skills: funding ? [] : role.skills.map(({ skillId, level, weight }) => ({ skillId, level, weight: weight ?? 3 })),
  };
}
