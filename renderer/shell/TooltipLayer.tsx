import { useEffect, useState } from 'react';
import './tooltip.css';

interface Tip {
  text: string;
  left: number;
  top: number;
}

const WIDTH = 340;
const GAP = 6;

/**
 * One tooltip for the whole window: any element with a `data-tooltip` attribute shows its text beside it while the
 * pointer is over it or it has the focus. Drawn in a fixed layer, so scrolling panes cannot clip it.
 */
export function TooltipLayer() {
  const [tip, setTip] = useState<Tip | undefined>();
  useEffect(() => {
    let current: Element | null = null;
    const show = (event: Event) => {
      const target = event.target instanceof Element ? event.target.closest('[data-tooltip]') : null;
      if (target === current) return;
      current = target;
      const text = target?.getAttribute('data-tooltip');
      if (!target || !text) return setTip(undefined);
      const box = target.getBoundingClientRect();
      const left = Math.max(GAP, Math.min(box.left, window.innerWidth - WIDTH - GAP));
      const below = box.bottom + GAP;
      setTip({ text, left, top: below + 80 > window.innerHeight ? box.top - GAP - 80 : below });
    };
    const hide = () => {
      current = null;
      setTip(undefined);
    };
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && hide();
    document.addEventListener('mouseover', show);
    document.addEventListener('focusin', show);
    document.addEventListener('mouseleave', hide);
    document.addEventListener('scroll', hide, true);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mouseover', show);
      document.removeEventListener('focusin', show);
      document.removeEventListener('mouseleave', hide);
      document.removeEventListener('scroll', hide, true);
      document.removeEventListener('keydown', onKey);
    };
  }, []);
  if (!tip) return null;
  return (
    <div role="tooltip" className="tooltip" style={{ left: tip.left, top: tip.top, maxWidth: WIDTH }}>
      {tip.text}
    </div>
  );
}
