import type { TFunction } from 'i18next';

import type { SkillLevelValue } from '../skills/types';

export type RoleKindValue = 'VOLUNTEER' | 'MENTOR' | 'FUNDING';

export interface NeedRoleFormValues {
  /** Stable React key while roles are added and removed. */
  key: string;
  /** Set for a role that already exists on the server: its kind can no longer change. */
  id?: string;
  /** The saved currency of a funding role; new ones get the nonprofit's from the API. */
  currency?: string | null;
  kind: RoleKindValue;
  title: string;
  description: string;
  hoursPerMonth: number;
  seats: number;
  amount: number | string;
  skills: SkillLevelValue[];
}

export interface NeedFormValues {
  title: string;
  summary: string;
  impact: string;
  focusArea: string;
  country: string;
  language: string;
  remote: boolean;
  startsOn: string | null;
  endsOn: string | null;
  programId: string | null;
  roles: NeedRoleFormValues[];
}

let roleCounter = 0;

export function newRole(kind: RoleKindValue = 'VOLUNTEER'): NeedRoleFormValues {
  roleCounter += 1;
  return { key: `role-${roleCounter}`, kind, title: '', description: '', hoursPerMonth: 8, seats: 1, amount: '', skills: [] };
}

export function initialNeedValues(defaults: Partial<NeedFormValues> = {}): NeedFormValues {
  return {
    title: '',
    summary: '',
    impact: '',
    focusArea: '',
    country: '',
    language: '',
    remote: true,
    startsOn: null,
    endsOn: null,
    programId: null,
    roles: [newRole()],
    ...defaults,
  };
}

/** The fields each Stepper step owns, so "Next" checks only what the step shows. */
export const STEP_FIELDS: (keyof NeedFormValues)[][] = [['title', 'summary', 'focusArea'], ['country', 'language', 'startsOn', 'endsOn'], ['roles']];

const ROLE_FIELDS: (keyof NeedRoleFormValues)[] = ['title', 'hoursPerMonth', 'seats', 'amount', 'skills'];

export function stepPaths(step: number, values: NeedFormValues): string[] {
  const fields = STEP_FIELDS[step] ?? [];
  return fields.flatMap((field) => (field === 'roles' ? ['roles', ...values.roles.flatMap((_, i) => ROLE_FIELDS.map((f) => `roles.${i}.${f}`))] : [field]));
}

function roleIndex(path: string): number {
  return Number(path.split('.')[1]);
}

export function needValidators(t: TFunction) {
  const required = (message: string) => (value: string | null) => (value?.trim() ? null : message);
  return {
    title: required(t('needs.form.validation.titleRequired')),
    summary: required(t('needs.form.validation.summaryRequired')),
    focusArea: required(t('needs.form.validation.focusAreaRequired')),
    country: required(t('needs.form.validation.countryRequired')),
    language: required(t('needs.form.validation.languageRequired')),
    endsOn: (value: string | null, values: NeedFormValues) => (value && values.startsOn && value < values.startsOn ? t('needs.form.validation.datesOrder') : null),
    roles: {
      title: required(t('needs.form.validation.roleTitleRequired')),
      hoursPerMonth: (value: number) => (Number.isInteger(value) && value >= 0 && value <= 200 ? null : t('needs.form.validation.hoursRange')),
      seats: (value: number) => (Number.isInteger(value) && value >= 1 && value <= 50 ? null : t('needs.form.validation.seatsRange')),
      amount: (value: number | string, values: NeedFormValues, path: string) =>
        values.roles[roleIndex(path)]?.kind === 'FUNDING' && !(Number(value) > 0) ? t('needs.form.validation.amountRequired') : null,
      // A mentor may be wanted for the cause alone (matching then weighs expertise by focus area); volunteers are wanted for skills.
      skills: (value: SkillLevelValue[], values: NeedFormValues, path: string) =>
        values.roles[roleIndex(path)]?.kind === 'VOLUNTEER' && value.length === 0 ? t('needs.form.validation.skillsRequired') : null,
    },
  };
}

export function validateRolesPresent(values: NeedFormValues, t: TFunction): string | null {
  return values.roles.length > 0 ? null : t('needs.form.validation.rolesRequired');
}
