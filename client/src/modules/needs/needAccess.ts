import type { NeedDetailFieldsFragment } from '../../generated/graphql';

type EditableNeed = Pick<NeedDetailFieldsFragment, 'status' | 'nonprofitId' | 'program'>;
interface Viewer {
  memberships: { organization: { id: string } }[];
}

// The API's rule (src/needs/need-status.ts, AccessService.assertCanManageNeedsOf): DRAFT and OPEN needs,
// by the nonprofit's members or its curators. The client knows only the program's curators; curators of an
// intermediary the nonprofit is affiliated with may edit too, but see no button here.
const EDITABLE = new Set(['DRAFT', 'OPEN']);

export function canEditNeed(need: EditableNeed, viewer: Viewer | null | undefined): boolean {
  if (!viewer || !EDITABLE.has(need.status)) return false;
  const orgIds = new Set(viewer.memberships.map((m) => m.organization.id));
  return orgIds.has(need.nonprofitId) || (need.program !== null && need.program !== undefined && orgIds.has(need.program.intermediaryId));
}
