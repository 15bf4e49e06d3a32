import type { ThemeConfig } from 'antd/es/config-provider';
import { baseFontSize, storedTextSize, type TextSize } from './a11y/text-size';

/** The party red: 5.9:1 against white, both as text on white and as white text on it. */
export const BRAND = '#c41d1d';
/** Where the lighter reds Ant Design derives (hover, active) would fall below 4.5:1. */
export const BRAND_DARK = '#a8071a';

// WCAG 2.1 AA: 4.5:1 for text, 3:1 for large text and controls, on white and on the #f5f5f5 page background.
const contrast: ThemeConfig['token'] = {
  colorPrimary: BRAND,
  colorPrimaryHover: BRAND_DARK,
  colorPrimaryActive: '#820014',
  colorLink: BRAND,
  colorLinkHover: BRAND_DARK,
  colorLinkActive: '#820014',
  // Secondary and description text: Ant Design's 0.45 black is 3.5:1, grey on white.
  colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
  colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
  colorTextDescription: 'rgba(0, 0, 0, 0.6)',
  colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
  colorTextLabel: 'rgba(0, 0, 0, 0.65)',
  // Status colours are tag and message text on their pale backgrounds.
  colorSuccess: '#237804',
  colorWarning: '#ad4e00',
  colorError: '#cf1322',
  colorInfo: '#0958d9',
  // Tag colours (`<Tag color="green">`) are set in shell.css: the palette tokens do not reach them.
  // Control borders are UI parts: 3:1.
  colorBorder: '#8c8c8c',
};

/** The theme for a text size, and on phones controls at least 44 px tall (tap targets). */
export function themeFor({ textSize, phone }: { textSize: TextSize; phone: boolean }): ThemeConfig {
  const fontSize = baseFontSize(textSize);
  const scaled = Math.round((32 * fontSize) / 14);
  const controlHeight = phone ? Math.max(44, scaled) : scaled;
  return {
    token: { ...contrast, fontSize, controlHeight, controlHeightSM: phone ? controlHeight : Math.round(scaled * 0.75), borderRadius: 6 },
  };
}

/** The interface's colours live here (Ant Design theme tokens); the shell switches text size and phone sizes. */
export const theme: ThemeConfig = themeFor({ textSize: storedTextSize(), phone: false });
