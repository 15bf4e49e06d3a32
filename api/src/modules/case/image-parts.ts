// What the image readers share: their result, the size check they call before unpacking, and how
// they say a file is damaged (the reason is for the log; the client hears "damaged or incomplete").

export interface Decoded {
  width: number;
  height: number;
  /** The file written again from the parts that were read. */
  bytes: Buffer;
}

/** Throws when a picture of that size is not accepted; called as soon as the size is known. */
export type CheckSize = (width: number, height: number) => void;

export class DamagedImage extends Error {}

export const damaged = (reason: string) => new DamagedImage(reason);
