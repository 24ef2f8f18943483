import type { LoaderFunctionArgs } from "@remix-run/node";
import { feedDeps } from "~/services/feeds/default-deps.server";
import { serveFeed } from "~/services/feeds/feeds.server";

// GET /feeds/<token>: a channel's feed for one market, as the channel fetches it (no session:
// the unguessable token is the credential).
export const loader = async ({ request, params }: LoaderFunctionArgs) => serveFeed(feedDeps(), params.token ?? "", request);
