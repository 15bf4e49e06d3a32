/**
 * Phone verification by SMS, with no provider bundled. An operator plugs one in (阿里云 / 腾讯云
 * 短信验证码, whose services keep the codes themselves) with setPhoneVerifier before the server starts;
 * with none, registration takes no code and the phone is not verified.
 */
export interface PhoneVerifier {
  /** Sends a fresh code to the phone. */
  start(phone: string): Promise<void>;
  /** Whether the code is the one last sent to the phone and still valid. */
  check(phone: string, code: string): Promise<boolean>;
}

let verifier: PhoneVerifier | null = null;

// Process-wide like the storage and the pool: the provider is the deployment's, not a request's.
export function setPhoneVerifier(next: PhoneVerifier | null): void {
  verifier = next;
}

export function phoneVerifier(): PhoneVerifier | null {
  return verifier;
}
