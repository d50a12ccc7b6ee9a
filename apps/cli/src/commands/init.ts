import { mkdir, readFile, readdir } from "node:fs/promises";
import { join } from "node:path";

import { conferenceOf, findRegionalProfile, findReviews, resolveRegion } from "@gcm-review/domain";
import { formatIssue, sampleMarkers, validateProfileFile } from "@gcm-review/validation";
import { Document } from "yaml";

import type { Context } from "../context.js";
import type { RegionalProfile, Review, UnLanguage } from "@gcm-review/domain";
import type { YAMLMap } from "yaml";

import { CliError, CliErrorCode, ExitCode } from "../errors.js";
import { writeFilesAtomically } from "../write-files.js";

// A comment for a file: the messages isolate inserted values for terminals; a file needs no control characters.
const plain = (text: string): string => text.replace(/[\u2066-\u2069]/g, "");

// Comments in the user's language, written with the YAML library so that quoting and escaping are right.
function yamlFile(value: unknown, comment: string): string {
  const document = new Document(value);
  document.commentBefore = ` ${plain(comment).replaceAll("\n", "\n ")}`;
  return document.toString({ lineWidth: 0 });
}

function reviewYaml(
  target: {
    region: string;
    round: number;
    registry: Review | undefined;
    /** The dossier's own profile.yaml: it gives the languages and themes, so review.yaml does not repeat them. */
    ownProfile: RegionalProfile | undefined;
    languages: readonly UnLanguage[];
    theme: string;
    /** An objective of the theme, so the template agrees with the profile's mapping. */
    objective: number;
  },
  context: Context,
): string {
  const { region, round, registry, ownProfile } = target;
  const { t } = context;
  const conference = registry === undefined ? undefined : conferenceOf(registry);
  const value = {
    ...(registry === undefined ? {} : { registry: registry.id }),
    region,
    round,
    title: registry?.title ?? "…",
    ...(ownProfile === undefined
      ? { languages: target.languages, themes: [{ id: target.theme, title: "…" }] }
      : {}),
    ...(conference === undefined
      ? {}
      : {
          events: [
            {
              id: conference.id,
              kind: conference.kind,
              title: conference.title,
              start: conference.start,
              end: conference.end,
              ...(conference.venue === undefined ? {} : { venue: conference.venue }),
              ...(conference.modality === undefined ? {} : { modality: conference.modality }),
            },
          ],
          sessions: [
            {
              id: "session-1",
              event: conference.id,
              title: "…",
              theme: target.theme,
              objectives: [target.objective],
              paper: "paper-1",
            },
          ],
        }),
  };
  const document = new Document(value);
  document.commentBefore = ` ${plain(registry === undefined ? t("template.reviewNoRegistry") : t("template.review", { registry: registry.id }))}`;
  const themes = (document.contents as YAMLMap).items.find(
    (pair) => String((pair.key as { value?: unknown }).value) === "themes",
  );
  if (themes !== undefined)
    (themes.key as { commentBefore?: string }).commentBefore = ` ${plain(t("template.themes"))}`;
  return document.toString({ lineWidth: 0 });
}

function commissionRegion(value: string): string {
  try {
    return resolveRegion(value);
  } catch (error) {
    throw new CliError(CliErrorCode.USAGE, `unknown region ${value}`, {
      messageKey: "error.unknownRegion",
      values: { value },
      cause: error,
    });
  }
}

// A team's own profile.yaml, checked like a dossier file; its issues are printed as `validate` prints them.
async function readOwnProfile(
  path: string,
  context: Context,
): Promise<{ profile: RegionalProfile; bytes: Uint8Array } | undefined> {
  const bytes = await readFile(path).catch((error: unknown) => {
    throw new CliError(CliErrorCode.USAGE, `cannot read ${path}`, {
      messageKey: "error.cannotRead",
      values: { path, reason: error instanceof Error ? error.message : String(error) },
      cause: error,
    });
  });
  const result = validateProfileFile({ path, bytes });
  const lines = result.issues.map((issue) => {
    const { message, fix } = formatIssue(issue, context.locale);
    return `${issue.file}:${issue.line}:${issue.column} ${context.t(`severity.${issue.severity}`)} ${issue.code} ${message}\n  ${context.t("validate.fix", { fix })}`;
  });
  if (lines.length > 0) context.warn(lines.join("\n"));
  if (!result.ok) {
    context.warn(context.t("init.profileInvalid", { path }));
    return undefined;
  }
  return { profile: result.value, bytes };
}

