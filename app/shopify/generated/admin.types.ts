import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * An Amazon Web Services Amazon Resource Name (ARN), including the Region and account ID.
   * For more information, refer to [Amazon Resource Names](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html).
   */
  ARN: { input: string; output: string; }
  /**
   * Represents non-fractional signed whole numeric values. Since the value may
   * exceed the size of a 32-bit integer, it's encoded as a string.
   */
  BigInt: { input: string; output: string; }
  /**
   * A string containing a hexadecimal representation of a color.
   *
   * For example, "#6A8D48".
   */
  Color: { input: string; output: string; }
  /**
   * Represents an [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601)-encoded date string.
   * For example, September 7, 2019 is represented as `"2019-07-16"`.
   */
  Date: { input: string; output: string; }
  /**
   * Represents an [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601)-encoded date and time string.
   * For example, 3:50 pm on September 7, 2019 in the time zone of UTC (Coordinated Universal Time) is
   * represented as `"2019-09-07T15:50:00Z`".
   */
  DateTime: { input: string; output: string; }
  /**
   * A signed decimal number, which supports arbitrary precision and is serialized as a string.
   *
   * Example values: `"29.99"`, `"29.999"`.
   */
  Decimal: { input: string; output: string; }
  /**
   * A string containing a strict subset of HTML code. Non-allowed tags will be stripped out.
   * Allowed tags:
   * * `a` (allowed attributes: `href`, `target`)
   * * `b`
   * * `br`
   * * `em`
   * * `i`
   * * `strong`
   * * `u`
   * Use [HTML](https://shopify.dev/api/admin-graphql/latest/scalars/HTML) instead if you need to
   * include other HTML tags.
   *
   * Example value: `"Your current domain is <strong>example.myshopify.com</strong>."`
   */
  FormattedString: { input: string; output: string; }
  /**
   * A string containing HTML code. Refer to the [HTML spec](https://html.spec.whatwg.org/#elements-3) for a
   * complete list of HTML elements.
   *
   * Example value: `"<p>Grey cotton knit sweater.</p>"`
   */
  HTML: { input: string; output: string; }
  /**
   * A [JSON](https://www.json.org/json-en.html) object.
   *
   * Example value:
   * `{
   *   "product": {
   *     "id": "gid://shopify/Product/1346443542550",
   *     "title": "White T-shirt",
   *     "options": [{
   *       "name": "Size",
   *       "values": ["M", "L"]
   *     }]
   *   }
   * }`
   */
  JSON: { input: unknown; output: unknown; }
  /** A monetary value string without a currency symbol or code. Example value: `"100.57"`. */
  Money: { input: string; output: string; }
  /** A scalar value. */
  Scalar: { input: unknown; output: unknown; }
  /**
   * Represents a unique identifier in the Storefront API. A `StorefrontID` value can
   * be used wherever an ID is expected in the Storefront API.
   *
   * Example value: `"Z2lkOi8vc2hvcGlmeS9Qcm9kdWN0LzEwMDc5Nzg1MTAw"`.
   */
  StorefrontID: { input: string; output: string; }
  /**
   * Represents an [RFC 3986](https://datatracker.ietf.org/doc/html/rfc3986) and
   * [RFC 3987](https://datatracker.ietf.org/doc/html/rfc3987)-compliant URI string.
   *
   * For example, `"https://example.myshopify.com"` is a valid URL. It includes a scheme (`https`) and a host
   * (`example.myshopify.com`).
   */
  URL: { input: string; output: string; }
  /**
   * An unsigned 64-bit integer. Represents whole numeric values between 0 and 2^64 - 1 encoded as a string of base-10 digits.
   *
   * Example value: `"50"`.
   */
  UnsignedInt64: { input: string; output: string; }
  /**
   * Time between UTC time and a location's observed time, in the format `"+HH:MM"` or `"-HH:MM"`.
   *
   * Example value: `"-07:00"`.
   */
  UtcOffset: { input: string; output: string; }
};

/** Error codes for failed bulk operations. */
export type BulkOperationErrorCode =
  /**
   * The provided operation `query` returned access denied due to missing
   * [access scopes](https://shopify.dev/api/usage/access-scopes).
   * Review the requested object permissions and execute the query as a normal non-bulk GraphQL request to see more details.
   */
  | 'ACCESS_DENIED'
  /**
   * The operation resulted in partial or incomplete data due to internal server errors during execution.
   * These errors might be intermittent, so you can try performing the same query again.
   */
  | 'INTERNAL_SERVER_ERROR'
  /**
   * The operation resulted in partial or incomplete data due to query timeouts during execution.
   * In some cases, timeouts can be avoided by modifying your `query` to select fewer fields.
   */
  | 'TIMEOUT';

/** The valid values for the status of a bulk operation. */
export type BulkOperationStatus =
  /** The bulk operation has been canceled. */
  | 'CANCELED'
  /**
   * Cancelation has been initiated on the bulk operation. There may be a short delay from when a cancelation
   * starts until the operation is actually canceled.
   */
  | 'CANCELING'
  /** The bulk operation has successfully completed. */
  | 'COMPLETED'
  /** The bulk operation has been created. */
  | 'CREATED'
  /** The bulk operation URL has expired. */
  | 'EXPIRED'
  /**
   * The bulk operation has failed. For information on why the operation failed, use
   * [BulkOperation.errorCode](https://shopify.dev/api/admin-graphql/latest/enums/bulkoperationerrorcode).
   */
  | 'FAILED'
  /** The bulk operation is runnning. */
  | 'RUNNING';

/** The valid values for the bulk operation's type. */
export type BulkOperationType =
  /** The bulk operation is a mutation. */
  | 'MUTATION'
  /** The bulk operation is a query. */
  | 'QUERY';

/** Possible error codes that can be returned by `BulkOperationUserError`. */
export type BulkOperationUserErrorCode =
  /** The input value is invalid. */
  | 'INVALID'
  /** A bulk operation is already in progress. */
  | 'OPERATION_IN_PROGRESS';

/**
 * The input fields for the context data that determines the pricing of a variant. Refer to [Product](https://shopify.dev/docs/api/admin-graphql/latest/queries/product?example=Get+the+price+range+for+a+product+for+buyers+from+Canada)for
 * more information on how to use this input object.
 */
