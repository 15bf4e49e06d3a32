import { useTranslation } from 'react-i18next';

/** The first thing Tab reaches: past the menu and the header, straight to the page. */
export function SkipLink({ target }: { target: string }) {
  const { t } = useTranslation();
  return (
    <a
      className="gj-skip"
      href={`#${target}`}
      onClick={(event) => {
        // Focus without changing the URL's hash, which the router would otherwise keep.
        event.preventDefault();
        document.getElementById(target)?.focus();
      }}
    >
      {t('a11y.skip')}
    </a>
  );
}
