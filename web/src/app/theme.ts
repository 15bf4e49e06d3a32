import type { ThemeConfig } from 'antd/es/config-provider';

/** The one place the interface's colours live (Ant Design theme tokens). */
export const theme: ThemeConfig = { token: { colorPrimary: '#c41d1d', borderRadius: 6 } };