export type ContextualPricingContext = {
  /** The CompanyLocation ID used to fetch company location specific prices. */
  companyLocationId?: InputMaybe<Scalars['ID']['input']>;
  /** The country code used to fetch country-specific prices. */
  country?: InputMaybe<CountryCode>;
  /** The Location ID used to fetch location specific prices. */
  locationId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * The code designating a country/region, which generally follows ISO 3166-1 alpha-2 guidelines.
 * If a territory doesn't have a country code value in the `CountryCode` enum, then it might be considered a subdivision
 * of another country. For example, the territories associated with Spain are represented by the country code `ES`,
 * and the territories associated with the United States of America are represented by the country code `US`.
 */
export type CountryCode =
  /** Ascension Island. */
  | 'AC'
  /** Andorra. */
  | 'AD'
  /** United Arab Emirates. */
  | 'AE'
  /** Afghanistan. */
  | 'AF'
  /** Antigua & Barbuda. */
  | 'AG'
  /** Anguilla. */
  | 'AI'
  /** Albania. */
  | 'AL'
  /** Armenia. */
  | 'AM'
  /** Netherlands Antilles. */
  | 'AN'
  /** Angola. */
  | 'AO'
  /** Argentina. */
  | 'AR'
  /** Austria. */
  | 'AT'
  /** Australia. */
  | 'AU'
  /** Aruba. */
  | 'AW'
  /** Åland Islands. */
  | 'AX'
  /** Azerbaijan. */
  | 'AZ'
  /** Bosnia & Herzegovina. */
  | 'BA'
  /** Barbados. */
  | 'BB'
  /** Bangladesh. */
  | 'BD'
  /** Belgium. */
  | 'BE'
  /** Burkina Faso. */
  | 'BF'
  /** Bulgaria. */
  | 'BG'
  /** Bahrain. */
  | 'BH'
  /** Burundi. */
  | 'BI'
  /** Benin. */
  | 'BJ'
  /** St. Barthélemy. */
  | 'BL'
  /** Bermuda. */
  | 'BM'
  /** Brunei. */
  | 'BN'
  /** Bolivia. */
  | 'BO'
  /** Caribbean Netherlands. */
  | 'BQ'
  /** Brazil. */
  | 'BR'
  /** Bahamas. */
  | 'BS'
  /** Bhutan. */
  | 'BT'
  /** Bouvet Island. */
  | 'BV'
  /** Botswana. */
  | 'BW'
  /** Belarus. */
  | 'BY'
  /** Belize. */
  | 'BZ'
  /** Canada. */
  | 'CA'
  /** Cocos (Keeling) Islands. */
  | 'CC'
  /** Congo - Kinshasa. */
  | 'CD'
  /** Central African Republic. */
  | 'CF'
  /** Congo - Brazzaville. */
  | 'CG'
  /** Switzerland. */
  | 'CH'
  /** Côte d’Ivoire. */
  | 'CI'
  /** Cook Islands. */
  | 'CK'
  /** Chile. */
  | 'CL'
  /** Cameroon. */
  | 'CM'
  /** China. */
  | 'CN'
  /** Colombia. */
  | 'CO'
  /** Costa Rica. */
  | 'CR'
  /** Cuba. */
  | 'CU'
  /** Cape Verde. */
  | 'CV'
  /** Curaçao. */
  | 'CW'
  /** Christmas Island. */
  | 'CX'
  /** Cyprus. */
  | 'CY'
  /** Czechia. */
  | 'CZ'
  /** Germany. */
  | 'DE'
  /** Djibouti. */
  | 'DJ'
  /** Denmark. */
  | 'DK'
  /** Dominica. */
  | 'DM'
  /** Dominican Republic. */
  | 'DO'
  /** Algeria. */
  | 'DZ'
  /** Ecuador. */
  | 'EC'
  /** Estonia. */
  | 'EE'
  /** Egypt. */
  | 'EG'
  /** Western Sahara. */
  | 'EH'
  /** Eritrea. */
  | 'ER'
  /** Spain. */
  | 'ES'
  /** Ethiopia. */
  | 'ET'
  /** Finland. */
  | 'FI'
  /** Fiji. */
  | 'FJ'
  /** Falkland Islands. */
  | 'FK'
  /** Faroe Islands. */
  | 'FO'
  /** France. */
  | 'FR'
  /** Gabon. */
  | 'GA'
  /** United Kingdom. */
  | 'GB'
  /** Grenada. */
  | 'GD'
  /** Georgia. */
  | 'GE'
  /** French Guiana. */
  | 'GF'
  /** Guernsey. */
  | 'GG'
  /** Ghana. */
  | 'GH'
  /** Gibraltar. */
  | 'GI'
  /** Greenland. */
  | 'GL'
  /** Gambia. */
  | 'GM'
  /** Guinea. */
  | 'GN'
  /** Guadeloupe. */
  | 'GP'
  /** Equatorial Guinea. */
  | 'GQ'
  /** Greece. */
  | 'GR'
  /** South Georgia & South Sandwich Islands. */
  | 'GS'
  /** Guatemala. */
  | 'GT'
  /** Guinea-Bissau. */
  | 'GW'
  /** Guyana. */
  | 'GY'
  /** Hong Kong SAR. */
  | 'HK'
  /** Heard & McDonald Islands. */
  | 'HM'
  /** Honduras. */
  | 'HN'
  /** Croatia. */
  | 'HR'
  /** Haiti. */
  | 'HT'
  /** Hungary. */
  | 'HU'
  /** Indonesia. */
  | 'ID'
  /** Ireland. */
  | 'IE'
  /** Israel. */
  | 'IL'
  /** Isle of Man. */
  | 'IM'
  /** India. */
  | 'IN'
  /** British Indian Ocean Territory. */
  | 'IO'
  /** Iraq. */
  | 'IQ'
  /** Iran. */
  | 'IR'
  /** Iceland. */
  | 'IS'
  /** Italy. */
  | 'IT'
  /** Jersey. */
  | 'JE'
  /** Jamaica. */
  | 'JM'
  /** Jordan. */
  | 'JO'
  /** Japan. */
  | 'JP'
  /** Kenya. */
  | 'KE'
  /** Kyrgyzstan. */
  | 'KG'
  /** Cambodia. */
  | 'KH'
  /** Kiribati. */
  | 'KI'
  /** Comoros. */
  | 'KM'
  /** St. Kitts & Nevis. */
  | 'KN'
  /** North Korea. */
  | 'KP'
  /** South Korea. */
  | 'KR'
  /** Kuwait. */
  | 'KW'
  /** Cayman Islands. */
  | 'KY'
  /** Kazakhstan. */
  | 'KZ'
  /** Laos. */
  | 'LA'
  /** Lebanon. */
  | 'LB'
  /** St. Lucia. */
  | 'LC'
  /** Liechtenstein. */
  | 'LI'
  /** Sri Lanka. */
  | 'LK'
  /** Liberia. */
  | 'LR'
  /** Lesotho. */
  | 'LS'
  /** Lithuania. */
  | 'LT'
  /** Luxembourg. */
  | 'LU'
  /** Latvia. */
  | 'LV'
  /** Libya. */
  | 'LY'
  /** Morocco. */
  | 'MA'
  /** Monaco. */
  | 'MC'
  /** Moldova. */
  | 'MD'
  /** Montenegro. */
  | 'ME'
  /** St. Martin. */
  | 'MF'
  /** Madagascar. */
  | 'MG'
  /** North Macedonia. */
  | 'MK'
  /** Mali. */
  | 'ML'
  /** Myanmar (Burma). */
  | 'MM'
  /** Mongolia. */
  | 'MN'
  /** Macao SAR. */
  | 'MO'
  /** Martinique. */
  | 'MQ'
  /** Mauritania. */
  | 'MR'
  /** Montserrat. */
  | 'MS'
  /** Malta. */
  | 'MT'
  /** Mauritius. */
  | 'MU'
  /** Maldives. */
  | 'MV'
  /** Malawi. */
  | 'MW'
  /** Mexico. */
  | 'MX'
  /** Malaysia. */
  | 'MY'
  /** Mozambique. */
  | 'MZ'
  /** Namibia. */
  | 'NA'
  /** New Caledonia. */
  | 'NC'
  /** Niger. */
  | 'NE'
  /** Norfolk Island. */
  | 'NF'
  /** Nigeria. */
  | 'NG'
  /** Nicaragua. */
  | 'NI'
  /** Netherlands. */
  | 'NL'
  /** Norway. */
  | 'NO'
  /** Nepal. */
  | 'NP'
  /** Nauru. */
  | 'NR'
  /** Niue. */
  | 'NU'
  /** New Zealand. */
  | 'NZ'
  /** Oman. */
  | 'OM'
  /** Panama. */
  | 'PA'
  /** Peru. */
  | 'PE'
  /** French Polynesia. */
  | 'PF'
  /** Papua New Guinea. */
  | 'PG'
  /** Philippines. */
  | 'PH'
  /** Pakistan. */
  | 'PK'
  /** Poland. */
  | 'PL'
  /** St. Pierre & Miquelon. */
  | 'PM'
  /** Pitcairn Islands. */
  | 'PN'
  /** Palestinian Territories. */
  | 'PS'
  /** Portugal. */
  | 'PT'
  /** Paraguay. */
  | 'PY'
  /** Qatar. */
  | 'QA'
  /** Réunion. */
  | 'RE'
  /** Romania. */
  | 'RO'
  /** Serbia. */
  | 'RS'
  /** Russia. */
  | 'RU'
  /** Rwanda. */
  | 'RW'
  /** Saudi Arabia. */
  | 'SA'
  /** Solomon Islands. */
  | 'SB'
  /** Seychelles. */
  | 'SC'
  /** Sudan. */
  | 'SD'
  /** Sweden. */
  | 'SE'
  /** Singapore. */
  | 'SG'
  /** St. Helena. */
  | 'SH'
  /** Slovenia. */
  | 'SI'
  /** Svalbard & Jan Mayen. */
  | 'SJ'
  /** Slovakia. */
  | 'SK'
  /** Sierra Leone. */
  | 'SL'
  /** San Marino. */
  | 'SM'
  /** Senegal. */
  | 'SN'
  /** Somalia. */
  | 'SO'
  /** Suriname. */
  | 'SR'
  /** South Sudan. */
  | 'SS'
  /** São Tomé & Príncipe. */
  | 'ST'
  /** El Salvador. */
  | 'SV'
  /** Sint Maarten. */
  | 'SX'
  /** Syria. */
  | 'SY'
  /** Eswatini. */
  | 'SZ'
  /** Tristan da Cunha. */
  | 'TA'
  /** Turks & Caicos Islands. */
  | 'TC'
  /** Chad. */
  | 'TD'
  /** French Southern Territories. */
  | 'TF'
  /** Togo. */
  | 'TG'
  /** Thailand. */
  | 'TH'
  /** Tajikistan. */
  | 'TJ'
  /** Tokelau. */
  | 'TK'
  /** Timor-Leste. */
  | 'TL'
  /** Turkmenistan. */
  | 'TM'
  /** Tunisia. */
  | 'TN'
  /** Tonga. */
  | 'TO'
  /** Türkiye. */
  | 'TR'
  /** Trinidad & Tobago. */
  | 'TT'
  /** Tuvalu. */
  | 'TV'
  /** Taiwan. */
  | 'TW'
  /** Tanzania. */
  | 'TZ'
  /** Ukraine. */
  | 'UA'
  /** Uganda. */
  | 'UG'
  /** U.S. Outlying Islands. */
  | 'UM'
  /** United States. */
  | 'US'
  /** Uruguay. */
  | 'UY'
  /** Uzbekistan. */
  | 'UZ'
  /** Vatican City. */
  | 'VA'
  /** St. Vincent & Grenadines. */
  | 'VC'
  /** Venezuela. */
  | 'VE'
  /** British Virgin Islands. */
  | 'VG'
  /** Vietnam. */
  | 'VN'
  /** Vanuatu. */
  | 'VU'
  /** Wallis & Futuna. */
  | 'WF'
  /** Samoa. */
  | 'WS'
  /** Kosovo. */
  | 'XK'
  /** Yemen. */
  | 'YE'
  /** Mayotte. */
  | 'YT'
  /** South Africa. */
  | 'ZA'
  /** Zambia. */
  | 'ZM'
  /** Zimbabwe. */
  | 'ZW'
  /** Unknown Region. */
  | 'ZZ';

/**
 * The currency codes that represent the world currencies throughout the Admin API. Currency codes include
 * [standard ISO 4217 codes](https://en.wikipedia.org/wiki/ISO_4217), legacy codes, non-standard codes,
 * digital currency codes.
 */
export type CurrencyCode =
  /** United Arab Emirates Dirham (AED). */
  | 'AED'
  /** Afghan Afghani (AFN). */
  | 'AFN'
  /** Albanian Lek (ALL). */
  | 'ALL'
  /** Armenian Dram (AMD). */
  | 'AMD'
  /** Netherlands Antillean Guilder. */
  | 'ANG'
  /** Angolan Kwanza (AOA). */
  | 'AOA'
  /** Argentine Pesos (ARS). */
  | 'ARS'
  /** Australian Dollars (AUD). */
  | 'AUD'
  /** Aruban Florin (AWG). */
  | 'AWG'
  /** Azerbaijani Manat (AZN). */
  | 'AZN'
  /** Bosnia and Herzegovina Convertible Mark (BAM). */
  | 'BAM'
  /** Barbadian Dollar (BBD). */
  | 'BBD'
  /** Bangladesh Taka (BDT). */
  | 'BDT'
  /** Bulgarian Lev (BGN). */
  | 'BGN'
  /** Bahraini Dinar (BHD). */
  | 'BHD'
  /** Burundian Franc (BIF). */
  | 'BIF'
  /** Bermudian Dollar (BMD). */
  | 'BMD'
  /** Brunei Dollar (BND). */
  | 'BND'
  /** Bolivian Boliviano (BOB). */
  | 'BOB'
  /** Brazilian Real (BRL). */
  | 'BRL'
  /** Bahamian Dollar (BSD). */
  | 'BSD'
  /** Bhutanese Ngultrum (BTN). */
  | 'BTN'
  /** Botswana Pula (BWP). */
  | 'BWP'
  /** Belarusian Ruble (BYN). */
  | 'BYN'
  /** Belarusian Ruble (BYR). */
  | 'BYR'
  /** Belize Dollar (BZD). */
  | 'BZD'
  /** Canadian Dollars (CAD). */
  | 'CAD'
  /** Congolese franc (CDF). */
  | 'CDF'
  /** Swiss Francs (CHF). */
  | 'CHF'
  /** Chilean Peso (CLP). */
  | 'CLP'
  /** Chinese Yuan Renminbi (CNY). */
  | 'CNY'
  /** Colombian Peso (COP). */
  | 'COP'
  /** Costa Rican Colones (CRC). */
  | 'CRC'
  /** Cape Verdean escudo (CVE). */
  | 'CVE'
  /** Czech Koruny (CZK). */
  | 'CZK'
  /** Djiboutian Franc (DJF). */
  | 'DJF'
  /** Danish Kroner (DKK). */
  | 'DKK'
  /** Dominican Peso (DOP). */
  | 'DOP'
  /** Algerian Dinar (DZD). */
  | 'DZD'
  /** Egyptian Pound (EGP). */
  | 'EGP'
  /** Eritrean Nakfa (ERN). */
  | 'ERN'
  /** Ethiopian Birr (ETB). */
  | 'ETB'
  /** Euro (EUR). */
  | 'EUR'
  /** Fijian Dollars (FJD). */
  | 'FJD'
  /** Falkland Islands Pounds (FKP). */
  | 'FKP'
  /** United Kingdom Pounds (GBP). */
  | 'GBP'
  /** Georgian Lari (GEL). */
  | 'GEL'
  /** Ghanaian Cedi (GHS). */
  | 'GHS'
  /** Gibraltar Pounds (GIP). */
  | 'GIP'
  /** Gambian Dalasi (GMD). */
  | 'GMD'
  /** Guinean Franc (GNF). */
  | 'GNF'
  /** Guatemalan Quetzal (GTQ). */
  | 'GTQ'
  /** Guyanese Dollar (GYD). */
  | 'GYD'
  /** Hong Kong Dollars (HKD). */
  | 'HKD'
  /** Honduran Lempira (HNL). */
  | 'HNL'
  /** Croatian Kuna (HRK). */
  | 'HRK'
  /** Haitian Gourde (HTG). */
  | 'HTG'
  /** Hungarian Forint (HUF). */
  | 'HUF'
  /** Indonesian Rupiah (IDR). */
  | 'IDR'
  /** Israeli New Shekel (NIS). */
  | 'ILS'
  /** Indian Rupees (INR). */
  | 'INR'
  /** Iraqi Dinar (IQD). */
  | 'IQD'
  /** Iranian Rial (IRR). */
  | 'IRR'
  /** Icelandic Kronur (ISK). */
  | 'ISK'
  /** Jersey Pound. */
  | 'JEP'
  /** Jamaican Dollars (JMD). */
  | 'JMD'
  /** Jordanian Dinar (JOD). */
  | 'JOD'
  /** Japanese Yen (JPY). */
  | 'JPY'
  /** Kenyan Shilling (KES). */
  | 'KES'
  /** Kyrgyzstani Som (KGS). */
  | 'KGS'
  /** Cambodian Riel. */
  | 'KHR'
  /** Kiribati Dollar (KID). */
  | 'KID'
  /** Comorian Franc (KMF). */
  | 'KMF'
  /** South Korean Won (KRW). */
  | 'KRW'
  /** Kuwaiti Dinar (KWD). */
  | 'KWD'
  /** Cayman Dollars (KYD). */
  | 'KYD'
  /** Kazakhstani Tenge (KZT). */
  | 'KZT'
  /** Laotian Kip (LAK). */
  | 'LAK'
  /** Lebanese Pounds (LBP). */
  | 'LBP'
  /** Sri Lankan Rupees (LKR). */
  | 'LKR'
  /** Liberian Dollar (LRD). */
  | 'LRD'
  /** Lesotho Loti (LSL). */
  | 'LSL'
  /** Lithuanian Litai (LTL). */
  | 'LTL'
  /** Latvian Lati (LVL). */
  | 'LVL'
  /** Libyan Dinar (LYD). */
  | 'LYD'
  /** Moroccan Dirham. */
  | 'MAD'
  /** Moldovan Leu (MDL). */
  | 'MDL'
  /** Malagasy Ariary (MGA). */
  | 'MGA'
  /** Macedonia Denar (MKD). */
  | 'MKD'
  /** Burmese Kyat (MMK). */
  | 'MMK'
  /** Mongolian Tugrik. */
  | 'MNT'
  /** Macanese Pataca (MOP). */
  | 'MOP'
  /** Mauritanian Ouguiya (MRU). */
  | 'MRU'
  /** Mauritian Rupee (MUR). */
  | 'MUR'
  /** Maldivian Rufiyaa (MVR). */
  | 'MVR'
  /** Malawian Kwacha (MWK). */
  | 'MWK'
  /** Mexican Pesos (MXN). */
  | 'MXN'
  /** Malaysian Ringgits (MYR). */
  | 'MYR'
  /** Mozambican Metical. */
  | 'MZN'
  /** Namibian Dollar. */
  | 'NAD'
  /** Nigerian Naira (NGN). */
  | 'NGN'
  /** Nicaraguan Córdoba (NIO). */
  | 'NIO'
  /** Norwegian Kroner (NOK). */
  | 'NOK'
  /** Nepalese Rupee (NPR). */
  | 'NPR'
  /** New Zealand Dollars (NZD). */
  | 'NZD'
  /** Omani Rial (OMR). */
  | 'OMR'
  /** Panamian Balboa (PAB). */
  | 'PAB'
  /** Peruvian Nuevo Sol (PEN). */
  | 'PEN'
  /** Papua New Guinean Kina (PGK). */
  | 'PGK'
  /** Philippine Peso (PHP). */
  | 'PHP'
  /** Pakistani Rupee (PKR). */
  | 'PKR'
  /** Polish Zlotych (PLN). */
  | 'PLN'
  /** Paraguayan Guarani (PYG). */
  | 'PYG'
  /** Qatari Rial (QAR). */
  | 'QAR'
  /** Romanian Lei (RON). */
  | 'RON'
  /** Serbian dinar (RSD). */
  | 'RSD'
  /** Russian Rubles (RUB). */
  | 'RUB'
  /** Rwandan Franc (RWF). */
  | 'RWF'
  /** Saudi Riyal (SAR). */
  | 'SAR'
  /** Solomon Islands Dollar (SBD). */
  | 'SBD'
  /** Seychellois Rupee (SCR). */
  | 'SCR'
  /** Sudanese Pound (SDG). */
  | 'SDG'
  /** Swedish Kronor (SEK). */
  | 'SEK'
  /** Singapore Dollars (SGD). */
  | 'SGD'
  /** Saint Helena Pounds (SHP). */
  | 'SHP'
  /** Sierra Leonean Leone (SLL). */
  | 'SLL'
  /** Somali Shilling (SOS). */
  | 'SOS'
  /** Surinamese Dollar (SRD). */
  | 'SRD'
  /** South Sudanese Pound (SSP). */
  | 'SSP'
  /** Sao Tome And Principe Dobra (STD). */
  | 'STD'
  /** Sao Tome And Principe Dobra (STN). */
  | 'STN'
  /** Syrian Pound (SYP). */
  | 'SYP'
  /** Swazi Lilangeni (SZL). */
  | 'SZL'
  /** Thai baht (THB). */
  | 'THB'
  /** Tajikistani Somoni (TJS). */
  | 'TJS'
  /** Turkmenistani Manat (TMT). */
  | 'TMT'
  /** Tunisian Dinar (TND). */
  | 'TND'
  /** Tongan Pa'anga (TOP). */
  | 'TOP'
  /** Turkish Lira (TRY). */
  | 'TRY'
  /** Trinidad and Tobago Dollars (TTD). */
  | 'TTD'
  /** Taiwan Dollars (TWD). */
  | 'TWD'
  /** Tanzanian Shilling (TZS). */
  | 'TZS'
  /** Ukrainian Hryvnia (UAH). */
  | 'UAH'
  /** Ugandan Shilling (UGX). */
  | 'UGX'
  /** United States Dollars (USD). */
  | 'USD'
  /** United States Dollars Coin (USDC). */
  | 'USDC'
  /** Uruguayan Pesos (UYU). */
  | 'UYU'
  /** Uzbekistan som (UZS). */
  | 'UZS'
  /** Venezuelan Bolivares (VED). */
  | 'VED'
  /** Venezuelan Bolivares (VEF). */
  | 'VEF'
  /** Venezuelan Bolivares Soberanos (VES). */
  | 'VES'
  /** Vietnamese đồng (VND). */
  | 'VND'
  /** Vanuatu Vatu (VUV). */
  | 'VUV'
  /** Samoan Tala (WST). */
  | 'WST'
  /** Central African CFA Franc (XAF). */
  | 'XAF'
  /** East Caribbean Dollar (XCD). */
  | 'XCD'
  /** West African CFA franc (XOF). */
  | 'XOF'
  /** CFP Franc (XPF). */
  | 'XPF'
  /** Unrecognized currency. */
  | 'XXX'
  /** Yemeni Rial (YER). */
  | 'YER'
  /** South African Rand (ZAR). */
  | 'ZAR'
  /** Zambian Kwacha (ZMW). */
  | 'ZMW';

/** The status that describes a fulfillment or delivery event. */
export type FulfillmentEventStatus =
  /** A delivery was attempted. */
  | 'ATTEMPTED_DELIVERY'
  /** The fulfillment has been picked up by the carrier. */
  | 'CARRIER_PICKED_UP'
  /** The fulfillment is confirmed. This is the default value when no other information is available. */
  | 'CONFIRMED'
  /** The fulfillment is delayed. */
  | 'DELAYED'
  /** The fulfillment was successfully delivered. */
  | 'DELIVERED'
  /** The fulfillment request failed. */
  | 'FAILURE'
  /** The fulfillment is in transit. */
  | 'IN_TRANSIT'
  /** A purchased shipping label has been printed. */
  | 'LABEL_PRINTED'
  /** A shipping label has been purchased. */
  | 'LABEL_PURCHASED'
  /** The fulfillment is out for delivery. */
  | 'OUT_FOR_DELIVERY'
  /** The fulfillment was successfully picked up. */
  | 'PICKED_UP'
  /** The fulfillment is ready to be picked up. */
  | 'READY_FOR_PICKUP';

/**
 * The input fields used to include the address at which the fulfillment occurred.
 * This input object is intended for tax purposes, as a full address is required
 * for tax providers to accurately calculate taxes. Typically this is the address
 * of the warehouse or fulfillment center. To retrieve a fulfillment location's
 * address, use the `assignedLocation` field on the
 * [`FulfillmentOrder`](/docs/api/admin-graphql/latest/objects/FulfillmentOrder)
 * object instead.
 */
export type FulfillmentOriginAddressInput = {
  /** The street address of the fulfillment location. */
  address1?: InputMaybe<Scalars['String']['input']>;
  /** The second line of the address. Typically the number of the apartment, suite, or unit. */
  address2?: InputMaybe<Scalars['String']['input']>;
  /** The city in which the fulfillment location is located. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** The country of the fulfillment location. */
  countryCode: Scalars['String']['input'];
  /** The province of the fulfillment location. */
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  /** The zip code of the fulfillment location. */
  zip?: InputMaybe<Scalars['String']['input']>;
};

/** The set of valid sort keys for the Location query. */
export type LocationSortKeys =
  /** Sort by the `id` value. */
  | 'ID'
  /** Sort by the `name` value. */
  | 'NAME'
  /**
   * Sort by relevance to the search terms when the `query` parameter is specified on the connection.
   * Don't use this sort key when no search query is specified.
   */
  | 'RELEVANCE';

/** The input fields to create or update a mailing address. */
export type MailingAddressInput = {
  /** The first line of the address. Typically the street address or PO Box number. */
  address1?: InputMaybe<Scalars['String']['input']>;
  /** The second line of the address. Typically the number of the apartment, suite, or unit. */
  address2?: InputMaybe<Scalars['String']['input']>;
  /** The name of the city, district, village, or town. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** The name of the customer's company or organization. */
  company?: InputMaybe<Scalars['String']['input']>;
  /**
   * The name of the country.
   * @deprecated Use `countryCode` instead.
   */
  country?: InputMaybe<Scalars['String']['input']>;
  /** The two-letter code for the country of the address. */
  countryCode?: InputMaybe<CountryCode>;
  /** The first name of the customer. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** @deprecated Not needed for 90% of mutations, and provided separately where it is needed. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** The last name of the customer. */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /**
   * A unique phone number for the customer.
   *
   * Formatted using E.164 standard. For example, _+16135551111_.
   */
  phone?: InputMaybe<Scalars['String']['input']>;
  /**
   * The region of the address, such as the province, state, or district.
   * @deprecated Use `provinceCode` instead.
   */
  province?: InputMaybe<Scalars['String']['input']>;
  /**
   * The code for the region of the address, such as the province, state, or district.
   * For example QC for Quebec, Canada.
   */
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  /** The zip or postal code of the address. */
  zip?: InputMaybe<Scalars['String']['input']>;
};

/** The possible content types for a media object. */
export type MediaContentType =
  /** An externally hosted video. */
  | 'EXTERNAL_VIDEO'
  /** A Shopify-hosted image. */
  | 'IMAGE'
  /** A 3d model. */
  | 'MODEL_3D'
  /** A Shopify-hosted video. */
  | 'VIDEO';

/** The possible statuses for a media object. */
export type MediaStatus =
  /** Media processing has failed. */
  | 'FAILED'
  /** Media is being processed. */
  | 'PROCESSING'
  /** Media is ready to be displayed. */
  | 'READY'
  /** Media has been uploaded but not yet processed. */
  | 'UPLOADED';

/**
 * The input fields to use to create or update a metafield through a mutation on the owning resource.
 * An alternative way to create or update a metafield is by using the
 * [metafieldsSet](https://shopify.dev/api/admin-graphql/latest/mutations/metafieldsSet) mutation.
 */
export type MetafieldInput = {
  /** The unique ID of the metafield. Using `owner_id`, `namespace`, and `key` is preferred for creating and updating. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /**
   * The unique identifier for a metafield within its namespace.
   *
   * Required when creating a metafield, but optional when updating. Used to help identify the metafield when
   * updating, but can't be updated itself.
   *
   * Must be 2-64 characters long and can contain alphanumeric, hyphen, and underscore characters.
   */
  key?: InputMaybe<Scalars['String']['input']>;
  /**
   * The container for a group of metafields that the metafield is or will be associated with. Used in tandem with
   * `key` to lookup a metafield on a resource, preventing conflicts with other metafields with the same `key`.
   *
   * Required when creating a metafield, but optional when updating. Used to help identify the metafield when
   * updating, but can't be updated itself.
   *
   * Must be 3-255 characters long and can contain alphanumeric, hyphen, and underscore characters.
   */
  namespace?: InputMaybe<Scalars['String']['input']>;
  /**
   * The type of data that is stored in the metafield.
   * Refer to the list of [supported types](https://shopify.dev/apps/metafields/types).
   *
   * Required when creating or updating a metafield without a definition.
   */
  type?: InputMaybe<Scalars['String']['input']>;
  /** The data stored in the metafield. Always stored as a string, regardless of the metafield's type. */
  value?: InputMaybe<Scalars['String']['input']>;
};

/**
 * An input collection of monetary values in their respective currencies.
 * Represents an amount in the shop's currency and the amount as converted to the
 * customer's currency of choice (the presentment currency).
 */
export type MoneyBagInput = {
  /**
   * Amount in presentment currency. If this isn't given then we assume that the
   * presentment currency is the same as the shop's currency.
   */
  presentmentMoney?: InputMaybe<MoneyInput>;
  /** Amount in shop currency. */
  shopMoney: MoneyInput;
};

/** The input fields for a monetary value with currency. */
export type MoneyInput = {
  /** Decimal money amount. */
  amount: Scalars['Decimal']['input'];
  /** Currency of the money. */
  currencyCode: CurrencyCode;
};

/** Discrepancy reasons for order adjustments. */
export type OrderAdjustmentInputDiscrepancyReason =
  /** The discrepancy reason is customer. */
  | 'CUSTOMER'
  /** The discrepancy reason is damage. */
  | 'DAMAGE'
  /** The discrepancy reason is not one of the predefined reasons. */
  | 'OTHER'
  /** The discrepancy reason is restocking. */
  | 'RESTOCK';

/** Represents the reason for the order's cancellation. */
export type OrderCancelReason =
  /** The customer wanted to cancel the order. */
  | 'CUSTOMER'
  /** Payment was declined. */
  | 'DECLINED'
  /** The order was fraudulent. */
  | 'FRAUD'
  /** There was insufficient inventory. */
  | 'INVENTORY'
  /** The order was canceled for an unlisted reason. */
  | 'OTHER'
  /** Staff made an error. */
  | 'STAFF';

/** Possible error codes that can be returned by `OrderCancelUserError`. */
export type OrderCancelUserErrorCode =
  /** Unexpected internal error happened. */
  | 'INTERNAL_ERROR'
  /** The input value is invalid. */
  | 'INVALID'
  /** The record with the ID used as the input value couldn't be found. */
  | 'NOT_FOUND'
  /** An order refund was requested but the user does not have the refund_orders permission. */
  | 'NO_REFUND_PERMISSION'
  /** An order refund was requested but the user does not have the refund_to_store_credit permission. */
  | 'NO_REFUND_TO_STORE_CREDIT_PERMISSION'
  /** A store credit order refund was requested but the order is a B2B order. */
  | 'STORE_CREDIT_REFUND_B2B_NOT_SUPPORTED'
  /** A store credit order refund was requested but the expiration date is in the past. */
  | 'STORE_CREDIT_REFUND_EXPIRATION_IN_PAST'
  /** A store credit order refund was requested but the order has no customer. */
  | 'STORE_CREDIT_REFUND_MISSING_CUSTOMER';

/** The input fields for identifying an existing customer to associate with the order. */
export type OrderCreateAssociateCustomerAttributesInput = {
  /**
   * The email of the customer to associate to the order.
   *
   *               > Note:
   *               > If both this email input field and the email on `OrderCreateOrderInput` are provided, this field will
   *               > take precedence.
   */
  email?: InputMaybe<Scalars['String']['input']>;
  /** The customer to associate to the order. */
  id?: InputMaybe<Scalars['ID']['input']>;
};

/** The input fields for a note attribute for an order. */
export type OrderCreateCustomAttributeInput = {
  /** The key or name of the custom attribute. */
  key: Scalars['String']['input'];
  /** The value of the custom attribute. */
  value: Scalars['String']['input'];
};

/** The input fields for creating a customer's mailing address. */
export type OrderCreateCustomerAddressInput = {
  /** The first line of the address. Typically the street address or PO Box number. */
  address1?: InputMaybe<Scalars['String']['input']>;
  /** The second line of the address. Typically the number of the apartment, suite, or unit. */
  address2?: InputMaybe<Scalars['String']['input']>;
  /** The name of the city, district, village, or town. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** The name of the customer's company or organization. */
  company?: InputMaybe<Scalars['String']['input']>;
  /** The name of the country. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** The first name of the customer. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** The last name of the customer. */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** A unique phone number for the customer. Formatted using E.164 standard. For example, _+16135551111_. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** The region of the address, such as the province, state, or district. */
  province?: InputMaybe<Scalars['String']['input']>;
  /** The zip or postal code of the address. */
  zip?: InputMaybe<Scalars['String']['input']>;
};

/** The input fields for a customer to associate with an order. Allows creation of a new customer or specifying an existing one. */
export type OrderCreateCustomerInput =
  /** An existing customer to associate with the order, specified by ID. */
  { toAssociate: OrderCreateAssociateCustomerAttributesInput; toUpsert?: never; }
  |  /** A new customer to create or update and associate with the order. */
  { toAssociate?: never; toUpsert: OrderCreateUpsertCustomerAttributesInput; };

/** The input fields for a discount code to apply to an order. Only one type of discount can be applied to an order. */
export type OrderCreateDiscountCodeInput = {
  /** A free shipping discount code applied to the shipping on an order. */
  freeShippingDiscountCode?: InputMaybe<OrderCreateFreeShippingDiscountCodeAttributesInput>;
  /** A fixed amount discount code applied to the line items on the order. */
  itemFixedDiscountCode?: InputMaybe<OrderCreateFixedDiscountCodeAttributesInput>;
  /** A percentage discount code applied to the line items on the order. */
  itemPercentageDiscountCode?: InputMaybe<OrderCreatePercentageDiscountCodeAttributesInput>;
};

/** The status of payments associated with the order. Can only be set when the order is created. */
export type OrderCreateFinancialStatus =
  /** The payments have been authorized. */
  | 'AUTHORIZED'
  /** The payments have been expired. */
  | 'EXPIRED'
  /** The payments have been paid. */
  | 'PAID'
  /** The order has been partially paid. */
  | 'PARTIALLY_PAID'
  /** The payments have been partially refunded. */
  | 'PARTIALLY_REFUNDED'
  /**
   * The payments are pending. Payment might fail in this state. Check again to
   * confirm whether the payments have been paid successfully.
   */
  | 'PENDING'
  /** The payments have been refunded. */
  | 'REFUNDED'
  /** The payments have been voided. */
  | 'VOIDED';

/** The input fields for a fixed amount discount code to apply to an order. */
export type OrderCreateFixedDiscountCodeAttributesInput = {
  /** The amount that's deducted from the order total. When you create an order, this value is the monetary amount to deduct. */
  amountSet?: InputMaybe<MoneyBagInput>;
  /** The discount code that was entered at checkout. */
  code: Scalars['String']['input'];
};

/** The input fields for a free shipping discount code to apply to an order. */
export type OrderCreateFreeShippingDiscountCodeAttributesInput = {
  /** The discount code that was entered at checkout. */
  code: Scalars['String']['input'];
};

/** The input fields for a fulfillment to create for an order. */
export type OrderCreateFulfillmentInput = {
  /** The ID of the location to fulfill the order from. */
  locationId: Scalars['ID']['input'];
  /** Whether the customer should be notified of changes with the fulfillment. */
  notifyCustomer?: InputMaybe<Scalars['Boolean']['input']>;
  /** The address at which the fulfillment occurred. */
  originAddress?: InputMaybe<FulfillmentOriginAddressInput>;
  /** The status of the shipment. */
  shipmentStatus?: InputMaybe<FulfillmentEventStatus>;
  /**
   * The name of the tracking company.
   *
   * If you specify a tracking company name from
   * [the list](https://shopify.dev/api/admin-graphql/latest/objects/FulfillmentTrackingInfo#supported-tracking-companies),
   * Shopify will automatically build tracking URLs for all provided tracking numbers,
   * which will make the tracking numbers clickable in the interface.
   * The same tracking company will be applied to all tracking numbers specified.
   *
   * Additionally, for the tracking companies listed on the
   * [Shipping Carriers help page](https://help.shopify.com/manual/shipping/understanding-shipping/shipping-carriers#integrated-shipping-carriers)
   * Shopify will automatically update the fulfillment's `shipment_status` field during the fulfillment process.
   *
   * > Note:
   * > Send the tracking company name exactly as written in
   * > [the list](https://shopify.dev/api/admin-graphql/latest/objects/FulfillmentTrackingInfo#supported-tracking-companies)
   * > (capitalization matters).
   */
  trackingCompany?: InputMaybe<Scalars['String']['input']>;
  /**
   * The tracking number of the fulfillment.
   *
   * The tracking number will be clickable in the interface if one of the following applies
   * (the highest in the list has the highest priority):
   *
   * * [Shopify-known tracking company name](https://shopify.dev/api/admin-graphql/latest/objects/FulfillmentTrackingInfo#supported-tracking-companies)
   *   specified in the `company` field.
   *   Shopify will build the tracking URL automatically based on the tracking number specified.
   * * The tracking number has a Shopify-known format.
   *   Shopify will guess the tracking provider and build the tracking url based on the tracking number format.
   *   Not all tracking carriers are supported, and multiple tracking carriers may use similarly formatted tracking numbers.
   *   This can result in an invalid tracking URL.
   */
  trackingNumber?: InputMaybe<Scalars['String']['input']>;
};

/** The order's status in terms of fulfilled line items. */
export type OrderCreateFulfillmentStatus =
  /** Every line item in the order has been fulfilled. */
  | 'FULFILLED'
  /** At least one line item in the order has been fulfilled. */
  | 'PARTIAL'
  /** Every line item in the order has been restocked and the order canceled. */
  | 'RESTOCKED';

/** The types of behavior to use when updating inventory. */
export type OrderCreateInputsInventoryBehavior =
  /** Do not claim inventory. */
  | 'BYPASS'
  /** Ignore the product's inventory policy and claim inventory. */
  | 'DECREMENT_IGNORING_POLICY'
  /** Follow the product's inventory policy and claim inventory, if possible. */
  | 'DECREMENT_OBEYING_POLICY';

/** The input fields for a line item to create for an order. */
export type OrderCreateLineItemInput = {
  /**
   * The handle of a fulfillment service that stocks the product variant belonging to a line item.
   *
   *               This is a third-party fulfillment service in the following scenarios:
   *
   *               **Scenario 1**
   *               - The product variant is stocked by a single fulfillment service.
   *               - The
   * [FulfillmentService](/api/admin-graphql/latest/objects/FulfillmentService) is
   * a third-party fulfillment service. Third-party fulfillment services don't have
   * a handle with the value `manual`.
   *
   *               **Scenario 2**
   *               - Multiple fulfillment services stock the product variant.
   *               - The last time that the line item was unfulfilled, it was
   * awaiting fulfillment by a third-party fulfillment service. Third-party
   * fulfillment services don't have a handle with the value `manual`.
   *
   *               If none of the above conditions are met, then the fulfillment service has the `manual` handle.
   */
  fulfillmentService?: InputMaybe<Scalars['String']['input']>;
  /** Whether the item is a gift card. If true, then the item is not taxed or considered for shipping charges. */
  giftCard?: InputMaybe<Scalars['Boolean']['input']>;
  /** The price of the item before discounts have been applied in the shop currency. */
  priceSet?: InputMaybe<MoneyBagInput>;
  /**
   * The ID of the product that the line item belongs to. Can be `null` if the
   * original product associated with the order is deleted at a later date.
   */
  productId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * An array of custom information for the item that has been added to the cart.
   * Often used to provide product customization options.
   */
  properties?: InputMaybe<Array<OrderCreateLineItemPropertyInput>>;
  /** The number of items that were purchased. */
  quantity: Scalars['Int']['input'];
  /** Whether the item requires shipping. */
  requiresShipping?: InputMaybe<Scalars['Boolean']['input']>;
  /** The item's SKU (stock keeping unit). */
  sku?: InputMaybe<Scalars['String']['input']>;
  /** A list of tax line objects, each of which details a tax applied to the item. */
  taxLines?: InputMaybe<Array<OrderCreateTaxLineInput>>;
  /** Whether the item was taxable. */
  taxable?: InputMaybe<Scalars['Boolean']['input']>;
  /** The title of the product. */
  title?: InputMaybe<Scalars['String']['input']>;
  /**
   * The ID of the product variant. If both `productId` and `variantId` are
   * provided, then the product ID that corresponds to the `variantId` is used.
   */
  variantId?: InputMaybe<Scalars['ID']['input']>;
  /** The title of the product variant. */
  variantTitle?: InputMaybe<Scalars['String']['input']>;
  /** The name of the item's supplier. */
  vendor?: InputMaybe<Scalars['String']['input']>;
  /** The weight of the line item. This will take precedence over the weight of the product variant, if one was specified. */
  weight?: InputMaybe<WeightInput>;
};

/** The input fields for a line item property for an order. */
export type OrderCreateLineItemPropertyInput = {
  /** The name of the line item property. */
  name: Scalars['String']['input'];
  /** The value of the line item property. */
  value: Scalars['String']['input'];
};

/**
 * The input fields that define the strategies for updating inventory and
 * whether to send shipping and order confirmations to customers.
 */
export type OrderCreateOptionsInput = {
  /**
   * The strategy for handling updates to inventory: not claiming inventory, ignoring inventory policies,
   * or following policies when claiming inventory.
   */
  inventoryBehaviour?: InputMaybe<OrderCreateInputsInventoryBehavior>;
  /** Whether to send a shipping confirmation to the customer. */
  sendFulfillmentReceipt?: InputMaybe<Scalars['Boolean']['input']>;
  /** Whether to send an order confirmation to the customer. */
  sendReceipt?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The input fields for creating an order. */
export type OrderCreateOrderInput = {
  /**
   * The mailing address associated with the payment method. This address is an optional field that won't be
   *                available on orders that don't require a payment method.
   *
   *               > Note:
   *               > If a customer is provided, this field or `shipping_address` (which has precedence) will be set as the
   *               > customer's default address. Additionally, if the provided customer is new or hasn't created an order yet
   *               > then their name will be set to the first/last name from this address (if provided).
   */
  billingAddress?: InputMaybe<MailingAddressInput>;
  /** Whether the customer consented to receive email updates from the shop. */
  buyerAcceptsMarketing?: InputMaybe<Scalars['Boolean']['input']>;
  /**
   * The date and time ([ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format)
   * when the order was closed. Returns null if the order isn't closed.
   */
  closedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The ID of the purchasing company's location for the order. */
  companyLocationId?: InputMaybe<Scalars['ID']['input']>;
  /** The shop-facing currency for the order. If not specified, then the shop's default currency is used. */
  currency?: InputMaybe<CurrencyCode>;
  /**
   * A list of extra information that's added to the order. Appears in the
   * **Additional details** section of an order details page.
   */
  customAttributes?: InputMaybe<Array<OrderCreateCustomAttributeInput>>;
  /** The customer to associate to the order. */
  customer?: InputMaybe<OrderCreateCustomerInput>;
  /**
   * The customer to associate to the order.
   * @deprecated This is replaced by the `customer` field in a future version.
   */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** A discount code applied to the order. */
  discountCode?: InputMaybe<OrderCreateDiscountCodeInput>;
  /**
   * A new customer email address for the order.
   *
   *               > Note:
   *               > If a customer is provided, and no email is provided, the customer's email will be set to this field.
   */
  email?: InputMaybe<Scalars['String']['input']>;
  /**
   * The financial status of the order. If not specified, then this will be derived
   * through the given transactions. Note that it's possible to specify a status
   * that doesn't match the given transactions and it will persist, but if an
   * operation later occurs on the order, the status may then be recalculated to
   * match the current state of transactions.
   */
  financialStatus?: InputMaybe<OrderCreateFinancialStatus>;
  /** The fulfillment to create for the order. This will apply to all line items. */
  fulfillment?: InputMaybe<OrderCreateFulfillmentInput>;
  /** The fulfillment status of the order. Will default to `unfulfilled` if not included. */
  fulfillmentStatus?: InputMaybe<OrderCreateFulfillmentStatus>;
  /** The line items to create for the order. */
  lineItems?: InputMaybe<Array<OrderCreateLineItemInput>>;
  /** A list of metafields to add to the order. */
  metafields?: InputMaybe<Array<MetafieldInput>>;
  /**
   * The order name, generated by combining the `order_number` property with the
   * order prefix and suffix that are set in the merchant's [general
   * settings](https://www.shopify.com/admin/settings/general). This is different
   * from the `id` property, which is the ID of the order used by the API. This
   * field can also be set by the API to be any string value.
   */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The new contents for the note associated with the order. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** A new customer phone number for the order. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** The purchase order number associated to this order. */
  poNumber?: InputMaybe<Scalars['String']['input']>;
  /**
   * The presentment currency that was used to display prices to the customer. This
   * must be specified if any presentment currencies are used in the order.
   */
  presentmentCurrency?: InputMaybe<CurrencyCode>;
  /**
   * The date and time ([ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format)
   * when an order was processed. This value is the date that appears on your
   * orders and that's used in the analytic reports. If you're importing orders
   * from an app or another platform, then you can set processed_at to a date and
   * time in the past to match when the original order was created.
   */
  processedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The website where the customer clicked a link to the shop. */
  referringSite?: InputMaybe<Scalars['URL']['input']>;
  /**
   * The mailing address to where the order will be shipped.
   *
   *               > Note:
   *               > If a customer is provided, this field (which has precedence) or `billing_address` will be set as the
   *               > customer's default address. Additionally, if the provided customer doesn't have a first or last name
   *               > then it will be set to the first/last name from this address (if provided).
   */
  shippingAddress?: InputMaybe<MailingAddressInput>;
  /** An array of objects, each of which details a shipping method used. */
  shippingLines?: InputMaybe<Array<OrderCreateShippingLineInput>>;
  /**
   * The ID of the order placed on the originating platform. This value doesn't
   * correspond to the Shopify ID that's generated from a completed draft.
   */
  sourceIdentifier?: InputMaybe<Scalars['String']['input']>;
  /**
   * The source of the checkout. To use this field for sales attribution, you must
   * register the channels that your app is managing. You can register the channels
   * that your app is managing by completing [this Google Form](https://docs.google.com/forms/d/e/1FAIpQLScmVTZRQNjOJ7RD738mL1lGeFjqKVe_FM2tO9xsm21QEo5Ozg/viewform?usp=sf_link).
   * After you've submited your request, you need to wait for your request to be
   * processed by Shopify. You can find a list of your channels in the Partner
   * Dashboard, in your app's Marketplace extension. You can specify a handle as
   * the source_name value in your request.
   */
  sourceName?: InputMaybe<Scalars['String']['input']>;
  /**
   * A valid URL to the original order on the originating surface. This URL is
   * displayed to merchants on the Order Details page. If the URL is invalid, then
   * it won't be displayed.
   */
  sourceUrl?: InputMaybe<Scalars['URL']['input']>;
  /** A comma separated list of tags that have been added to the draft order. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /**
   * An array of tax line objects, each of which details a tax applicable to the
   * order. When creating an order through the API, tax lines can be specified on
   * the order or the line items but not both. Tax lines specified on the order are
   * split across the _taxable_ line items in the created order.
   */
  taxLines?: InputMaybe<Array<OrderCreateTaxLineInput>>;
  /** Whether taxes are included in the order subtotal. */
  taxesIncluded?: InputMaybe<Scalars['Boolean']['input']>;
  /** Whether this is a test order. */
  test?: InputMaybe<Scalars['Boolean']['input']>;
  /** The payment transactions to create for the order. */
  transactions?: InputMaybe<Array<OrderCreateOrderTransactionInput>>;
  /** The ID of the user logged into Shopify POS who processed the order, if applicable. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** The input fields for a transaction to create for an order. */
export type OrderCreateOrderTransactionInput = {
  /** The amount of the transaction. */
  amountSet: MoneyBagInput;
  /** The authorization code associated with the transaction. */
  authorizationCode?: InputMaybe<Scalars['String']['input']>;
  /** The ID of the device used to process the transaction. */
  deviceId?: InputMaybe<Scalars['ID']['input']>;
  /** The name of the gateway the transaction was issued through. */
  gateway?: InputMaybe<Scalars['String']['input']>;
  /** The ID of the gift card used for this transaction. */
  giftCardId?: InputMaybe<Scalars['ID']['input']>;
  /** The kind of transaction. */
  kind?: InputMaybe<OrderTransactionKind>;
  /** The ID of the location where the transaction was processed. */
  locationId?: InputMaybe<Scalars['ID']['input']>;
  /** The date and time when the transaction was processed. */
  processedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /**
   * The transaction receipt that the payment gateway attaches to the transaction.
   * The value of this field depends on which payment gateway processed the transaction.
   */
  receiptJson?: InputMaybe<Scalars['JSON']['input']>;
  /** The status of the transaction. */
  status?: InputMaybe<OrderTransactionStatus>;
  /** Whether the transaction is a test transaction. */
  test?: InputMaybe<Scalars['Boolean']['input']>;
  /** The ID of the user who processed the transaction. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** The input fields for a percentage discount code to apply to an order. */
export type OrderCreatePercentageDiscountCodeAttributesInput = {
  /** The discount code that was entered at checkout. */
  code: Scalars['String']['input'];
  /** The amount that's deducted from the order total. When you create an order, this value is the percentage to deduct. */
  percentage?: InputMaybe<Scalars['Float']['input']>;
};

/** The input fields for a shipping line to create for an order. */
export type OrderCreateShippingLineInput = {
  /** A reference to the shipping method. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** The price of this shipping method in the shop currency. Can't be negative. */
  priceSet: MoneyBagInput;
  /** The source of the shipping method. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** A list of tax line objects, each of which details a tax applicable to this shipping line. */
  taxLines?: InputMaybe<Array<OrderCreateTaxLineInput>>;
  /** The title of the shipping method. */
  title: Scalars['String']['input'];
};

/** The input fields for a tax line to create for an order. */
export type OrderCreateTaxLineInput = {
  /**
   * Whether the channel that submitted the tax line is liable for remitting. A
   * value of `null` indicates unknown liability for the tax line.
   */
  channelLiable?: InputMaybe<Scalars['Boolean']['input']>;
  /** The amount of tax to be charged on the item. */
  priceSet?: InputMaybe<MoneyBagInput>;
  /** The proportion of the item price that the tax represents as a decimal. */
  rate: Scalars['Decimal']['input'];
  /** The name of the tax line to create. */
  title: Scalars['String']['input'];
};

/**
 * The input fields for creating a new customer object or identifying an existing
 * customer to update & associate with the order.
 */
export type OrderCreateUpsertCustomerAttributesInput = {
  /** A list of addresses to associate with the customer. */
  addresses?: InputMaybe<Array<OrderCreateCustomerAddressInput>>;
  /**
   * The email address to update the customer with. If no `id` is provided, this is used to uniquely identify
   *                  the customer.
   *
   *                 > Note:
   *                 > If both this email input field and the email on `OrderCreateOrderInput` are provided, this field will
   *                 > take precedence.
   */
  email?: InputMaybe<Scalars['String']['input']>;
  /** The first name of the customer. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** The id of the customer to associate to the order. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** The last name of the customer. */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** A unique identifier for the customer that's used with [Multipass login](https://shopify.dev/api/multipass). */
  multipassIdentifier?: InputMaybe<Scalars['String']['input']>;
  /** A note about the customer. */
  note?: InputMaybe<Scalars['String']['input']>;
  /**
   * The unique phone number ([E.164 format](https://en.wikipedia.org/wiki/E.164)) for this customer.
   *                  Attempting to assign the same phone number to multiple customers returns an error. The property can be
   *                  set using different formats, but each format must represent a number that can be dialed from anywhere
   *                  in the world. The following formats are all valid:
   *                   - 6135551212
   *                   - +16135551212
   *                   - (613)555-1212
   *                   - +1 613-555-1212
   */
  phone?: InputMaybe<Scalars['String']['input']>;
  /**
   * Tags that the shop owner has attached to the customer. A customer can have up
   * to 250 tags. Each tag can have up to 255 characters.
   */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /**
   * Whether the customer is exempt from paying taxes on their order. If `true`,
   * then taxes won't be applied to an order at checkout. If `false`, then taxes
   * will be applied at checkout.
   */
  taxExempt?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Possible error codes that can be returned by `OrderCreateUserError`. */
export type OrderCreateUserErrorCode =
  /** Indicates that the line item fulfillment service handle is invalid. */
  | 'FULFILLMENT_SERVICE_INVALID'
  /** The input value is invalid. */
  | 'INVALID'
  /** Indicates that the inventory claim failed during order creation. */
  | 'INVENTORY_CLAIM_FAILED'
  /** Indicates that the processed_at field is invalid, such as when it references a future date. */
  | 'PROCESSED_AT_INVALID'
  /** Indicates that both customer_id and customer were provided - only one is permitted. */
  | 'REDUNDANT_CUSTOMER_FIELDS'
  /** Indicates that the shop is dormant and cannot create orders. */
  | 'SHOP_DORMANT'
  /** Indicates that the tax line rate is missing - only enforced for LineItem or ShippingLine-level tax lines. */
  | 'TAX_LINE_RATE_MISSING';

/** The input fields for the information needed to create an order transaction. */
export type OrderTransactionInput = {
  /** The amount of money for this transaction. */
  amount: Scalars['Money']['input'];
  /** The payment gateway to use for this transaction. */
  gateway: Scalars['String']['input'];
  /** The kind of transaction. */
  kind: OrderTransactionKind;
  /** The ID of the order associated with the transaction. */
  orderId: Scalars['ID']['input'];
  /** The ID of the optional parent transaction, for example the authorization of a capture. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** The different kinds of order transactions. */
export type OrderTransactionKind =
  /**
   * An amount reserved against the cardholder's funding source.
   * Money does not change hands until the authorization is captured.
   */
  | 'AUTHORIZATION'
  /** A transfer of the money that was reserved by an authorization. */
  | 'CAPTURE'
  /** The money returned to the customer when they've paid too much during a cash transaction. */
  | 'CHANGE'
  /** An authorization for a payment taken with an EMV credit card reader. */
  | 'EMV_AUTHORIZATION'
  /**
   * A partial or full return of captured funds to the cardholder.
   * A refund can happen only after a capture is processed.
   */
  | 'REFUND'
  /** An authorization and capture performed together in a single step. */
  | 'SALE'
  /** A suggested refund transaction that can be used to create a refund. */
  | 'SUGGESTED_REFUND'
  /** A cancelation of an authorization transaction. */
  | 'VOID';

/** The different states that an `OrderTransaction` can have. */
export type OrderTransactionStatus =
  /** Awaiting a response. */
  | 'AWAITING_RESPONSE'
  /** There was an error while processing the transaction. */
  | 'ERROR'
  /** The transaction failed. */
  | 'FAILURE'
  /** The transaction is pending. */
  | 'PENDING'
  /** The transaction succeeded. */
  | 'SUCCESS'
  /** The transaction status is unknown. */
  | 'UNKNOWN';

/** The set of valid sort keys for the Product query. */
export type ProductSortKeys =
  /** Sort by the `created_at` value. */
  | 'CREATED_AT'
  /** Sort by the `id` value. */
  | 'ID'
  /** Sort by the `inventory_total` value. */
  | 'INVENTORY_TOTAL'
  /** Sort by the `product_type` value. */
  | 'PRODUCT_TYPE'
  /** Sort by the `published_at` value. */
  | 'PUBLISHED_AT'
  /**
   * Sort by relevance to the search terms when the `query` parameter is specified on the connection.
   * Don't use this sort key when no search query is specified.
   */
  | 'RELEVANCE'
  /** Sort by the `title` value. */
  | 'TITLE'
  /** Sort by the `updated_at` value. */
  | 'UPDATED_AT'
  /** Sort by the `vendor` value. */
  | 'VENDOR';

/** The possible product statuses. */
export type ProductStatus =
  /**
   * The product is ready to sell and can be published to sales channels and apps.
   * Products with an active status aren't automatically published to sales
   * channels, such as the online store, or apps. By default, existing products are set to active.
   */
  | 'ACTIVE'
  /** The product is no longer being sold and isn't available to customers on sales channels and apps. */
  | 'ARCHIVED'
  /**
   * The product isn't ready to sell and is unavailable to customers on sales
   * channels and apps. By default, duplicated and unarchived products are set to draft.
   */
  | 'DRAFT'
  /**
   * The product is active but you need a direct link to view it. Doesn't show up
   * in search, collections, or product recommendations. This status is only
   * visible from 2025-10 and up, is translated to active in older versions and
   * can't be changed from unlisted in older versions.
   */
  | 'UNLISTED';

/** The valid values for the inventory policy of a product variant once it is out of stock. */
export type ProductVariantInventoryPolicy =
  /** Customers can buy this product variant after it's out of stock. */
  | 'CONTINUE'
  /** Customers can't buy this product variant after it's out of stock. */
  | 'DENY';

/** The set of valid sort keys for the ProductVariant query. */
export type ProductVariantSortKeys =
  /** Sort by the `full_title` value. */
  | 'FULL_TITLE'
  /** Sort by the `id` value. */
  | 'ID'
  /**
   * Sort by available inventory quantity in the location specified by the `query:"location_id:"` argument.
   * Don't use this sort key when no `location_id` in query is specified.
   */
  | 'INVENTORY_LEVELS_AVAILABLE'
  /** Sort by the `inventory_management` value. */
  | 'INVENTORY_MANAGEMENT'
  /** Sort by the `inventory_policy` value. */
  | 'INVENTORY_POLICY'
  /** Sort by the `inventory_quantity` value. */
  | 'INVENTORY_QUANTITY'
  /** Sort by the `name` value. */
  | 'NAME'
  /** Sort by the `popular` value. */
  | 'POPULAR'
  /** Sort by the `position` value. */
  | 'POSITION'
  /**
   * Sort by relevance to the search terms when the `query` parameter is specified on the connection.
   * Don't use this sort key when no search query is specified.
   */
  | 'RELEVANCE'
  /** Sort by the `sku` value. */
  | 'SKU'
  /** Sort by the `title` value. */
  | 'TITLE';

/** The input fields required to reimburse additional fees on a refund. */
export type RefundAdditionalFeeInput = {
  /** The ID of the additional fee in the refund. */
  additionalFeeId: Scalars['ID']['input'];
};

/** The input fields required to reimburse duties on a refund. */
export type RefundDutyInput = {
  /** The ID of the duty in the refund. */
  dutyId: Scalars['ID']['input'];
  /** The type of refund for this duty. */
  refundType?: InputMaybe<RefundDutyRefundType>;
};

/** The type of refund to perform for a particular refund duty. */
export type RefundDutyRefundType =
  /** The duty is fully refunded. */
  | 'FULL'
  /** The duty is proportionally refunded based on the quantity of the refunded line item. */
  | 'PROPORTIONAL';

/** The input fields to create a refund. */
export type RefundInput = {
  /** Whether to allow the total refunded amount to surpass the amount paid for the order. */
  allowOverRefunding?: InputMaybe<Scalars['Boolean']['input']>;
  /**
   * The currency that is used to refund the order. This must be the presentment
   * currency, which is the currency used by the customer. This is a required field
   * for orders where the currency and presentment currency differ.
   */
  currency?: InputMaybe<CurrencyCode>;
  /** An optional reason for a discrepancy between calculated and actual refund amounts. */
  discrepancyReason?: InputMaybe<OrderAdjustmentInputDiscrepancyReason>;
  /** An optional note that's attached to the refund. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Whether to send a refund notification to the customer. */
  notify?: InputMaybe<Scalars['Boolean']['input']>;
  /** The ID of the order that's being refunded. */
  orderId: Scalars['ID']['input'];
  /** A list of additional fees to refund. */
  refundAdditionalFees?: InputMaybe<Array<RefundAdditionalFeeInput>>;
  /** A list of duties to refund. */
  refundDuties?: InputMaybe<Array<RefundDutyInput>>;
  /** A list of line items to refund. */
  refundLineItems?: InputMaybe<Array<RefundLineItemInput>>;
  /** A list of instructions to process the financial outcome of the refund. */
  refundMethods?: InputMaybe<Array<RefundMethodInput>>;
  /** The input fields that are required to reimburse shipping costs. */
  shipping?: InputMaybe<ShippingRefundInput>;
  /** A list of transactions involved in the refund. */
  transactions?: InputMaybe<Array<OrderTransactionInput>>;
};

/** The input fields required to reimburse line items on a refund. */
export type RefundLineItemInput = {
  /** The ID of the line item in the refund. */
  lineItemId: Scalars['ID']['input'];
  /** The intended location for restocking. If the `restockType` is set to `NO_RESTOCK`, then this value is empty. */
  locationId?: InputMaybe<Scalars['ID']['input']>;
  /** The quantity of the associated line item to be refunded. */
  quantity: Scalars['Int']['input'];
  /** The type of restock for this line item. */
  restockType?: InputMaybe<RefundLineItemRestockType>;
};

/** The type of restock performed for a particular refund line item. */
export type RefundLineItemRestockType =
  /** The refund line item was canceled. Use this when restocking unfulfilled line items. */
  | 'CANCEL'
  /**
   * Deprecated. The refund line item was restocked, without specifically
   * beingidentified as a return or cancelation. This value is not accepted when
   * creating new refunds.
   */
  | 'LEGACY_RESTOCK'
  /** Refund line item was not restocked. */
  | 'NO_RESTOCK'
  /** The refund line item was returned. Use this when restocking line items that were fulfilled. */
  | 'RETURN';

/** The input fields for processing the financial outcome of a refund. */
export type RefundMethodInput =
  /** The details of the refund to store credit. */
  { storeCreditRefund: StoreCreditRefundInput; };

/** The input fields that are required to reimburse shipping costs. */
export type ShippingRefundInput = {
  /** The monetary value of the shipping fees to be reimbursed. */
  amount?: InputMaybe<Scalars['Money']['input']>;
  /** Whether a full refund is provided. */
  fullRefund?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The input fields to process a refund to store credit. */
export type StoreCreditRefundInput = {
  /** The amount to be issued as store credit. */
  amount: MoneyInput;
  /** An optional expiration date for the store credit being issued. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** The input fields for the weight unit and value inputs. */
export type WeightInput = {
  /** Unit of measurement for `value`. */
  unit: WeightUnit;
  /** The weight value using the unit system specified with `weight_unit`. */
  value: Scalars['Float']['input'];
};

/** Units of measurement for weight. */
export type WeightUnit =
  /** Metric system unit of mass. */
  | 'GRAMS'
  /** 1 kilogram equals 1000 grams. */
  | 'KILOGRAMS'
  /** Imperial system unit of mass. */
  | 'OUNCES'
  /** 1 pound equals 16 ounces. */
  | 'POUNDS';

export type BulkOperationFieldsFragment = { __typename?: 'BulkOperation', id: string, status: BulkOperationStatus, errorCode: BulkOperationErrorCode | null, objectCount: string, rootObjectCount: string, fileSize: string | null, url: string | null, partialDataUrl: string | null, createdAt: string, completedAt: string | null };

export type BulkOperationRunQueryMutationVariables = Exact<{
  query: Scalars['String']['input'];
}>;


export type BulkOperationRunQueryMutation = { __typename?: 'Mutation', bulkOperationRunQuery: { __typename?: 'BulkOperationRunQueryPayload', bulkOperation: { __typename?: 'BulkOperation', id: string, status: BulkOperationStatus } | null, userErrors: Array<{ __typename?: 'BulkOperationUserError', field: Array<string> | null, message: string, code: BulkOperationUserErrorCode | null }> } | null };

export type CurrentBulkOperationQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentBulkOperationQuery = { __typename?: 'QueryRoot', currentBulkOperation: { __typename?: 'BulkOperation', id: string, status: BulkOperationStatus, errorCode: BulkOperationErrorCode | null, objectCount: string, rootObjectCount: string, fileSize: string | null, url: string | null, partialDataUrl: string | null, createdAt: string, completedAt: string | null } | null };

export type BulkOperationByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BulkOperationByIdQuery = { __typename?: 'QueryRoot', node:
    | { __typename?: 'AbandonedCheckout' }
    | { __typename?: 'AbandonedCheckoutLineItem' }
    | { __typename?: 'Abandonment' }
    | { __typename?: 'AddAllProductsOperation' }
    | { __typename?: 'AdditionalFee' }
    | { __typename?: 'App' }
    | { __typename?: 'AppCatalog' }
    | { __typename?: 'AppCredit' }
    | { __typename?: 'AppInstallation' }
    | { __typename?: 'AppPurchaseOneTime' }
    | { __typename?: 'AppRevenueAttributionRecord' }
    | { __typename?: 'AppSubscription' }
    | { __typename?: 'AppUsageRecord' }
    | { __typename?: 'Article' }
    | { __typename?: 'BasicEvent' }
    | { __typename?: 'Blog' }
    | { __typename?: 'BulkOperation', id: string, status: BulkOperationStatus, errorCode: BulkOperationErrorCode | null, objectCount: string, rootObjectCount: string, fileSize: string | null, url: string | null, partialDataUrl: string | null, createdAt: string, completedAt: string | null }
    | { __typename?: 'BusinessEntity' }
    | { __typename?: 'CalculatedOrder' }
    | { __typename?: 'CartTransform' }
    | { __typename?: 'CashTrackingAdjustment' }
    | { __typename?: 'CashTrackingSession' }
    | { __typename?: 'CatalogCsvOperation' }
    | { __typename?: 'Channel' }
    | { __typename?: 'ChannelDefinition' }
    | { __typename?: 'ChannelInformation' }
    | { __typename?: 'CheckoutProfile' }
    | { __typename?: 'Collection' }
    | { __typename?: 'Comment' }
    | { __typename?: 'CommentEvent' }
    | { __typename?: 'Company' }
    | { __typename?: 'CompanyAddress' }
    | { __typename?: 'CompanyContact' }
    | { __typename?: 'CompanyContactRole' }
    | { __typename?: 'CompanyContactRoleAssignment' }
    | { __typename?: 'CompanyLocation' }
    | { __typename?: 'CompanyLocationCatalog' }
    | { __typename?: 'CompanyLocationStaffMemberAssignment' }
    | { __typename?: 'ConsentPolicy' }
    | { __typename?: 'CurrencyExchangeAdjustment' }
    | { __typename?: 'Customer' }
    | { __typename?: 'CustomerAccountAppExtensionPage' }
    | { __typename?: 'CustomerAccountNativePage' }
    | { __typename?: 'CustomerPaymentMethod' }
    | { __typename?: 'CustomerSegmentMembersQuery' }
    | { __typename?: 'CustomerVisit' }
    | { __typename?: 'DeliveryCarrierService' }
    | { __typename?: 'DeliveryCondition' }
    | { __typename?: 'DeliveryCountry' }
    | { __typename?: 'DeliveryCustomization' }
    | { __typename?: 'DeliveryLocationGroup' }
    | { __typename?: 'DeliveryMethod' }
    | { __typename?: 'DeliveryMethodDefinition' }
    | { __typename?: 'DeliveryParticipant' }
    | { __typename?: 'DeliveryProfile' }
    | { __typename?: 'DeliveryProfileItem' }
    | { __typename?: 'DeliveryPromiseParticipant' }
    | { __typename?: 'DeliveryPromiseProvider' }
    | { __typename?: 'DeliveryProvince' }
    | { __typename?: 'DeliveryRateDefinition' }
    | { __typename?: 'DeliveryZone' }
    | { __typename?: 'DiscountAutomaticBxgy' }
    | { __typename?: 'DiscountAutomaticNode' }
    | { __typename?: 'DiscountCodeNode' }
    | { __typename?: 'DiscountNode' }
    | { __typename?: 'DiscountRedeemCodeBulkCreation' }
    | { __typename?: 'Domain' }
    | { __typename?: 'DraftOrder' }
    | { __typename?: 'DraftOrderLineItem' }
    | { __typename?: 'DraftOrderTag' }
    | { __typename?: 'Duty' }
    | { __typename?: 'ExchangeLineItem' }
    | { __typename?: 'ExchangeV2' }
    | { __typename?: 'ExternalVideo' }
    | { __typename?: 'Fulfillment' }
    | { __typename?: 'FulfillmentConstraintRule' }
    | { __typename?: 'FulfillmentEvent' }
    | { __typename?: 'FulfillmentHold' }
    | { __typename?: 'FulfillmentLineItem' }
    | { __typename?: 'FulfillmentOrder' }
    | { __typename?: 'FulfillmentOrderDestination' }
    | { __typename?: 'FulfillmentOrderLineItem' }
    | { __typename?: 'FulfillmentOrderMerchantRequest' }
    | { __typename?: 'GenericFile' }
    | { __typename?: 'GiftCard' }
    | { __typename?: 'GiftCardCreditTransaction' }
    | { __typename?: 'GiftCardDebitTransaction' }
    | { __typename?: 'InventoryAdjustmentGroup' }
    | { __typename?: 'InventoryItem' }
    | { __typename?: 'InventoryItemMeasurement' }
    | { __typename?: 'InventoryLevel' }
    | { __typename?: 'InventoryQuantity' }
    | { __typename?: 'InventoryShipment' }
    | { __typename?: 'InventoryShipmentLineItem' }
    | { __typename?: 'InventoryTransfer' }
    | { __typename?: 'InventoryTransferLineItem' }
    | { __typename?: 'LineItem' }
    | { __typename?: 'LineItemGroup' }
    | { __typename?: 'Location' }
    | { __typename?: 'MailingAddress' }
    | { __typename?: 'Market' }
    | { __typename?: 'MarketCatalog' }
    | { __typename?: 'MarketRegionCountry' }
    | { __typename?: 'MarketRegionProvince' }
    | { __typename?: 'MarketWebPresence' }
    | { __typename?: 'MarketingActivity' }
    | { __typename?: 'MarketingEvent' }
    | { __typename?: 'MediaImage' }
    | { __typename?: 'Menu' }
    | { __typename?: 'Metafield' }
    | { __typename?: 'MetafieldDefinition' }
    | { __typename?: 'Metaobject' }
    | { __typename?: 'MetaobjectDefinition' }
    | { __typename?: 'Model3d' }
    | { __typename?: 'OnlineStoreTheme' }
    | { __typename?: 'Order' }
    | { __typename?: 'OrderAdjustment' }
    | { __typename?: 'OrderCancelJobResult' }
    | { __typename?: 'OrderDisputeSummary' }
    | { __typename?: 'OrderEditSession' }
    | { __typename?: 'OrderTransaction' }
    | { __typename?: 'Page' }
    | { __typename?: 'PaymentCustomization' }
    | { __typename?: 'PaymentMandate' }
    | { __typename?: 'PaymentSchedule' }
    | { __typename?: 'PaymentTerms' }
    | { __typename?: 'PaymentTermsTemplate' }
    | { __typename?: 'PointOfSaleDevice' }
    | { __typename?: 'PriceList' }
    | { __typename?: 'PriceRule' }
    | { __typename?: 'PriceRuleDiscountCode' }
    | { __typename?: 'Product' }
    | { __typename?: 'ProductBundleOperation' }
    | { __typename?: 'ProductDeleteOperation' }
    | { __typename?: 'ProductDuplicateOperation' }
    | { __typename?: 'ProductFeed' }
    | { __typename?: 'ProductOption' }
    | { __typename?: 'ProductOptionValue' }
    | { __typename?: 'ProductSetOperation' }
    | { __typename?: 'ProductTaxonomyNode' }
    | { __typename?: 'ProductVariant' }
    | { __typename?: 'ProductVariantComponent' }
    | { __typename?: 'Publication' }
    | { __typename?: 'PublicationResourceOperation' }
    | { __typename?: 'QuantityPriceBreak' }
    | { __typename?: 'Refund' }
    | { __typename?: 'RefundShippingLine' }
    | { __typename?: 'Return' }
    | { __typename?: 'ReturnLineItem' }
    | { __typename?: 'ReturnableFulfillment' }
    | { __typename?: 'ReverseDelivery' }
    | { __typename?: 'ReverseDeliveryLineItem' }
    | { __typename?: 'ReverseFulfillmentOrder' }
    | { __typename?: 'ReverseFulfillmentOrderDisposition' }
    | { __typename?: 'ReverseFulfillmentOrderLineItem' }
    | { __typename?: 'SaleAdditionalFee' }
    | { __typename?: 'SavedSearch' }
    | { __typename?: 'ScriptTag' }
    | { __typename?: 'Segment' }
    | { __typename?: 'SellingPlan' }
    | { __typename?: 'SellingPlanGroup' }
    | { __typename?: 'ServerPixel' }
    | { __typename?: 'Shop' }
    | { __typename?: 'ShopAddress' }
    | { __typename?: 'ShopPolicy' }
    | { __typename?: 'ShopifyPaymentsAccount' }
    | { __typename?: 'ShopifyPaymentsBalanceTransaction' }
    | { __typename?: 'ShopifyPaymentsBankAccount' }
    | { __typename?: 'ShopifyPaymentsDispute' }
    | { __typename?: 'ShopifyPaymentsDisputeEvidence' }
    | { __typename?: 'ShopifyPaymentsDisputeFileUpload' }
    | { __typename?: 'ShopifyPaymentsDisputeFulfillment' }
    | { __typename?: 'ShopifyPaymentsPayout' }
    | { __typename?: 'StaffMember' }
    | { __typename?: 'StandardMetafieldDefinitionTemplate' }
    | { __typename?: 'StoreCreditAccount' }
    | { __typename?: 'StoreCreditAccountCreditTransaction' }
    | { __typename?: 'StoreCreditAccountDebitRevertTransaction' }
    | { __typename?: 'StoreCreditAccountDebitTransaction' }
    | { __typename?: 'StorefrontAccessToken' }
    | { __typename?: 'SubscriptionBillingAttempt' }
    | { __typename?: 'SubscriptionContract' }
    | { __typename?: 'SubscriptionDraft' }
    | { __typename?: 'SubscriptionGateway' }
    | { __typename?: 'TaxonomyAttribute' }
    | { __typename?: 'TaxonomyCategory' }
    | { __typename?: 'TaxonomyChoiceListAttribute' }
    | { __typename?: 'TaxonomyMeasurementAttribute' }
    | { __typename?: 'TaxonomyValue' }
    | { __typename?: 'TenderTransaction' }
    | { __typename?: 'TransactionFee' }
    | { __typename?: 'UnverifiedReturnLineItem' }
    | { __typename?: 'UrlRedirect' }
    | { __typename?: 'UrlRedirectImport' }
    | { __typename?: 'Validation' }
    | { __typename?: 'Video' }
    | { __typename?: 'WebPixel' }
    | { __typename?: 'WebhookSubscription' }
   | null };

export type BulkOperationCancelMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BulkOperationCancelMutation = { __typename?: 'Mutation', bulkOperationCancel: { __typename?: 'BulkOperationCancelPayload', bulkOperation: { __typename?: 'BulkOperation', id: string, status: BulkOperationStatus } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string> | null, message: string }> } | null };

type CatalogAttributes_AppInstallation_Fragment = { __typename?: 'AppInstallation', mmGoogleShopping_gender: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_age_group: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_color: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_material: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_pattern: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_condition: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_mpn: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_system: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_type: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_0: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_1: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_2: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_3: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_4: { __typename?: 'Metafield', value: string } | null };

type CatalogAttributes_Article_Fragment = { __typename?: 'Article', mmGoogleShopping_gender: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_age_group: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_color: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_material: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_pattern: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_condition: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_mpn: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_system: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_type: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_0: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_1: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_2: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_3: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_4: { __typename?: 'Metafield', value: string } | null };

type CatalogAttributes_Blog_Fragment = { __typename?: 'Blog', mmGoogleShopping_gender: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_age_group: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_color: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_material: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_pattern: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_condition: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_mpn: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_system: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_type: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_0: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_1: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_2: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_3: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_4: { __typename?: 'Metafield', value: string } | null };

type CatalogAttributes_CartTransform_Fragment = { __typename?: 'CartTransform', mmGoogleShopping_gender: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_age_group: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_color: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_material: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_pattern: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_condition: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_mpn: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_system: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_type: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_0: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_1: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_2: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_3: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_4: { __typename?: 'Metafield', value: string } | null };

type CatalogAttributes_Collection_Fragment = { __typename?: 'Collection', mmGoogleShopping_gender: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_age_group: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_color: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_material: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_pattern: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_condition: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_mpn: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_system: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_type: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_0: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_1: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_2: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_3: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_4: { __typename?: 'Metafield', value: string } | null };

type CatalogAttributes_Company_Fragment = { __typename?: 'Company', mmGoogleShopping_gender: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_age_group: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_color: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_material: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_pattern: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_condition: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_mpn: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_system: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_type: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_0: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_1: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_2: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_3: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_4: { __typename?: 'Metafield', value: string } | null };

type CatalogAttributes_CompanyLocation_Fragment = { __typename?: 'CompanyLocation', mmGoogleShopping_gender: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_age_group: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_color: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_material: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_pattern: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_condition: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_mpn: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_system: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_type: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_0: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_1: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_2: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_3: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_4: { __typename?: 'Metafield', value: string } | null };

type CatalogAttributes_Customer_Fragment = { __typename?: 'Customer', mmGoogleShopping_gender: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_age_group: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_color: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_material: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_pattern: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_condition: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_mpn: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_system: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_type: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_0: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_1: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_2: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_3: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_4: { __typename?: 'Metafield', value: string } | null };

type CatalogAttributes_CustomerSegmentMember_Fragment = { __typename?: 'CustomerSegmentMember', mmGoogleShopping_gender: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_age_group: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_color: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_material: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_pattern: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_condition: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_mpn: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_system: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_type: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_0: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_1: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_2: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_3: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_4: { __typename?: 'Metafield', value: string } | null };

type CatalogAttributes_DeliveryCustomization_Fragment = { __typename?: 'DeliveryCustomization', mmGoogleShopping_gender: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_age_group: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_color: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_material: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_pattern: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_condition: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_mpn: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_system: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_type: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_0: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_1: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_2: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_3: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_4: { __typename?: 'Metafield', value: string } | null };

type CatalogAttributes_DeliveryMethod_Fragment = { __typename?: 'DeliveryMethod', mmGoogleShopping_gender: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_age_group: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_color: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_material: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_pattern: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_condition: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_mpn: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_system: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_type: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_0: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_1: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_2: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_3: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_4: { __typename?: 'Metafield', value: string } | null };

type CatalogAttributes_DiscountAutomaticNode_Fragment = { __typename?: 'DiscountAutomaticNode', mmGoogleShopping_gender: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_age_group: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_color: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_material: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_pattern: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_condition: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_mpn: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_system: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_type: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_0: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_1: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_2: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_3: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_4: { __typename?: 'Metafield', value: string } | null };

type CatalogAttributes_DiscountCodeNode_Fragment = { __typename?: 'DiscountCodeNode', mmGoogleShopping_gender: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_age_group: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_color: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_material: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_pattern: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_condition: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_mpn: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_system: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_type: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_0: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_1: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_2: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_3: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_4: { __typename?: 'Metafield', value: string } | null };

type CatalogAttributes_DiscountNode_Fragment = { __typename?: 'DiscountNode', mmGoogleShopping_gender: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_age_group: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_color: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_material: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_pattern: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_condition: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_mpn: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_system: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_type: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_0: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_1: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_2: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_3: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_4: { __typename?: 'Metafield', value: string } | null };

type CatalogAttributes_DraftOrder_Fragment = { __typename?: 'DraftOrder', mmGoogleShopping_gender: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_age_group: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_color: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_material: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_pattern: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_condition: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_mpn: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_system: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_type: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_0: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_1: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_2: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_3: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_4: { __typename?: 'Metafield', value: string } | null };

type CatalogAttributes_FulfillmentConstraintRule_Fragment = { __typename?: 'FulfillmentConstraintRule', mmGoogleShopping_gender: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_age_group: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_color: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_material: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_pattern: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_condition: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_mpn: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_system: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_type: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_0: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_1: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_2: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_3: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_4: { __typename?: 'Metafield', value: string } | null };

type CatalogAttributes_GiftCardCreditTransaction_Fragment = { __typename?: 'GiftCardCreditTransaction', mmGoogleShopping_gender: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_age_group: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_color: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_material: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_pattern: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_condition: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_mpn: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_system: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_type: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_0: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_1: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_2: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_3: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_4: { __typename?: 'Metafield', value: string } | null };

type CatalogAttributes_GiftCardDebitTransaction_Fragment = { __typename?: 'GiftCardDebitTransaction', mmGoogleShopping_gender: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_age_group: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_color: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_material: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_pattern: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_condition: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_mpn: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_system: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_type: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_0: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_1: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_2: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_3: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_4: { __typename?: 'Metafield', value: string } | null };

type CatalogAttributes_Image_Fragment = { __typename?: 'Image', mmGoogleShopping_gender: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_age_group: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_color: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_material: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_pattern: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_condition: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_mpn: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_system: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_type: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_0: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_1: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_2: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_3: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_4: { __typename?: 'Metafield', value: string } | null };

type CatalogAttributes_InventoryTransfer_Fragment = { __typename?: 'InventoryTransfer', mmGoogleShopping_gender: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_age_group: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_color: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_material: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_pattern: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_condition: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_mpn: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_system: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_type: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_0: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_1: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_2: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_3: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_4: { __typename?: 'Metafield', value: string } | null };

type CatalogAttributes_Location_Fragment = { __typename?: 'Location', mmGoogleShopping_gender: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_age_group: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_color: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_material: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_pattern: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_condition: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_mpn: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_system: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_type: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_0: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_1: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_2: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_3: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_4: { __typename?: 'Metafield', value: string } | null };

type CatalogAttributes_Market_Fragment = { __typename?: 'Market', mmGoogleShopping_gender: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_age_group: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_color: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_material: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_pattern: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_condition: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_mpn: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_system: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_type: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_0: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_1: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_2: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_3: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_4: { __typename?: 'Metafield', value: string } | null };

type CatalogAttributes_MediaImage_Fragment = { __typename?: 'MediaImage', mmGoogleShopping_gender: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_age_group: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_color: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_material: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_pattern: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_condition: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_mpn: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_system: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_type: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_0: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_1: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_2: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_3: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_4: { __typename?: 'Metafield', value: string } | null };

type CatalogAttributes_Order_Fragment = { __typename?: 'Order', mmGoogleShopping_gender: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_age_group: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_color: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_material: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_pattern: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_condition: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_mpn: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_system: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_type: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_0: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_1: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_2: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_3: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_4: { __typename?: 'Metafield', value: string } | null };

type CatalogAttributes_Page_Fragment = { __typename?: 'Page', mmGoogleShopping_gender: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_age_group: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_color: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_material: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_pattern: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_condition: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_mpn: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_system: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_type: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_0: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_1: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_2: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_3: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_4: { __typename?: 'Metafield', value: string } | null };

type CatalogAttributes_PaymentCustomization_Fragment = { __typename?: 'PaymentCustomization', mmGoogleShopping_gender: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_age_group: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_color: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_material: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_pattern: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_condition: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_mpn: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_system: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_type: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_0: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_1: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_2: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_3: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_4: { __typename?: 'Metafield', value: string } | null };

type CatalogAttributes_Product_Fragment = { __typename?: 'Product', mmGoogleShopping_gender: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_age_group: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_color: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_material: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_pattern: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_condition: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_mpn: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_system: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_type: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_0: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_1: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_2: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_3: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_4: { __typename?: 'Metafield', value: string } | null };

type CatalogAttributes_ProductVariant_Fragment = { __typename?: 'ProductVariant', mmGoogleShopping_gender: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_age_group: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_color: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_material: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_pattern: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_condition: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_mpn: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_system: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_type: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_0: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_1: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_2: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_3: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_4: { __typename?: 'Metafield', value: string } | null };

type CatalogAttributes_SellingPlan_Fragment = { __typename?: 'SellingPlan', mmGoogleShopping_gender: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_age_group: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_color: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_material: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_pattern: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_condition: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_mpn: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_system: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_type: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_0: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_1: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_2: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_3: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_4: { __typename?: 'Metafield', value: string } | null };

type CatalogAttributes_Shop_Fragment = { __typename?: 'Shop', mmGoogleShopping_gender: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_age_group: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_color: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_material: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_pattern: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_condition: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_mpn: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_system: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_type: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_0: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_1: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_2: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_3: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_4: { __typename?: 'Metafield', value: string } | null };

type CatalogAttributes_Validation_Fragment = { __typename?: 'Validation', mmGoogleShopping_gender: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_age_group: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_color: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_material: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_pattern: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_condition: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_mpn: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_system: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_type: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_0: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_1: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_2: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_3: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_4: { __typename?: 'Metafield', value: string } | null };

export type CatalogAttributesFragment =
  | CatalogAttributes_AppInstallation_Fragment
  | CatalogAttributes_Article_Fragment
  | CatalogAttributes_Blog_Fragment
  | CatalogAttributes_CartTransform_Fragment
  | CatalogAttributes_Collection_Fragment
  | CatalogAttributes_Company_Fragment
  | CatalogAttributes_CompanyLocation_Fragment
  | CatalogAttributes_Customer_Fragment
  | CatalogAttributes_CustomerSegmentMember_Fragment
  | CatalogAttributes_DeliveryCustomization_Fragment
  | CatalogAttributes_DeliveryMethod_Fragment
  | CatalogAttributes_DiscountAutomaticNode_Fragment
  | CatalogAttributes_DiscountCodeNode_Fragment
  | CatalogAttributes_DiscountNode_Fragment
  | CatalogAttributes_DraftOrder_Fragment
  | CatalogAttributes_FulfillmentConstraintRule_Fragment
  | CatalogAttributes_GiftCardCreditTransaction_Fragment
  | CatalogAttributes_GiftCardDebitTransaction_Fragment
  | CatalogAttributes_Image_Fragment
  | CatalogAttributes_InventoryTransfer_Fragment
  | CatalogAttributes_Location_Fragment
  | CatalogAttributes_Market_Fragment
  | CatalogAttributes_MediaImage_Fragment
  | CatalogAttributes_Order_Fragment
  | CatalogAttributes_Page_Fragment
  | CatalogAttributes_PaymentCustomization_Fragment
  | CatalogAttributes_Product_Fragment
  | CatalogAttributes_ProductVariant_Fragment
  | CatalogAttributes_SellingPlan_Fragment
  | CatalogAttributes_Shop_Fragment
  | CatalogAttributes_Validation_Fragment
;

export type CatalogProductFragment = { __typename?: 'Product', id: string, legacyResourceId: string, handle: string, title: string, descriptionHtml: string, vendor: string, productType: string, tags: Array<string>, status: ProductStatus, onlineStoreUrl: string | null, createdAt: string, updatedAt: string, category: { __typename?: 'TaxonomyCategory', id: string, fullName: string } | null, seo: { __typename?: 'SEO', title: string | null, description: string | null }, options: Array<{ __typename?: 'ProductOption', name: string, values: Array<string> }>, featuredMedia:
    | { __typename?: 'ExternalVideo', id: string, preview: { __typename?: 'MediaPreviewImage', image: { __typename?: 'Image', url: string, width: number | null, height: number | null } | null } | null }
    | { __typename?: 'MediaImage', id: string, preview: { __typename?: 'MediaPreviewImage', image: { __typename?: 'Image', url: string, width: number | null, height: number | null } | null } | null }
    | { __typename?: 'Model3d', id: string, preview: { __typename?: 'MediaPreviewImage', image: { __typename?: 'Image', url: string, width: number | null, height: number | null } | null } | null }
    | { __typename?: 'Video', id: string, preview: { __typename?: 'MediaPreviewImage', image: { __typename?: 'Image', url: string, width: number | null, height: number | null } | null } | null }
   | null, mmGoogleShopping_gender: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_age_group: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_color: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_material: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_pattern: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_condition: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_mpn: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_system: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_type: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_0: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_1: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_2: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_3: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_4: { __typename?: 'Metafield', value: string } | null };

type CatalogMedia_ExternalVideo_Fragment = { __typename?: 'ExternalVideo', id: string, mediaContentType: MediaContentType, alt: string | null, status: MediaStatus };

type CatalogMedia_MediaImage_Fragment = { __typename?: 'MediaImage', id: string, mediaContentType: MediaContentType, alt: string | null, status: MediaStatus, image: { __typename?: 'Image', url: string, width: number | null, height: number | null } | null };

type CatalogMedia_Model3d_Fragment = { __typename?: 'Model3d', id: string, mediaContentType: MediaContentType, alt: string | null, status: MediaStatus };

type CatalogMedia_Video_Fragment = { __typename?: 'Video', id: string, mediaContentType: MediaContentType, alt: string | null, status: MediaStatus };

export type CatalogMediaFragment =
  | CatalogMedia_ExternalVideo_Fragment
  | CatalogMedia_MediaImage_Fragment
  | CatalogMedia_Model3d_Fragment
  | CatalogMedia_Video_Fragment
;

export type CatalogCollectionFragment = { __typename?: 'Collection', id: string, handle: string, title: string };

export type CatalogVariantFragment = { __typename?: 'ProductVariant', id: string, legacyResourceId: string, title: string, sku: string | null, barcode: string | null, price: string, compareAtPrice: string | null, inventoryQuantity: number | null, inventoryPolicy: ProductVariantInventoryPolicy, position: number, selectedOptions: Array<{ __typename?: 'SelectedOption', name: string, value: string }>, image: { __typename?: 'Image', url: string, width: number | null, height: number | null } | null, inventoryItem: { __typename?: 'InventoryItem', id: string, tracked: boolean, measurement: { __typename?: 'InventoryItemMeasurement', weight: { __typename?: 'Weight', value: number, unit: WeightUnit } | null } }, mmGoogleShopping_gender: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_age_group: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_color: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_material: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_pattern: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_condition: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_mpn: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_system: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_type: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_0: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_1: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_2: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_3: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_4: { __typename?: 'Metafield', value: string } | null };

export type CatalogInventoryVariantFragment = { __typename?: 'ProductVariant', id: string, inventoryQuantity: number | null, product: { __typename?: 'Product', id: string } };

export type CatalogInventoryItemFragment = { __typename?: 'InventoryItem', id: string, tracked: boolean };

export type CatalogInventoryLevelFragment = { __typename?: 'InventoryLevel', id: string, location: { __typename?: 'Location', id: string, name: string }, quantities: Array<{ __typename?: 'InventoryQuantity', name: string, quantity: number }> };

export type CatalogTranslationFragment = { __typename?: 'Translation', key: string, value: string | null, locale: string };

export type CatalogContextualPricingFragment = { __typename?: 'ProductVariantContextualPricing', price: { __typename?: 'MoneyV2', amount: string, currencyCode: CurrencyCode }, compareAtPrice: { __typename?: 'MoneyV2', amount: string, currencyCode: CurrencyCode } | null };

export type CatalogPriceVariantFragment = { __typename?: 'ProductVariant', id: string, price: string, compareAtPrice: string | null, product: { __typename?: 'Product', id: string } };

export type ProductsPageQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  cursor?: InputMaybe<Scalars['String']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
}>;


export type ProductsPageQuery = { __typename?: 'QueryRoot', products: { __typename?: 'ProductConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename?: 'Product', id: string, legacyResourceId: string, handle: string, title: string, descriptionHtml: string, vendor: string, productType: string, tags: Array<string>, status: ProductStatus, onlineStoreUrl: string | null, createdAt: string, updatedAt: string, media: { __typename?: 'MediaConnection', nodes: Array<
          | { __typename?: 'ExternalVideo', id: string, mediaContentType: MediaContentType, alt: string | null, status: MediaStatus }
          | { __typename?: 'MediaImage', id: string, mediaContentType: MediaContentType, alt: string | null, status: MediaStatus, image: { __typename?: 'Image', url: string, width: number | null, height: number | null } | null }
          | { __typename?: 'Model3d', id: string, mediaContentType: MediaContentType, alt: string | null, status: MediaStatus }
          | { __typename?: 'Video', id: string, mediaContentType: MediaContentType, alt: string | null, status: MediaStatus }
        > }, collections: { __typename?: 'CollectionConnection', nodes: Array<{ __typename?: 'Collection', id: string, handle: string, title: string }> }, category: { __typename?: 'TaxonomyCategory', id: string, fullName: string } | null, seo: { __typename?: 'SEO', title: string | null, description: string | null }, options: Array<{ __typename?: 'ProductOption', name: string, values: Array<string> }>, featuredMedia:
        | { __typename?: 'ExternalVideo', id: string, preview: { __typename?: 'MediaPreviewImage', image: { __typename?: 'Image', url: string, width: number | null, height: number | null } | null } | null }
        | { __typename?: 'MediaImage', id: string, preview: { __typename?: 'MediaPreviewImage', image: { __typename?: 'Image', url: string, width: number | null, height: number | null } | null } | null }
        | { __typename?: 'Model3d', id: string, preview: { __typename?: 'MediaPreviewImage', image: { __typename?: 'Image', url: string, width: number | null, height: number | null } | null } | null }
        | { __typename?: 'Video', id: string, preview: { __typename?: 'MediaPreviewImage', image: { __typename?: 'Image', url: string, width: number | null, height: number | null } | null } | null }
       | null, mmGoogleShopping_gender: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_age_group: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_color: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_material: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_pattern: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_condition: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_mpn: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_system: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_type: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_0: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_1: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_2: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_3: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_4: { __typename?: 'Metafield', value: string } | null }> } };

export type ProductVariantsPageQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  cursor?: InputMaybe<Scalars['String']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
}>;


export type ProductVariantsPageQuery = { __typename?: 'QueryRoot', productVariants: { __typename?: 'ProductVariantConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename?: 'ProductVariant', id: string, legacyResourceId: string, title: string, sku: string | null, barcode: string | null, price: string, compareAtPrice: string | null, inventoryQuantity: number | null, inventoryPolicy: ProductVariantInventoryPolicy, position: number, product: { __typename?: 'Product', id: string }, selectedOptions: Array<{ __typename?: 'SelectedOption', name: string, value: string }>, image: { __typename?: 'Image', url: string, width: number | null, height: number | null } | null, inventoryItem: { __typename?: 'InventoryItem', id: string, tracked: boolean, measurement: { __typename?: 'InventoryItemMeasurement', weight: { __typename?: 'Weight', value: number, unit: WeightUnit } | null } }, mmGoogleShopping_gender: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_age_group: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_color: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_material: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_pattern: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_condition: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_mpn: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_system: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_size_type: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_0: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_1: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_2: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_3: { __typename?: 'Metafield', value: string } | null, mmGoogleShopping_custom_label_4: { __typename?: 'Metafield', value: string } | null }> } };

export type VariantInventoryPageQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  cursor?: InputMaybe<Scalars['String']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
}>;


export type VariantInventoryPageQuery = { __typename?: 'QueryRoot', productVariants: { __typename?: 'ProductVariantConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename?: 'ProductVariant', id: string, inventoryQuantity: number | null, inventoryItem: { __typename?: 'InventoryItem', id: string, tracked: boolean, inventoryLevels: { __typename?: 'InventoryLevelConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean }, nodes: Array<{ __typename?: 'InventoryLevel', id: string, location: { __typename?: 'Location', id: string, name: string }, quantities: Array<{ __typename?: 'InventoryQuantity', name: string, quantity: number }> }> } }, product: { __typename?: 'Product', id: string } }> } };

