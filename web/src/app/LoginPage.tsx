import { LockOutlined, UserOutlined } from '@ant-design/icons';
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Input from 'antd/es/input';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { errorMessage } from './apollo';
import { useAuth } from './auth';
import { LanguageSwitch } from './LanguageSwitch';

// Plain inputs rather than antd Form: this page loads on phones over mobile data (see the bundle test).
export function LoginPage() {
  const { t } = useTranslation();
  const { viewer, signIn } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  if (viewer) return <Navigate to={from} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!username.trim()) return setError(t('login.usernameRequired'));
    if (!password) return setError(t('login.passwordRequired'));
    setBusy(true);
    setError(null);
    try {
      await signIn(username, password);
      navigate(from, { replace: true });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div
      style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', background: 'linear-gradient(160deg, #c41d1d 0%, #8c1414 100%)', padding: 16 }}
    >
      <form onSubmit={submit} style={{ width: '100%', maxWidth: 380, background: '#fff', borderRadius: 8, padding: 24, boxShadow: '0 6px 24px rgba(0,0,0,.25)' }}>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
          <h1 style={{ margin: 0, fontSize: 24, color: '#c41d1d' }}>{t('app.name')}</h1>
          <LanguageSwitch />
        </div>
        <p style={{ color: '#666', margin: '8px 0 20px' }}>{t('app.tagline')}</p>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="login-error" />}
        <label htmlFor="username" style={{ display: 'block', marginBottom: 6 }}>
          {t('login.username')}
        </label>
        <Input
          id="username"
          prefix={<UserOutlined />}
          autoComplete="username"
          autoFocus
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          style={{ marginBottom: 16 }}
        />
        <label htmlFor="password" style={{ display: 'block', marginBottom: 6 }}>
          {t('login.password')}
        </label>
        <Input.Password
          id="password"
          prefix={<LockOutlined />}
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          style={{ marginBottom: 24 }}
        />
        <Button type="primary" htmlType="submit" block loading={busy}>
          {t('login.submit')}
        </Button>
        <p style={{ color: '#999', marginTop: 16, marginBottom: 0, fontSize: 12 }}>{t('login.demoHint')}</p>
      </form>
    </div>
  );
}
