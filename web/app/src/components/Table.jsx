/** A list of records as a table with a name for screen readers; `empty` when there is no row. */
export function Table({ label, headers, rows, cells, empty, testId }) {
  if (rows.length === 0) return <p className="muted">{empty}</p>;
  return (
    <table className="list" aria-label={label} data-testid={testId}>
      <thead><tr>{headers.map((h) => <th key={h} scope="col">{h}</th>)}</tr></thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={row.id ?? index}>{cells(row).map((cell, i) => <td key={i}>{cell}</td>)}</tr>
        ))}
      </tbody>
    </table>
  );
}
