import { OrganizationsModule } from './organizations/organizations.module';
import { UsersModule } from './users/users.module';

/** Every feature module of the API, in one list so main and tests load the same app. */
export const FEATURE_MODULES = [UsersModule, OrganizationsModule];
