import { href } from '../router.js';

/** The parts of a module's page, as links in the fragment (#/doi-ngu/ke-hoach), the current one marked. */
export function SubNav({ label, section, items, current }) {
  return (
    <nav aria-label={label} className="subnav">
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            <a href={href([section, item.key])} aria-current={item.key === current ? 'page' : undefined}>{item.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
