import { mkdir, readdir } from "node:fs/promises";
import { join } from "node:path";

import { conferenceOf, findReviews, resolveRegion } from "@gcm-review/domain";
import { sampleMarkers } from "@gcm-review/validation";
import { Document } from "yaml";

import type { Context } from "../context.js";
import type { Review } from "@gcm-review/domain";
import type { YAMLMap } from "yaml";

import { CliError, CliErrorCode } from "../errors.js";
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
  target: { region: string; round: number; registry: Review | undefined },
  context: Context,
): string {
  const { region, round, registry } = target;
  const { t } = context;
  const conference = registry === undefined ? undefined : conferenceOf(registry);
  const value = {
    ...(registry === undefined ? {} : { registry: registry.id }),
    region,
    round,
    title: registry?.title ?? "…",
    languages: registry?.languages ?? [context.locale],
    themes: [{ id: "theme-1", title: "…" }],
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
              theme: "theme-1",
              objectives: [1],
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

/** `init DIR --region R --round N`: a new dossier with commented templates in the user's language that validates. */
export async function initCommand(
  options: { dir: string; region: string; round: number; force?: boolean },
  context: Context,
): Promise<void> {
  const { t } = context;
  let region: string;
  try {
    region = resolveRegion(options.region);
  } catch (error) {
    throw new CliError(CliErrorCode.USAGE, `unknown region ${options.region}`, {
      messageKey: "error.unknownRegion",
      values: { value: options.region },
      cause: error,
    });
  }
  const existing = await readdir(options.dir).catch(() => [] as string[]);
  if (existing.length > 0 && options.force !== true) {
    throw new CliError(CliErrorCode.USAGE, `${options.dir} is not empty`, {
      messageKey: "error.notEmpty",
      values: { path: options.dir },
    });
  }
  const registry = findReviews({ region, round: options.round })[0];
  // A date inside the round, so the template raises no date warning: the conference's, or the round's first day.
  const submittedOn =
    registry === undefined ? `${2016 + 4 * options.round}-01-01` : conferenceOf(registry).start;
  const hasSession = registry !== undefined;
  const files: Record<string, string> = {
    "review.yaml": reviewYaml({ region, round: options.round, registry }, context),
    "inputs/example.yaml": yamlFile(
      {
        id: "example-01",
        kind: "stakeholder",
        submitter: { name: "…", category: "civil-society" },
        language: context.locale,
        submittedOn,
        // The validator's sample marker for the language, so the template is recognised as example data.
        title: `${sampleMarkers[context.locale]}${context.locale === "fr" ? " : " : ": "}…`,
        summary: "…",
        objectives: [{ objective: 1, progress: "…" }],
        themes: ["theme-1"],
        publication: { consent: true },
        sample: true,
      },
      `${t("template.input")}\n${t("template.sample")}`,
    ),
    "messages/example.yaml": yamlFile(
      {
        id: "km-example-1",
        origin: "conference",
        language: context.locale,
        text: "…",
        theme: "theme-1",
        objectives: [1],
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
          "papers/paper-1.md": `---\n# ${plain(t("template.paper"))}\n${new Document({ id: "paper-1", session: "session-1", title: "…", language: context.locale, themes: ["theme-1"], objectives: [1] }).toString()}---\n\n…\n`,
        }
      : {}),
  };
  for (const folder of ["inputs", "messages", "papers"])
    await mkdir(join(options.dir, folder), { recursive: true });
  await writeFilesAtomically(
    Object.entries(files).map(([path, contents]) => ({ path: join(options.dir, path), contents })),
    { force: true },
  );
  context.print(
    `${t("init.created", { region, round: String(options.round), path: options.dir, files: context.join(Object.keys(files)) })}\n`,
  );
}
