import { label } from '../labels.js';

/** What the Science module adds to a person's profile. */
export const scienceProfile = {
  module: 'Science',
  fields: `scienceProjects { id code title status plannedStart plannedEnd }
    scienceCouncilMemberships { role council { id } }
    scienceInitiatives { id title year kind }`,
  Section({ person }) {
    return (
      <section aria-labelledby="ho-so-khcn">
        <h2 id="ho-so-khcn">Khoa học và công nghệ</h2>
        {person.scienceProjects.length === 0 && person.scienceInitiatives.length === 0 ? (
          <p>Chưa tham gia đề tài, dự án hay sáng kiến nào.</p>
        ) : (
          <ul>
            {person.scienceProjects.map((p) => (
              <li key={p.id}>Đề tài {p.code}: {p.title} — {label('ScienceProjectStatus', p.status)}</li>
            ))}
            {person.scienceInitiatives.map((i) => (
              <li key={i.id}>{label('ScienceInitiativeKind', i.kind)} ({i.year}): {i.title}</li>
            ))}
          </ul>
        )}
        {person.scienceCouncilMemberships.length > 0 && (
          <p>Thành viên {person.scienceCouncilMemberships.length} hội đồng khoa học ({person.scienceCouncilMemberships.map((m) => label('ScienceCouncilRole', m.role)).join(', ')}).</p>
        )}
      </section>
    );
  },
};
