// Dates on screen, in the UI locale set on dayjs by the i18n module.
import dayjs from 'dayjs';

/** 2024-05-01 14:03 from an ISO timestamp; empty for null. */
export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '';
}

/** 2024-05-01 from an ISO date or timestamp; empty for null. */
export function formatDate(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD') : '';
}

/** Whole days from an ISO date to today (today's date comes from the browser clock). */
export function daysSince(iso: string): number {
  return dayjs().startOf('day').diff(dayjs(iso).startOf('day'), 'day');
}
