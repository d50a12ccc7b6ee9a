import { localizedText } from "@gcm-review/domain";

import type { Label, Locale } from "@gcm-review/i18n";
import type { LocalizedText, RegionalProfile } from "@gcm-review/domain";

/**
 * A profile text as a label in the document's language: the profile's own wording where it has one (official
 * only when the profile or the item says its source is official), else its English wording as a working text.
 */
export function profileLabel(
  text: LocalizedText,
  locale: Locale,
  provenance: { status?: string | undefined },
): Label {
  const found = localizedText(text, locale);
  return found.language === locale && provenance.status === "official"
    ? { text: found.text, status: "official", source: "profile" }
    : { text: found.text, status: "working" };
}

/** The label of a stakeholder sub-category that the profile adds, or `undefined` for another id. */
export function profileCategoryLabel(
  profile: RegionalProfile | undefined,
  id: string,
  locale: Locale,
): Label | undefined {
  const category = profile?.stakeholderCategories?.find((candidate) => candidate.id === id);
  if (category === undefined || profile === undefined) return undefined;
  return profileLabel(category.name, locale, { status: category.status ?? profile.status });
}

/** An organizer's name in the document's language from the profile, when the profile writes it in that language. */
export function profileOrganizerName(
  profile: RegionalProfile | undefined,
  id: string,
  locale: Locale,
): string | undefined {
  const organizer = profile?.organizers?.find((candidate) => candidate.id === id);
  return organizer?.name[locale];
}

/** The phrase that ends a review's title (`in the Northern Archipelago`) in the document's language, else English. */
export function profileRegionIn(
  profile: RegionalProfile | undefined,
  locale: Locale,
): string | undefined {
  return profile?.regionIn === undefined ? undefined : localizedText(profile.regionIn, locale).text;
}
