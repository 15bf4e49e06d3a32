import { type MouseEvent, type ReactNode, useEffect } from 'react';
import { setTextSize, useTextSize } from '../a11y/text-size';
import { FIELD_WORDS, type Lang } from './words';
import './field.css';

export interface FieldShellProps {
  lang: Lang;
  onLang(lang: Lang): void;
  /** The page's name: its <h1> and the tab's title. */
  title: string;
  /** The header's links; by default, the way into the whole app. */
  links?: { href: string; label: string; onClick?: (event: MouseEvent<HTMLAnchorElement>) => void }[];
  children: ReactNode;
}

/**
 * The frame of a page a phone opens before the app has loaded: skip link, the red header with the
 * way into the whole app, the language and text-size switches, and <main> with the page's heading.
 */
export function FieldShell({ lang, onLang, title, links, children }: FieldShellProps) {
  const w = FIELD_WORDS[lang].shell;
  const large = useTextSize() === 'large';
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${title} · ${w.name}`;
  }, [lang, title, w.name]);
  const switchLanguage = () => {
    const next: Lang = lang === 'en' ? 'zh-CN' : 'en';
    localStorage.setItem('gj.lang', next);
    onLang(next);
  };
  return (
    <div className="gj-field">
      {/* Following #main focuses it (it takes focus with tabIndex -1); there is no router here to mind the hash. */}
      <a className="gj-field-skip" href="#main">
        {w.skip}
      </a>
      <header className="gj-field-header">
        <a className="gj-field-brand" href="/">
          {w.name}
        </a>
        <nav aria-label={w.menu}>
          {(links ?? [{ href: '/', label: w.more }]).map((link) => (
            <a key={link.href} href={link.href} onClick={link.onClick}>
              {link.label}
            </a>
          ))}
        </nav>
        <span className="gj-field-tools">
          <button type="button" aria-pressed={large} title={w.textSize} data-testid="text-size" onClick={() => setTextSize(large ? 'standard' : 'large')}>
            {w.textLarge}
          </button>
          <button type="button" title={w.languageTitle} onClick={switchLanguage} data-testid="language-switch" lang={lang === 'en' ? 'zh-CN' : 'en'}>
            {w.language}
          </button>
        </span>
      </header>
      <main id="main" tabIndex={-1}>
        <h1>{title}</h1>
        {children}
      </main>
    </div>
  );
}
