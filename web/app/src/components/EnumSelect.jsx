import { options } from '../labels.js';

/** A labelled choice among an enum's values, named by the schema's Vietnamese descriptions, with «Tất cả» for none. */
export function EnumSelect({ label, enumName, value, onChange }) {
  return (
    <label>
      {label}
      <select value={value} onChange={onChange}>
        <option value="">Tất cả</option>
        {options(enumName).map((o) => <option key={o.value} value={o.value}>{o.name}</option>)}
      </select>
    </label>
  );
}
