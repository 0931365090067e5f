/** An indicator's status in colour and in words (the colour is never the only sign); none for an indicator without a target. */
export function StatusBadge({ status, name }) {
  if (!status) return null;
  return <span className={`status status-${status.toLowerCase().replace(/_/g, '-')}`}>{name}</span>;
}
