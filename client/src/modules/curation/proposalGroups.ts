interface Groupable {
  id: string;
  score: number;
  need: { id: string; title: string; nonprofit: { name: string } };
  role: { id: string; title: string };
}

export interface RoleGroup<M> {
  roleId: string;
  title: string;
  proposals: M[];
}

export interface NeedGroup<M> {
  needId: string;
  title: string;
  nonprofit: string;
  roles: RoleGroup<M>[];
  count: number;
}

/** Proposals by need, then role, best score first within a role; needs and roles keep the order they first appear in. */
export function groupProposals<M extends Groupable>(matches: readonly M[]): NeedGroup<M>[] {
  const needs = new Map<string, NeedGroup<M>>();
  for (const match of matches) {
    let need = needs.get(match.need.id);
    if (!need) {
      need = { needId: match.need.id, title: match.need.title, nonprofit: match.need.nonprofit.name, roles: [], count: 0 };
      needs.set(match.need.id, need);
    }
    let role = need.roles.find((r) => r.roleId === match.role.id);
    if (!role) {
      role = { roleId: match.role.id, title: match.role.title, proposals: [] };
      need.roles.push(role);
    }
    role.proposals.push(match);
    need.count += 1;
  }
  for (const need of needs.values()) for (const role of need.roles) role.proposals.sort((a, b) => b.score - a.score);
  return [...needs.values()];
}
