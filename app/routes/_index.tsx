import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";

// Shopify opens the app at its application_url with ?shop=…&host=…: hand over to the embedded app.
export const loader = async ({ request }: LoaderFunctionArgs) => {
  const url = new URL(request.url);
  if (url.searchParams.get("shop")) throw redirect(`/app?${url.searchParams.toString()}`);
  return new Response("Social Selling Hub — install it from the Shopify App Store.", {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
};
