// Variant attributes (color, size, material, pattern, gender, age group) from the variant's selected
// options and the product's mapped metafields (product.attributes), with a tolerant name table:
// merchants call the option "Colour", "Farbe", "Taille", "Größe"… The variant's option wins.

import type { FeedVariant } from "../channel-adapter";
import { cachedByString } from "./memo";

export type AttributeKey = "color" | "size" | "material" | "pattern" | "gender" | "age_group";
export type Gender = "male" | "female" | "unisex";
export type AgeGroup = "newborn" | "infant" | "toddler" | "kids" | "teen" | "adult" | "all ages";
export type VariantAttributes = Partial<Record<AttributeKey, string>>;

const NAMES: Record<AttributeKey, string[]> = {
  color: ["color", "colour", "colors", "colours", "farbe", "couleur", "color principal", "colore", "kleur", "färg", "farve", "farge", "väri", "cor", "kolor", "barva", "szín", "renk", "色", "カラー", "颜色", "색상"],
  size: ["size", "sizes", "größe", "grösse", "groesse", "taille", "talla", "taglia", "maat", "storlek", "størrelse", "koko", "tamanho", "rozmiar", "velikost", "méret", "beden", "サイズ", "尺码", "尺寸", "사이즈"],
  material: ["material", "materials", "materiaal", "matériau", "matière", "materiale", "stoff", "fabric", "material principal", "materiał", "anyag", "素材", "材质"],
  pattern: ["pattern", "muster", "motif", "patrón", "estampado", "motivo", "fantasia", "patroon", "mönster", "wzór", "minta", "柄", "图案"],
  gender: ["gender", "geschlecht", "genre", "género", "genere", "geslacht", "kön", "płeć", "nem", "sexo", "sex", "性別", "性别"],
  age_group: ["age group", "agegroup", "age", "altersgruppe", "alter", "tranche d'âge", "âge", "grupo de edad", "edad", "fascia d'età", "età", "leeftijdsgroep", "åldersgrupp", "grupa wiekowa", "年齢層", "年龄段"],
};

function normalizeName(name: string): string {
  return name.normalize("NFKC").toLowerCase().replace(/[_\-:]+/g, " ").replace(/\s+/g, " ").trim();
}

const BY_NAME = new Map<string, AttributeKey>();
for (const [key, names] of Object.entries(NAMES) as [AttributeKey, string[]][]) {
  for (const name of names) BY_NAME.set(normalizeName(name), key);
}

/** Which attribute an option or metafield name means, or null (a catalog has few option names: cached). */
export const attributeKey = cachedByString((name: string): AttributeKey | null => BY_NAME.get(normalizeName(name)) ?? null);

const GENDERS: Record<string, Gender> = {
  male: "male", men: "male", "men's": "male", mens: "male", man: "male", herren: "male", herr: "male", homme: "male", hommes: "male", hombre: "male", uomo: "male", heren: "male", boys: "male", boy: "male",
  female: "female", women: "female", "women's": "female", womens: "female", woman: "female", damen: "female", dame: "female", femme: "female", femmes: "female", mujer: "female", donna: "female", dames: "female", girls: "female", girl: "female", ladies: "female",
  unisex: "unisex", "all genders": "unisex", "gender neutral": "unisex",
};

const AGE_GROUPS: Record<string, AgeGroup> = {
  newborn: "newborn", neugeborene: "newborn", "nouveau-né": "newborn",
  infant: "infant", infants: "infant", baby: "infant", babies: "infant", bébé: "infant",
  toddler: "toddler", toddlers: "toddler", kleinkind: "toddler",
  kids: "kids", kid: "kids", children: "kids", child: "kids", kinder: "kids", enfant: "kids", enfants: "kids", niños: "kids", bambini: "kids",
  teen: "teen", teens: "teen", teenager: "teen", jugendliche: "teen",
  adult: "adult", adults: "adult", erwachsene: "adult", adulte: "adult", adulto: "adult",
  "all ages": "all ages", "alle altersgruppen": "all ages",
};

export function normalizeGender(value: string): Gender | null {
  return GENDERS[normalizeName(value)] ?? null;
}

export function normalizeAgeGroup(value: string): AgeGroup | null {
  return AGE_GROUPS[normalizeName(value)] ?? null;
}

/**
 * The variant's attributes. Gender and age group are normalised to the channels' shared vocabulary
 * when recognised; an unrecognised value is kept as written, and the channel decides (drop with a warning).
 */
export function variantAttributes(v: Pick<FeedVariant, "product" | "variant">): VariantAttributes {
  const out: VariantAttributes = {};
  for (const option of v.variant.selectedOptions) {
    const key = attributeKey(option.name);
    if (key && option.value !== "Default Title") setAttribute(out, key, option.value);
  }
  for (const name in v.product.attributes) {
    if (!Object.hasOwn(v.product.attributes, name)) continue;
    const key = attributeKey(name);
    if (key) setAttribute(out, key, v.product.attributes[name]);
  }
  return out;
}

/** The first value of an attribute wins; gender and age group in the shared vocabulary when recognised. */
function setAttribute(out: VariantAttributes, key: AttributeKey, raw: string): void {
  const value = raw.trim();
  if (!value || out[key] !== undefined) return;
  if (key === "gender") out[key] = normalizeGender(value) ?? value;
  else if (key === "age_group") out[key] = normalizeAgeGroup(value) ?? value;
  else out[key] = value;
}

/**
 * An age group in a channel's vocabulary: "teen" becomes "adult" where the channel has no teen value
 * (Google documents ADULT as "teens or older"); anything else outside the vocabulary is left to the
 * field table (dropped with a warning).
 */
export function ageGroupFor(value: string, allowed: readonly string[]): string {
  if (value === "teen" && !allowed.includes("teen") && allowed.includes("adult")) return "adult";
  return value;
}
