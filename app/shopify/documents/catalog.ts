/**
 * Catalog documents: the fields every channel feed needs, as fragments shared by the paginated
 * fallback queries below and by the bulk catalog queries (./bulk-catalog.ts), so both read the
 * same fields and codegen types them once (CatalogProductFragment, CatalogVariantFragment, …).
 *
 * Fragments hold no connections: connections differ between a paged read (`first`, `nodes`,
 * `pageInfo`) and a bulk query (no pagination, `edges { node }`), so each query spells them out.
 *
 * The `/* GraphQL *\/` literals in this folder are codegen's input (codegen.ts) and deliberately not
 * exported: use the typed operations (document + source string) from ./index.ts.
 */

/**
 * Channel attributes from metafields (app/core/catalog/attributes.ts): one aliased
 * `metafield(namespace:, key:)` per key of ATTRIBUTE_KEYS, the namespace and keys of Shopify's
 * Google & YouTube channel. Plain objects, not a `metafields` connection, so they stay inline on
 * the product and variant lines of a bulk result (no extra lines to join, no connection counted
 * against the bulk limit of 5; the catalog query already holds 4). Spread into CatalogProduct and
 * CatalogVariant; a test checks the aliases against ATTRIBUTE_KEYS.
 */
/* GraphQL */ `
  fragment CatalogAttributes on HasMetafields {
    mmGoogleShopping_gender: metafield(namespace: "mm-google-shopping", key: "gender") {
      value
    }
    mmGoogleShopping_age_group: metafield(namespace: "mm-google-shopping", key: "age_group") {
      value
    }
    mmGoogleShopping_color: metafield(namespace: "mm-google-shopping", key: "color") {
      value
    }
    mmGoogleShopping_size: metafield(namespace: "mm-google-shopping", key: "size") {
      value
    }
    mmGoogleShopping_material: metafield(namespace: "mm-google-shopping", key: "material") {
      value
    }
    mmGoogleShopping_pattern: metafield(namespace: "mm-google-shopping", key: "pattern") {
      value
    }
    mmGoogleShopping_condition: metafield(namespace: "mm-google-shopping", key: "condition") {
      value
    }
    mmGoogleShopping_mpn: metafield(namespace: "mm-google-shopping", key: "mpn") {
      value
    }
    mmGoogleShopping_size_system: metafield(namespace: "mm-google-shopping", key: "size_system") {
      value
    }
    mmGoogleShopping_size_type: metafield(namespace: "mm-google-shopping", key: "size_type") {
      value
    }
    mmGoogleShopping_custom_label_0: metafield(namespace: "mm-google-shopping", key: "custom_label_0") {
      value
    }
    mmGoogleShopping_custom_label_1: metafield(namespace: "mm-google-shopping", key: "custom_label_1") {
      value
    }
    mmGoogleShopping_custom_label_2: metafield(namespace: "mm-google-shopping", key: "custom_label_2") {
      value
    }
    mmGoogleShopping_custom_label_3: metafield(namespace: "mm-google-shopping", key: "custom_label_3") {
      value
    }
    mmGoogleShopping_custom_label_4: metafield(namespace: "mm-google-shopping", key: "custom_label_4") {
      value
    }
  }
`;

/* GraphQL */ `
  fragment CatalogProduct on Product {
    id
    legacyResourceId
    handle
    title
    descriptionHtml
    vendor
    productType
    tags
    status
    onlineStoreUrl
    createdAt
    updatedAt
    category {
      id
      fullName
    }
    seo {
      title
      description
    }
    options {
      name
      values
    }
    featuredMedia {
      id
      preview {
        image {
          url
          width
          height
        }
      }
    }
    ...CatalogAttributes
  }
`;

/* GraphQL */ `
  fragment CatalogMedia on Media {
    id
    mediaContentType
    alt
    status
    ... on MediaImage {
      image {
        url
        width
        height
      }
    }
  }
`;

/* GraphQL */ `
  fragment CatalogCollection on Collection {
    id
    handle
    title
  }
`;

