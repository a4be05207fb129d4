import 'reflect-metadata';

import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';

import { CreateNeedInput } from './need.inputs';
import { RoleInput } from './role.inputs';

const problems = (errors: ValidationError[], parent = ''): string[] =>
  errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    return [...Object.keys(e.constraints ?? {}).map((c) => `${field}:${c}`), ...problems(e.children ?? [], field)];
  });

const checkRole = (plain: Record<string, unknown>) => problems(validateSync(plainToInstance(RoleInput, { title: 'Helper', ...plain })));

describe('RoleInput', () => {
  const skill = { skillId: 'grant-writing', level: 3 };

  it('wants an amount above 0 on funding roles and none on the others', () => {
    expect(checkRole({ kind: 'FUNDING', amount: 100 })).toEqual([]);
    expect(checkRole({ kind: 'FUNDING' })).toEqual(['amount:isAmountForKind']);
    expect(checkRole({ kind: 'FUNDING', amount: -5 })).toEqual(['amount:isAmountForKind']);
    expect(checkRole({ kind: 'FUNDING', amount: 1e13 })).toEqual(['amount:isAmountForKind']);
    expect(checkRole({ kind: 'VOLUNTEER', amount: 100, skills: [skill] })).toEqual(['amount:isAmountForKind']);
    expect(checkRole({ kind: 'MENTOR', amount: null, skills: [skill] })).toEqual([]);
  });

  it('wants 1 to 15 distinct skills for volunteers, and allows none for mentors (focus-area expertise) and funding', () => {
    expect(checkRole({ kind: 'VOLUNTEER', skills: [] })).toEqual(['skills:hasSkillsForKind']);
    expect(checkRole({ kind: 'MENTOR', skills: [] })).toEqual([]);
    expect(checkRole({ kind: 'FUNDING', amount: 1, skills: [] })).toEqual([]);
    expect(checkRole({ kind: 'MENTOR', skills: [skill, { ...skill, level: 5 }] })).toEqual(['skills:arrayUnique']);
    const many = Array.from({ length: 16 }, (_, i) => ({ skillId: `skill-${i}`, level: 2 }));
    expect(checkRole({ kind: 'VOLUNTEER', skills: many })).toEqual(['skills:arrayMaxSize']);
    expect(checkRole({ kind: 'VOLUNTEER', skills: [{ skillId: 'Not A Slug', level: 0, weight: 6 }] })).toEqual([
      'skills.0.skillId:matches',
      'skills.0.level:min',
      'skills.0.weight:max',
    ]);
  });
});

describe('CreateNeedInput dates', () => {
  const check = (startsOn: unknown, endsOn: unknown) =>
    problems(validateSync(plainToInstance(CreateNeedInput, { startsOn, endsOn }))).filter((p) => p.startsWith('startsOn') || p.startsWith('endsOn'));

  it('takes real yyyy-mm-dd dates with the end not before the start', () => {
    expect(check('2026-04-01', '2026-04-01')).toEqual([]);
    expect(check(null, '2026-04-01')).toEqual([]);
    expect(check('2026-04-02', '2026-04-01')).toEqual(['endsOn:isNotBefore']);
    expect(check('2026-02-30', undefined)).toEqual(['startsOn:isDateOnly']);
    expect(check('1 April 2026', undefined)).toEqual(['startsOn:isDateOnly']);
  });
});
