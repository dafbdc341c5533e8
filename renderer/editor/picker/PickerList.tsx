import type { PickerView } from './pickerExtension';

/** The list of a picker, under the caret: a listbox whose options are named by their labels. */
export function PickerList({ view, label, empty }: { view: PickerView; label: string; empty: string }) {
  const style = view.rect ? { left: view.rect.left, top: view.rect.bottom + 4 } : undefined;
  return (
    <div className="picker" style={style}>
      <div role="listbox" aria-label={label}>
        {view.items.map((item, index) => (
          <div
            key={item.id}
            role="option"
            aria-selected={index === view.active}
            aria-label={item.label}
            className={index === view.active ? 'picker-option active' : 'picker-option'}
            onMouseDown={(event) => {
              event.preventDefault();
              view.choose(item);
            }}
          >
            <span className="picker-label">{item.label}</span>
            <span className="picker-detail">{item.detail}</span>
          </div>
        ))}
      </div>
      {view.items.length === 0 && <p className="picker-empty">{empty}</p>}
    </div>
  );
}