/**
 * `init DIR --region R --round N` (or `--profile FILE` for a region of the team's own): a new dossier with
 * commented templates in the user's language that validates; exit 1 when the profile has errors.
 */
export async function initCommand(
  options: { dir: string; region?: string; profile?: string; round: number; force?: boolean },
  context: Context,
): Promise<number> {
  const { t } = context;
  if (options.region === undefined && options.profile === undefined) {
    throw new CliError(CliErrorCode.USAGE, "init needs --region or --profile", {
      messageKey: "error.regionOrProfile",
    });
  }
  const own =
    options.profile === undefined ? undefined : await readOwnProfile(options.profile, context);
  if (options.profile !== undefined && own === undefined) return ExitCode.FAILED;
  const ownProfile = own?.profile;
  // A profile of the team's own names its region; a commission's region is resolved (aliases such as arab).
  const region =
    options.region === undefined
      ? (ownProfile?.commission ?? ownProfile?.id ?? "")
      : commissionRegion(options.region);
  const existing = await readdir(options.dir).catch(() => [] as string[]);
  if (existing.length > 0 && options.force !== true) {
    throw new CliError(CliErrorCode.USAGE, `${options.dir} is not empty`, {
      messageKey: "error.notEmpty",
      values: { path: options.dir },
    });
  }
  const registry =
    ownProfile !== undefined && ownProfile.commission === undefined
      ? undefined
      : findReviews({ region, round: options.round })[0];
  const profile = ownProfile ?? findRegionalProfile(region);
  const languages = registry?.languages ?? profile?.languages.working ?? [context.locale];
  // Templates are written in the user's language when the review works in it, else in its first language.
  const language = languages.includes(context.locale) ? context.locale : (languages[0] ?? "en");
  const firstTheme = ownProfile?.themes?.[0];
  const theme = firstTheme?.id ?? "theme-1";
  const objective = firstTheme?.objectives[0] ?? 1;
  // A date inside the round, so the template raises no date warning: the conference's, or the round's first day.
  const submittedOn =
    registry === undefined ? `${2016 + 4 * options.round}-01-01` : conferenceOf(registry).start;
  const hasSession = registry !== undefined;
  const files: Record<string, string> = {
    "review.yaml": reviewYaml(
      {
        region: ownProfile?.id ?? region,
        round: options.round,
        registry,
        ownProfile,
        languages,
        theme,
        objective,
      },
      context,
    ),
    "inputs/example.yaml": yamlFile(
      {
        id: "example-01",
        kind: "stakeholder",
        submitter: { name: "…", category: "civil-society" },
        language,
        submittedOn,
        // The validator's sample marker for the language, so the template is recognised as example data.
        title: `${sampleMarkers[language]}${language === "fr" ? " : " : ": "}…`,
        summary: "…",
        objectives: [{ objective, progress: "…" }],
        themes: [theme],
        publication: { consent: true },
        sample: true,
      },
      `${t("template.input")}\n${t("template.sample")}`,
    ),
    "messages/example.yaml": yamlFile(
      {
        id: "km-example-1",
        origin: "conference",
        language,
        text: "…",
        theme,
        objectives: [objective],
        citations: [{ kind: "input", ref: "example-01" }],
      },
      t("template.message"),
    ),
    "participation.yaml": yamlFile(
      hasSession
        ? { events: [{ event: conferenceOf(registry).id, byCategory: [], byState: [] }] }
        : { events: [] },
      t("template.participation"),
    ),
    ...(hasSession
      ? {
          "papers/paper-1.md": `---\n# ${plain(t("template.paper"))}\n${new Document({ id: "paper-1", session: "session-1", title: "…", language, themes: [theme], objectives: [objective] }).toString()}---\n\n…\n`,
        }
      : {}),
  };
  // The team's profile is copied as written, comments and all.
  if (own !== undefined) files["profile.yaml"] = new TextDecoder().decode(own.bytes);
  for (const folder of ["inputs", "messages", "papers"])
    await mkdir(join(options.dir, folder), { recursive: true });
  await writeFilesAtomically(
    Object.entries(files).map(([path, contents]) => ({ path: join(options.dir, path), contents })),
    { force: true },
  );
  context.print(
    `${t("init.created", { region: ownProfile?.id ?? region, round: String(options.round), path: options.dir, files: context.join(Object.keys(files)) })}\n`,
  );
  return ExitCode.OK;
}
