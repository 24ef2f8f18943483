import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

// Channel credentials at rest: AES-256-GCM (node:crypto), a fresh 96-bit IV per seal, the row's
// identity (shop + channel) as additional authenticated data so a sealed value copied onto
// another row does not open. Keys come from the environment as "id:base64key" pairs, the first one
// sealing; the others still open older values until `reseal` has moved them (key rotation).

export interface KeyRing {
  /** The key new values are sealed with. */
  current: { id: string; key: Buffer };
  byId: Map<string, Buffer>;
}

/** "k2:<base64 32 bytes>,k1:<base64 32 bytes>" → key ring (first = current). Throws on a bad entry. */
export function parseKeyRing(spec: string): KeyRing {
  const entries = spec
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const at = entry.indexOf(":");
      const id = entry.slice(0, at);
      const key = Buffer.from(entry.slice(at + 1), "base64");
      if (at < 1 || !/^[A-Za-z0-9_-]+$/.test(id) || key.length !== 32) {
        throw new Error(`CREDENTIALS_KEYS: each entry must be "<id>:<base64 of 32 bytes>" (bad entry ${at < 1 ? "without an id" : `"${id}"`})`);
      }
      return { id, key };
    });
  if (entries.length === 0) throw new Error("CREDENTIALS_KEYS is empty");
  return { current: entries[0], byId: new Map(entries.map((e) => [e.id, e.key])) };
}

export interface Sealed {
  keyId: string;
  value: string;
}

export function seal(ring: KeyRing, plaintext: string, context: string): Sealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", ring.current.key, iv);
  cipher.setAAD(Buffer.from(context));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const value = ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
  return { keyId: ring.current.id, value };
}

export function open(ring: KeyRing, sealed: Sealed, context: string): string {
  const key = ring.byId.get(sealed.keyId);
  if (!key) throw new Error(`Credentials were sealed with key "${sealed.keyId}", which CREDENTIALS_KEYS no longer holds`);
  const [version, iv, tag, body] = sealed.value.split(".");
  if (version !== "v1" || !iv || !tag || body === undefined) throw new Error("Sealed credentials are not in a known format");
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(context));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}
