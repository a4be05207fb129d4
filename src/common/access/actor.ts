import { MembershipRole } from '../domain/membership-role.enum';
import { OrganizationKind } from '../domain/organization-kind.enum';

export interface ActorMembership {
  organizationId: string;
  kind: OrganizationKind;
  role: MembershipRole;
}

/** Who is asking: loaded once per request from the access token, never from arguments. */
export class Actor {
  constructor(
    readonly userId: string,
    readonly email: string,
    readonly isPlatformAdmin: boolean,
    readonly memberships: ActorMembership[],
    readonly volunteerProfileId: string | null,
    readonly mentorProfileId: string | null,
    /** The person's language setting, loaded with the rest so answering in it costs no query. */
    readonly locale: string = 'en',
  ) {}

  organizationIds(kind?: OrganizationKind): string[] {
    return this.memberships.filter((m) => !kind || m.kind === kind).map((m) => m.organizationId);
  }

  isMemberOf(organizationId: string): boolean {
    return this.memberships.some((m) => m.organizationId === organizationId);
  }

  isAdminOf(organizationId: string): boolean {
    return this.memberships.some((m) => m.organizationId === organizationId && m.role === MembershipRole.ADMIN);
  }

  /** Intermediaries this person curates for (any member of an intermediary is its curator). */
  get intermediaryIds(): string[] {
    return this.organizationIds(OrganizationKind.INTERMEDIARY);
  }

  get isCurator(): boolean {
    return this.intermediaryIds.length > 0;
  }

  /** Ids a match's candidate side may carry for this person: their profiles and their funders' offers are checked separately. */
  get profileIds(): string[] {
    return [this.volunteerProfileId, this.mentorProfileId].filter((id): id is string => id !== null);
  }
}
