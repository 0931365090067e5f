import { useMemo, useState } from 'react';
import { useQuery } from '../useQuery.js';
import { href } from '../router.js';
import { ErrorMessage } from './ErrorMessage.jsx';
import { StatusBadge } from './StatusBadge.jsx';

const breakdownQuery = `query Breakdown($code: String!, $by: String!, $at: DateOnly) {
  indicator(code: $code) { breakdown(by: $by, at: $at) { key name parentKey depth numerator denominator value display expected status statusName } }
}`;

/**
 * An indicator broken down by unit (a tree: units merged into a successor count under it) or by another dimension,
 * each row with a bar of its value. Branches open and close with their button; a row leads to its people when the
 * user may read them.
 */
export function BreakdownTree({ indicator, by, at, canDrillDown }) {
  const { data, error, loading } = useQuery(breakdownQuery, { code: indicator.code, by, at });
  const rows = data?.indicator.breakdown ?? [];
  const children = useMemo(() => {
    const map = new Map();
    for (const row of rows) {
      const parent = row.parentKey ?? '';
      if (!map.has(parent)) map.set(parent, []);
      map.get(parent).push(row);
    }
    return map;
  }, [rows]);
  const [open, setOpen] = useState(() => new Set());
  const largest = Math.max(1, ...rows.map((r) => Number(indicator.kind === 'SHARE' ? 1 : r.value ?? r.numerator ?? 0)));

  if (error) return <ErrorMessage error={error} />;
  if (loading && !data) return <p role="status">Đang tải số liệu phân tổ…</p>;
  if (rows.length === 0) return <p>Chưa có số liệu phân tổ.</p>;

  const toggle = (key) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  const renderRows = (parentKey, depth) =>
    (children.get(parentKey) ?? []).map((row) => {
      const kids = children.get(row.key) ?? [];
      const expanded = open.has(row.key);
      const share = row.value === null ? 0 : Math.min(1, Number(row.value) / largest);
      return (
        <li key={row.key} role="treeitem" aria-level={depth + 1} aria-expanded={kids.length ? expanded : undefined}>
          <div className="breakdown-row">
            <span className="breakdown-name" style={{ paddingInlineStart: `${depth * 1.25}rem` }}>
              {kids.length ? (
                <button type="button" className="toggle" aria-expanded={expanded} onClick={() => toggle(row.key)}>
                  <span aria-hidden="true">{expanded ? '▾' : '▸'}</span> {row.name}
                </button>
              ) : (
                <span className="leaf">{row.name}</span>
              )}
            </span>
            <span className="bar" aria-hidden="true"><span style={{ width: `${(share * 100).toFixed(1)}%` }} /></span>
            <span className="breakdown-value">{row.display}</span>
            <StatusBadge status={row.status} name={row.statusName} />
            {canDrillDown && (
              <a className="drill" href={href(['chi-tieu', indicator.code], by === 'unit' ? { unit: row.key, at } : { dimension: by, value: row.key, at })}>
                Xem người<span className="visually-hidden"> — {row.name}</span>
              </a>
            )}
          </div>
          {kids.length > 0 && expanded && <ul role="group">{renderRows(row.key, depth + 1)}</ul>}
        </li>
      );
    });

  const roots = children.has('') ? '' : rows[0].parentKey;
  return (
    <ul className="breakdown" role="tree" aria-label={`Phân tổ ${indicator.name}`}>
      {renderRows(roots ?? '', 0)}
    </ul>
  );
}
