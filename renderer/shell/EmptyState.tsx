import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../app/api/handlers';
import type { CaseStore } from '../state/caseStore';

type Templates = MethodOutput<'templates-list'>['templates'];

/** What an empty case shows: start from a template, or from a first issue. */
export function EmptyState({ store }: { store: CaseStore }) {
  const [templates, setTemplates] = useState<Templates>([]);
  useEffect(() => {
    store.api['templates-list']({}).then(
      (listed) => setTemplates(listed.templates),
      (error: Error) => store.say(error.message, 'error'),
    );
  }, [store]);
  return (
    <section className="empty-state" aria-label="Start">
      <h2>Start this case</h2>
      <p>Begin with a template drawn from real proceedings, or with an empty issue.</p>
      <div className="template-grid">
        {templates.map((template) => (
          <button
            key={template.id}
            type="button"
            className="template-card"
            onClick={() => store.run(() => store.api['templates-apply']({ id: template.id }))}
          >
            <span className="template-title">{template.title}</span>
            <span className="template-description">{template.description}</span>
          </button>
        ))}
        <button type="button" className="template-card" onClick={() => store.addSibling('issue')}>
          <span className="template-title">An empty issue</span>
          <span className="template-description">
            State the first question presented and build the argument under it.
          </span>
        </button>
      </div>
    </section>
  );
}
