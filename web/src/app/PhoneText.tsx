/** A phone number as the API gave it: a link to call when it is readable, plain text when masked (139****0001). */
export function PhoneText({ phone }: { phone: string | null | undefined }) {
  if (!phone) return null;
  if (phone.includes('*')) return <span data-testid="phone-masked">{phone}</span>;
  return (
    <a href={`tel:${phone.replace(/[^0-9+]/g, '')}`} data-testid="phone">
      {phone}
    </a>
  );
}
