import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "smol-toml";

export interface Subscription {
  topics: string[];
  uri: string;
  compliance: boolean;
}

/** The access scopes shopify.app.toml asks for. */
export function tomlScopes(): string {
  const toml = parse(readFileSync(join(import.meta.dirname, "../../shopify.app.toml"), "utf8")) as { access_scopes: { scopes: string } };
  return toml.access_scopes.scopes;
}

/** The webhook subscriptions that shopify.app.toml declares, as Shopify reads them. */
export function tomlSubscriptions(): Subscription[] {
  const toml = parse(readFileSync(join(import.meta.dirname, "../../shopify.app.toml"), "utf8")) as {
    webhooks: { subscriptions: { topics?: string[]; compliance_topics?: string[]; uri: string }[] };
  };
  return toml.webhooks.subscriptions.map((s) => ({
    topics: [...(s.topics ?? []), ...(s.compliance_topics ?? [])],
    uri: s.uri,
    compliance: Boolean(s.compliance_topics),
  }));
}
