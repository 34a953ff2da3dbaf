interface Named {
  firstNames: string;
  lastName: string;
}

/** "Aino Maria Virtanen": in headings and running text. */
export function fullName(person: Named): string {
  return `${person.firstNames} ${person.lastName}`;
}

/** "Virtanen, Aino Maria": in lists that workers scan by last name. */
export function listName(person: Named): string {
  return `${person.lastName}, ${person.firstNames}`;
}
