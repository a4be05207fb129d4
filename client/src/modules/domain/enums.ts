import { FocusArea } from '../../generated/graphql';

const FOCUS_AREA_VALUES = new Set<string>(Object.values(FocusArea));

/** Form fields hold plain strings; this narrows them back to the API's enum. */
export function isFocusArea(value: string): value is FocusArea {
  return FOCUS_AREA_VALUES.has(value);
}
