import type { NeedDetailFieldsFragment, RoleInput, UpdateNeedInput, UpdateNeedRoleInput } from '../../generated/graphql';
import { isFocusArea } from '../domain/enums';
import type { NeedFormValues, NeedRoleFormValues } from './needForm';
import { toRoleInput } from './needInput';

type NeedDetail = Pick<NeedDetailFieldsFragment, 'title' | 'summary' | 'impact' | 'focusArea' | 'country' | 'language' | 'remote' | 'startsOn' | 'endsOn' | 'programId' | 'roles'>;

export function needToFormValues(need: NeedDetail): NeedFormValues {
  return {
    title: need.title,
    summary: need.summary,
    impact: need.impact,
    focusArea: need.focusArea,
    country: need.country,
    language: need.language,
    remote: need.remote,
    startsOn: need.startsOn ?? null,
    endsOn: need.endsOn ?? null,
    programId: need.programId ?? null,
    roles: need.roles.map((role) => ({
      key: role.id,
      id: role.id,
      kind: role.kind,
      title: role.title,
      description: role.description,
      hoursPerMonth: role.hoursPerMonth,
      seats: role.seats,
      amount: role.amount ?? '',
      currency: role.currency,
      skills: role.skills.map((s) => ({ skillId: s.skill.id, level: s.level, weight: s.weight })),
    })),
  };
}

/** Only the fields that changed: an unchanged program is not checked against the cohort again. */
export function toUpdateNeedInput(before: NeedFormValues, after: NeedFormValues): UpdateNeedInput {
  if (!isFocusArea(after.focusArea)) throw new Error(`Unknown focus area ${after.focusArea}`);
  const next: UpdateNeedInput = {
    title: after.title.trim(),
    summary: after.summary.trim(),
    impact: after.impact.trim(),
    focusArea: after.focusArea,
    country: after.country,
    language: after.language,
    remote: after.remote,
    startsOn: after.startsOn,
    endsOn: after.endsOn,
    programId: after.programId,
  };
  const keys = Object.keys(next) as (keyof UpdateNeedInput)[];
  return Object.fromEntries(keys.filter((key) => next[key] !== before[key]).map((key) => [key, next[key]]));
}

function toUpdateRoleInput(role: NeedRoleFormValues): UpdateNeedRoleInput {
  const { kind, amount, ...fields } = toRoleInput(role);
  // The API refuses an amount on volunteer and mentor roles, and skills only replace when sent.
  return kind === 'FUNDING' ? { title: fields.title, description: fields.description, amount } : fields;
}

export interface RoleChanges {
  removed: string[];
  changed: { id: string; input: UpdateNeedRoleInput }[];
  added: RoleInput[];
}

/** What the API must do to turn the roles it has into the roles on the form. */
export function planRoleChanges(before: NeedRoleFormValues[], after: NeedRoleFormValues[]): RoleChanges {
  const kept = new Set(after.flatMap((role) => (role.id ? [role.id] : [])));
  const previous = new Map(before.flatMap((role) => (role.id ? [[role.id, role] as const] : [])));
  return {
    removed: [...previous.keys()].filter((id) => !kept.has(id)),
    changed: after.flatMap((role) => {
      const old = role.id ? previous.get(role.id) : undefined;
      if (!role.id || !old || JSON.stringify(toRoleInput(old)) === JSON.stringify(toRoleInput(role))) return [];
      return [{ id: role.id, input: toUpdateRoleInput(role) }];
    }),
    added: after.filter((role) => !role.id).map(toRoleInput),
  };
}
