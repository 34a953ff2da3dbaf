/** Whether a stored string is one of a code list: read back from the database, checked before it is trusted. */
export function isOneOf<T extends string>(list: readonly T[]) {
  return (value: string | null | undefined): value is T =>
    (list as readonly (string | null | undefined)[]).includes(value);
}

/** A stored string as one of a code list, or the fallback when it is not (an older or unknown code). */
export function oneOfOr<T extends string>(list: readonly T[], fallback: T) {
  const is = isOneOf(list);
  return (value: string): T => (is(value) ? value : fallback);
}
