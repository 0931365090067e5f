// Vietnamese formats: dates dd/MM/yyyy, numbers with Vietnamese separators (1.234,5).
const number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });
const dateTime = new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'short' });

export const formatNumber = (value) => (value === null || value === undefined ? '—' : number.format(Number(value)));

/** An indicator's number as the API displays its own: shares (fractions 0–1) as %, amounts in đồng, counts as numbers. */
export function formatIndicatorValue(value, kind) {
  if (value === null || value === undefined) return '—';
  if (kind === 'SHARE') return percent.format(Number(value));
  return kind === 'AMOUNT' ? `${number.format(Math.round(Number(value)))} đ` : number.format(Number(value));
}

/** 2026-12-04 → 04/12/2026. */
export function formatDate(isoDate) {
  if (!isoDate) return '—';
  const [year, month, day] = isoDate.slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}

export const formatDateTime = (iso) => (iso ? dateTime.format(new Date(iso)) : '—');
