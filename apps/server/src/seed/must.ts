/** A demo key's id; demo data that names an unknown key is a bug in the demo data. */
export function must<T>(map: Map<string, T>, key: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`demo data refers to unknown key ${key}`);
  return value;
}
