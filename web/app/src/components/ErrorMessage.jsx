/** An error as the user reads it: the API's Vietnamese message, announced to screen readers. */
export function ErrorMessage({ error }) {
  if (!error) return null;
  return (
    <p className="error" role="alert">
      {error.message}
      {error.code && error.code !== 'ERROR' ? <span className="code"> (mã lỗi: {error.code})</span> : null}
    </p>
  );
}
