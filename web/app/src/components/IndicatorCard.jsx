import { useState } from 'react';
import { formatDate, formatIndicatorValue, formatNumber } from '../format.js';
import { href } from '../router.js';
import { StatusBadge } from './StatusBadge.jsx';
import { TrendChart } from './TrendChart.jsx';
import { BreakdownTree } from './BreakdownTree.jsx';

/** One indicator: its value on the chosen day against its target and straight path, its trend, and its breakdowns. */
export function IndicatorCard({ indicator, trend, at, user }) {
  const { value, target } = indicator;
  const dimensions = [
    { key: 'unit', name: 'Đơn vị', sensitive: false },
    ...indicator.dimensions.filter((d) => d.key !== 'unit'),
  ].filter((d) => !d.sensitive || user.canReadPersonalData(indicator.module));
  const [by, setBy] = useState(null);
  // The API's own rule: the people behind a number are records, and some lists disclose personal data by themselves.
  const canDrillDown = user.canReadRecords(indicator.module)
    && (!indicator.subjectsRevealPersonalData || user.canReadPersonalData(indicator.module));
  const headingId = `chi-tieu-${indicator.code}`;

  return (
    <article className="card indicator" aria-labelledby={headingId} data-code={indicator.code}>
      <header>
        <h3 id={headingId}>
          <span className="code">{indicator.code}</span> {indicator.name}
        </h3>
        <StatusBadge status={value.status} name={value.statusName} />
      </header>
      <p className="figure" data-testid="value">{value.display}</p>
      <dl className="facts">
        {target && (
          <>
            <dt>Mục tiêu</dt>
            <dd>{target.display}{target.everyYear ? ' mỗi năm' : ''} (hạn {formatDate(target.deadline)})</dd>
          </>
        )}
        {value.expected !== null && (
          <>
            <dt>Theo lộ trình đến {formatDate(value.asOf)}</dt>
            <dd data-testid="expected">{formatIndicatorValue(value.expected, indicator.kind)}</dd>
          </>
        )}
        <dt>{indicator.subjectName}</dt>
        <dd>
          {formatNumber(value.numerator)}
          {value.denominator !== null ? ` / ${formatNumber(value.denominator)}` : ''}
        </dd>
      </dl>
      <details className="definition">
        <summary>Cách tính</summary>
        <p>{indicator.description}</p>
        <p><strong>Tử số:</strong> {indicator.numeratorDefinition}</p>
        {indicator.denominatorDefinition && <p><strong>Mẫu số:</strong> {indicator.denominatorDefinition}</p>}
      </details>
      {trend ? <TrendChart indicator={indicator} points={trend} /> : <p className="muted" role="status">Đang tải xu hướng…</p>}
      <div className="actions">
        <label>
          Phân tổ theo{' '}
          <select value={by ?? ''} onChange={(e) => setBy(e.target.value || null)}>
            <option value="">— chọn —</option>
            {dimensions.map((d) => (
              <option key={d.key} value={d.key}>{d.name}</option>
            ))}
          </select>
        </label>
        {canDrillDown && <a href={href(['chi-tieu', indicator.code], { at })}>Xem người sau con số</a>}
      </div>
      {by && <BreakdownTree indicator={indicator} by={by} at={at} canDrillDown={canDrillDown} />}
    </article>
  );
}
