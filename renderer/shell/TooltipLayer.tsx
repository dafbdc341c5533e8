import { useEffect, useState } from 'react';
import './tooltip.css';

interface Tip {
  text: string;
  left: number;
  top: number;
}

const WIDTH = 340;
const GAP = 6;
const SELECTOR = '[data-tooltip], [data-status-of]';

function placeBeside(target: Element, text: string): Tip {
  const box = target.getBoundingClientRect();
  const left = Math.max(GAP, Math.min(box.left, window.innerWidth - WIDTH - GAP));
  const below = box.bottom + GAP;
  return { text, left, top: below + 80 > window.innerHeight ? box.top - GAP - 80 : below };
}

/**
 * One tooltip for the whole window: any element with a `data-tooltip` attribute shows its text beside it while the
 * pointer is over it or it has the focus, and one with `data-status-of` (a node id) shows why that node has its
 * status, asked for when it is shown. Drawn in a fixed layer, so scrolling panes cannot clip it.
 */
export function TooltipLayer({ statusReason }: { statusReason: (nodeId: number) => Promise<string | null> }) {
  const [tip, setTip] = useState<Tip | undefined>();
  useEffect(() => {
    let current: Element | null = null;
    const show = (event: Event) => {
      const target = event.target instanceof Element ? event.target.closest(SELECTOR) : null;
      if (target === current) return;
      current = target;
      if (!target) return setTip(undefined);
      const text = target.getAttribute('data-tooltip');
      if (text) return setTip(placeBeside(target, text));
      setTip(undefined);
      const nodeId = Number(target.getAttribute('data-status-of'));
      if (!Number.isInteger(nodeId)) return;
      statusReason(nodeId).then(
        (reason) => {
          if (reason && current === target && target.isConnected) setTip(placeBeside(target, reason));
        },
        () => undefined,
      );
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
  }, [statusReason]);
  if (!tip) return null;
  return (
    <div role="tooltip" className="tooltip" style={{ left: tip.left, top: tip.top, maxWidth: WIDTH }}>
      {tip.text}
    </div>
  );
}
