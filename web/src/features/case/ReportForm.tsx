import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { FIELD_WORDS, fill, type Lang } from '../../app/light/words';
import { isNetworkFailure, outbox, QueuedList, submit, uploadPhoto } from '../../app/outbox/light';
import { NearbyCases } from './NearbyCases';
import './report-form.css';

/** A chosen photo: shown at once, uploaded when there is a connection, else kept with the queued report. */
interface Chosen {
  key: string;
  name: string;
  file: File;
  url: string;
  id?: string;
}

type Category = keyof (typeof FIELD_WORDS)['zh-CN']['caseCategory'];
const CATEGORIES = Object.keys(FIELD_WORDS['zh-CN'].caseCategory) as Category[];
const MAX_PHOTOS = 9;

export interface ReportFormProps {
  lang: Lang;
  /** How a link to the new case is made (the app's router, or a plain link on the light page). */
  caseLink?: (id: string, label: string) => ReactNode;
}

const plainLink = (id: string, label: string) => (
  <a className="gj-rf-button" href={`/cases/${id}`}>
    {label}
  </a>
);

/**
 * Phone-first: a grid worker in the street reports with a photo and the device's position. Without
 * a connection the report and its photos wait on the phone (the outbox) and go out once, with the
 * same key. Plain markup and a bare fetch: this is what a phone on 3G loads first, before the app.
 */
