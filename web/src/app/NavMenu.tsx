import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

export interface NavGroup {
  key: string;
  label?: string;
  items: { path: string; label: string; icon: ReactNode; end?: boolean }[];
}

// A plain list of links: antd's Menu would add ~25 KB gzipped to the shell every phone downloads.
export function NavMenu({ groups, onNavigate }: { groups: NavGroup[]; onNavigate?: () => void }) {
  const { t } = useTranslation();
  return (
    <nav className="gj-nav" aria-label={t('a11y.mainNav')}>
      {groups.map((group) => (
        <div key={group.key}>
          {group.label && <div className="gj-nav-group">{group.label}</div>}
          {group.items.map((item) => (
            <NavLink
              key={item.path}
              to={item.path}
              end={item.end || item.path === '/'}
              className={({ isActive }) => (isActive ? 'gj-nav-item active' : 'gj-nav-item')}
              onClick={onNavigate}
            >
              <span className="gj-nav-icon" aria-hidden="true">
                {item.icon}
              </span>
              {item.label}
            </NavLink>
          ))}
        </div>
      ))}
    </nav>
  );
}
