import labels from 'virtual:enum-labels';

/** An enum value's Vietnamese name, as the schema describes it ("MALE" of Gender → "Nam"). */
export function label(enumName, value) {
  if (value === null || value === undefined) return '—';
  return labels[enumName]?.[value] ?? value;
}

/** An enum's values and names, for a select. */
export const options = (enumName) => Object.entries(labels[enumName] ?? {}).map(([value, name]) => ({ value, name }));
