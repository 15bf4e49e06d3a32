import { loadConfig } from './config';

// The demo accounts share a password printed in the README: production gets them only when asked.
describe('DEMO_DATA', () => {
  const demoData = (env: NodeJS.ProcessEnv) => loadConfig({ DATA_DIR: '/tmp/gongjian-config-test', ...env }).demoData;

  it('is off in production unless set', () => {
    expect(demoData({ NODE_ENV: 'production' })).toBe(false);
    expect(demoData({ NODE_ENV: 'production', DEMO_DATA: '' })).toBe(false);
  });

  it('is on in production with DEMO_DATA=1', () => {
    expect(demoData({ NODE_ENV: 'production', DEMO_DATA: '1' })).toBe(true);
  });

  it('is off with DEMO_DATA=0, in production and in development', () => {
    expect(demoData({ NODE_ENV: 'production', DEMO_DATA: '0' })).toBe(false);
    expect(demoData({ NODE_ENV: 'development', DEMO_DATA: '0' })).toBe(false);
  });

  it('is on by default in development (and with NODE_ENV unset)', () => {
    expect(demoData({ NODE_ENV: 'development' })).toBe(true);
    expect(demoData({})).toBe(true);
  });

  it('refuses a value it cannot read rather than guess', () => {
    expect(() => demoData({ NODE_ENV: 'production', DEMO_DATA: 'yes please' })).toThrow('DEMO_DATA must be 1 or 0');
  });
});
