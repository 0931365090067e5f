import { useState } from 'react';
import { useQuery } from '../useQuery.js';
import { formatDate } from '../format.js';
import { ErrorMessage } from '../components/ErrorMessage.jsx';
import { IndicatorCard } from '../components/IndicatorCard.jsx';

const indicatorsQuery = `query Targets($at: DateOnly) {
  indicators {
    code module name description kind subjectName numeratorDefinition denominatorDefinition
    target { value display year deadline everyYear }
    dimensions { key name sensitive }
    subjectsRevealPersonalData
    value(at: $at) { asOf display value expected status statusName numerator denominator }
  }
}`;

const trendsQuery = `query Trends($toYear: Int) {
  indicators { code trend(toYear: $toYear) { year value display expected status statusName } }
}`;

/** The leaders' page: every module's indicators, the programme's targets first, on any day. */
export function TargetsPage({ user, platform }) {
  // No day chosen: the host's today, which the answer names (the browser's clock may be a day off the host's).
  const [at, setAt] = useState(null);
  const indicators = useQuery(indicatorsQuery, { at });
  const today = indicators.data?.indicators[0]?.value.asOf;
  const shown = at ?? today ?? '';
  const trends = useQuery(trendsQuery, { toYear: shown ? Number(shown.slice(0, 4)) : null }, { skip: !indicators.data });
  const trendOf = new Map((trends.data?.indicators ?? []).map((i) => [i.code, i.trend]));
  const all = indicators.data?.indicators ?? [];
  const titles = new Map(platform.modules.map((m) => [m.name, m.title]));
  const order = [...platform.modules.map((m) => m.name), ...all.map((i) => i.module)];
  const modules = [...new Set(order)]
    .map((name) => ({ name, title: titles.get(name) ?? name, indicators: all.filter((i) => i.module === name) }))
    .filter((m) => m.indicators.length > 0);

  return (
    <>
      <h1>Chỉ tiêu của Chương trình hành động</h1>
      <form className="toolbar" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="ngay">Số liệu tại ngày</label>
        <input id="ngay" type="date" value={shown} max={today} min="2000-01-01" required
          onChange={(e) => e.target.value && setAt(e.target.value)} />
        <button type="button" onClick={() => setAt(null)}>Hôm nay</button>
        <span className="muted" aria-live="polite">{indicators.loading ? 'Đang tính…' : `Số liệu tại ngày ${formatDate(shown)}`}</span>
      </form>
      <ErrorMessage error={indicators.error ?? trends.error} />
      {modules.map((m) => (
        <section key={m.name} aria-labelledby={`phan-he-${m.name}`} className="module">
          <h2 id={`phan-he-${m.name}`}>{m.title}</h2>
          <div className="cards">
            {m.indicators.map((i) => (
              <IndicatorCard key={i.code} indicator={i} trend={trendOf.get(i.code)} at={at ?? undefined} user={user} />
            ))}
          </div>
        </section>
      ))}
    </>
  );
}
