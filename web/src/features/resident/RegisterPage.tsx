import { type FormEvent, useEffect, useState } from 'react';
import { FieldShell } from '../../app/light/FieldShell';
import { GqlRefusal, gqlRequest } from '../../app/light/fetch-graphql';
import { storedLang } from '../../app/light/lang';
import { FIELD_WORDS, type Lang } from '../../app/light/words';
import { tokenStore } from '../../app/pwa/token';
import './resident.css';

const COMMUNITIES = 'query RegisterCommunities { publicCommunities { id name } }';
const REGISTER = 'mutation RegisterResident($i: RegisterResidentInput!) { registerResident(input: $i) { id } }';
const LOGIN = 'mutation Login($username: String!, $password: String!) { login(username: $username, password: $password) { token } }';

/** The server keeps 138 0013 8000, +86-138… as the bare 11 digits; the sign-in that follows uses the same. */
export const bareDigits = (phone: string) => phone.replace(/[\s\-()]/g, '').replace(/^\+?86(?=1\d{10}$)/, '');

/** 市民注册 at /register: a light page a resident opens from the sign-in page or the 公示 page. */
export default function RegisterPage() {
  const [lang, setLang] = useState<Lang>(storedLang);
  const w = FIELD_WORDS[lang].resident;
  const [communities, setCommunities] = useState<{ id: string; name: string }[]>([]);
  const [form, setForm] = useState({ phone: '', password: '', communityId: '', displayName: '', code: '' });
  const [askCode, setAskCode] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    gqlRequest<{ publicCommunities: { id: string; name: string }[] }>('RegisterCommunities', COMMUNITIES)
      .then((data) => setCommunities(data.publicCommunities))
      .catch(() => setError(FIELD_WORDS[storedLang()].shell.networkError));
  }, []);

  const set = (key: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [key]: event.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const i = { phone: form.phone, password: form.password, communityId: form.communityId, displayName: form.displayName.trim() || null, code: form.code.trim() || null };
      await gqlRequest('RegisterResident', REGISTER, { i });
      const { login } = await gqlRequest<{ login: { token: string } }>('Login', LOGIN, { username: bareDigits(form.phone), password: form.password });
      tokenStore.set(login.token);
      location.assign('/my-reports');
      return;
    } catch (failure) {
      // An SMS provider is configured: the first answer says the code is on its way.
      if (failure instanceof GqlRefusal && failure.code === 'BAD_USER_INPUT' && !askCode && /验证码|code/i.test(failure.message) && !form.code) {
        setAskCode(true);
        setNote(failure.message);
      } else setError(failure instanceof GqlRefusal ? failure.message : FIELD_WORDS[lang].shell.networkError);
    }
    setBusy(false);
  };

  return (
    <FieldShell lang={lang} onLang={setLang} title={w.register} links={[{ href: '/login', label: w.signIn }]}>
      <form className="gj-res-form" onSubmit={submit} data-testid="register-form">
        {error && (
          <div className="gj-res-error" role="alert" data-testid="register-error">
            {error}
          </div>
        )}
        {note && (
          <div className="gj-res-note" role="status">
            {note}
          </div>
        )}
        <label htmlFor="reg-phone">{w.phone}</label>
        <input id="reg-phone" name="phone" type="tel" inputMode="tel" autoComplete="tel" required value={form.phone} onChange={set('phone')} />
        <label htmlFor="reg-password">{w.password}</label>
        <input
          id="reg-password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          aria-describedby="reg-password-hint"
          value={form.password}
          onChange={set('password')}
        />
        <p id="reg-password-hint" className="gj-res-hint">
          {w.passwordHint}
        </p>
        <label htmlFor="reg-community">{w.community}</label>
        <select id="reg-community" name="communityId" required value={form.communityId} onChange={set('communityId')}>
          <option value="">{w.chooseCommunity}</option>
          {communities.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <label htmlFor="reg-name">{w.displayName}</label>
        <input id="reg-name" name="displayName" autoComplete="nickname" value={form.displayName} onChange={set('displayName')} />
        {askCode && (
          <>
            <label htmlFor="reg-code">{w.code}</label>
            <input id="reg-code" name="code" inputMode="numeric" autoComplete="one-time-code" value={form.code} onChange={set('code')} />
          </>
        )}
        <button type="submit" className="gj-res-primary" disabled={busy} aria-busy={busy}>
          {busy ? w.busy : w.submit}
        </button>
      </form>
    </FieldShell>
  );
}
