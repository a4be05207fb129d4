/** The fields an update input actually sent: undefined means "leave as is", null means "clear". */
export const definedFields = <T extends object>(input: T): Partial<T> =>
  Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<T>;
