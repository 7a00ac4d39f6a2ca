/**
 * Dates as publishers write them, read into ISO 8601's extended form with the publisher's own
 * offset kept (never converted to UTC), so a date shows as the calendar date that was written.
 * Only what has one clear meaning is read: ISO 8601 (extended or basic, `T` or a space, any
 * fraction of a second), RFC 2822, and zone abbreviations that name one offset.
 */

/** Zone abbreviations with one meaning. `IST`, `BST` and `CST` each name several zones, so they are not read. */
const ZONES: Record<string, string> = {
  Z: 'Z', UT: 'Z', UTC: 'Z', GMT: 'Z', WET: '+00:00', WEST: '+01:00', CET: '+01:00', CEST: '+02:00',
  EET: '+02:00', EEST: '+03:00', MSK: '+03:00', HKT: '+08:00', JST: '+09:00', KST: '+09:00',
  AEST: '+10:00', AEDT: '+11:00', NZST: '+12:00', NZDT: '+13:00', HST: '-10:00', AKST: '-09:00',
  AKDT: '-08:00', PST: '-08:00', PDT: '-07:00', MST: '-07:00', MDT: '-06:00', CDT: '-05:00',
  EST: '-05:00', EDT: '-04:00',
};

/** RFC 2822 defines its own few, `CST` (US Central) among them. */
const RFC_2822_ZONES: Record<string, string> = { ...ZONES, CST: '-06:00' };

const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');

const ISO =
  /^(\d{4})-?(\d\d)-?(\d\d)(?:[t ](\d\d):?(\d\d)(?::?(\d\d)(?:[.,](\d+))?)?\s*(z|[+-]\d\d(?::?\d\d)?|[a-z]{2,5})?)?$/i;

const RFC_2822 =
  /^(?:[a-z]{3},?\s*)?(\d\d?)\s+([a-z]{3})[a-z]*\.?\s+(\d{4})\s+(\d\d?):(\d\d)(?::(\d\d))?\s*([+-]\d{4}|[a-z]{1,5})?$/i;

const pad = (n: string | number) => String(n).padStart(2, '0');

/** `value` as an ISO 8601 date or date-time in extended form, or `undefined` when it has no one clear meaning. */
export function parseDate(value: string): string | undefined {
  const iso = ISO.exec(value);
  if (iso) {
    const [, year, month, day, hour, minute, second, fraction, zone] = iso;
    return format(year, month, day, hour, minute, second, fraction, zone, ZONES);
  }
  const rfc = RFC_2822.exec(value);
  if (rfc) {
    const [, day, name, year, hour, minute, second, zone] = rfc;
    const month = MONTHS.indexOf(name.toLowerCase()) + 1;
    return month ? format(year, pad(month), pad(day), pad(hour), minute, second, undefined, zone, RFC_2822_ZONES) : undefined;
  }
  return undefined;
}

function format(
  year: string,
  month: string,
  day: string,
  hour: string | undefined,
  minute: string | undefined,
  second: string | undefined,
  fraction: string | undefined,
  zone: string | undefined,
  zones: Record<string, string>,
): string | undefined {
  const m = Number(month);
  const d = Number(day);
  // Day 0 of the next month is the last day of this one.
  if (m < 1 || m > 12 || d < 1 || d > new Date(Date.UTC(Number(year), m, 0)).getUTCDate()) return undefined;
  const date = `${year}-${month}-${day}`;
  if (hour === undefined) return date;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 59) return undefined;
  const offset = zone === undefined ? '' : readZone(zone, zones);
  if (offset === undefined) return undefined;
  const seconds = second === undefined ? '' : `:${second}${fraction ? `.${fraction.slice(0, 3)}` : ''}`;
  return `${date}T${hour}:${minute}${seconds}${offset}`;
}

/** `Z`, `+09`, `+0900`, `+09:00` or an abbreviation, as `Z` or `±HH:MM`. */
function readZone(zone: string, zones: Record<string, string>): string | undefined {
  const numeric = /^([+-])(\d\d):?(\d\d)?$/.exec(zone);
  if (!numeric) return zones[zone.toUpperCase()];
  const [, sign, hours, minutes = '00'] = numeric;
  return Number(hours) <= 14 && Number(minutes) <= 59 ? `${sign}${hours}:${minutes}` : undefined;
}
