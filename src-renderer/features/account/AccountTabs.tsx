import type { KeyboardEvent } from 'react';
import type { AccountDetail } from '../../store/types';
import { ACCOUNT_TABS, TAB_LABELS, tabCount, type AccountTab } from './account-tabs';

interface Props {
  active: AccountTab;
  detail: AccountDetail;
  onSelect(tab: AccountTab): void;
}

/** WAI-ARIA tabs: Left/Right move between sections, the active one is the only tab stop. */
export function AccountTabs({ active, detail, onSelect }: Props) {
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = ACCOUNT_TABS.indexOf(active);
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const tab = ACCOUNT_TABS[(next + ACCOUNT_TABS.length) % ACCOUNT_TABS.length]!;
    onSelect(tab);
    requestAnimationFrame(() => document.getElementById(`tab-${tab}`)?.focus());
  };
  return (
    <div className="tabs" role="tablist" aria-label="Account sections" onKeyDown={onKeyDown}>
      {ACCOUNT_TABS.map((tab) => {
        const count = tabCount(tab, detail);
        return (
          <button
            key={tab}
            id={`tab-${tab}`}
            type="button"
            role="tab"
            aria-selected={tab === active}
            aria-controls="account-panel"
            tabIndex={tab === active ? 0 : -1}
            className="tab"
            onClick={() => onSelect(tab)}
          >
            {TAB_LABELS[tab]}
            {count !== null && <span className="tab__count">{count}</span>}
          </button>
        );
      })}
    </div>
  );
}
