import { registerEnumType } from '@nestjs/graphql';

/** The causes needs serve and volunteers care about; one list for both sides so they can meet. */
export enum FocusArea {
  EDUCATION = 'EDUCATION',
  HEALTH = 'HEALTH',
  TRUTHFUL_INFORMATION = 'TRUTHFUL_INFORMATION',
  POLITICS_ECONOMY = 'POLITICS_ECONOMY',
  VULNERABLE_GROUPS = 'VULNERABLE_GROUPS',
  ENVIRONMENT = 'ENVIRONMENT',
  COMMUNITY_DEVELOPMENT = 'COMMUNITY_DEVELOPMENT',
  ARTS_CULTURE = 'ARTS_CULTURE',
  HUMAN_RIGHTS = 'HUMAN_RIGHTS',
  DISASTER_RELIEF = 'DISASTER_RELIEF',
  CHILDREN_YOUTH = 'CHILDREN_YOUTH',
  ELDERLY_CARE = 'ELDERLY_CARE',
}
registerEnumType(FocusArea, { name: 'FocusArea' });