/* GraphQL */ `
  fragment CatalogVariant on ProductVariant {
    id
    legacyResourceId
    title
    sku
    barcode
    price
    compareAtPrice
    inventoryQuantity
    inventoryPolicy
    position
    selectedOptions {
      name
      value
    }
    image {
      url
      width
      height
    }
    inventoryItem {
      id
      tracked
      measurement {
        weight {
          value
          unit
        }
      }
    }
    ...CatalogAttributes
  }
`;

/* GraphQL */ `
  fragment CatalogInventoryVariant on ProductVariant {
    id
    product {
      id
    }
    inventoryQuantity
  }
`;

/* GraphQL */ `
  fragment CatalogInventoryItem on InventoryItem {
    id
    tracked
  }
`;

/* GraphQL */ `
  fragment CatalogInventoryLevel on InventoryLevel {
    id
    location {
      id
      name
    }
    quantities(names: ["available"]) {
      name
      quantity
    }
  }
`;

/* GraphQL */ `
  fragment CatalogTranslation on Translation {
    key
    value
    locale
  }
`;

/* GraphQL */ `
  fragment CatalogContextualPricing on ProductVariantContextualPricing {
    price {
      amount
      currencyCode
    }
    compareAtPrice {
      amount
      currencyCode
    }
  }
`;

/* GraphQL */ `
  fragment CatalogPriceVariant on ProductVariant {
    id
    product {
      id
    }
    price
    compareAtPrice
  }
`;

/**
 * Paginated fallback of the bulk "catalog" query (small shops, or while bulk operations are
 * unavailable): products with their media and collections. Variants come from ProductVariantsPage
 * (no product-size limit: a product may have far more than 100 variants).
 */
/* GraphQL */ `
  query ProductsPage($first: Int!, $cursor: String, $query: String) {
    products(first: $first, after: $cursor, query: $query, sortKey: ID) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...CatalogProduct
        media(first: 10) {
          nodes {
            ...CatalogMedia
          }
        }
        collections(first: 10) {
          nodes {
            ...CatalogCollection
          }
        }
      }
    }
  }
`;

/** Paginated fallback of the variants in the bulk "catalog" query. */
/* GraphQL */ `
  query ProductVariantsPage($first: Int!, $cursor: String, $query: String) {
    productVariants(first: $first, after: $cursor, query: $query, sortKey: ID) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...CatalogVariant
        product {
          id
        }
      }
    }
  }
`;

/** Paginated fallback of the bulk "inventory" query: per-location available quantities. */
/* GraphQL */ `
  query VariantInventoryPage($first: Int!, $cursor: String, $query: String) {
    productVariants(first: $first, after: $cursor, query: $query, sortKey: ID) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...CatalogInventoryVariant
        inventoryItem {
          ...CatalogInventoryItem
          inventoryLevels(first: 10) {
            pageInfo {
              hasNextPage
            }
            nodes {
              ...CatalogInventoryLevel
            }
          }
        }
      }
    }
  }
`;

/** Paginated fallback of the bulk "prices" queries, one market country per pass. */
/* GraphQL */ `
  query VariantContextualPricesPage(
    $country: CountryCode!
    $first: Int!
    $cursor: String
    $query: String
  ) {
    productVariants(first: $first, after: $cursor, query: $query, sortKey: ID) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...CatalogPriceVariant
        contextualPricing(context: { country: $country }) {
          ...CatalogContextualPricing
        }
      }
    }
  }
`;

/** Paginated fallback of the translations in the bulk "catalog" query, one locale per pass. */
/* GraphQL */ `
  query ProductTranslationsPage($locale: String!, $first: Int!, $cursor: String, $query: String) {
    products(first: $first, after: $cursor, query: $query, sortKey: ID) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        translations(locale: $locale) {
          ...CatalogTranslation
        }
      }
    }
  }
`;

/**
 * Page sizes (`first`) for the paged catalog queries, each the largest that keeps the requested
 * query cost ≤ 1,000 points (Shopify's single-query maximum); tests/graphql proves it. The 15
 * attribute metafields (CatalogAttributes, 1 point each) shrank the product and variant pages
 * (24 → 17, 142 → 45).
 */
export const PAGE_SIZES = {
  productsPage: 17,
  productVariantsPage: 45,
  variantInventoryPage: 28,
  variantContextualPricesPage: 199,
  productTranslationsPage: 250,
} as const;