export function ReportForm({ lang, caseLink = plainLink }: ReportFormProps) {
  const w = FIELD_WORDS[lang].report;
  const words = FIELD_WORDS[lang];
  const [title, setTitle] = useState('');
  const [category, setCategory] = useState<Category>('ENVIRONMENT');
  const [address, setAddress] = useState('');
  const [description, setDescription] = useState('');
  const [titleError, setTitleError] = useState(false);
  const [sending, setSending] = useState(false);
  const [position, setPosition] = useState<{ latitude: number; longitude: number } | null>(null);
  const [locating, setLocating] = useState(false);
  const [photos, setPhotos] = useState<Chosen[]>([]);
  const [uploading, setUploading] = useState(false);
  const [done, setDone] = useState<{ id: string; number: string } | null>(null);
  const [queued, setQueued] = useState(false);
  const [notice, setNotice] = useState<{ text: string; error?: boolean } | null>(null);
  const key = useRef(crypto.randomUUID());
  const fileInput = useRef<HTMLInputElement>(null);
  const titleInput = useRef<HTMLInputElement>(null);
  const urls = useRef(new Set<string>());
  useEffect(
    () => () => {
      for (const url of urls.current) URL.revokeObjectURL(url);
    },
    [],
  );
  // A report that waited on the phone says so when it finally goes out.
  useEffect(
    () =>
      outbox.onSent((item, data) => {
        if (item.kind === 'report') setNotice({ text: fill(w.submitted, { id: (data as { number?: string } | undefined)?.number ?? '' }) });
      }),
    [w],
  );

  const locate = () => {
    if (!navigator.geolocation) return setNotice({ text: w.locationFailed, error: true });
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (p) => {
        setPosition({ latitude: p.coords.latitude, longitude: p.coords.longitude });
        setLocating(false);
      },
      () => {
        setLocating(false);
        setNotice({ text: w.locationFailed, error: true });
      },
      { enableHighAccuracy: true, timeout: 15_000 },
    );
  };

  const addPhotos = async (files: FileList | null) => {
    if (!files) return;
    setUploading(true);
    let located = position !== null;
    try {
      for (const file of [...files].slice(0, MAX_PHOTOS - photos.length)) {
        const chosen: Chosen = { key: crypto.randomUUID(), name: file.name, file, url: URL.createObjectURL(file) };
        urls.current.add(chosen.url);
        setPhotos((list) => [...list, chosen]);
        try {
          const uploaded = await uploadPhoto(file);
          setPhotos((list) => list.map((p) => (p.key === chosen.key ? { ...p, id: uploaded.id } : p)));
          if (!located && uploaded.latitude !== null && uploaded.longitude !== null) {
            located = true;
            setPosition({ latitude: uploaded.latitude, longitude: uploaded.longitude });
          }
        } catch (e) {
          // No connection: the bytes go with the queued report. A refusal (not an image, over quota) is said and the photo dropped.
          if (isNetworkFailure(e)) continue;
          setPhotos((list) => list.filter((p) => p.key !== chosen.key));
          setNotice({ text: e instanceof Error ? e.message : String(e), error: true });
        }
      }
    } finally {
      setUploading(false);
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setTitleError(true);
      titleInput.current?.focus();
      return;
    }
    setSending(true);
    setNotice(null);
    try {
      const input = {
        title,
        category,
        address: address || undefined,
        description: description || undefined,
        latitude: position?.latitude ?? null,
        longitude: position?.longitude ?? null,
      };
      const outcome = await submit({
        id: key.current,
        kind: 'report',
        label: title,
        subject: key.current,
        variables: { input },
        photos: await Promise.all(
          photos.map(async (p) => (p.id ? { name: p.name, type: p.file.type, id: p.id } : { name: p.name, type: p.file.type, bytes: await p.file.arrayBuffer() })),
        ),
      });
      if (outcome.sent) setDone(outcome.data as { id: string; number: string });
      else setQueued(true);
    } catch (e) {
      setNotice({ text: e instanceof Error && !isNetworkFailure(e) ? e.message : words.shell.networkError, error: true });
    } finally {
      setSending(false);
    }
  };

  const again = () => {
    key.current = crypto.randomUUID();
    setTitle('');
    setCategory('ENVIRONMENT');
    setAddress('');
    setDescription('');
    setPhotos([]);
    setPosition(null);
    setDone(null);
    setQueued(false);
    setNotice(null);
  };

  const status = (
    <div role="status" className={notice?.error ? 'gj-rf-notice gj-rf-notice-error' : 'gj-rf-notice'} hidden={!notice}>
      {notice?.text}
    </div>
  );

  if (done) {
    return (
      <div className="gj-rf gj-rf-result">
        <p className="gj-rf-result-title" role="status">
          <span aria-hidden="true">✓ </span>
          {fill(w.submitted, { id: done.number })}
        </p>
        <div className="gj-rf-actions">
          {caseLink(done.id, w.timeline)}
          <button type="button" className="gj-rf-button gj-rf-primary" onClick={again}>
            {w.reportAnother}
          </button>
        </div>
      </div>
    );
  }
  if (queued) {
    return (
      <div className="gj-rf gj-rf-result">
        <p className="gj-rf-result-title">{w.queuedTitle}</p>
        <p className="gj-rf-hint">{w.queued}</p>
        {status}
        <QueuedList kinds={['report']} lang={lang} />
        <button type="button" className="gj-rf-button gj-rf-primary" onClick={again}>
          {w.reportAnother}
        </button>
      </div>
    );
  }

  return (
    <div className="gj-rf">
      <QueuedList kinds={['report']} lang={lang} />
      <form onSubmit={send} noValidate>
        <div className="gj-rf-field">
          <label htmlFor="gj-rf-title">
            {w.title}
            <span className="gj-rf-required" aria-hidden="true">
              {' *'}
            </span>
          </label>
          <input
            id="gj-rf-title"
            ref={titleInput}
            value={title}
            maxLength={200}
            required
            aria-invalid={titleError}
            aria-describedby={titleError ? 'gj-rf-title-error' : undefined}
            onChange={(e) => {
              setTitle(e.target.value);
              if (e.target.value.trim()) setTitleError(false);
            }}
            data-testid="case-title"
          />
          {titleError && (
            <div id="gj-rf-title-error" className="gj-rf-error">
              {w.titleRequired}
            </div>
          )}
        </div>
        <div className="gj-rf-field">
          <label htmlFor="gj-rf-category">{w.category}</label>
          <select id="gj-rf-category" value={category} onChange={(e) => setCategory(e.target.value as Category)} data-testid="case-category">
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {words.caseCategory[c]}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="gj-rf-field">
          <legend>{w.photos}</legend>
          <div className="gj-rf-photos">
            <button type="button" className="gj-rf-button" onClick={() => fileInput.current?.click()} disabled={uploading || photos.length >= MAX_PHOTOS} aria-busy={uploading}>
              <span aria-hidden="true">📷 </span>
              {uploading ? w.uploading : w.addPhotos}
            </button>
            {photos.map((p) => (
              <figure key={p.key} className="gj-rf-photo">
                <img src={p.url} alt={p.name} width={72} height={72} data-testid="photo-thumb" />
                <figcaption>
                  <span>{p.name}</span>
                  <button type="button" aria-label={`${w.removePhoto} ${p.name}`} onClick={() => setPhotos((list) => list.filter((x) => x.key !== p.key))}>
                    ×
                  </button>
                </figcaption>
              </figure>
            ))}
          </div>
          <input
            ref={fileInput}
            type="file"
            accept="image/jpeg,image/png,image/webp"
            capture="environment"
            multiple
            hidden
            tabIndex={-1}
            onChange={(e) => void addPhotos(e.target.files)}
            data-testid="case-photo"
          />
        </fieldset>
        <fieldset className="gj-rf-field">
          <legend>{w.location}</legend>
          <button type="button" className="gj-rf-button" onClick={locate} disabled={locating} aria-busy={locating}>
            <span aria-hidden="true">⌖ </span>
            {locating ? w.locating : w.useLocation}
          </button>
          {position && <p className="gj-rf-located">{fill(w.located, { lat: position.latitude.toFixed(5), lng: position.longitude.toFixed(5) })}</p>}
          <NearbyCases lang={lang} position={position} />
        </fieldset>
        <div className="gj-rf-field">
          <label htmlFor="gj-rf-address">{w.address}</label>
          <input id="gj-rf-address" value={address} maxLength={300} onChange={(e) => setAddress(e.target.value)} />
        </div>
        <div className="gj-rf-field">
          <label htmlFor="gj-rf-description">{w.description}</label>
          <textarea id="gj-rf-description" rows={3} value={description} maxLength={10000} onChange={(e) => setDescription(e.target.value)} />
        </div>
        {status}
        <button type="submit" className="gj-rf-button gj-rf-primary gj-rf-submit" disabled={sending || uploading} aria-busy={sending} data-testid="submit-case">
          {w.submit}
        </button>
      </form>
    </div>
  );
}
