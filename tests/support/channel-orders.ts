// Channel orders and events for tests and the demo, shaped as the channels' APIs return them
// (TikTok Shop 202309 order detail and webhooks, Meta commerce orders). Amounts are decimal strings.

type Json = Record<string, unknown>;

export interface LineSpec {
  /** Our feed item id (the variant's numeric id): TikTok `sku_id` / Meta `retailer_id`. */
  itemId?: string;
  sku?: string | null;
  title?: string;
  quantity: number;
  /** Unit price, decimal string. */
  price: string;
}

export interface OrderSpec {
  id: string;
  currency: string;
  lines: LineSpec[];
  shipping?: string;
  status?: string;
  address?: Partial<{ name: string; line1: string; city: string; zip: string; region: string; state: string }> | null;
  email?: string;
}

const cents = (s: string) => Math.round(Number(s) * 100);
const dec = (c: number) => (c / 100).toFixed(2);

/** A TikTok Shop order detail (202309): one line item per unit. */
export function tiktokOrder(spec: OrderSpec): Json {
  const units = spec.lines.flatMap((line, li) =>
    Array.from({ length: line.quantity }, (_, u) => ({
      id: `${spec.id}${li}${u}`,
      sku_id: line.itemId ?? `9${li}000`,
      seller_sku: line.sku ?? "",
      product_id: `17${li}`,
      product_name: line.title ?? `Item ${li + 1}`,
      sku_name: "",
      original_price: line.price,
      sale_price: line.price,
      seller_discount: "0",
      platform_discount: "0",
      currency: spec.currency,
      display_status: spec.status ?? "AWAITING_SHIPMENT",
      is_gift: false,
    })),
  );
  const subtotal = units.reduce((n, u) => n + cents(u.sale_price), 0);
  const shipping = cents(spec.shipping ?? "4.99");
  const a = spec.address === null ? null : { name: "Jamie Rivera", line1: "2100 Guadalupe St", city: "Austin", zip: "78705", region: "US", state: "Texas", ...spec.address };
  return {
    id: spec.id,
    status: spec.status ?? "AWAITING_SHIPMENT",
    create_time: 1763647391,
    update_time: 1763651102,
    buyer_email: spec.email ?? `buyer-${spec.id}@scs.tiktokw.us`,
    delivery_option_id: "7091146663229654785",
    delivery_option_name: "Standard shipping",
    shipping_provider: "USPS",
    payment: {
      currency: spec.currency,
      sub_total: dec(subtotal),
      original_total_product_price: dec(subtotal),
      seller_discount: "0",
      platform_discount: "0",
      shipping_fee: dec(shipping),
      original_shipping_fee: dec(shipping),
      tax: "0",
      total_amount: dec(subtotal + shipping),
    },
    recipient_address: a && {
      name: a.name,
      first_name: a.name.split(" ")[0],
      last_name: a.name.split(" ").slice(1).join(" "),
      phone_number: "(+1)512*****87",
      address_line1: a.line1,
      address_line2: "",
      postal_code: a.zip,
      region_code: a.region,
      district_info: [
        { address_level_name: "Country", address_name: "United States", address_level: "L0" },
        { address_level_name: "State", address_name: a.state, address_level: "L1" },
        { address_level_name: "City", address_name: a.city, address_level: "L3" },
      ],
    },
    line_items: units,
    packages: [{ id: `pkg-${spec.id}` }],
  };
}

let notification = 7_327_000_000_000_000_000n;
const nextNotification = () => String(++notification);

/** A TikTok webhook body: ORDER_STATUS_CHANGE (1). */
export function tiktokStatusPush(shopId: string, orderId: string, status: string, eventId = nextNotification()): Json {
  return { type: 1, tts_notification_id: eventId, shop_id: shopId, timestamp: 1764338403, data: { order_id: orderId, order_status: status, is_on_hold_order: status === "ON_HOLD", update_time: 1764338402 } };
}

/** A TikTok webhook body: RETURN_STATUS_CHANGE (12). */
export function tiktokReturnPush(shopId: string, orderId: string, returnId: string, eventId = nextNotification()): Json {
  return { type: 12, tts_notification_id: eventId, shop_id: shopId, timestamp: 1764338403, data: { order_id: orderId, return_id: returnId, return_role: "BUYER", return_type: "REFUND", return_status: "RETURN_OR_REFUND_REQUEST_COMPLETE", create_time: 1764079201, update_time: 1764338402 } };
}

/** A completed TikTok return/refund record of some order lines (by the order's line item ids). */
export function tiktokReturn(orderId: string, returnId: string, currency: string, total: string, lineItemIds: string[]): Json {
  return {
    return_id: returnId,
    order_id: orderId,
    return_type: "REFUND",
    return_status: "RETURN_OR_REFUND_REQUEST_COMPLETE",
    return_reason_text: "Wrong size",
    refund_amount: { currency, refund_total: total, refund_subtotal: total, refund_shipping_fee: "0", refund_tax: "0" },
    return_line_items: lineItemIds.map((id, i) => ({ return_line_item_id: `${returnId}${i}`, order_line_item_id: id })),
  };
}

/** A Meta commerce order with its items (field expansion), as GET /{cms}/commerce_orders returns it. */
export function metaOrder(spec: OrderSpec & { state?: string }): Json {
  const items = spec.lines.map((line, i) => ({
    id: `${spec.id}${i}`,
    retailer_id: line.itemId ?? `unknown-${i}`,
    product_id: `9${i}`,
    product_name: line.title ?? `Item ${i + 1}`,
    quantity: line.quantity,
    price_per_unit: { amount: line.price, currency: spec.currency },
    tax_details: { estimated_tax: { amount: "0.00", currency: spec.currency } },
  }));
  const subtotal = spec.lines.reduce((n, l) => n + cents(l.price) * l.quantity, 0);
  const shipping = cents(spec.shipping ?? "4.99");
  const money = (c: number) => ({ amount: dec(c), currency: spec.currency });
  return {
    id: spec.id,
    order_status: { state: spec.state ?? "CREATED" },
    created: "2026-11-23T10:00:00+0000",
    last_updated: "2026-11-23T10:00:00+0000",
    channel: "instagram",
    items: { data: items },
    selected_shipping_option: { name: "Standard", price: money(shipping), calculated_tax: money(0) },
    shipping_address: spec.address === null ? null : { name: "Kim Lee", street1: "1 Market St", street2: "", city: "San Francisco", state: "CA", postal_code: "94105", country: "US" },
    estimated_payment_details: { subtotal: { items: money(subtotal), shipping: money(shipping) }, tax: money(0), total_amount: money(subtotal + shipping) },
    buyer_details: { name: "Kim Lee", email: spec.email ?? `buyer-${spec.id}@example.com` },
  };
}
