import { useEffect, useRef } from 'react';
import { CategoryScale, Chart, Legend, LineController, LineElement, LinearScale, PointElement, Tooltip } from 'chart.js';
import { formatIndicatorValue } from '../format.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip);

/**
 * An indicator's value at the end of each year beside the straight path to its target, drawn with Chart.js, and the
 * same figures as a table for screen readers and print.
 */
export function TrendChart({ indicator, points }) {
  const canvas = useRef(null);
  useEffect(() => {
    if (!canvas.current) return undefined;
    const scale = indicator.kind === 'SHARE' ? 100 : 1;
    const chart = new Chart(canvas.current, {
      type: 'line',
      data: {
        labels: points.map((p) => String(p.year)),
        datasets: [
          {
            label: 'Thực tế',
            data: points.map((p) => (p.value === null ? null : Number(p.value) * scale)),
            borderColor: '#1d4f91',
            backgroundColor: '#1d4f91',
            spanGaps: true,
          },
          {
            label: 'Theo lộ trình',
            data: points.map((p) => (p.expected === null ? null : Number(p.expected) * scale)),
            borderColor: '#8a5a00',
            backgroundColor: '#8a5a00',
            borderDash: [6, 4],
            spanGaps: true,
          },
        ],
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        locale: 'vi-VN',
        scales: { y: { beginAtZero: true, ticks: { callback: (v) => (scale === 100 ? `${v}%` : v.toLocaleString('vi-VN')) } } },
        plugins: {
          legend: { position: 'bottom' },
          tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${formatIndicatorValue(item.raw / scale, indicator.kind)}` } },
        },
      },
    });
    return () => chart.destroy();
  }, [indicator, points]);

  return (
    <figure className="trend">
      <div className="chart-box">
        <canvas ref={canvas} role="img" aria-label={`Biểu đồ xu hướng: ${indicator.name}, từ ${points[0]?.year} đến ${points.at(-1)?.year}`} />
      </div>
      <details>
        <summary>Bảng số liệu theo năm</summary>
        <table>
          <caption className="visually-hidden">Xu hướng {indicator.name}</caption>
          <thead>
            <tr><th scope="col">Năm</th><th scope="col">Thực tế</th><th scope="col">Theo lộ trình</th><th scope="col">Đánh giá</th></tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.year}>
                <th scope="row">{p.year}</th>
                <td>{p.display}</td>
                <td>{formatIndicatorValue(p.expected, indicator.kind)}</td>
                <td>{p.statusName ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
