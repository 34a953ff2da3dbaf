/**
 * What an invitation may carry: the time, the place and whom to contact. Never the client's name,
 * the case, the kind of service or a protected address — an invitation travels by e-mail and sits in
 * calendars outside the county's systems.
 */
export interface InvitationFacts {
  meetingId: string;
  startsAt: Date;
  durationMinutes: number;
  place: string | null;
  contact: { name: string; title: string; unit: string } | null;
}

const SUMMARY = 'Tapaaminen / Möte / Meeting';
const NO_PLACE = 'Paikka sovitaan erikseen / Platsen meddelas separat / Place to be agreed';

/** RFC 5545 text: backslash, semicolon, comma and newlines escaped. */
function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

/** RFC 5545 folds lines longer than 75 octets; continuation lines start with a space. */
function fold(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  for (const char of line) {
    const limit = parts.length === 0 ? 75 : 74;
    if (Buffer.byteLength(current + char, 'utf8') > limit) {
      parts.push(current);
      current = '';
    }
    current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const utcStamp = (d: Date) => `${d.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;

function contactLine(facts: InvitationFacts): string {
  const c = facts.contact;
  return c ? `${c.name}, ${c.title}, ${c.unit}` : '';
}

export function invitationIcs(facts: InvitationFacts, now = new Date()): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Verkosto//Invitation//FI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${facts.meetingId}@verkosto`,
    `DTSTAMP:${utcStamp(now)}`,
    `DTSTART:${utcStamp(facts.startsAt)}`,
    `DURATION:PT${facts.durationMinutes}M`,
    `SUMMARY:${escapeText(SUMMARY)}`,
    `LOCATION:${escapeText(facts.place ?? NO_PLACE)}`,
    `DESCRIPTION:${escapeText(`Yhteyshenkilö / Kontaktperson / Contact: ${contactLine(facts)}`)}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

const helsinki = new Intl.DateTimeFormat('fi-FI', {
  timeZone: 'Europe/Helsinki',
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

/** The e-mail that carries the invitation, in Finnish and Swedish, with the same three facts. */
export function invitationEmail(facts: InvitationFacts): { subject: string; body: string } {
  const when = helsinki.format(facts.startsAt);
  const place = facts.place ?? NO_PLACE;
  const subject = `Kutsu tapaamiseen / Inbjudan till möte ${when}`;
  const body = [
    'Tervetuloa tapaamiseen. / Välkommen till mötet.',
    '',
    `Aika / Tid: ${when} (${facts.durationMinutes} min)`,
    `Paikka / Plats: ${place}`,
    `Yhteyshenkilö / Kontaktperson: ${contactLine(facts)}`,
    '',
    'Kalenterimerkintä on liitteenä. / Kalenderposten finns som bilaga.',
  ].join('\n');
  return { subject, body };
}
