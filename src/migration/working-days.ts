/**
 * Working Days (Section A of the Code: not a Saturday, Sunday or bank holiday in England and
 * Wales) and the counting rules of TMAD Clause 1.4. Dates are ISO `YYYY-MM-DD` strings, handled
 * in UTC so that no time zone shifts a day.
 * @module
 */

/** A calendar of non-working days besides weekends. */
export interface WorkingDayCalendar {
  /** Bank holidays, ISO dates. */
  holidays: ReadonlySet<string>;
}

/** Bank holidays in England and Wales, 2020 to 2022 (the Migration Windows of 8.1). */
export const ENGLAND_AND_WALES_2020_2022: WorkingDayCalendar = {
  holidays: new Set([
    '2020-01-01', '2020-04-10', '2020-04-13', '2020-05-08', '2020-05-25', '2020-08-31', '2020-12-25', '2020-12-28',
    '2021-01-01', '2021-04-02', '2021-04-05', '2021-05-03', '2021-05-31', '2021-08-30', '2021-12-27', '2021-12-28',
    '2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27',
  ]),
};

const DAY = 24 * 60 * 60 * 1000;

function toTime(date: string): number {
  const time = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(time) || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`Unexpected date \`${date}\`, expected YYYY-MM-DD`);
  return time;
}

function fromTime(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/**
 * Add calendar days.
 * @param date ISO date.
 * @param days Days to add (negative to go back).
 * @returns The ISO date.
 */
export function addDays(date: string, days: number): string {
  return fromTime(toTime(date) + days * DAY);
}

/**
 * Calendar days from one date to another.
 * @param from ISO date.
 * @param to ISO date.
 * @returns `to - from` in days.
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((toTime(to) - toTime(from)) / DAY);
}

/**
 * Whether a date is a Working Day.
 * @param date ISO date.
 * @param calendar Bank holidays.
 * @returns `false` on Saturdays, Sundays and bank holidays.
 */
export function isWorkingDay(date: string, calendar: WorkingDayCalendar): boolean {
  const weekday = new Date(toTime(date)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !calendar.holidays.has(date);
}

/**
 * The date `count` Working Days after (or, negative, before) a date, the date itself not counted
 * (Clause 1.4: "within N Working Days after an event, the day on which that event occurs shall
 * not be counted"). `addWorkingDays(d, 5)` is the last day of "within 5 Working Days after d".
 * @param date ISO date.
 * @param count Working Days to move.
 * @param calendar Bank holidays.
 * @returns The ISO date.
 */
export function addWorkingDays(date: string, count: number, calendar: WorkingDayCalendar): string {
  let time = toTime(date);
  const step = count < 0 ? -DAY : DAY;
  for (let left = Math.abs(count); left > 0; ) {
    time += step;
    if (isWorkingDay(fromTime(time), calendar)) left--;
  }
  return fromTime(time);
}

/**
 * Working Days strictly between two dates (Clause 1.4: for "not less than N Working Days before
 * a date", neither that date nor the day on which the thing is done is counted).
 * @param from ISO date (the day the thing is done).
 * @param to ISO date (the date it must precede).
 * @param calendar Bank holidays.
 * @returns The count (0 when `to` is not after `from`).
 */
export function workingDaysBetween(from: string, to: string, calendar: WorkingDayCalendar): number {
  let count = 0;
  for (let day = addDays(from, 1); day < to; day = addDays(day, 1)) if (isWorkingDay(day, calendar)) count++;
  return count;
}

/**
 * Whether something done on `done` was "not less than N Working Days before" `date` (Clause 1.4).
 * @param done ISO date it was done.
 * @param date ISO date it had to precede.
 * @param count N.
 * @param calendar Bank holidays.
 * @returns `true` when at least N Working Days lie strictly between them.
 */
export function isAtLeastWorkingDaysBefore(done: string, date: string, count: number, calendar: WorkingDayCalendar): boolean {
  return done < date && workingDaysBetween(done, date, calendar) >= count;
}

/**
 * Whether something done on `done` was "not later than N Working Days before" `date`: on or
 * before the Working Day N Working Days before it.
 * @param done ISO date it was done.
 * @param date ISO date.
 * @param count N.
 * @param calendar Bank holidays.
 * @returns `true` when in time.
 */
export function isNotLaterThanWorkingDaysBefore(done: string, date: string, count: number, calendar: WorkingDayCalendar): boolean {
  return done <= addWorkingDays(date, -count, calendar);
}
