import { randomInt } from 'node:crypto';

// No 0/O, 1/l/I: the password is read off one screen and typed on another.
const ALPHABET = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A one-time password: four groups of five, about 117 bits, to be changed at the first sign-in. */
export function newOneTimePassword(): string {
  const group = () => Array.from({ length: 5 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return [group(), group(), group(), group()].join('-');
}
