import { type FormEvent, useEffect, useState } from 'react';
import { tokenStore } from './pwa/token';

// The first page a phone loads over mobile data, so it carries only React: plain markup, its own
// few words in both languages (i18next and the dictionaries load with the app), and a bare fetch.

type Lang = 'zh-CN' | 'en';

const WORDS = {
  'zh-CN': {
    name: '共建',
    tagline: '党建引领社区治理协同平台',
    username: '用户名',
    password: '密码',
    submit: '登 录',
    busy: '正在登录…',
    usernameRequired: '请输入用户名',
    passwordRequired: '请输入密码',
    networkError: '无法连接服务器，请检查网络后重试。',
    demoHint: '演示账号见启动终端输出',
    other: 'English',
    otherTitle: '切换到英文',
    register: '市民注册：用手机号上报身边的问题',
  },
  en: {
    name: 'Gongjian',
    tagline: 'Party-building-led community governance',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    busy: 'Signing in…',
    usernameRequired: 'Enter your username',
    passwordRequired: 'Enter your password',
    networkError: 'Cannot reach the server. Check the connection and try again.',
    demoHint: 'Demo accounts are printed in the terminal at start',
    other: '中文',
    otherTitle: 'Switch to Chinese',
    register: 'Residents: register with your phone to report a problem',
  },
} as const;

const LOGIN = 'mutation Login($username: String!, $password: String!) { login(username: $username, password: $password) { token } }';

// Contrast ≥ 4.5:1 everywhere (white on #c41d1d is 5.9:1, #595959 on white 7:1); focus always visible.
const CSS = `
.gj-login{min-height:100vh;display:flex;align-items:center;justify-content:center;padding:16px;box-sizing:border-box;background:linear-gradient(160deg,#c41d1d 0%,#8c1414 100%);font-family:-apple-system,BlinkMacSystemFont,'Segoe UI','PingFang SC','Microsoft YaHei',sans-serif;font-size:16px}
.gj-login form{width:100%;max-width:380px;background:#fff;border-radius:8px;padding:24px;box-shadow:0 6px 24px rgba(0,0,0,.25);box-sizing:border-box}
.gj-login h1{margin:0;font-size:24px;color:#c41d1d}
.gj-login .head{display:flex;justify-content:space-between;align-items:center}
.gj-login .tagline{color:#595959;margin:8px 0 20px}
.gj-login label{display:block;margin-bottom:6px;color:#1f1f1f}
.gj-login input{display:block;width:100%;box-sizing:border-box;margin-bottom:16px;padding:8px 11px;font-size:16px;border:1px solid #8c8c8c;border-radius:6px;color:#1f1f1f}
.gj-login button{font-size:16px;min-height:44px;border-radius:6px;cursor:pointer}
.gj-login .submit{width:100%;margin-top:8px;padding:9px 15px;border:0;background:#c41d1d;color:#fff}
.gj-login .submit[disabled]{background:#a61b1b;cursor:wait}
.gj-login .lang{border:0;background:none;color:#1f1f1f;padding:4px 8px}
.gj-login input:focus-visible,.gj-login button:focus-visible{outline:3px solid #1677ff;outline-offset:2px}
.gj-login .error{margin-bottom:16px;padding:8px 12px;border:1px solid #ffccc7;background:#fff2f0;border-radius:6px;color:#a8071a}
.gj-login .hint{color:#595959;margin:16px 0 0;font-size:12px}
.gj-login .hint a{color:#c41d1d}
`;

function initialLang(): Lang {
  return localStorage.getItem('gj.lang') === 'en' ? 'en' : 'zh-CN';
}

/** What the server said (already in the asked language), or the network hint. */
async function login(username: string, password: string, lang: Lang): Promise<{ token?: string; error?: string }> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': lang },
    body: JSON.stringify({ operationName: 'Login', query: LOGIN, variables: { username, password } }),
  });
  const body = (await response.json()) as { data?: { login?: { token: string } } | null; errors?: { message: string; extensions?: { problems?: string[] } }[] };
  const first = body.errors?.[0];
  if (first) return { error: first.extensions?.problems?.join('；') || first.message };
  return { token: body.data?.login?.token };
}

export interface LoginPageProps {
  /** Called with the new session's token; the caller opens the app. */
  onSignedIn(token: string): void | Promise<void>;
  /** The app's language switch, when i18next is already loaded. */
  onLanguage?(lang: Lang): void;
}

export function LoginPage({ onSignedIn, onLanguage }: LoginPageProps) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const w = WORDS[lang];
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const switchLanguage = () => {
    const next: Lang = lang === 'en' ? 'zh-CN' : 'en';
    localStorage.setItem('gj.lang', next);
    setLang(next);
    onLanguage?.(next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!username.trim()) return setError(w.usernameRequired);
    if (!password) return setError(w.passwordRequired);
    setBusy(true);
    setError(null);
    try {
      const answer = await login(username, password, lang);
      if (answer.token) {
        tokenStore.set(answer.token);
        await onSignedIn(answer.token);
        return;
      }
      setError(answer.error ?? w.networkError);
    } catch {
      setError(w.networkError);
    }
    setBusy(false);
  };

  return (
    <main className="gj-login">
      <style>{CSS}</style>
      <form onSubmit={submit} noValidate>
        <div className="head">
          <h1>{w.name}</h1>
          <button type="button" className="lang" title={w.otherTitle} onClick={switchLanguage} data-testid="language-switch">
            {w.other}
          </button>
        </div>
        <p className="tagline">{w.tagline}</p>
        {error && (
          <div className="error" role="alert" data-testid="login-error">
            {error}
          </div>
        )}
        <label htmlFor="username">{w.username}</label>
        <input id="username" name="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} />
        <label htmlFor="password">{w.password}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        <button type="submit" className="submit" disabled={busy} aria-busy={busy}>
          {busy ? w.busy : w.submit}
        </button>
        <p className="hint">{w.demoHint}</p>
        <p className="hint">
          <a href="/register" data-testid="register-link">
            {w.register}
          </a>
        </p>
      </form>
    </main>
  );
}