export type VariantContextualPricesPageQueryVariables = Exact<{
  country: CountryCode;
  first: Scalars['Int']['input'];
  cursor?: InputMaybe<Scalars['String']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
}>;


export type VariantContextualPricesPageQuery = { __typename?: 'QueryRoot', productVariants: { __typename?: 'ProductVariantConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename?: 'ProductVariant', id: string, price: string, compareAtPrice: string | null, contextualPricing: { __typename?: 'ProductVariantContextualPricing', price: { __typename?: 'MoneyV2', amount: string, currencyCode: CurrencyCode }, compareAtPrice: { __typename?: 'MoneyV2', amount: string, currencyCode: CurrencyCode } | null }, product: { __typename?: 'Product', id: string } }> } };

export type ProductTranslationsPageQueryVariables = Exact<{
  locale: Scalars['String']['input'];
  first: Scalars['Int']['input'];
  cursor?: InputMaybe<Scalars['String']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
}>;


export type ProductTranslationsPageQuery = { __typename?: 'QueryRoot', products: { __typename?: 'ProductConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename?: 'Product', id: string, translations: Array<{ __typename?: 'Translation', key: string, value: string | null, locale: string }> }> } };

export type OrderRefFieldsFragment = { __typename?: 'Order', id: string, name: string, sourceName: string | null, sourceIdentifier: string | null, cancelledAt: string | null };

export type OrdersBySourceQueryVariables = Exact<{
  query: Scalars['String']['input'];
}>;


export type OrdersBySourceQuery = { __typename?: 'QueryRoot', orders: { __typename?: 'OrderConnection', nodes: Array<{ __typename?: 'Order', id: string, name: string, sourceName: string | null, sourceIdentifier: string | null, cancelledAt: string | null }> } };

export type OrderCreateMutationVariables = Exact<{
  order: OrderCreateOrderInput;
  options?: InputMaybe<OrderCreateOptionsInput>;
}>;


export type OrderCreateMutation = { __typename?: 'Mutation', orderCreate: { __typename?: 'OrderCreatePayload', order: { __typename?: 'Order', id: string, name: string, sourceName: string | null, sourceIdentifier: string | null, cancelledAt: string | null } | null, userErrors: Array<{ __typename?: 'OrderCreateUserError', field: Array<string> | null, message: string, code: OrderCreateUserErrorCode | null }> } | null };

export type OrderLineItemsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OrderLineItemsQuery = { __typename?: 'QueryRoot', order: { __typename?: 'Order', id: string, lineItems: { __typename?: 'LineItemConnection', nodes: Array<{ __typename?: 'LineItem', id: string, sku: string | null, quantity: number, variant: { __typename?: 'ProductVariant', id: string } | null }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } } | null };

export type OrderCancelMutationVariables = Exact<{
  orderId: Scalars['ID']['input'];
  reason: OrderCancelReason;
  staffNote?: InputMaybe<Scalars['String']['input']>;
}>;


export type OrderCancelMutation = { __typename?: 'Mutation', orderCancel: { __typename?: 'OrderCancelPayload', job: { __typename?: 'Job', id: string, done: boolean } | null, orderCancelUserErrors: Array<{ __typename?: 'OrderCancelUserError', field: Array<string> | null, message: string, code: OrderCancelUserErrorCode | null }> } | null };

export type CancelJobQueryVariables = Exact<{
  jobId: Scalars['ID']['input'];
  orderId: Scalars['ID']['input'];
}>;


export type CancelJobQuery = { __typename?: 'QueryRoot', job: { __typename?: 'Job', id: string, done: boolean, query: { __typename?: 'QueryRoot', order: { __typename?: 'Order', id: string, cancelledAt: string | null } | null } | null } | null };

export type RefundContextQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RefundContextQuery = { __typename?: 'QueryRoot', order: { __typename?: 'Order', id: string, transactions: Array<{ __typename?: 'OrderTransaction', id: string, kind: OrderTransactionKind, status: OrderTransactionStatus, gateway: string | null }>, lineItems: { __typename?: 'LineItemConnection', nodes: Array<{ __typename?: 'LineItem', id: string, unfulfilledQuantity: number }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } } | null };

export type RefundCreateMutationVariables = Exact<{
  input: RefundInput;
  key: Scalars['String']['input'];
}>;


export type RefundCreateMutation = { __typename?: 'Mutation', refundCreate: { __typename?: 'RefundCreatePayload', refund: { __typename?: 'Refund', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field: Array<string> | null, message: string }> } | null };

export type ShopMarketFragment = { __typename?: 'Market', id: string, handle: string, name: string, enabled: boolean, currencySettings: { __typename?: 'MarketCurrencySettings', localCurrencies: boolean, baseCurrency: { __typename?: 'CurrencySetting', currencyCode: CurrencyCode } } | null, webPresences: { __typename?: 'MarketWebPresenceConnection', nodes: Array<{ __typename?: 'MarketWebPresence', id: string, subfolderSuffix: string | null, domain: { __typename?: 'Domain', host: string, url: string } | null, defaultLocale: { __typename?: 'ShopLocale', locale: string }, alternateLocales: Array<{ __typename?: 'ShopLocale', locale: string }>, rootUrls: Array<{ __typename?: 'MarketWebPresenceRootUrl', locale: string, url: string }> }> } };

export type MarketRegionCountriesFragment = { __typename?: 'MarketRegionConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<
    | { __typename?: 'MarketRegionCountry', code: CountryCode, id: string, name: string }
    | { __typename?: 'MarketRegionProvince', id: string, name: string }
  > };

export type ShopFactsQueryVariables = Exact<{
  marketsAfter?: InputMaybe<Scalars['String']['input']>;
}>;


export type ShopFactsQuery = { __typename?: 'QueryRoot', shop: { __typename?: 'Shop', id: string, name: string, myshopifyDomain: string, currencyCode: CurrencyCode, ianaTimezone: string, primaryDomain: { __typename?: 'Domain', host: string, url: string } }, shopLocales: Array<{ __typename?: 'ShopLocale', locale: string, name: string, primary: boolean, published: boolean }>, locations: { __typename?: 'LocationConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename?: 'Location', id: string, name: string, isActive: boolean }> }, markets: { __typename?: 'MarketConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename?: 'Market', id: string, handle: string, name: string, enabled: boolean, regions: { __typename?: 'MarketRegionConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<
          | { __typename?: 'MarketRegionCountry', code: CountryCode, id: string, name: string }
          | { __typename?: 'MarketRegionProvince', id: string, name: string }
        > }, currencySettings: { __typename?: 'MarketCurrencySettings', localCurrencies: boolean, baseCurrency: { __typename?: 'CurrencySetting', currencyCode: CurrencyCode } } | null, webPresences: { __typename?: 'MarketWebPresenceConnection', nodes: Array<{ __typename?: 'MarketWebPresence', id: string, subfolderSuffix: string | null, domain: { __typename?: 'Domain', host: string, url: string } | null, defaultLocale: { __typename?: 'ShopLocale', locale: string }, alternateLocales: Array<{ __typename?: 'ShopLocale', locale: string }>, rootUrls: Array<{ __typename?: 'MarketWebPresenceRootUrl', locale: string, url: string }> }> } }> } };

export type MarketRegionsQueryVariables = Exact<{
  marketId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MarketRegionsQuery = { __typename?: 'QueryRoot', market: { __typename?: 'Market', id: string, regions: { __typename?: 'MarketRegionConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<
        | { __typename?: 'MarketRegionCountry', code: CountryCode, id: string, name: string }
        | { __typename?: 'MarketRegionProvince', id: string, name: string }
      > } } | null };

export const BulkOperationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkOperationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkOperation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"objectCount"}},{"kind":"Field","name":{"kind":"Name","value":"rootObjectCount"}},{"kind":"Field","name":{"kind":"Name","value":"fileSize"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"partialDataUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]} as unknown as DocumentNode<BulkOperationFieldsFragment, unknown>;
export const CatalogAttributesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogAttributes"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HasMetafields"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_gender"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"gender","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_age_group"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"age_group","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_color"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"color","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_size"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"size","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_material"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"material","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_pattern"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"pattern","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_condition"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"condition","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_mpn"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"mpn","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_size_system"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"size_system","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_size_type"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"size_type","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_custom_label_0"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"custom_label_0","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_custom_label_1"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"custom_label_1","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_custom_label_2"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"custom_label_2","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_custom_label_3"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"custom_label_3","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_custom_label_4"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"custom_label_4","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<CatalogAttributesFragment, unknown>;
export const CatalogProductFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogProduct"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legacyResourceId"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"productType"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"onlineStoreUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"featuredMedia"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogAttributes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogAttributes"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HasMetafields"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_gender"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"gender","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_age_group"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"age_group","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_color"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"color","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_size"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"size","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_material"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"material","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_pattern"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"pattern","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_condition"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"condition","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_mpn"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"mpn","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_size_system"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"size_system","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_size_type"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"size_type","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_custom_label_0"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"custom_label_0","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_custom_label_1"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"custom_label_1","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_custom_label_2"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"custom_label_2","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_custom_label_3"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"custom_label_3","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_custom_label_4"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"custom_label_4","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<CatalogProductFragment, unknown>;
export const CatalogMediaFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogMedia"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Media"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mediaContentType"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MediaImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogMediaFragment, unknown>;
export const CatalogCollectionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogCollection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Collection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]} as unknown as DocumentNode<CatalogCollectionFragment, unknown>;
export const CatalogVariantFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogVariant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductVariant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legacyResourceId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"barcode"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"compareAtPrice"}},{"kind":"Field","name":{"kind":"Name","value":"inventoryQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"inventoryPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"selectedOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inventoryItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tracked"}},{"kind":"Field","name":{"kind":"Name","value":"measurement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weight"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogAttributes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogAttributes"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HasMetafields"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_gender"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"gender","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_age_group"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"age_group","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_color"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"color","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_size"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"size","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_material"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"material","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_pattern"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"pattern","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_condition"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"condition","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_mpn"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"mpn","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_size_system"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"size_system","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_size_type"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"size_type","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_custom_label_0"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"custom_label_0","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_custom_label_1"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"custom_label_1","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_custom_label_2"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"custom_label_2","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_custom_label_3"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"custom_label_3","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_custom_label_4"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"custom_label_4","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<CatalogVariantFragment, unknown>;
export const CatalogInventoryVariantFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogInventoryVariant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductVariant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inventoryQuantity"}}]}}]} as unknown as DocumentNode<CatalogInventoryVariantFragment, unknown>;
export const CatalogInventoryItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogInventoryItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InventoryItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tracked"}}]}}]} as unknown as DocumentNode<CatalogInventoryItemFragment, unknown>;
export const CatalogInventoryLevelFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogInventoryLevel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InventoryLevel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"names"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"available","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}}]} as unknown as DocumentNode<CatalogInventoryLevelFragment, unknown>;
export const CatalogTranslationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogTranslation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Translation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]} as unknown as DocumentNode<CatalogTranslationFragment, unknown>;
export const CatalogContextualPricingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogContextualPricing"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductVariantContextualPricing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compareAtPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}}]}}]} as unknown as DocumentNode<CatalogContextualPricingFragment, unknown>;
export const CatalogPriceVariantFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogPriceVariant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductVariant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"compareAtPrice"}}]}}]} as unknown as DocumentNode<CatalogPriceVariantFragment, unknown>;
export const OrderRefFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderRefFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sourceName"}},{"kind":"Field","name":{"kind":"Name","value":"sourceIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}}]}}]} as unknown as DocumentNode<OrderRefFieldsFragment, unknown>;
export const ShopMarketFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShopMarket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Market"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"currencySettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseCurrency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localCurrencies"}}]}},{"kind":"Field","name":{"kind":"Name","value":"webPresences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subfolderSuffix"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaultLocale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alternateLocales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rootUrls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ShopMarketFragment, unknown>;
export const MarketRegionCountriesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MarketRegionCountries"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MarketRegionConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MarketRegionCountry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MarketRegionCountriesFragment, unknown>;
export const BulkOperationRunQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BulkOperationRunQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkOperationRunQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkOperation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<BulkOperationRunQueryMutation, BulkOperationRunQueryMutationVariables>;
export const CurrentBulkOperationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentBulkOperation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentBulkOperation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"QUERY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulkOperationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkOperationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkOperation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"objectCount"}},{"kind":"Field","name":{"kind":"Name","value":"rootObjectCount"}},{"kind":"Field","name":{"kind":"Name","value":"fileSize"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"partialDataUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]} as unknown as DocumentNode<CurrentBulkOperationQuery, CurrentBulkOperationQueryVariables>;
export const BulkOperationByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BulkOperationById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkOperation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulkOperationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkOperationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkOperation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"objectCount"}},{"kind":"Field","name":{"kind":"Name","value":"rootObjectCount"}},{"kind":"Field","name":{"kind":"Name","value":"fileSize"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"partialDataUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]} as unknown as DocumentNode<BulkOperationByIdQuery, BulkOperationByIdQueryVariables>;
export const BulkOperationCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BulkOperationCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkOperationCancel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkOperation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BulkOperationCancelMutation, BulkOperationCancelMutationVariables>;
export const ProductsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cursor"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cursor"}}},{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"sortKey"},"value":{"kind":"EnumValue","value":"ID"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogProduct"}},{"kind":"Field","name":{"kind":"Name","value":"media"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogMedia"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"collections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogCollection"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogAttributes"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HasMetafields"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_gender"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"gender","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_age_group"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"age_group","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_color"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"color","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_size"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"size","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_material"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"material","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_pattern"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"pattern","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_condition"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"condition","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_mpn"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"mpn","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_size_system"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"size_system","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_size_type"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"size_type","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_custom_label_0"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"custom_label_0","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_custom_label_1"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"custom_label_1","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_custom_label_2"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"custom_label_2","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_custom_label_3"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"custom_label_3","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_custom_label_4"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"custom_label_4","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogProduct"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legacyResourceId"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"productType"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"onlineStoreUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"featuredMedia"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogAttributes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogMedia"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Media"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mediaContentType"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MediaImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogCollection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Collection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]} as unknown as DocumentNode<ProductsPageQuery, ProductsPageQueryVariables>;
export const ProductVariantsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductVariantsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cursor"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productVariants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cursor"}}},{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"sortKey"},"value":{"kind":"EnumValue","value":"ID"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogVariant"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogAttributes"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HasMetafields"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_gender"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"gender","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_age_group"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"age_group","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_color"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"color","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_size"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"size","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_material"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"material","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_pattern"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"pattern","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_condition"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"condition","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_mpn"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"mpn","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_size_system"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"size_system","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_size_type"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"size_type","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_custom_label_0"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"custom_label_0","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_custom_label_1"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"custom_label_1","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_custom_label_2"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"custom_label_2","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_custom_label_3"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"custom_label_3","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mmGoogleShopping_custom_label_4"},"name":{"kind":"Name","value":"metafield"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"mm-google-shopping","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"custom_label_4","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogVariant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductVariant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legacyResourceId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"barcode"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"compareAtPrice"}},{"kind":"Field","name":{"kind":"Name","value":"inventoryQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"inventoryPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"selectedOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inventoryItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tracked"}},{"kind":"Field","name":{"kind":"Name","value":"measurement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weight"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogAttributes"}}]}}]} as unknown as DocumentNode<ProductVariantsPageQuery, ProductVariantsPageQueryVariables>;
export const VariantInventoryPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VariantInventoryPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cursor"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productVariants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cursor"}}},{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"sortKey"},"value":{"kind":"EnumValue","value":"ID"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogInventoryVariant"}},{"kind":"Field","name":{"kind":"Name","value":"inventoryItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogInventoryItem"}},{"kind":"Field","name":{"kind":"Name","value":"inventoryLevels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogInventoryLevel"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogInventoryVariant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductVariant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inventoryQuantity"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogInventoryItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InventoryItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tracked"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogInventoryLevel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InventoryLevel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"names"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"available","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}}]} as unknown as DocumentNode<VariantInventoryPageQuery, VariantInventoryPageQueryVariables>;
export const VariantContextualPricesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VariantContextualPricesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"country"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CountryCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cursor"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productVariants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cursor"}}},{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"sortKey"},"value":{"kind":"EnumValue","value":"ID"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogPriceVariant"}},{"kind":"Field","name":{"kind":"Name","value":"contextualPricing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"context"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"country"},"value":{"kind":"Variable","name":{"kind":"Name","value":"country"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogContextualPricing"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogContextualPricing"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductVariantContextualPricing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compareAtPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogPriceVariant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductVariant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"compareAtPrice"}}]}}]} as unknown as DocumentNode<VariantContextualPricesPageQuery, VariantContextualPricesPageQueryVariables>;
export const ProductTranslationsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductTranslationsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cursor"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cursor"}}},{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"sortKey"},"value":{"kind":"EnumValue","value":"ID"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogTranslation"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogTranslation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Translation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]} as unknown as DocumentNode<ProductTranslationsPageQuery, ProductTranslationsPageQueryVariables>;
export const OrdersBySourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrdersBySource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderRefFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderRefFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sourceName"}},{"kind":"Field","name":{"kind":"Name","value":"sourceIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}}]}}]} as unknown as DocumentNode<OrdersBySourceQuery, OrdersBySourceQueryVariables>;
export const OrderCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderCreateOrderInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"options"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderCreateOptionsInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}},{"kind":"Argument","name":{"kind":"Name","value":"options"},"value":{"kind":"Variable","name":{"kind":"Name","value":"options"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderRefFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderRefFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sourceName"}},{"kind":"Field","name":{"kind":"Name","value":"sourceIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}}]}}]} as unknown as DocumentNode<OrderCreateMutation, OrderCreateMutationVariables>;
export const OrderLineItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderLineItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderLineItemsQuery, OrderLineItemsQueryVariables>;
export const OrderCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderCancelReason"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffNote"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderCancel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"restock"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"notifyCustomer"},"value":{"kind":"BooleanValue","value":false}},{"kind":"Argument","name":{"kind":"Name","value":"refund"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"staffNote"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffNote"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orderCancelUserErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrderCancelMutation, OrderCancelMutationVariables>;
export const CancelJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CancelJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"query"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CancelJobQuery, CancelJobQueryVariables>;
export const RefundContextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RefundContext"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"gateway"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unfulfilledQuantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RefundContextQuery, RefundContextQueryVariables>;
export const RefundCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefundCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefundInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refundCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"idempotent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RefundCreateMutation, RefundCreateMutationVariables>;
export const ShopFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShopFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"marketsAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"myshopifyDomain"}},{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"ianaTimezone"}},{"kind":"Field","name":{"kind":"Name","value":"primaryDomain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shopLocales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"primary"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}},{"kind":"Field","name":{"kind":"Name","value":"locations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"250"}},{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"sortKey"},"value":{"kind":"EnumValue","value":"NAME"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"markets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"marketsAfter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShopMarket"}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MarketRegionCountries"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShopMarket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Market"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"currencySettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseCurrency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localCurrencies"}}]}},{"kind":"Field","name":{"kind":"Name","value":"webPresences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subfolderSuffix"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaultLocale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alternateLocales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rootUrls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MarketRegionCountries"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MarketRegionConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MarketRegionCountry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ShopFactsQuery, ShopFactsQueryVariables>;
export const MarketRegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarketRegions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"marketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"market"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"marketId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"250"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MarketRegionCountries"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MarketRegionCountries"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MarketRegionConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MarketRegionCountry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MarketRegionsQuery, MarketRegionsQueryVariables>;