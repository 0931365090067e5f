/**
 * Previous and next page of a connection. `after` is the stack of cursors that led to this page (empty string first),
 * so going back is popping it.
 */
export function Pager({ page, after, setAfter }) {
  return (
    <div className="pager">
      {after.length > 1 && <button type="button" onClick={() => setAfter(after.slice(0, -1))}>Trang trước</button>}
      {page?.pageInfo.hasNextPage && <button type="button" onClick={() => setAfter([...after, page.pageInfo.endCursor])}>Trang sau</button>}
    </div>
  );
}
