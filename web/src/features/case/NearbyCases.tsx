import { useEffect, useState } from 'react';
import { gqlRequest } from '../../app/light/fetch-graphql';
import { FIELD_WORDS, fill, type Lang } from '../../app/light/words';

// Before sending: the open problems already reported within 100 m, nearest first, so the same
// broken light is not reported twice. Quiet when there are none or when the network fails: the
// report must go out all the same.

interface Near {
  id: string;
  number: string;
  title: string | null;
  category: keyof (typeof FIELD_WORDS)['zh-CN']['caseCategory'];
  status: keyof (typeof FIELD_WORDS)['zh-CN']['resident']['status'];
  distance: number;
}

const QUERY = 'query CasesNear($lat: Float!, $lng: Float!) { casesNear(latitude: $lat, longitude: $lng) { id number title category status distance } }';

export function NearbyCases({ lang, position }: { lang: Lang; position: { latitude: number; longitude: number } | null }) {
  const words = FIELD_WORDS[lang];
  const [near, setNear] = useState<Near[]>([]);
  useEffect(() => {
    setNear([]);
    if (!position) return;
    let live = true;
    gqlRequest<{ casesNear: Near[] }>('CasesNear', QUERY, { lat: position.latitude, lng: position.longitude }).then(
      (data) => live && setNear(data.casesNear),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [position]);
  if (near.length === 0) return null;
  return (
    <section className="gj-rf-nearby" data-testid="nearby-cases" aria-live="polite">
      <p>{fill(words.report.nearby, { count: near.length, metres: 100 })}</p>
      <ul>
        {near.map((c) => (
          <li key={c.id}>
            <strong>{c.title ?? words.caseCategory[c.category]}</strong> · {words.resident.status[c.status]} · {fill(words.report.metres, { metres: c.distance })}
            <span className="gj-rf-nearby-number"> {c.number}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
